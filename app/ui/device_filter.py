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


def search_needles(text: str) -> list[str]:
    """What a search looks for: the text, and for a MAC address (or part of one) typed with or without
    separators, the ways inventories write it (4419b6, 44:19:b6, 44-19-b6, 4419.b6…)."""
    needle = text.casefold().strip()
    digits = "".join(c for c in needle if c not in ":-. ")
    if (
        len(digits) < 4
        or any(c not in "0123456789abcdef" for c in digits)
        or not any(c.isalpha() or c in ":-." for c in needle)
    ):
        return [needle]
    pairs = [digits[i : i + 2] for i in range(0, len(digits), 2)]
    quads = [digits[i : i + 4] for i in range(0, len(digits), 4)]
    variants = [needle, digits, ":".join(pairs), "-".join(pairs), ".".join(quads), " ".join(pairs)]
    return list(dict.fromkeys(variants))


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
