"""Scan files without a project: match every device and count what was found."""

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.core.domain import Device, Match, Verdict
from app.core.importing.inventory import open_inventory
from app.core.kb.knowledge import KnowledgeBase
from app.core.matching import Matcher


@dataclass
class Summary:
    """Counts by verdict and by vendor, as the scan command and the app's summary strip show them."""

    devices: int = 0
    by_verdict: Counter = field(default_factory=Counter)
    by_vendor: Counter = field(default_factory=Counter)  # flagged and review devices, by vendor name
    skipped_sheets: list[str] = field(default_factory=list)

    def add(self, match: Match) -> None:
        self.devices += 1
        self.by_verdict[match.verdict.value] += 1
        if match.verdict in (Verdict.FLAGGED, Verdict.REVIEW):
            self.by_vendor[match.vendor_name] += 1

    def as_dict(self) -> dict[str, object]:
        return {
            "devices": self.devices,
            "by_verdict": {v.value: self.by_verdict.get(v.value, 0) for v in Verdict},
            "by_vendor": dict(self.by_vendor.most_common()),
            "skipped_sheets": self.skipped_sheets,
        }


def scan(
    paths: list[Path], kb: KnowledgeBase, sheet: str | None = None, summary: Summary | None = None
) -> Iterator[tuple[Device, Match]]:
    """Every device of every file, matched; files are opened (and checked) before any row is read."""
    matcher = Matcher(kb)
    inventories = [open_inventory(path, sheet) for path in paths]
    for inventory in inventories:
        if summary is not None:
            summary.skipped_sheets += [f"{inventory.path.name}: {name}" for name in inventory.skipped]
        for device, match in matcher.match_all(inventory.devices()):
            if summary is not None:
                summary.add(match)
            yield device, match
