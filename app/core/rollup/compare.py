"""Progress at one site: an earlier snapshot of its project against the current one.

The flagged devices of each (flagged, or to review where the site counts those; dismissed ones left out)
are followed from the earlier project to the later one: every earlier device is looked for by serial
number, then MAC address, then asset tag, then make, model and location together. Found and still
flagged, it remains; found with another make or model in its place, it was replaced; not found, it was
removed; found but dismissed, or no longer flagged, it is counted apart. A flagged device of the later
project that was not flagged before is new."""

import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.core.language import QT_TRANSLATE_NOOP, PlainError, Sentence, say
from app.core.normalise import model_key
from app.core.rollup.site_file import DAMAGED_DEVICES, SiteFile, SkippedFile, open_site

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


class CompareError(PlainError):
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
        head = say(
            "Compare",
            QT_TRANSLATE_NOOP("Compare", "{gone} of 1 flagged device replaced or removed since {since}")
            if before == 1
            else QT_TRANSLATE_NOOP("Compare", "{gone} of {before} flagged devices replaced or removed since {since}"),
            gone=gone,
            before=before,
            since=str(self.since),
        )
        new = counts[NEW]
        return say(
            "Compare",
            QT_TRANSLATE_NOOP("Compare", "{head}; 1 new flagged device.")
            if new == 1
            else QT_TRANSLATE_NOOP("Compare", "{head}; {new} new flagged devices."),
            head=head,
            new=new,
        )

    def details(self) -> str:
        """'38 replaced, 3 removed, 14 remain, 2 dismissed, 1 no longer flagged.'"""
        counts = self.counts
        parts = [
            say("Compare", QT_TRANSLATE_NOOP("Compare", "{count} replaced"), count=counts[REPLACED]),
            say("Compare", QT_TRANSLATE_NOOP("Compare", "{count} removed"), count=counts[REMOVED]),
            say("Compare", QT_TRANSLATE_NOOP("Compare", "{count} remain"), count=counts[REMAINS]),
        ]
        if counts[DISMISSED]:
            parts.append(say("Compare", QT_TRANSLATE_NOOP("Compare", "{count} dismissed"), count=counts[DISMISSED]))
        if counts[CLEARED]:
            parts.append(
                say("Compare", QT_TRANSLATE_NOOP("Compare", "{count} no longer flagged"), count=counts[CLEARED])
            )
        return ", ".join(parts) + "."


def compare(old_path: Path, new_path: Path) -> Comparison:
    """Compare the earlier project `old_path` with the later `new_path`, both read-only; CompareError if unreadable."""
    old_path, new_path = Path(old_path), Path(new_path)
    if old_path.resolve() == new_path.resolve():
        raise CompareError(
            QT_TRANSLATE_NOOP("Errors", "Choose two different projects: an earlier snapshot and the current one.")
        )
    old_rows, old_review, old_sites = _read(old_path)
    new_rows, new_review, new_sites = _read(new_path)
    # Every earlier device is followed, not only those to replace, so a device that was fine before is not
    # taken for the counterpart of another one by the weaker make, model and location match.
    counterpart = _counterparts(old_rows, new_rows)
    claimed = {new.id: old for old, (new, _) in zip(old_rows, counterpart, strict=True) if new is not None}
    changes = [
        Change(_status(row, found, kind, new_review), kind, row, found)
        for row, (found, kind) in zip(old_rows, counterpart, strict=True)
        if _flagged(row, old_review)
    ]
    changes += [
        Change(NEW, "", None, row)
        for row in new_rows
        if _flagged(row, new_review) and (row.id not in claimed or not _flagged(claimed[row.id], old_review))
    ]
    since = datetime.fromtimestamp(old_path.stat().st_mtime).date()
    return Comparison(old_path, new_path, since, changes, _site_warning(old_sites, new_sites))


def _counterparts(old_rows: list[Row], new_rows: list[Row]) -> list[tuple[Row | None, str]]:
    """Each earlier device's later counterpart and the key that found it, (None, '') if none did.

    Keys are tried one after another over all devices, strongest first; a later device is claimed once.
    """
    found: list[tuple[Row | None, str]] = [(None, "")] * len(old_rows)
    claimed: set[int] = set()
    for kind in MATCH_KEYS:
        index: dict[object, list[Row]] = {}
        for row in new_rows:
            key = row.key(kind)
            if key and row.id not in claimed:
                index.setdefault(key, []).append(row)
        for position, row in enumerate(old_rows):
            key = row.key(kind)
            if found[position][0] is not None or not key:
                continue
            candidates = index.get(key)
            while candidates and candidates[0].id in claimed:
                candidates.pop(0)
            if candidates:
                found[position] = (candidates[0], kind)
                claimed.add(candidates[0].id)
    return found


def _flagged(row: Row, include_review: bool) -> bool:
    """A flagged device (or one to review, where the site counts those) that was not dismissed. A 'replace'
    decision does not keep a device here: once another make stands in its place, it was replaced."""
    if row.decision == "dismiss":
        return False
    return row.verdict == "flagged" or (include_review and row.verdict == "review")


def _status(old: Row, new: Row | None, kind: str, new_review: bool) -> str:
    if new is None:
        return REMOVED
    if _flagged(new, new_review):
        return REMAINS
    if new.decision == "dismiss":
        return DISMISSED
    if new.key("make, model and location")[:2] != old.key("make, model and location")[:2]:
        return REPLACED
    return CLEARED


def _read(path: Path) -> tuple[list[Row], bool, set[str]]:
    try:
        site = open_site(path)
    except SkippedFile as reason:
        raise CompareError(reason) from None
    try:
        return _rows(site), site.include_review, site_names(site)
    except sqlite3.Error:  # a damaged page deep in the file
        raise CompareError(DAMAGED_DEVICES, name=path.name) from None
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
        return str(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The two projects name different sites ({old} and {new}): "
                    "check that they are snapshots of the same site.",
                ),
                old=", ".join(sorted(old)[:3]),
                new=", ".join(sorted(new)[:3]),
            )
        )
    return ""
