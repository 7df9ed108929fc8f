"""Local facts: what one site knows that the shipped knowledge base does not.

A manager adds an alias ("HV cams" is Hikvision), a brand that relabels a maker's products, a model-number
pattern or a MAC prefix, with a note saying why, who and when. Local facts live in `local-facts.json` in the
per-user data directory (see `app.core.kb.installed`), beside the shipped base and never written into it:
`with_overlay` merges the enabled ones into a copy of the loaded `KnowledgeBase`. Each becomes a source of
its own (id `local:<id>`, kind `evidence`), so explanations, the detail panel and the reports say who added
it. A fact can be switched off, exported to a file and imported on a colleague's machine.

Bad input is refused with one sentence (`OverlayError`) before anything is saved: an empty or ordinary
name, an invalid pattern, or one that would flag ordinary devices of other makers (tested against
`CLEAN_MAKES` and `CLEAN_MODELS`), an impossible MAC prefix, or a fact the base already has.
"""

import copy
import getpass
import json
import os
import re
import uuid
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from pathlib import Path

from app.core.domain import Device, Source, Verdict
from app.core.kb.integrity import CATEGORIES, CERTAINTIES
from app.core.kb.knowledge import Alias, KnowledgeBase, ModelRule, OemBrand
from app.core.language import QT_TRANSLATE_NOOP, PlainError, Sentence
from app.core.normalise import compact_key, format_mac, model_key, text_key

FILE_NAME = "local-facts.json"
FORMAT = "vetted-local-facts"
FORMAT_VERSION = 1
LOCAL_PREFIX = "local:"
KINDS = ("alias", "oem_brand", "model_rule", "oui")
# Ordinary devices of makers no source names, and words people put in a make column. A local fact that
# would flag or send to review any of these makes, or match more than MAX_CLEAN_MODEL_HITS of these models,
# is refused: it would bury the real findings.
CLEAN_MAKES = (
    "Axis", "Axis Communications", "Bosch", "Hanwha", "Samsung", "Avigilon", "Cisco", "Motorola", "Honeywell",
    "Ubiquiti", "Vivotek", "Mobotix", "Sony", "Panasonic", "Canon", "Pelco", "Genetec", "Milestone", "Aruba",
    "Juniper", "HP", "Dell", "Netgear", "TP-Link", "D-Link", "Verkada", "Meraki", "Apple", "Microsoft",
    "IP camera", "Camera", "Network camera", "CCTV", "NVR", "DVR", "Security", "Switch", "Recorder", "Dome",
)  # fmt: skip
CLEAN_MODELS = (
    "P3245-LVE", "M3106-L MK II", "Q6135-LE", "NDE-3502-AL", "FLEXIDOME IP 3000i", "DS150i", "XNV-6080R",
    "QNV-6012R", "PNM-9000VQ", "2.0C-H5A-B1", "C9300-48P", "WS-C2960X-24PS-L", "APX 6000", "HDZ302DE",
    "UVC-G4-PRO", "USW-24-POE", "IB9360-H", "M16B", "SNC-VB770", "WV-S2136", "VB-H45", "IMP521-1ES",
    "SV-100E", "JL258A", "EX2300-24P", "J9773A", "GS308", "TL-SG108", "DGS-1100-08", "N1548P", "CD52",
    "MR46", "A1234", "1", "123", "X", "CAMERA", "IPC", "NVR", "4K", "PTZ", "DOME", "BULLET", "2MP",
)  # fmt: skip
MAX_CLEAN_MODEL_HITS = 2
_HEX_PREFIX = re.compile(r"[0-9A-F]{6}")


class OverlayError(PlainError, ValueError):
    """A local fact or file Vetted will not take, with one sentence saying why."""


@dataclass(frozen=True)
class LocalFact:
    kind: str  # alias | oem_brand | model_rule | oui
    value: str  # the name, the brand, the pattern (capitals, no spaces) or the prefix (AABBCC)
    vendor_id: str  # the maker it is (alias), relabels (oem_brand) or makes (model_rule, oui)
    note: str  # why: how the site knows
    author: str = ""
    added: str = ""  # ISO date
    enabled: bool = True
    certainty: str = ""  # oem_brand: high, medium or low
    category: str = ""  # model_rule: what the models are (integrity.CATEGORIES)
    example: str = ""  # model_rule: a model number the pattern must match
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])

    @property
    def source_id(self) -> str:
        return LOCAL_PREFIX + self.id

    def describe(self, kb: KnowledgeBase) -> str:
        """'“HV cams” is a name for Hikvision', in the words of the knowledge-base window."""
        vendor = vendor_name(kb, self.vendor_id)
        if self.kind == "alias":
            return f"“{self.value}” is a name for {vendor}"
        if self.kind == "oem_brand":
            return f"“{self.value}” sells relabelled {vendor} equipment ({self.certainty} certainty)"
        if self.kind == "model_rule":
            return f"Models matching {self.value} are {vendor}"
        return f"MAC prefix {format_mac(self.value)} is {vendor}"


def vendor_name(kb: KnowledgeBase, vendor_id: str) -> str:
    vendor = kb.vendors.get(vendor_id)
    return vendor.name if vendor else vendor_id


# --- making a fact ---------------------------------------------------------------------------------------
def new_fact(
    kind: str,
    value: str,
    vendor_id: str,
    note: str,
    author: str = "",
    *,
    certainty: str = "",
    category: str = "",
    example: str = "",
) -> LocalFact:
    """A fact as the user typed it, tidied (pattern without spaces, prefix as AABBCC), dated today."""
    value = (value or "").strip()
    if kind == "model_rule":
        value = re.sub(r"\s+", "", value)
    elif kind == "oui":
        value = re.sub(r"[\s:.\-]", "", value).upper()
        value = value[:6] if len(value) == 12 else value
    elif kind == "oem_brand":
        certainty = certainty or "medium"
    return LocalFact(
        kind=kind,
        value=value,
        vendor_id=vendor_id,
        note=(note or "").strip(),
        author=(author or current_user()).strip(),
        added=date.today().isoformat(),
        certainty=certainty,
        category=category or ("other" if kind == "model_rule" else ""),
        example=(example or "").strip(),
    )


def current_user() -> str:
    """The login name, for 'added by'."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def check_fact(kb: KnowledgeBase, fact: LocalFact) -> str:
    """The one sentence saying why `fact` cannot be added to `kb` (with its local facts), or '' (in the
    language of the moment)."""
    problem = _problem(kb, fact)
    return str(problem) if problem else ""


def _problem(kb: KnowledgeBase, fact: LocalFact) -> "Sentence | str":
    if fact.kind not in KINDS:
        return Sentence(
            QT_TRANSLATE_NOOP("Errors", "Vetted does not know local facts of kind {kind}."), kind=repr(fact.kind)
        )
    if fact.vendor_id not in kb.vendors:
        return Sentence(QT_TRANSLATE_NOOP("Errors", "Choose the maker from the list of vendors Vetted knows."))
    if not fact.note:
        return Sentence(
            QT_TRANSLATE_NOOP(
                "Errors", "Add a note saying why (how your site knows), so a colleague can check it later."
            )
        )
    problem = {"alias": _check_name, "oem_brand": _check_name, "model_rule": _check_pattern, "oui": _check_prefix}[
        fact.kind
    ](kb, fact)
    return problem or _check_clean_devices(kb, fact)


def _check_name(kb: KnowledgeBase, fact: LocalFact) -> str:
    key = compact_key(fact.value)
    if not key:
        return Sentence(QT_TRANSLATE_NOOP("Errors", "Type the name (letters or digits) this fact is about."))
    if len(key) < 2 or text_key(fact.value) in _ORDINARY_WORDS:
        return Sentence(
            QT_TRANSLATE_NOOP("Errors", "“{name}” is too ordinary a word to stand for a maker; type the name in full."),
            name=fact.value,
        )
    if fact.kind == "oem_brand" and fact.certainty not in CERTAINTIES:
        return Sentence(QT_TRANSLATE_NOOP("Errors", "Say how certain the relabelling is: high, medium or low."))
    known = kb.aliases.get(key) or kb.oem_brands.get(key)
    if known:
        owner = vendor_name(kb, known.vendor_id)
        return Sentence(
            QT_TRANSLATE_NOOP("Errors", "The knowledge base already knows “{name}” (as {vendor}); nothing to add."),
            name=fact.value,
            vendor=owner,
        )
    return ""


def _check_pattern(kb: KnowledgeBase, fact: LocalFact) -> str:
    if not fact.value:
        return Sentence(QT_TRANSLATE_NOOP("Errors", "Type the model-number pattern, for example HV-IPC[0-9]."))
    try:
        pattern = re.compile(fact.value, re.IGNORECASE)
    except re.error as error:
        return Sentence(
            QT_TRANSLATE_NOOP("Errors", "The pattern is not a valid regular expression ({reason})."), reason=str(error)
        )
    if fact.category not in CATEGORIES:
        return Sentence(
            QT_TRANSLATE_NOOP("Errors", "Vetted does not know the category {category}."), category=repr(fact.category)
        )
    if pattern.match(""):
        return Sentence(
            QT_TRANSLATE_NOOP("Errors", "This pattern matches every model, even an empty one; make it more specific.")
        )
    if fact.example and not pattern.match(model_key(fact.example)):
        return Sentence(
            QT_TRANSLATE_NOOP("Errors", "The pattern does not match your example model {model}."), model=fact.example
        )
    hits = [m for m in CLEAN_MODELS if pattern.match(model_key(m))]
    if len(hits) > MAX_CLEAN_MODEL_HITS:
        return Sentence(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This pattern would match {count} of {total} ordinary models from other makers "
                "(such as {first} and {second}); make it more specific.",
            ),
            count=len(hits),
            total=len(CLEAN_MODELS),
            first=hits[0],
            second=hits[1],
        )
    if any(r.pattern.pattern.upper() == fact.value.upper() for r in kb.model_rules):
        return Sentence(QT_TRANSLATE_NOOP("Errors", "The knowledge base already has this pattern; nothing to add."))
    return ""


def _check_prefix(kb: KnowledgeBase, fact: LocalFact) -> str:
    if not _HEX_PREFIX.fullmatch(fact.value):
        return Sentence(QT_TRANSLATE_NOOP("Errors", "A MAC prefix is six hexadecimal digits, such as 4C:BD:8F."))
    if int(fact.value[:2], 16) & 0b11:
        return Sentence(
            QT_TRANSLATE_NOOP("Errors", "{prefix} is a multicast or locally administered prefix, which no maker owns."),
            prefix=format_mac(fact.value),
        )
    known = kb.ouis.get(fact.value)
    if known:
        return Sentence(
            QT_TRANSLATE_NOOP("Errors", "The knowledge base already has {prefix} (as {vendor})."),
            prefix=format_mac(fact.value),
            vendor=vendor_name(kb, known[0]),
        )
    return ""


def _check_clean_devices(kb: KnowledgeBase, fact: LocalFact) -> str:
    """Refuse a fact that would turn an ordinary device of another maker into a finding."""
    from app.core.matching import Matcher  # the matcher imports this package

    if fact.vendor_id not in kb.restrictions:
        return ""  # a fact about a maker no source names flags nothing
    before, after = Matcher(kb), Matcher(with_overlay(_base(kb), [*local_facts(kb), fact]))
    samples = [Device(manufacturer=m) for m in CLEAN_MAKES] + [Device(model=m) for m in CLEAN_MODELS]
    worse = [
        d.manufacturer or d.model
        for d in samples
        if after.match(d).verdict in _FINDINGS and before.match(d).verdict not in _FINDINGS
    ]
    if fact.kind == "model_rule" and len(worse) <= MAX_CLEAN_MODEL_HITS:
        return ""  # look-alikes exist (Digiever DS-1200): a pattern may touch a couple of other models
    if worse:
        return Sentence(
            QT_TRANSLATE_NOOP("Errors", "This would flag ordinary devices such as “{example}”; make it more specific."),
            example=worse[0],
        )
    return ""


_FINDINGS = (Verdict.FLAGGED, Verdict.REVIEW)
_ORDINARY_WORDS = frozenset(
    "na n a none unknown tbc tbd other various generic camera cameras cam cams cctv ip ptz dome bullet nvr dvr "
    "recorder switch network security video system systems technology digital the and".split()
)


# --- merging into a knowledge base -----------------------------------------------------------------------
def with_overlay(base: KnowledgeBase, facts: Iterable[LocalFact]) -> KnowledgeBase:
    """A copy of `base` with the enabled `facts` merged in; `base` itself is left as it was.

    The copy remembers `base` and every fact, switched off or not (`local_facts`).
    """
    facts = list(facts)
    kb = copy.copy(base)
    kb.base = base
    kb.facts = facts
    kb.sources = dict(base.sources)
    kb.aliases = dict(base.aliases)
    kb.oem_brands = dict(base.oem_brands)
    kb.ouis = dict(base.ouis)
    rules = list(base.model_rules)
    for fact in facts:
        if not fact.enabled or fact.vendor_id not in base.vendors:
            continue
        sid = fact.source_id
        kb.sources[sid] = Source(
            id=sid,
            short=f"Added locally by {fact.author or 'this site'}",
            title=fact.describe(base),
            publisher=fact.author or "this site",
            date=fact.added,
            jurisdiction="",
            applies_to="",
            url="",
            quote=fact.note,
            kind="evidence",
        )
        if fact.kind == "alias":
            kb.aliases.setdefault(compact_key(fact.value), Alias(fact.value, fact.vendor_id, "name", sid))
        elif fact.kind == "oem_brand":
            kb.oem_brands.setdefault(
                compact_key(fact.value),
                OemBrand(fact.value, fact.vendor_id, "relabel", fact.certainty, "", "", fact.note, sid),
            )
        elif fact.kind == "model_rule":
            rules.append(
                ModelRule(
                    f"local-{fact.id}",
                    fact.vendor_id,
                    re.compile(fact.value, re.IGNORECASE),
                    fact.category,
                    "",
                    False,
                    sid,
                )
            )
        elif fact.kind == "oui":
            kb.ouis.setdefault(fact.value, (fact.vendor_id, sid))
    # The same order as the shipped rules (most specific first), so a local rule finds its place among them.
    kb.model_rules = sorted(rules, key=lambda r: (-len(r.pattern.pattern), r.id))
    return kb


def local_facts(kb: KnowledgeBase) -> list[LocalFact]:
    """Every local fact merged into `kb` (switched off or not); [] for a base without an overlay."""
    return list(getattr(kb, "facts", ()))


def _base(kb: KnowledgeBase) -> KnowledgeBase:
    return getattr(kb, "base", kb)


def fact_of_source(kb: KnowledgeBase, source_id: str) -> LocalFact | None:
    if not source_id.startswith(LOCAL_PREFIX):
        return None
    return next((f for f in local_facts(kb) if f.source_id == source_id), None)


# --- the file ---------------------------------------------------------------------------------------------
def overlay_file(data_dir: Path) -> Path:
    return Path(data_dir) / FILE_NAME


def read_facts(data_dir: Path) -> list[LocalFact]:
    """The facts saved in `data_dir` ([] when there are none yet)."""
    path = overlay_file(data_dir)
    if not path.exists():
        return []
    return _parse(path)


def write_facts(data_dir: Path, facts: Iterable[LocalFact]) -> None:
    """Save all facts at once: written beside, then moved over the old file, so a crash loses nothing."""
    _write(overlay_file(data_dir), list(facts))


def add_fact(data_dir: Path, kb: KnowledgeBase, fact: LocalFact) -> LocalFact:
    """Check `fact` against `kb` (with its local facts) and save it; OverlayError with the reason if not."""
    problem = _problem(kb, fact)
    if problem:
        raise OverlayError(problem)
    write_facts(data_dir, [*read_facts(data_dir), fact])
    return fact


def set_enabled(data_dir: Path, fact_id: str, enabled: bool) -> None:
    """Switch a local fact on or off; it stays in the file either way."""
    facts = read_facts(data_dir)
    if not any(f.id == fact_id for f in facts):
        raise OverlayError(QT_TRANSLATE_NOOP("Errors", "That local fact is no longer there."))
    write_facts(data_dir, [replace(f, enabled=enabled) if f.id == fact_id else f for f in facts])


def export_facts(facts: Iterable[LocalFact], path: Path) -> int:
    """Write the facts to a file a colleague can import; returns how many."""
    facts = list(facts)
    _write(Path(path), facts)
    return len(facts)


def import_facts(data_dir: Path, kb: KnowledgeBase, path: Path) -> tuple[int, list[str]]:
    """Add the facts of an exported file that are new here: (how many added, one sentence per fact skipped).

    Each fact is checked as if typed in; one already here (same id) is skipped silently.
    """
    incoming = _parse(Path(path))
    facts = read_facts(data_dir)
    known = {f.id for f in facts}
    current, added, skipped = kb, 0, []
    for fact in incoming:
        if fact.id in known:
            continue
        problem = check_fact(current, fact)
        if problem:
            skipped.append(f"{fact.describe(kb)}: {problem}")
            continue
        facts.append(fact)
        known.add(fact.id)
        current = with_overlay(_base(kb), facts)
        added += 1
    if added:
        write_facts(data_dir, facts)
    return added, skipped


def _parse(path: Path) -> list[LocalFact]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise OverlayError(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a Vetted local-facts file, or it is damaged."), name=path.name
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("facts"), list):
        raise OverlayError(QT_TRANSLATE_NOOP("Errors", "{name} is not a Vetted local-facts file."), name=path.name)
    if not isinstance(data.get("version"), int) or data["version"] > FORMAT_VERSION:
        raise OverlayError(
            QT_TRANSLATE_NOOP("Errors", "{name} was written by a newer Vetted; update Vetted to read it."),
            name=path.name,
        )
    names = {f.name for f in fields(LocalFact)}
    facts = []
    for item in data["facts"]:
        try:
            values = {k: v for k, v in item.items() if k in names}
            fact = LocalFact(**values)
        except (AttributeError, TypeError):
            raise OverlayError(_UNREADABLE_FACT, name=path.name) from None
        if not all(isinstance(getattr(fact, n), str) for n in names - {"enabled"}) or fact.kind not in KINDS:
            raise OverlayError(_UNREADABLE_FACT, name=path.name)
        facts.append(fact)
    return facts


_UNREADABLE_FACT = QT_TRANSLATE_NOOP("Errors", "{name} has a fact Vetted cannot read.")


def _write(path: Path, facts: list[LocalFact]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    data = {"format": FORMAT, "version": FORMAT_VERSION, "facts": [asdict(f) for f in facts]}
    with open(partial, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)
