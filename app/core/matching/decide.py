"""Weigh the evidence found for one device into a verdict and the vendor it points at."""

from collections.abc import Container
from dataclasses import dataclass

from app.core.domain import Evidence, Verdict

# Evidence worth this much on its own is enough to act on; below it a person should look.
STRONG = 90
# Below this, evidence is a note (a low-certainty OEM claim), not a reason to look.
NOTEWORTHY = 50
# Which evidence to lead the explanation with when several agree: the hardware first.
_RULE_ORDER = {
    "model_rule": 0,
    "serial_model": 1,
    "alias": 2,
    "oui": 3,
    "name_inside": 4,
    "fuzzy_alias": 5,
    "oem_brand": 6,
    "oem_model": 7,
    "description": 8,
}


_MODEL_RULES = ("model_rule", "serial_model")


@dataclass(frozen=True, slots=True)
class Decision:
    verdict: "Verdict"
    vendor_id: str  # the listed vendor, or the recognised maker of a clear device
    lead: Evidence | None  # the evidence the explanation leads with
    conflict: Evidence | None  # a recognised make that contradicts the lead


def decide(flagged_vendors: Container[str], evidence: list[Evidence]) -> Decision:
    """flagged / review / clear / unknown, from evidence gathered across all fields.

    `flagged_vendors`: the vendors whose equipment is flagged for this user (the seven listed vendors, and
    a regional one where one of its measures binds the user).
    """
    listed = sorted((e for e in evidence if e.vendor_id in flagged_vendors), key=_strength_order)
    other = sorted((e for e in evidence if e.vendor_id not in flagged_vendors), key=_strength_order)
    strong_make = next((e for e in other if e.field in ("manufacturer", "brand") and e.score >= STRONG), None)
    if listed and listed[0].score >= STRONG:
        lead = listed[0]
        if strong_make and not _make_supports(listed, lead):
            if all(e.rule in _MODEL_RULES for e in listed if e.score >= STRONG):
                # A model pattern is a vendor's convention, not a registry: another maker may number its
                # products alike (Kedacom IPC2...), so a make naming a recognised maker outweighs it.
                return Decision(Verdict.CLEAR, strong_make.vendor_id, strong_make, None)
            return Decision(Verdict.REVIEW, lead.vendor_id, lead, strong_make)
        return Decision(Verdict.FLAGGED, lead.vendor_id, lead, None)
    noteworthy = [e for e in listed if e.score >= NOTEWORTHY]
    if noteworthy and not strong_make:
        return Decision(Verdict.REVIEW, noteworthy[0].vendor_id, noteworthy[0], None)
    if other:
        return Decision(Verdict.CLEAR, other[0].vendor_id, other[0], None)
    if listed:  # only a low-certainty claim: not enough to look, but say so
        return Decision(Verdict.CLEAR, "", listed[0], None)
    return Decision(Verdict.UNKNOWN, "", None, None)


def _strength_order(evidence: Evidence) -> tuple[float, int]:
    return (-evidence.score, _RULE_ORDER.get(evidence.rule, 9))


def _make_supports(listed: list[Evidence], lead: Evidence) -> bool:
    """True when the make column itself points at the lead's vendor (an OEM brand of it counts)."""
    return any(e.field in ("manufacturer", "brand") and e.vendor_id == lead.vendor_id for e in listed)
