"""The matching engine: gathers evidence from every field of a device and explains the verdict.

Work is done once per distinct value (make, model, MAC prefix, device type) and once per distinct
combination of evidence, so a 100,000-row inventory costs about as much as its distinct values. Caches
are keyed on what a value means to the matcher, not on the raw value: every device has its own serial
and MAC address, but a MAC counts only by the vendor block it falls in, and a serial only by the model it
embeds, so a real inventory of unique serials and MACs shares a few thousand Match objects.
"""

from collections.abc import Iterable, Iterator

from app.core.category import category_from_type
from app.core.domain import Device, Evidence, Match, Source
from app.core.kb.knowledge import KnowledgeBase
from app.core.let_go import let_go
from app.core.matching.decide import decide
from app.core.matching.explain import NOWHERE, Explainer
from app.core.matching.hardware import HardwareEvidence
from app.core.matching.names import NameEvidence
from app.core.where import Where

# What a listed vendor mostly sells, for devices with neither a model rule nor a device type.
_VENDOR_CATEGORY = {"hytera": "two_way_radio", "huawei": "network_switch", "zte": "network_switch"}
# A mention in free-text notes is a reason to look, never more.
_DESCRIPTION_SCORE = 60


class Matcher:
    def __init__(self, kb: KnowledgeBase, where: Where = NOWHERE, lang: str = "en"):
        self.kb = kb
        self.where = where
        self.lang = lang  # the language of the explanations: "en" or "fr"
        # The seven listed vendors everywhere; a regional one only where one of its measures binds the user.
        self.flagged_vendors = frozenset(
            vendor.id
            for vendor in kb.vendors.values()
            if vendor.listed or (vendor.status == "regional" and any(_binds(where, s) for s in kb.measures(vendor.id)))
        )
        self.explainer = Explainer(kb, where, lang)
        self.names = NameEvidence(kb)
        self.hardware = HardwareEvidence(kb)
        self._evidence_cache: dict[tuple, tuple[tuple[Evidence, ...], str]] = {}
        self._type_cache: dict[str, str] = {}
        self._match_cache: dict[tuple, Match] = {}
        self._row_cache: dict[tuple, Match | None] = {}  # rows alike in meaning: most of an inventory
        self._notes_cache: dict[tuple, Match] = {}
        self._sources_cache: dict[tuple, tuple[Source, ...]] = {}

    def let_go(self) -> None:
        """Empty the caches a key at a time (see app.core.let_go), once the matching is done."""
        let_go(
            self._evidence_cache,
            self._type_cache,
            self._match_cache,
            self._row_cache,
            self._notes_cache,
            self._sources_cache,
        )
        self.names.let_go()
        self.hardware.let_go()

    def match(self, device: Device) -> Match:
        """The verdict for one device, with its evidence, sources and a one-sentence explanation."""
        # What the verdict depends on, reduced to values that repeat across rows: a MAC address counts
        # only when its prefix is a block the knowledge base knows, a serial only by the model it embeds.
        prefix = self.hardware.known_block(device.mac) if device.mac else ""
        embedded = self.hardware.serial_model(device.serial) if device.serial else ""
        row_key = (device.manufacturer, device.brand, device.model, embedded, prefix, device.device_type)
        found = self._row_cache.get(row_key, False)
        if found is False:
            found = self._row_cache[row_key] = self._match(device, embedded, prefix)
        if found is None:  # nothing but the notes to go on: they count, once per distinct text
            notes_key = (row_key, device.description)
            found = self._notes_cache.get(notes_key)
            if found is None:
                found = self._notes_cache[notes_key] = self._match_notes(device, embedded, prefix)
        return found

    def _match(self, device: Device, embedded: str, prefix: str) -> Match | None:
        """The match for a device, or None when only its notes could say anything."""
        key = (device.manufacturer, device.brand, device.model, embedded, prefix)
        cached = self._evidence_cache.get(key)
        if cached is None:
            cached = self._evidence_cache[key] = self._evidence(device, embedded, prefix)
        evidence, rule_category = cached
        if not evidence and device.description:
            return None
        return self._shared(key, evidence, rule_category or self._type_category(device.device_type))

    def _match_notes(self, device: Device, embedded: str, prefix: str) -> Match:
        evidence = self._description_evidence(device.description) if device.description else ()
        key = (device.manufacturer, device.brand, device.model, embedded, prefix, device.description)
        return self._shared(key, evidence, self._type_category(device.device_type))

    def _shared(self, key: tuple, evidence: tuple[Evidence, ...], category: str) -> Match:
        category = category or _vendor_category(evidence)
        found = self._match_cache.get((key, category))
        if found is None:
            found = self._match_cache[(key, category)] = self._decide(list(evidence), category)
        return found

    def match_all(self, devices: Iterable[Device]) -> Iterator[tuple[Device, Match]]:
        for device in devices:
            yield device, self.match(device)

    def _evidence(self, device: Device, embedded_model: str, prefix: str) -> tuple[tuple[Evidence, ...], str]:
        """The evidence of the make, brand, model, serial and MAC, and the category a model rule implies."""
        found = (
            self.names.find("manufacturer", device.manufacturer)
            + self.names.find("brand", device.brand)
            + self.hardware.model(device.model)
            + (self.hardware.serial(embedded_model) if embedded_model else ())
            + self.hardware.mac(prefix)
        )
        rules = [
            self.hardware.rule_for_id(e.detail) for e in found if e.rule in ("model_rule", "serial_model", "oem_model")
        ]
        return found, next((r.category for r in rules if r.category != "other"), "")

    def _description_evidence(self, description: str) -> tuple[Evidence, ...]:
        return tuple(
            Evidence(
                "description",
                "description",
                e.matched,
                e.vendor_id,
                min(e.score, _DESCRIPTION_SCORE),
                e.detail,
                e.source_id,
            )
            for e in self.names.find("description", description)
        )

    def _type_category(self, device_type: str) -> str:
        """The category the device-type text names ('' for none), cached per distinct text."""
        found = self._type_cache.get(device_type)
        if found is None:
            kind = category_from_type(device_type)
            found = self._type_cache[device_type] = "" if kind == "other" else kind
        return found

    def _decide(self, evidence: list[Evidence], category: str) -> Match:
        decision = decide(self.flagged_vendors, evidence)
        vendor = self.kb.vendors.get(decision.vendor_id)
        return Match(
            verdict=decision.verdict,
            vendor_id=decision.vendor_id,
            vendor_name=vendor.name if vendor else "",
            explanation=self.explainer.sentence(decision, category),
            evidence=tuple(evidence),
            sources=self._sources(decision.vendor_id, evidence),
            category=category,
        )

    def _sources(self, vendor_id: str, evidence: list[Evidence]) -> tuple[Source, ...]:
        """The measures and calls that concern the vendor, those where the user is first, then the sources
        behind each piece of evidence."""
        key = (vendor_id, *(e.source_id for e in evidence))
        found = self._sources_cache.get(key)
        if found is None:
            concerning = [self.kb.sources[r.source_id] for r in self.kb.restrictions.get(vendor_id, ())]
            concerning.sort(key=lambda s: self.where.rank(s.kind, s.jurisdiction, s.applies_to))
            behind = [self.kb.sources[i] for i in key[1:] if i in self.kb.sources]
            found = self._sources_cache[key] = tuple(dict.fromkeys(concerning + behind))
        return found


def _binds(where: Where, source: Source) -> bool:
    return where.binds(source.kind, source.jurisdiction, source.applies_to)


def _vendor_category(evidence: tuple[Evidence, ...]) -> str:
    """What a listed vendor mostly sells, for devices with neither a model rule nor a device type."""
    return _VENDOR_CATEGORY.get(evidence[0].vendor_id, "other") if evidence else "other"
