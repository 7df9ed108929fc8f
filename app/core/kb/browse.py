"""The knowledge base as tables a person reads (the Knowledge base window), and which devices a fact touches."""

import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from app.core.domain import Match
from app.core.kb.kinds import KIND_LABELS
from app.core.kb.knowledge import KnowledgeBase
from app.core.kb.overlay import LocalFact, fact_of_source, local_facts, vendor_name
from app.core.language import QT_TRANSLATE_NOOP, as_said, current_language
from app.core.normalise import compact_key, format_mac
from app.core.pricing.price_book import category_name

# The table's words, marked for lupdate and said in the window's language when the tables are made.
_ALIAS_KINDS = {
    "name": QT_TRANSLATE_NOOP("KnowledgeBase", "name"),
    "parent": QT_TRANSLATE_NOOP("KnowledgeBase", "parent company"),
    "legal_name": QT_TRANSLATE_NOOP("KnowledgeBase", "legal name"),
    "sub_brand": QT_TRANSLATE_NOOP("KnowledgeBase", "sub-brand"),
    "subsidiary": QT_TRANSLATE_NOOP("KnowledgeBase", "subsidiary"),
    "chinese_name": QT_TRANSLATE_NOOP("KnowledgeBase", "Chinese name"),
    "abbreviation": QT_TRANSLATE_NOOP("KnowledgeBase", "abbreviation"),
    "former_name": QT_TRANSLATE_NOOP("KnowledgeBase", "former name"),
}
_RELATIONS = {
    "oem": QT_TRANSLATE_NOOP("KnowledgeBase", "sells its hardware (OEM)"),
    "former_subsidiary": QT_TRANSLATE_NOOP("KnowledgeBase", "former subsidiary"),
    "relabel": QT_TRANSLATE_NOOP("KnowledgeBase", "relabels"),
}
_STATUS = {
    "listed": QT_TRANSLATE_NOOP("KnowledgeBase", "listed"),
    "regional": QT_TRANSLATE_NOOP("KnowledgeBase", "regional"),
    "clear": QT_TRANSLATE_NOOP("KnowledgeBase", "clear"),
}
_CERTAINTY = {
    "high": QT_TRANSLATE_NOOP("KnowledgeBase", "high"),
    "medium": QT_TRANSLATE_NOOP("KnowledgeBase", "medium"),
    "low": QT_TRANSLATE_NOOP("KnowledgeBase", "low"),
}
_BINDS = {
    "public": QT_TRANSLATE_NOOP("KnowledgeBase", "public bodies"),
    "everyone": QT_TRANSLATE_NOOP("KnowledgeBase", "everyone"),
    "industry": QT_TRANSLATE_NOOP("KnowledgeBase", "particular companies"),
}
_LOCAL_KINDS = {
    "alias": QT_TRANSLATE_NOOP("KnowledgeBase", "Name"),
    "oem_brand": QT_TRANSLATE_NOOP("KnowledgeBase", "Relabel brand"),
    "model_rule": QT_TRANSLATE_NOOP("KnowledgeBase", "Model pattern"),
    "oui": QT_TRANSLATE_NOOP("KnowledgeBase", "MAC prefix"),
}


@dataclass(frozen=True)
class Ref:
    """What a row is about, to find the devices it touches: kind is vendor, name, rule, oui, source or local."""

    kind: str
    key: str


@dataclass
class FactTable:
    title: str
    columns: tuple[str, ...]
    rows: list[tuple[str, ...]] = field(default_factory=list)
    refs: list[Ref] = field(default_factory=list)
    local: list[bool] = field(default_factory=list)  # the row is a local fact
    enabled: list[bool] = field(default_factory=list)

    def add(self, row: tuple[str, ...], ref: Ref, fact: LocalFact | None = None) -> None:
        self.rows.append(tuple(str(v or "") for v in row))
        self.refs.append(ref)
        self.local.append(fact is not None)
        self.enabled.append(fact is None or fact.enabled)


def tables(kb: KnowledgeBase) -> dict[str, FactTable]:
    """Vendors and names, model rules, MAC prefixes, sources and local facts, as rows of text."""
    extra = _extra(getattr(kb, "path", None))
    result = {
        "names": _table(
            QT_TRANSLATE_NOOP("KnowledgeBase", "Vendors and names"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Vendor"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Name"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "What it is"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Status"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Certainty"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Dates"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Source"),
        ),
        "rules": _table(
            QT_TRANSLATE_NOOP("KnowledgeBase", "Model rules"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Vendor"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Pattern"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Category"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Brand"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Examples and notes"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Source"),
        ),
        "ouis": _table(
            QT_TRANSLATE_NOOP("KnowledgeBase", "MAC prefixes"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Prefix"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Vendor"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Registered to"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Source"),
        ),
        "sources": _table(
            QT_TRANSLATE_NOOP("KnowledgeBase", "Sources"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Source"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Kind"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Where"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Date"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Binds"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Title"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Quote"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Link"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Facts citing it"),
        ),
        "local": _table(
            QT_TRANSLATE_NOOP("KnowledgeBase", "Local facts"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "What"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Fact"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Maker"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Note"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "Added by"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "On"),
            QT_TRANSLATE_NOOP("KnowledgeBase", "In use"),
        ),
    }
    names, rules, ouis, sources, local = result.values()
    short = {sid: s.short for sid, s in kb.sources.items()}
    status = {vid: getattr(v, "status", "listed" if v.listed else "clear") for vid, v in kb.vendors.items()}
    for vendor in sorted(kb.vendors.values(), key=lambda v: v.name.casefold()):
        source = extra["vendor_sources"].get(vendor.id, "")
        names.add(
            (
                vendor.name,
                vendor.name,
                _said(QT_TRANSLATE_NOOP("KnowledgeBase", "vendor")),
                _word(_STATUS, status[vendor.id]),
                "",
                "",
                short.get(source, ""),
            ),
            Ref("vendor", vendor.id),
        )
    own_names = {compact_key(v.name) for v in kb.vendors.values()}
    for key, alias in kb.aliases.items():
        fact = fact_of_source(kb, alias.source_id)
        if alias.kind == "name" and key in own_names and not fact:
            continue  # the vendor's own row says it
        what = _said(QT_TRANSLATE_NOOP("KnowledgeBase", "name (local)")) if fact else _word(_ALIAS_KINDS, alias.kind)
        names.add(
            (
                _name(kb, alias.vendor_id),
                alias.name,
                what,
                _word(_STATUS, status.get(alias.vendor_id, "")),
                "",
                "",
                short.get(alias.source_id, ""),
            ),
            Ref("name", compact_key(alias.name)),
            fact,
        )
    for oem in kb.oem_brands.values():
        fact = fact_of_source(kb, oem.source_id)
        dates = " – ".join(d for d in (oem.valid_from, oem.valid_to) if d) if (oem.valid_from or oem.valid_to) else ""
        names.add(
            (
                _name(kb, oem.vendor_id),
                oem.brand,
                _word(_RELATIONS, oem.relation) + _said(QT_TRANSLATE_NOOP("KnowledgeBase", " (local)")) * bool(fact),
                _word(_STATUS, status.get(oem.vendor_id, "")),
                _word(_CERTAINTY, oem.certainty),
                dates,
                short.get(oem.source_id, ""),
            ),
            Ref("name", compact_key(oem.brand)),
            fact,
        )
    _sort_names(names)
    for rule in sorted(kb.model_rules, key=lambda r: (_name(kb, r.vendor_id).casefold(), r.pattern.pattern)):
        fact = fact_of_source(kb, rule.source_id)
        note = fact.note + (f" (e.g. {fact.example})" if fact.example else "") if fact else extra["notes"].get(rule.id)
        rules.add(
            (
                _name(kb, rule.vendor_id),
                rule.pattern.pattern,
                category_name(rule.category, current_language()),
                rule.brand,
                note,
                short.get(rule.source_id, ""),
            ),
            Ref("rule", rule.id),
            fact,
        )
    for prefix, (vendor_id, source_id) in sorted(kb.ouis.items()):
        fact = fact_of_source(kb, source_id)
        registrant = (
            _said(QT_TRANSLATE_NOOP("KnowledgeBase", "(added locally)"))
            if fact
            else extra["registrants"].get(prefix, "")
        )
        ouis.add(
            (format_mac(prefix), _name(kb, vendor_id), registrant, short.get(source_id, "")), Ref("oui", prefix), fact
        )
    cited = _citations(kb)
    for source in sorted(kb.sources.values(), key=lambda s: (s.kind != "law", s.short.casefold())):
        fact = fact_of_source(kb, source.id)
        sources.add(
            (
                source.short,
                as_said("Kind", KIND_LABELS[source.kind]) if source.kind in KIND_LABELS else source.kind,
                source.jurisdiction,
                source.date,
                _word(_BINDS, source.applies_to),
                source.title,
                source.quote,
                source.url,
                str(cited[source.id]),
            ),
            Ref("source", source.id),
            fact,
        )
    for fact in local_facts(kb):
        local.add(
            (
                _word(_LOCAL_KINDS, fact.kind),
                fact.value if fact.kind != "oui" else format_mac(fact.value),
                _name(kb, fact.vendor_id),
                fact.note,
                fact.author,
                fact.added,
                _said(QT_TRANSLATE_NOOP("KnowledgeBase", "yes"))
                if fact.enabled
                else _said(QT_TRANSLATE_NOOP("KnowledgeBase", "switched off")),
            ),
            Ref("local", fact.id),
            fact,
        )
    return result


def _said(text: str) -> str:
    """A word of the tables (QT_TRANSLATE_NOOP("KnowledgeBase", ...) marked) in the window's language."""
    return as_said("KnowledgeBase", text)


def _word(words: dict[str, str], code: str) -> str:
    return _said(words[code]) if code in words else code


def _table(title: str, *columns: str) -> FactTable:
    return FactTable(_said(title), tuple(_said(c) for c in columns))


def _sort_names(table: FactTable) -> None:
    """Each vendor's own row first, then its other names and the brands that relabel it."""
    order = sorted(
        range(len(table.rows)),
        key=lambda i: (table.rows[i][0].casefold(), table.refs[i].kind != "vendor", table.rows[i][1].casefold()),
    )
    for column in ("rows", "refs", "local", "enabled"):
        values = getattr(table, column)
        setattr(table, column, [values[i] for i in order])


def _name(kb: KnowledgeBase, vendor_id: str) -> str:
    return vendor_name(kb, vendor_id)


def _citations(kb: KnowledgeBase) -> Counter:
    cited: Counter = Counter()
    for alias in kb.aliases.values():
        cited[alias.source_id] += 1
    for oem in kb.oem_brands.values():
        cited[oem.source_id] += 1
    for rule in kb.model_rules:
        cited[rule.source_id] += 1
    for _, source_id in kb.ouis.values():
        cited[source_id] += 1
    for restrictions in kb.restrictions.values():
        for restriction in restrictions:
            cited[restriction.source_id] += 1
    return cited


def _extra(path: Path | None) -> dict[str, dict[str, str]]:
    """What the window shows but the matcher never needs: rule notes, IEEE registrant names, vendor sources."""
    found: dict[str, dict[str, str]] = {"notes": {}, "registrants": {}, "vendor_sources": {}}
    if not path or not Path(path).exists():
        return found
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found["notes"] = dict(conn.execute("SELECT id, note FROM model_rules"))
        found["registrants"] = dict(conn.execute("SELECT prefix, registrant FROM ouis"))
        found["vendor_sources"] = dict(conn.execute("SELECT id, source_id FROM vendors"))
    except sqlite3.Error:
        pass
    finally:
        conn.close()
    return found


def touches(kb: KnowledgeBase, ref: Ref, match: Match) -> bool:
    """True when the fact `ref` stands for is part of what decided `match`."""
    if ref.kind == "vendor":
        return match.vendor_id == ref.key or any(e.vendor_id == ref.key for e in match.evidence)
    if ref.kind == "source":
        return any(s.id == ref.key for s in match.sources)
    if ref.kind == "local":
        return any(e.source_id == f"local:{ref.key}" for e in match.evidence)
    for e in match.evidence:
        if ref.kind == "rule" and e.rule in ("model_rule", "serial_model") and e.detail == ref.key:
            return True
        if ref.kind == "oui" and e.rule == "oui" and e.detail == format_mac(ref.key):
            return True
        if (
            ref.kind == "name"
            and e.rule not in ("model_rule", "serial_model", "oui")
            and compact_key(e.detail) == ref.key
        ):
            return True
    return False
