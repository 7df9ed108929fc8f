"""Progress at one site: an earlier snapshot of its project against the current one.

Each device the earlier project had to replace is looked for in the later one: first by serial number,
then MAC address, then asset tag, then make, model and location together. Found and still to replace,
it remains; found at the same asset tag but another make or model, it was replaced; not found, it was
removed; found but dismissed, or no longer flagged, it is counted apart. A device the later project has
to replace that no earlier one became is new.
"""

import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.core.normalise import model_key
from app.core.pricing.estimate import in_estimate
from app.core.rollup.site_file import SiteFile, SkippedFile, open_site

REPLACED, REMOVED, REMAINS, DISMISSED, CLEARED, NEW = (
    "Replaced",
    "Removed",
    "Remains",
    "Dismissed",
    "No longer flagged",
    "New",
)
STATUSES = (REPLACED, REMOVED, REMAINS, DISMISSED, CLEARED, NEW)
MATCH_KEYS = ("serial", "MAC address", "asset tag", "make, model and location")
_FIELDS = (
    "id",
    "manufacturer",
    "brand",
    "model",
    "serial",
    "mac",
    "asset_tag",
    "site",
    "location",
    "verdict",
    "vendor_name",
    "category",
    "decision",
    "serial_key",
    "mac_key",
    "asset_key",
)


class CompareError(Exception):
    """Two projects that cannot be compared, with one sentence for the user."""


@dataclass(frozen=True, slots=True)
class Row:
    id: int
    manufacturer: str
    brand: str
    model: str
    serial: str
    mac: str
    asset_tag: str
    site: str
    location: str
    verdict: str
    vendor_name: str
    category: str
    decision: str
    serial_key: str
    mac_key: str
    asset_key: str

    def key(self, kind: str) -> object:
        """The value matched on for MATCH_KEYS[kind]; empty when the device has none."""
        if kind == "serial":
            return self.serial_key
        if kind == "MAC address":
            return self.mac_key
        if kind == "asset tag":
            return self.asset_key
        make = model_key(self.manufacturer or self.brand)
        return (make, model_key(self.model), self.location.strip().casefold()) if make or self.model else ""

    def label(self) -> str:
        return " ".join(filter(None, (self.manufacturer or self.brand, self.model))) or "(no make or model)"


@dataclass(frozen=True, slots=True)
class Change:
    status: str
    matched_by: str  # one of MATCH_KEYS, or '' when there is no counterpart
    old: Row | None
    new: Row | None

    @property
    def device(self) -> Row:
        return self.old or self.new


@dataclass(frozen=True)
class Comparison:
    old_path: Path
    new_path: Path
    since: date  # when the earlier snapshot was last saved
    changes: list[Change]
    warning: str = ""  # e.g. the two projects name different sites

    @property
    def counts(self) -> Counter[str]:
        return Counter(c.status for c in self.changes)

    @property
    def flagged_before(self) -> int:
        return sum(c.old is not None for c in self.changes)

    def summary(self) -> str:
        """'41 of 58 flagged devices replaced or removed since 2026-03-01; 3 new flagged devices.'"""
        counts = self.counts
        gone = counts[REPLACED] + counts[REMOVED]
        before = self.flagged_before
        head = f"{gone:,} of {before:,} flagged device{'s' * (before != 1)} replaced or removed since {self.since}"
        new = counts[NEW]
        return f"{head}; {new:,} new flagged device{'s' * (new != 1)}."

    def details(self) -> str:
        """'38 replaced, 3 removed, 14 remain, 2 dismissed, 1 no longer flagged.'"""
        counts = self.counts
        parts = [f"{counts[REPLACED]:,} replaced", f"{counts[REMOVED]:,} removed", f"{counts[REMAINS]:,} remain"]
        if counts[DISMISSED]:
            parts.append(f"{counts[DISMISSED]:,} dismissed")
        if counts[CLEARED]:
            parts.append(f"{counts[CLEARED]:,} no longer flagged")
        return ", ".join(parts) + "."


def compare(old_path: Path, new_path: Path) -> Comparison:
    """Compare the earlier project `old_path` with the later `new_path`, both read-only; CompareError if unreadable."""
    old_path, new_path = Path(old_path), Path(new_path)
    if old_path.resolve() == new_path.resolve():
        raise CompareError("Choose two different projects: an earlier snapshot and the current one.")
    old_rows, old_review, old_sites = _read(old_path)
    new_rows, new_review, new_sites = _read(new_path)
    was = [r for r in old_rows if in_estimate(r, old_review)]
    counterpart: dict[int, tuple[Row, str]] = {}  # old id -> (new row, how it was found)
    claimed: set[int] = set()
    for kind in MATCH_KEYS:
        index: dict[object, list[Row]] = {}
        for row in new_rows:
            key = row.key(kind)
            if key and row.id not in claimed:
                index.setdefault(key, []).append(row)
        for row in was:
            key = row.key(kind)
            if row.id in counterpart or not key:
                continue
            candidates = [r for r in index.get(key, ()) if r.id not in claimed]
            if candidates:
                counterpart[row.id] = (candidates[0], kind)
                claimed.add(candidates[0].id)
    changes = []
    for row in was:
        found, kind = counterpart.get(row.id, (None, ""))
        changes.append(Change(_status(row, found, kind, new_review), kind, row, found))
    changes += [Change(NEW, "", None, r) for r in new_rows if in_estimate(r, new_review) and r.id not in claimed]
    since = datetime.fromtimestamp(old_path.stat().st_mtime).date()
    return Comparison(old_path, new_path, since, changes, _site_warning(old_sites, new_sites))


def _status(old: Row, new: Row | None, kind: str, new_review: bool) -> str:
    if new is None:
        return REMOVED
    if in_estimate(new, new_review):
        return REMAINS
    if new.decision == "dismiss":
        return DISMISSED
    if kind == "asset tag" and new.key("make, model and location")[:2] != old.key("make, model and location")[:2]:
        return REPLACED
    return CLEARED


def _read(path: Path) -> tuple[list[Row], bool, set[str]]:
    try:
        site = open_site(path)
    except SkippedFile as reason:
        raise CompareError(str(reason)) from None
    try:
        return _rows(site), site.include_review, site_names(site)
    except sqlite3.Error:  # a damaged page deep in the file
        raise CompareError(f"{path.name} is damaged: Vetted could not read all of its devices.") from None
    finally:
        site.close()


def _rows(site: SiteFile) -> list[Row]:
    columns = ", ".join(
        {
            "decision": "coalesce(x.decision, '')",
            "category": site.category_sql,
            "vendor_name": "trim(d.vendor_name)",
        }.get(name, f"d.{name}")
        for name in _FIELDS
    )
    query = f"SELECT {columns} FROM devices d LEFT JOIN decisions x ON x.device_id = d.id ORDER BY d.id"
    return [Row(*values) for values in site.conn.execute(query)]


def site_names(site: SiteFile) -> set[str]:
    return {n for (n,) in site.conn.execute("SELECT DISTINCT lower(trim(site)) FROM devices") if n}


def _site_warning(old: set[str], new: set[str]) -> str:
    if old and new and not old & new:
        return (
            f"The two projects name different sites ({', '.join(sorted(old)[:3])} and "
            f"{', '.join(sorted(new)[:3])}): check that they are snapshots of the same site."
        )
    return ""
