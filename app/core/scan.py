"""Scan files without a project: match every device and count what was found."""

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.core.domain import Device, Match, Verdict
from app.core.importing.inventory import open_inventory
from app.core.kb.knowledge import KnowledgeBase
from app.core.matching import Matcher
from app.core.where import Where


@dataclass
class Summary:
    """Counts by verdict and by vendor, as the scan command and the app's summary strip show them."""

    skipped_sheets: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # names of the files read so far, in order
    # Devices counted per match (matches are shared by identical devices), a batch of rows at a time.
    _counts: Counter = field(default_factory=Counter)
    _matches: dict[int, Match] = field(default_factory=dict)

    def add(self, matches: list[Match]) -> None:
        """Count one device for each match in the list (loops in C: a scan calls this per batch of rows)."""
        keys = list(map(id, matches))
        self._counts.update(keys)
        self._matches.update(zip(keys, matches, strict=True))

    @property
    def devices(self) -> int:
        return self._counts.total()

    @property
    def by_verdict(self) -> Counter:
        counts: Counter = Counter(dict.fromkeys(Verdict, 0))
        for key, count in self._counts.items():
            counts[self._matches[key].verdict] += count
        return counts

    @property
    def by_vendor(self) -> Counter:
        """Flagged and review devices by vendor name."""
        counts: Counter = Counter()
        for key, count in self._counts.items():
            match = self._matches[key]
            if match.verdict in (Verdict.FLAGGED, Verdict.REVIEW):
                counts[match.vendor_name] += count
        return counts

    def as_dict(self) -> dict[str, object]:
        verdicts = self.by_verdict
        return {
            "devices": self.devices,
            "by_verdict": {v.value: verdicts[v] for v in Verdict},
            "by_vendor": dict(self.by_vendor.most_common()),
            "skipped_sheets": self.skipped_sheets,
        }


def scan(
    paths: list[Path],
    kb: KnowledgeBase,
    sheet: str | None = None,
    summary: Summary | None = None,
    where: Where | None = None,
    lang: str = "en",
) -> Iterator[tuple[Device, Match]]:
    """Every device of every file, matched (explained in `lang`); files are opened before any row is read."""
    matcher = Matcher(kb, where or Where(), lang)
    inventories = [open_inventory(path, sheet) for path in paths]
    for inventory in inventories:
        if summary is not None:
            summary.files.append(inventory.name)  # the file the devices yielded next come from
            summary.skipped_sheets += [f"{inventory.name}: {name}" for name in inventory.skipped]
        match, found = matcher.match, []
        for device in inventory.devices():  # one loop, no generator between rows and verdicts: it is per row
            verdict = match(device)
            found.append(verdict)
            if len(found) == _BATCH:
                _count(summary, found)
            yield device, verdict
        _count(summary, found)


_BATCH = 4096


def _count(summary: Summary | None, found: list[Match]) -> None:
    if summary is not None:
        summary.add(found)
    found.clear()
