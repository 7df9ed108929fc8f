"""The knowledge base in memory: dictionaries the matcher reads, loaded once from the SQLite file."""

import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.core.domain import Source
from app.core.kb.paths import DB_DIR, KB_FILE
from app.core.language import QT_TRANSLATE_NOOP, PlainError
from app.core.where import MEASURE_KINDS


@dataclass(frozen=True, slots=True)
class Vendor:
    id: str
    name: str
    country: str
    status: str  # "listed" (flagged everywhere), "regional" (only where a measure binds) or "clear"

    @property
    def listed(self) -> bool:
        return self.status == "listed"


@dataclass(frozen=True, slots=True)
class Alias:
    name: str
    vendor_id: str
    kind: str
    source_id: str


@dataclass(frozen=True, slots=True)
class OemBrand:
    brand: str
    vendor_id: str
    relation: str
    certainty: str
    valid_from: str
    valid_to: str
    note: str
    source_id: str


@dataclass(frozen=True, slots=True)
class ModelRule:
    id: str
    vendor_id: str
    pattern: re.Pattern[str]
    category: str
    brand: str
    in_serial: bool
    source_id: str


@dataclass(frozen=True, slots=True)
class Restriction:
    source_id: str
    scope: str


class KnowledgeBase:
    """Read-only vendor facts: aliases by key, OEM brands by key, model rules, OUIs by prefix, sources."""

    def __init__(self, path: Path):
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            self.meta = dict(conn.execute("SELECT key, value FROM meta"))
            self.sources = {
                row[0]: Source(*row)
                for row in conn.execute(
                    "SELECT id, short, title, publisher, date, jurisdiction, applies_to, url, quote, kind FROM sources"
                )
            }
            self.vendors = {
                row[0]: Vendor(*row) for row in conn.execute("SELECT id, name, country, status FROM vendors")
            }
            self.aliases = {
                key: Alias(*rest)
                for key, *rest in conn.execute("SELECT key, alias, vendor_id, kind, source_id FROM aliases")
            }
            self.oem_brands = {
                key: OemBrand(*rest)
                for key, *rest in conn.execute(
                    "SELECT key, brand, vendor_id, relation, certainty, valid_from, valid_to, note, source_id"
                    " FROM oem_brands"
                )
            }
            self.model_rules = [
                ModelRule(rid, vendor, re.compile(pattern), category, brand, bool(in_serial), source)
                for rid, vendor, pattern, category, brand, in_serial, source in conn.execute(
                    "SELECT id, vendor_id, pattern, category, brand, in_serial, source_id FROM model_rules"
                    " ORDER BY length(pattern) DESC, id"
                )
            ]
            self.ouis = {
                prefix: (vendor, source)
                for prefix, vendor, source in conn.execute("SELECT prefix, vendor_id, source_id FROM ouis")
            }
            self.restrictions: dict[str, list[Restriction]] = {}
            for vendor, source, scope in conn.execute(
                "SELECT r.vendor_id, r.source_id, r.scope FROM restrictions r JOIN sources s ON s.id = r.source_id"
                " ORDER BY r.rowid"
            ):
                self.restrictions.setdefault(vendor, []).append(Restriction(source, scope))
        finally:
            conn.close()

    @property
    def version(self) -> str:
        """Which knowledge base this is, as projects record it: an update's version ('2025.06.01.1530') or the
        date it was built ('2025.06.01'); see app.core.kb.installed.version_of."""
        return self.meta.get("version") or self.meta.get("built", "").replace("-", ".")

    def measures(self, vendor_id: str) -> list[Source]:
        """What governments did about this vendor (laws, purchasing decisions, sanctions listings), in the
        order of db/restrictions.csv, so reviewers choose what an explanation names first."""
        return [
            self.sources[r.source_id]
            for r in self.restrictions.get(vendor_id, ())
            if self.sources[r.source_id].kind in MEASURE_KINDS
        ]

    def calls(self, vendor_id: str) -> list[Source]:
        """Sources that call for restricting this vendor without being law."""
        return [
            self.sources[r.source_id]
            for r in self.restrictions.get(vendor_id, ())
            if self.sources[r.source_id].kind == "called_for"
        ]

    def names(self) -> list[str]:
        """Every maker, sub-brand and OEM brand name, for autocompletion."""
        return sorted(
            {v.name for v in self.vendors.values()}
            | {a.name for a in self.aliases.values()}
            | {o.brand for o in self.oem_brands.values()},
            key=str.casefold,
        )


class KnowledgeBaseError(PlainError):
    """The vendor database is missing, damaged or empty: one sentence, as no check can run without it."""


@cache
def load(path: Path | None = None) -> KnowledgeBase:
    """The knowledge base, built from db/ first if a source checkout has no built copy or a stale one."""
    path = path or KB_FILE
    try:
        if DB_DIR.exists() and _is_stale(path):
            from app.core.kb.build import build  # only a checkout builds; the frozen app ships the file

            build(path)
        kb = KnowledgeBase(path)
    except (sqlite3.Error, OSError, ValueError, KeyError, TypeError, re.error) as error:
        raise KnowledgeBaseError(
            QT_TRANSLATE_NOOP(
                "Errors", "Vetted's vendor database ({name}) is missing or damaged ({reason}); reinstall Vetted."
            ),
            name=path.name,
            reason=_reason(error),
        ) from None
    if not kb.vendors or not kb.sources:
        raise KnowledgeBaseError(
            QT_TRANSLATE_NOOP("Errors", "Vetted's vendor database ({name}) is empty; reinstall Vetted."), name=path.name
        )
    return kb


def _reason(error: Exception) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:120].rstrip(".")


def _is_stale(path: Path) -> bool:
    if not path.exists():
        return True
    built = path.stat().st_mtime
    return any(f.stat().st_mtime > built for f in DB_DIR.iterdir())
