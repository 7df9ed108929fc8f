"""What every report is made from: the devices, the price book, the sources cited and the totals."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from app.core.domain import Device, Match, Source
from app.core.kb.kinds import KIND_LABELS
from app.core.kb.knowledge import KnowledgeBase
from app.core.language import QT_TRANSLATE_NOOP, Words, words
from app.core.pricing.estimate import Totals, in_estimate, totals
from app.core.pricing.price_book import PriceBook
from app.core.store.project import StoredDevice
from app.core.where import Where

_KIND_ORDER = {kind: number for number, kind in enumerate(KIND_LABELS)}
VERDICT_LABELS = {
    "flagged": QT_TRANSLATE_NOOP("Report", "Flagged"),
    "review": QT_TRANSLATE_NOOP("Report", "To review"),
    "clear": QT_TRANSLATE_NOOP("Report", "Clear"),
    "unknown": QT_TRANSLATE_NOOP("Report", "Unknown"),
}
DECISION_LABELS = {
    "replace": QT_TRANSLATE_NOOP("Report", "Replace"),
    "dismiss": QT_TRANSLATE_NOOP("Report", "Dismissed"),
}


@dataclass(frozen=True, slots=True)
class CitedSource:
    """A source behind the flags, and the vendors in this report it concerns."""

    source: Source
    vendors: tuple[str, ...]


@dataclass(frozen=True)
class Report:
    """One export's content; every format (xlsx, CSV, PDF) is written from the same Report."""

    title: str  # what was checked: a project or the inventory files
    devices: Sequence[StoredDevice]
    price_book: PriceBook
    sources: Sequence[CitedSource] = ()
    include_review: bool = False  # count devices to review in the estimate, not only flagged ones
    where: Where = field(default_factory=Where)  # whose rules the explanations lead with
    created: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))
    lang: str = "en"  # the language of its headings, labels, numbers and amounts

    @property
    def words(self) -> Words:
        return words(self.lang)

    def verdict(self, code: str) -> str:
        """A verdict as the report writes it ('Flagged', 'Signalé')."""
        return self.words.translate("Report", VERDICT_LABELS.get(code, code))

    def decision(self, code: str) -> str:
        """A decision as the report writes it ('Replace', 'Dismissed', '' for none)."""
        return self.words.translate("Report", DECISION_LABELS[code]) if code in DECISION_LABELS else code

    @cached_property
    def totals(self) -> Totals:
        return totals(self.devices, self.price_book, self.include_review)

    @cached_property
    def replaced(self) -> list[StoredDevice]:
        """The devices the estimate covers, in inventory order."""
        return [d for d in self.devices if in_estimate(d, self.include_review)]


def devices_from_scan(matched: Iterable[tuple[Device, Match]]) -> list[StoredDevice]:
    """A scan's devices as a project would store them, undecided, so a scan without a project exports alike."""
    return [
        StoredDevice(
            number,
            device.sheet,
            device.row,
            device.manufacturer,
            device.brand,
            device.model,
            device.serial,
            device.mac,
            device.device_type,
            device.description,
            device.site,
            device.location,
            device.name,
            device.ip,
            device.asset_tag,
            device.install_date,
            match.verdict.value,
            match.vendor_id,
            match.vendor_name,
            match.explanation,
            match.category,
            decision="",
            note="",
            decided_at="",
        )
        for number, (device, match) in enumerate(matched, start=1)
    ]


def cited_sources(kb: KnowledgeBase, devices: Iterable[StoredDevice], where: Where | None = None) -> list[CitedSource]:
    """The measures and calls for bans behind the flagged and review devices: those binding where the user is
    first, then the rest of that jurisdiction's, then laws before other kinds, then oldest first."""
    where = where or Where()
    vendors: dict[str, list[str]] = {}
    for vendor_id in dict.fromkeys(d.vendor_id for d in devices if d.verdict in ("flagged", "review")):
        for restriction in kb.restrictions.get(vendor_id, ()):
            vendor = kb.vendors.get(vendor_id)
            vendors.setdefault(restriction.source_id, []).append(vendor.name if vendor else vendor_id)
    found = [CitedSource(kb.sources[i], tuple(dict.fromkeys(names))) for i, names in vendors.items() if i in kb.sources]
    return sorted(
        found,
        key=lambda c: (
            where.rank(c.source.kind, c.source.jurisdiction, c.source.applies_to),
            _KIND_ORDER.get(c.source.kind, len(_KIND_ORDER)),
            c.source.date,
            c.source.short,
        ),
    )
