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

    def accepts(self, device) -> bool:
        if self.verdict and device.verdict != self.verdict:
            return False
        if self.vendor and device.vendor_name != self.vendor:
            return False
        if self.site and device.site != self.site:
            return False
        if self.text:
            needle = self.text.casefold()
            return any(needle in str(getattr(device, f)).casefold() for f in _SEARCHED)
        return True


class DeviceFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.criteria = DeviceFilter()
        self._accepted: set[int] | None = None  # ids of the devices shown; None shows all
        self.setDynamicSortFilter(False)

    def source(self) -> DeviceTableModel:
        return self.sourceModel()

    def set_filter(self, criteria: DeviceFilter) -> None:
        self.criteria = criteria
        self.refresh()

    def refresh(self) -> None:
        """Decide every row again (after a filter change, an edit or a new import)."""
        self.beginFilterChange()
        if self.criteria == DeviceFilter():
            self._accepted = None
        else:
            self._accepted = {d.id for d in self.source().devices if self.criteria.accepts(d)}
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent):
        # Membership by device id survives sorting, which reorders the source's list.
        return self._accepted is None or self.source().devices[source_row].id in self._accepted

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        if column >= 0:  # -1 means "as imported": nothing to do
            self.source().sort(column, order)
