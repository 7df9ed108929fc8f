"""The filter: verdict, vendor, site and free text; the table model applies it to its columns.

The proxy between the model and the view passes rows through unchanged (a QSortFilterProxyModel would
ask Python about every one of a million rows); filtering and sorting happen in the model, on arrays.
"""

from dataclasses import dataclass, replace

from PySide6.QtCore import QIdentityProxyModel, Qt

SEARCHED = (
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
    ids: frozenset[int] | None = None  # only these devices: those a fact touches (Tools > Knowledge base)

    def accepts(self, device, searchable: str) -> bool:
        """`searchable` is the device's searched fields, folded to lower case (see `search_text`)."""
        if self.ids is not None and device.id not in self.ids:
            return False
        if self.verdict == "dismissed":
            if device.decision != "dismiss":
                return False
        elif self.verdict and (device.verdict != self.verdict or device.decision == "dismiss"):
            return False
        if self.vendor and device.vendor_name != self.vendor:
            return False
        if self.site and device.site != self.site:
            return False
        return not self.text or self.text.casefold() in searchable


def search_text(device) -> str:
    return "\x1f".join(str(getattr(device, f)) for f in SEARCHED).casefold()


class DeviceFilterProxy(QIdentityProxyModel):
    """The view's model: the device model's rows as they are; filter and sort go to the device model."""

    def source(self):
        return self.sourceModel()

    @property
    def criteria(self) -> DeviceFilter:
        return self.source().criteria

    def set_filter(self, criteria: DeviceFilter) -> None:
        self.source().set_filter(criteria)

    def show_only(self, ids) -> None:
        """Show only these devices, within the current filter, until the filter bar changes."""
        self.source().set_filter(replace(self.criteria, ids=frozenset(ids)))

    def refresh(self) -> None:
        """Decide every row again (after an edit)."""
        self.source().refilter()

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        self.source().sort(column, order)
