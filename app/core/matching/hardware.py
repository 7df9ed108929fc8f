"""Evidence from the hardware itself: model-number conventions, serials that embed a model, MAC prefixes."""

import re

from app.core.domain import Evidence
from app.core.kb.knowledge import KnowledgeBase, ModelRule
from app.core.let_go import let_go
from app.core.matching.names import OEM_SCORE
from app.core.normalise import compact_key, format_mac, mac_digits, model_key

# A model rule is a vendor's own convention: strong on its own. A MAC prefix is registered to the
# vendor by the IEEE: strong too, but rebranders keep the OEM's prefix, so a make that names another
# recognised maker turns it into a conflict for a person to resolve.
MODEL_SCORE = 95
SERIAL_SCORE = 90
OUI_SCORE = 90

# Hikvision serials are the model, then the manufacturing date (YYYYMMDD), then a serial number.
_SERIAL_DATE = re.compile(r"20[0-9]{2}[01][0-9][0-3][0-9]")


def mac_prefix(value: str) -> str:
    """The first six hex digits of a MAC address ('' if it is not one); fast for the usual notations."""
    if len(value) == 17 and value[2] in ":-" and value[5] in ":-":
        digits = value.replace(value[2], "")
    elif len(value) == 14 and value[4] == "." and value[9] == ".":
        digits = value.replace(".", "")
    elif len(value) == 12:
        digits = value
    else:
        return mac_digits(value)[:6]
    try:
        if len(bytes.fromhex(digits)) == 6:  # twelve hex digits and nothing else
            return digits[:6].upper()
    except ValueError:
        pass
    return mac_digits(value)[:6]


class HardwareEvidence:
    """Model, serial and MAC checks; answers are cached per distinct model and MAC prefix."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self._model_cache: dict[str, ModelRule | None] = {}
        self._rules_by_id = {r.id: r for r in kb.model_rules}
        self._serial_rules = [r for r in kb.model_rules if r.in_serial]
        # One cheap test rejects the ordinary serial numbers that embed no model at all.
        self._serial_prefilter = re.compile("|".join(f"(?:{r.pattern.pattern})" for r in self._serial_rules) or "(?!)")
        self._oui_cache: dict[str, tuple[Evidence, ...]] = {}
        self._no_block: dict[str, bool] = {}  # first eight characters -> whether they settle "no known block"

    def known_block(self, mac: str) -> str:
        """The first six hex digits of a MAC address when they are a block the knowledge base knows, else ''."""
        # Most addresses are written aa:bb:cc:dd:ee:ff and fall in no block Vetted knows. Three octets of two
        # letters or digits then settle it whatever follows (see mac_digits), once per distinct beginning.
        head = mac[:8]
        settled = self._no_block.get(head)
        if settled is None:
            first = head[:2] + head[3:5] + head[6:8]
            settled = self._no_block[head] = (
                len(head) == 8
                and head.isascii()
                and head[2] in ":-"
                and head[5] in ":-"
                and first.isalnum()
                and first.upper() not in self.kb.ouis
            )
        if settled:
            return ""
        prefix = mac_prefix(mac)
        return prefix if prefix in self.kb.ouis else ""

    def let_go(self) -> None:
        let_go(self._model_cache, self._oui_cache, self._no_block)

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
        oem = self.kb.oem_brands.get(compact_key(rule.brand)) if rule.brand else None
        if oem:  # a relabeller's own model line: as sure as the relabelling itself, a reason to look
            score = OEM_SCORE[oem.certainty]
            return (Evidence("model", "oem_model", value.strip(), rule.vendor_id, score, rule.id, rule.source_id),)
        return (Evidence("model", "model_rule", value.strip(), rule.vendor_id, MODEL_SCORE, rule.id, rule.source_id),)

    def serial_model(self, value: str) -> str:
        """The model a serial number begins with ('' for ordinary serials): 'DS-2CD1323G2-LIUF/SL2025…'."""
        if "-" not in value:
            return ""
        serial = model_key(value)
        if not self._serial_prefilter.match(serial):
            return ""
        date = _SERIAL_DATE.search(serial, 6)
        return serial[: date.start()] if date else serial

    def serial(self, embedded_model: str) -> tuple[Evidence, ...]:
        for rule in self._serial_rules:
            if rule.pattern.match(embedded_model):
                return (
                    Evidence(
                        "serial", "serial_model", embedded_model, rule.vendor_id, SERIAL_SCORE, rule.id, rule.source_id
                    ),
                )
        return ()

    def mac(self, prefix: str) -> tuple[Evidence, ...]:
        """Evidence from a MAC prefix (see `mac_prefix`)."""
        found = self._oui_cache.get(prefix)
        if found is None:
            found = self._oui_cache[prefix] = self._oui(prefix)
        return found

    def _oui(self, prefix: str) -> tuple[Evidence, ...]:
        if not prefix or int(prefix[:2], 16) & 0b11:  # multicast or locally administered: no maker
            return ()
        hit = self.kb.ouis.get(prefix)
        if not hit:
            return ()
        vendor_id, source_id = hit
        shown = format_mac(prefix)
        return (Evidence("mac", "oui", shown, vendor_id, OUI_SCORE, shown, source_id),)
