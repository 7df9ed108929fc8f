"""What replacing the flagged devices will cost: per device, per site, per vendor, per category, in total.

Every device of a category costs the same, so a total is a count per category times that category's
price; the Excel report computes its live totals the same way, which is why the two agree.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from app.core.pricing.price_book import PriceBook

NO_SITE = "(no site)"
NO_VENDOR = "(no vendor)"


class CostRow(Protocol):
    """What an estimate needs of a device: a project's StoredDevice has it, and a scan's (Device, Match)
    pairs get it through app.core.export.report.devices_from_scan."""

    @property
    def site(self) -> str: ...
    @property
    def vendor_name(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def verdict(self) -> str: ...
    @property
    def decision(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Estimate:
    """A cost range: low, typical and high, in the price book's currency."""

    low: float = 0.0
    typical: float = 0.0
    high: float = 0.0

    def __add__(self, other: "Estimate") -> "Estimate":
        return Estimate(self.low + other.low, self.typical + other.typical, self.high + other.high)

    def times(self, count: int) -> "Estimate":
        return Estimate(self.low * count, self.typical * count, self.high * count)


@dataclass(frozen=True, slots=True)
class Subtotal:
    devices: int
    cost: Estimate


@dataclass(frozen=True, slots=True)
class Totals:
    """The estimate for a set of devices; each breakdown is ordered by typical cost, largest first."""

    overall: Subtotal
    by_site: dict[str, Subtotal]
    by_vendor: dict[str, Subtotal]
    by_category: dict[str, Subtotal]


def unit_estimate(book: PriceBook, category: str) -> Estimate:
    """One device, all in: (unit cost + labour hours × rate + disposal) × (1 + contingency) × (1 + tax)."""
    price = book.price(category)
    labour = price.labour_hours * book.labour_rate
    contingency, tax = book.contingency_pct / 100, book.tax_pct / 100

    # Operations in the order of the Excel report's formula, so both give the same floating-point result.
    def all_in(unit: float) -> float:
        return (unit + labour + book.disposal) * (1 + contingency) * (1 + tax)

    return Estimate(all_in(price.low), all_in(price.typical), all_in(price.high))


def in_estimate(row: CostRow, include_review: bool = False) -> bool:
    """Whether a device is to be replaced: marked replace, or flagged (or to review, if asked) and not dismissed."""
    if row.decision:
        return row.decision == "replace"
    return row.verdict == "flagged" or (include_review and row.verdict == "review")


def device_estimate(row: CostRow, book: PriceBook, include_review: bool = False) -> Estimate | None:
    """The cost of replacing one device, or None when it is not to be replaced."""
    return unit_estimate(book, row.category) if in_estimate(row, include_review) else None


def site_name(row: CostRow) -> str:
    """The site a total is grouped under: the device's own, or '(no site)'."""
    return row.site.strip() or NO_SITE


def vendor_label(row: CostRow) -> str:
    return row.vendor_name.strip() or NO_VENDOR


def totals(rows: Iterable[CostRow], book: PriceBook, include_review: bool = False) -> Totals:
    """Counts and costs of the devices to replace, per site, vendor and category and overall.

    Sites and vendors that differ only in letter case are one group (as Excel's comparisons see them),
    named as first written.
    """
    return counted_totals(((row, 1) for row in rows), book, include_review)


def counted_totals(rows: Iterable[tuple[CostRow, int]], book: PriceBook, include_review: bool = False) -> Totals:
    """As `totals`, for rows that each stand for a number of devices alike (a table of a million devices
    groups them first)."""
    groups = GroupNames()
    counted: Counter[tuple[str, str, str]] = Counter()
    for row, count in rows:
        if in_estimate(row, include_review):
            counted[groups.site(site_name(row)), groups.vendor(vendor_label(row)), row.category] += count
    units = {category: unit_estimate(book, category) for *_, category in counted}

    def breakdown(position: int) -> dict[str, Subtotal]:
        devices: Counter[str] = Counter()
        cost: dict[str, Estimate] = {}
        for key, count in counted.items():
            devices[key[position]] += count
            cost[key[position]] = cost.get(key[position], Estimate()) + units[key[2]].times(count)
        order = sorted(devices, key=lambda name: (-cost[name].typical, name.casefold()))
        return {name: Subtotal(devices[name], cost[name]) for name in order}

    by_category = breakdown(2)
    overall = Subtotal(
        sum(s.devices for s in by_category.values()), sum((s.cost for s in by_category.values()), Estimate())
    )
    return Totals(overall, breakdown(0), breakdown(1), by_category)


class GroupNames:
    """The first spelling seen of each site and vendor, so 'HQ' and 'hq' are counted together."""

    def __init__(self) -> None:
        self._sites: dict[str, str] = {}
        self._vendors: dict[str, str] = {}

    def site(self, name: str) -> str:
        return self._sites.setdefault(name.lower(), name)

    def vendor(self, name: str) -> str:
        return self._vendors.setdefault(name.lower(), name)
