"""One plain sentence a facility manager understands, saying why a device got its verdict."""

from collections.abc import Iterable
from datetime import date

from app.core.category import CATEGORY_LABELS
from app.core.domain import Evidence, Source, Verdict
from app.core.kb.knowledge import KnowledgeBase
from app.core.matching.decide import Decision
from app.core.normalise import compact_key
from app.core.where import Where, place_name

NOWHERE = Where()

_ALIAS_KIND_PHRASES = {
    "sub_brand": "{name} is a {vendor} brand",
    "subsidiary": "{name} is part of {vendor}",
    "former_name": "{name} is a former name of {vendor}",
    "legal_name": "{name} is {vendor}'s company name",
    "chinese_name": "{name} is {vendor}'s name in Chinese",
    "parent": "{name} is {vendor}'s parent company",
}
_CHECK = " — check the device's label to be sure"


def explain(kb: KnowledgeBase, decision: Decision, category: str, where: Where = NOWHERE) -> str:
    lead = decision.lead
    if decision.verdict is Verdict.UNKNOWN:
        return "Vetted does not recognise this make, model or MAC address; check the label on the device."
    if decision.verdict is Verdict.CLEAR:
        if not decision.vendor_id and lead:
            brand = lead.detail
            return (
                f"{brand} is not a listed vendor; one low-certainty source claims some {brand} products are "
                f"relabelled {_name(kb, lead.vendor_id)} equipment, with no evidence for particular models."
            )
        vendor = _name(kb, decision.vendor_id)
        if kb.measures(decision.vendor_id):  # a regional vendor no measure binds here
            return f"{vendor} is a recognised manufacturer; {_elsewhere_only(kb, decision.vendor_id, where)}."
        return f"{vendor} is a recognised manufacturer that no source in Vetted names."
    assert lead is not None
    if decision.conflict:
        observation = _observation(kb, lead, category)
        return (
            f"The make says {_name(kb, decision.conflict.vendor_id)}, but "
            f"{observation[0].lower()}{observation[1:]}; check which is right before acting."
        )
    if decision.verdict is Verdict.FLAGGED:
        return f"{_observation(kb, lead, category)}; {restriction_phrase(kb, lead.vendor_id, where)}."
    return f"{_doubt(kb, lead)}; {restriction_phrase(kb, lead.vendor_id, where)}{_CHECK}."


def restriction_phrase(kb: KnowledgeBase, vendor_id: str, where: Where = NOWHERE) -> str:
    """What governments did about the vendor, the user's own jurisdiction first:
    'where you are, Hikvision equipment is restricted by Quebec purchase ban (2023); also restricted in the
    US, the UK and 3 more places'. Without a place: the first measures db/restrictions.csv lists.
    """
    vendor = _name(kb, vendor_id)
    measures = kb.measures(vendor_id)
    if not measures:
        calls = kb.calls(vendor_id)
        if calls:
            return f"no law restricts {vendor} equipment yet, but the {calls[0].short} calls for a ban"
        return f"{vendor} is named by a source Vetted cites"
    if not where:
        return _measured(vendor, measures)
    here = sorted(
        (s for s in measures if where.covers(s.jurisdiction)),
        key=lambda s: where.rank(s.kind, s.jurisdiction, s.applies_to),
    )
    if not here:
        return _elsewhere_only(kb, vendor_id, where)
    others = _places(s for s in measures if s not in here)
    also = f"; also restricted in {others}" if others else ""
    return f"where you are ({where.place()}), {_measured(vendor, here)}{also}"


def _measured(vendor: str, measures: list[Source]) -> str:
    """'Hikvision equipment is restricted by A, B and 3 more measures'. A sanctions listing restricts trade
    with the maker, not using its equipment, so it is said as such: 'Tiandy is on the US Entity List (2022)',
    with the rules that do restrict the equipment after it."""
    rules = [s for s in measures if s.kind != "sanctions"]
    if measures[0].kind != "sanctions":
        return f"{vendor} equipment is restricted by {_named(rules, len(measures))}"
    lead = f"{vendor} is on the {measures[0].short}"
    if rules:
        return f"{lead}, and its equipment is restricted by {_named(rules, len(measures) - 1)}"
    more = len(measures) - 1
    return f"{lead} and {more} more {'list' if more == 1 else 'lists'}" if more else lead


def _named(rules: list[Source], total: int) -> str:
    """The first two rules by name, and how many more measures there are in all."""
    if total <= 2 or len(rules) < 2:
        shown = rules[: min(2, total)]
        more = total - len(shown)
    else:
        shown, more = rules[:2], total - 2
    named = " and ".join(s.short for s in shown) if not more else ", ".join(s.short for s in shown)
    return f"{named} and {more} more {'measure' if more == 1 else 'measures'}" if more else named


def _elsewhere_only(kb: KnowledgeBase, vendor_id: str, where: Where) -> str:
    places = _places(kb.measures(vendor_id))
    if where:
        return f"no rule Vetted knows restricts it in {place_name(where.code)}, but it is restricted in {places}"
    return f"it is restricted only in some places ({places}): say where you are to see whether that is you"


def _places(measures: Iterable[Source], shown: int = 3) -> str:
    """'the US, the UK and 2 more places', in the order the measures come."""
    names = list(dict.fromkeys(place_name(s.jurisdiction) for s in measures if s.jurisdiction != "INT"))
    if len(names) > shown:
        more = len(names) - shown
        return f"{', '.join(names[:shown])} and {more} more {'place' if more == 1 else 'places'}"
    return " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else "".join(names)


def human_date(text: str) -> str:
    """'2022-11-24' -> '24 November 2022', '2021-04' -> 'April 2021', '2018' -> '2018'."""
    parts = text.split("-")
    try:
        if len(parts) == 3:
            day = date(*map(int, parts))
            return f"{day.day} {day:%B %Y}"
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1).strftime("%B %Y")
    except ValueError:
        pass
    return text


def _observation(kb: KnowledgeBase, e: Evidence, category: str) -> str:
    vendor = _name(kb, e.vendor_id)
    label = CATEGORY_LABELS.get(category, "device")
    if e.rule == "model_rule":
        return f"The model number {e.matched} is a {vendor} {label} model"
    if e.rule == "serial_model":
        return f"The serial number begins with {e.matched}, a {vendor} model number"
    if e.rule == "oui":
        return f"Its MAC address begins {e.detail}, a block the IEEE registers to {vendor}"
    alias = kb.aliases.get(compact_key(e.detail))
    phrase = _ALIAS_KIND_PHRASES.get(alias.kind if alias else "")
    if phrase:
        return phrase.format(name=f"“{e.matched.strip()}”", vendor=vendor)
    if compact_key(e.matched) == compact_key(vendor):
        return f"The {_field(e)} is {vendor}"
    return f"The {_field(e)} “{e.matched.strip()}” is {vendor}"


def _doubt(kb: KnowledgeBase, e: Evidence) -> str:
    vendor = _name(kb, e.vendor_id)
    if e.rule == "fuzzy_alias":
        return f"The {_field(e)} “{e.matched.strip()}” looks like a misspelling of {e.detail}"
    if e.rule == "name_inside":
        return f"The {_field(e)} “{e.matched.strip()}” contains the name {e.detail} but may be another company"
    if e.rule == "description":
        return f"The notes mention {e.detail}"
    oem = kb.oem_brands.get(compact_key(e.detail))
    if oem and oem.relation == "former_subsidiary":
        start, end = human_date(oem.valid_from), human_date(oem.valid_to)
        period = f"from {start} to {end}" if oem.valid_to else f"since {start}"
        return f"{oem.brand} was owned by {vendor} {period}, so this device may be {vendor}-made"
    certainty = oem.certainty if oem else "medium"
    return (
        f"{e.detail} has sold relabelled {vendor} equipment ({certainty} certainty), "
        f"so this device may be {vendor}-made"
    )


def _field(e: Evidence) -> str:
    return {"manufacturer": "make", "brand": "brand", "description": "notes"}.get(e.field, e.field)


def _name(kb: KnowledgeBase, vendor_id: str) -> str:
    vendor = kb.vendors.get(vendor_id)
    return vendor.name if vendor else vendor_id
