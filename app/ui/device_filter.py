"""The filter proxy: verdict, vendor, site and free text, decided once per change in plain Python.

Qt asks filterAcceptsRow for every row; answering from a precomputed list keeps 100,000 rows fast.
Sorting is handed to the source model, which sorts its list in one pass.
"""

from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt

from app.ui.device_model import DeviceTableModel

_SEARCHED = (
    "manufacturer",
    "brand",
    "model",
    "serial",
    "mac",
    "site",
    "location",
    "name",
    "device_type",
    "vendor_name",
    "explanation",
    "ip",
    "asset_tag",
    "description",
)


@dataclass
class DeviceFilter:
    verdict: str = ""  # "" for all
    vendor: str = ""
    site: str = ""
    text: str = ""

    def accepts(self, device, searchable: str) -> bool:
        """`searchable` is the device's searched fields, folded to lower case (see `search_text`)."""
        if self.verdict and device.verdict != self.verdict:
            return False
        if self.vendor and device.vendor_name != self.vendor:
            return False
        if self.site and device.site != self.site:
            return False
        return not self.text or self.text.casefold() in searchable


def search_text(device) -> str:
    return "\x1f".join(str(getattr(device, f)) for f in _SEARCHED).casefold()


class DeviceFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.criteria = DeviceFilter()
        self._accepted: set[int] | None = None  # ids of the devices shown; None shows all
        self._searchable: dict[int, str] = {}  # device id -> its searched text, built on the first search
        self._devices: list = []
        self.setDynamicSortFilter(False)

    def source(self) -> DeviceTableModel:
        return self.sourceModel()

    def forget(self, ids=None) -> None:
        """Drop cached search text after devices change (all of them when `ids` is None)."""
        if ids is None:
            self._searchable.clear()
        for device_id in ids or ():
            self._searchable.pop(device_id, None)

    def set_filter(self, criteria: DeviceFilter) -> None:
        self.criteria = criteria
        self.refresh()

    def prepare(self, devices) -> None:
        """Decide which of `devices` to show; call before the source model takes them, so Qt filters once."""
        self._devices = devices  # the model's own list (sorted in place), read once per row below
        if self.criteria == DeviceFilter():
            self._accepted = None
            return
        searchable = self._searchable
        if self.criteria.text and len(searchable) != len(devices):
            searchable.update((d.id, search_text(d)) for d in devices if d.id not in searchable)
        self._accepted = {d.id for d in devices if self.criteria.accepts(d, searchable.get(d.id, ""))}

    def refresh(self) -> None:
        """Decide every row again (after a filter change or an edit)."""
        self.beginFilterChange()
        self.prepare(self.source().devices)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent):
        # Membership by device id survives sorting, which reorders the source's list.
        return self._accepted is None or self._devices[source_row].id in self._accepted

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        if column >= 0:  # -1 means "as imported": nothing to do
            self.source().sort(column, order)
