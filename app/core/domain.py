"""The words Vetted thinks in: devices, verdicts, the evidence behind them and the sources cited."""

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.core.importing.cells import cell_text


class Verdict(StrEnum):
    FLAGGED = "flagged"  # strong enough to act on
    REVIEW = "review"  # plausible but uncertain: a person should look
    CLEAR = "clear"  # a recognised maker that no source names
    UNKNOWN = "unknown"  # nothing recognisable


# The device fields the matcher and the reports understand; every other column is kept as it was.
DEVICE_FIELDS = (
    "manufacturer",
    "brand",
    "model",
    "serial",
    "mac",
    "device_type",
    "description",
    "site",
    "location",
    "name",
    "ip",
    "asset_tag",
    "install_date",
)


@dataclass(slots=True)
class Device:
    """One row of an inventory, as the user's file gave it."""

    sheet: str = ""
    row: int = 0  # the row number the spreadsheet shows (1-based, title rows counted)
    manufacturer: str = ""
    brand: str = ""
    model: str = ""
    serial: str = ""
    mac: str = ""
    device_type: str = ""
    description: str = ""
    site: str = ""
    location: str = ""
    name: str = ""
    ip: str = ""
    asset_tag: str = ""
    install_date: str = ""
    # Every column of the user's row, kept as it was; `headers` is shared by the rows of one table.
    headers: tuple[str, ...] = ()
    cells: Sequence[object] = ()

    def original(self) -> dict[str, str]:
        """The user's own columns and values, as text."""
        return {h: cell_text(c) for h, c in zip(self.headers, self.cells, strict=False) if h}


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    short: str
    title: str
    publisher: str
    date: str
    jurisdiction: str  # "US", "US-TX", "CA-QC", "UK", "EU", "INT", ...
    applies_to: str  # whom a measure binds there: "everyone", "public" (public bodies); "" for the rest
    url: str
    quote: str
    kind: str  # "law", "purchasing", "sanctions", "called_for" or "evidence" (see app.core.kb.kinds)

    def as_dict(self) -> dict[str, str]:
        return {
            "id": self.id,
            "short": self.short,
            "title": self.title,
            "publisher": self.publisher,
            "kind": self.kind,
            "jurisdiction": self.jurisdiction,
            "applies_to": self.applies_to,
            "date": self.date,
            "url": self.url,
            "quote": self.quote,
        }


@dataclass(frozen=True, slots=True)
class Evidence:
    """One observation that points at (or away from) a vendor."""

    field: str  # which device field it came from
    rule: str  # what kind of rule fired: alias, fuzzy_alias, oem_brand, model_rule, serial_model, oui, ...
    matched: str  # the text that matched
    vendor_id: str
    score: float  # 0-100: how much this one observation is worth on its own
    detail: str = ""  # a plain phrase for people ("a Hikvision camera model")
    source_id: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "field": self.field,
            "rule": self.rule,
            "matched": self.matched,
            "vendor": self.vendor_id,
            "score": self.score,
            "detail": self.detail,
            "source": self.source_id,
        }


@dataclass(frozen=True, slots=True)
class Match:
    """What the matcher decided about one device."""

    verdict: Verdict
    vendor_id: str  # the listed vendor it points at, or the recognised maker for clear devices
    vendor_name: str
    explanation: str
    evidence: tuple[Evidence, ...]
    sources: tuple[Source, ...]
    category: str = "other"
