"""The matching engine: gathers evidence from every field of a device and explains the verdict.

Work is done once per distinct value (make, model, MAC prefix, device type) and once per distinct
combination of evidence, so a 100,000-row inventory costs about as much as its distinct values.
"""

from collections.abc import Iterable, Iterator

from app.core.category import category_from_type
from app.core.domain import Device, Evidence, Match, Source
from app.core.kb.knowledge import KnowledgeBase
from app.core.matching.decide import decide
from app.core.matching.explain import explain
from app.core.matching.hardware import HardwareEvidence
from app.core.matching.names import NameEvidence

# What a listed vendor mostly sells, for devices with neither a model rule nor a device type.
_VENDOR_CATEGORY = {"hytera": "two_way_radio", "huawei": "network_switch", "zte": "network_switch"}
# A mention in free-text notes is a reason to look, never more.
_DESCRIPTION_SCORE = 60


class Matcher:
    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.names = NameEvidence(kb)
        self.hardware = HardwareEvidence(kb)
        self._type_cache: dict[str, str] = {}
        self._match_cache: dict[tuple, Match] = {}

    def match(self, device: Device) -> Match:
        """The verdict for one device, with its evidence, sources and a one-sentence explanation."""
        evidence = self.evidence(device)
        category = self.category(device, evidence)
        key = (evidence, category)
        found = self._match_cache.get(key)
        if found is None:
            found = self._match_cache[key] = self._decide(list(evidence), category)
        return found

    def match_all(self, devices: Iterable[Device]) -> Iterator[tuple[Device, Match]]:
        for device in devices:
            yield device, self.match(device)

    def evidence(self, device: Device) -> tuple[Evidence, ...]:
        found = (
            self.names.find("manufacturer", device.manufacturer)
            + self.names.find("brand", device.brand)
            + self.hardware.model(device.model)
            + self.hardware.serial(device.serial)
            + self.hardware.mac(device.mac)
        )
        if not found and device.description:
            found = tuple(
                Evidence(
                    "description",
                    "description",
                    e.matched,
                    e.vendor_id,
                    min(e.score, _DESCRIPTION_SCORE),
                    e.detail,
                    e.source_id,
                )
                for e in self.names.find("description", device.description)
            )
        return found

    def category(self, device: Device, evidence: tuple[Evidence, ...]) -> str:
        """The replacement category: the model rule's, else the device-type text's, else the vendor's."""
        for e in evidence:
            if e.rule in ("model_rule", "serial_model"):
                rule = self.hardware.rule_for_id(e.detail)
                if rule.category != "other":
                    return rule.category
        kind = self._type_cache.get(device.device_type)
        if kind is None:
            kind = self._type_cache[device.device_type] = category_from_type(device.device_type)
        if kind == "other" and evidence:
            return _VENDOR_CATEGORY.get(evidence[0].vendor_id, "other")
        return kind

    def _decide(self, evidence: list[Evidence], category: str) -> Match:
        decision = decide(self.kb, evidence)
        vendor = self.kb.vendors.get(decision.vendor_id)
        return Match(
            verdict=decision.verdict,
            vendor_id=decision.vendor_id,
            vendor_name=vendor.name if vendor else "",
            explanation=explain(self.kb, decision, category),
            evidence=tuple(evidence),
            sources=self._sources(decision.vendor_id if decision.verdict != "clear" else "", evidence),
            category=category,
        )

    def _sources(self, vendor_id: str, evidence: list[Evidence]) -> tuple[Source, ...]:
        """The rules and calls that concern the vendor, then the sources behind each piece of evidence."""
        ids = [r.source_id for r in self.kb.restrictions.get(vendor_id, ())]
        ids += [e.source_id for e in evidence if e.source_id]
        return tuple(self.kb.sources[i] for i in dict.fromkeys(ids) if i in self.kb.sources)
