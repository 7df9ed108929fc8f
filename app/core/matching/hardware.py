"""Evidence from the hardware itself: model-number conventions, serials that embed a model, MAC prefixes."""

import re

from app.core.domain import Evidence
from app.core.kb.knowledge import KnowledgeBase, ModelRule
from app.core.normalise import format_mac, mac_digits, model_key

# A model rule is a vendor's own convention: strong on its own. A MAC prefix is registered to the
# vendor by the IEEE: strong too, but rebranders keep the OEM's prefix, so a make that names another
# recognised maker turns it into a conflict for a person to resolve.
MODEL_SCORE = 95
SERIAL_SCORE = 90
OUI_SCORE = 90


class HardwareEvidence:
    """Model, serial and MAC checks; model and prefix answers are cached per distinct value."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self._model_cache: dict[str, ModelRule | None] = {}
        self._rules_by_id = {r.id: r for r in kb.model_rules}
        serial_rules = [r for r in kb.model_rules if r.in_serial]
        self._serial_rules = serial_rules
        # One cheap test rejects the ordinary serial numbers that embed no model at all.
        self._serial_prefilter = re.compile("|".join(f"(?:{r.pattern.pattern})" for r in serial_rules) or "(?!)")

    def rule_for(self, model: str) -> ModelRule | None:
        """The first (most specific) model rule the model number follows, if any."""
        if model not in self._model_cache:
            self._model_cache[model] = next((r for r in self.kb.model_rules if r.pattern.match(model)), None)
        return self._model_cache[model]

    def rule_for_id(self, rule_id: str) -> ModelRule:
        return self._rules_by_id[rule_id]

    def model(self, value: str) -> tuple[Evidence, ...]:
        model = model_key(value)
        rule = self.rule_for(model) if model else None
        if not rule:
            return ()
        return (Evidence("model", "model_rule", value.strip(), rule.vendor_id, MODEL_SCORE, rule.id, rule.source_id),)

    def serial(self, value: str) -> tuple[Evidence, ...]:
        serial = model_key(value)
        if "-" not in serial or not self._serial_prefilter.match(serial):
            return ()
        for rule in self._serial_rules:
            found = rule.pattern.match(serial)
            # The serial must go on past the model (a date and a number follow it).
            if found and found.end() < len(serial):
                return (
                    Evidence(
                        "serial", "serial_model", value.strip(), rule.vendor_id, SERIAL_SCORE, rule.id, rule.source_id
                    ),
                )
        return ()

    def mac(self, value: str) -> tuple[Evidence, ...]:
        digits = mac_digits(value)
        if not digits or int(digits[:2], 16) & 0b11:  # multicast or locally administered: no maker
            return ()
        hit = self.kb.ouis.get(digits[:6])
        if not hit:
            return ()
        vendor_id, source_id = hit
        prefix = format_mac(digits[:6])  # the vendor's block, so equal prefixes share one explanation
        return (Evidence("mac", "oui", prefix, vendor_id, OUI_SCORE, prefix, source_id),)
