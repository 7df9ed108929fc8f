"""Evidence from a make or brand name: exact aliases, OEM brands, names inside longer names, misspellings."""

from rapidfuzz import fuzz, process

from app.core.domain import Evidence
from app.core.kb.knowledge import KnowledgeBase
from app.core.let_go import let_go
from app.core.normalise import compact_key, text_key

# Cut-off for fuzz.ratio (Indel similarity, 0-100). "Hikvison" scores 94 against "hikvision",
# "Dauha" 80 against "dahua"; look-alikes such as the shredder maker "Dahle" score 60. Names shorter
# than FUZZY_MIN_LENGTH are never fuzzy-matched: one letter changes too much of them ("zte", "unv").
FUZZY_CUTOFF = 80
FUZZY_MIN_LENGTH = 5

# Words that may surround a vendor's name without changing who it is: company words ("Hikvision USA",
# "Dahua Technology Canada") and what people add in a make column ("Hikvision dome camera"). Any other
# word makes a name-inside-a-name uncertain ("Shanghai Dahua Scale Factory").
COMPANY_WORDS = frozenset(
    """technology technologies tech digital international intl group holdings holding security systems
    system solutions network networks communications communication electronics electronic vision video
    usa us uk canada europe india australia america north emea asia hangzhou zhejiang shenzhen beijing
    tianjin china chinese hk hong kong the of and de
    camera cameras cam cams cctv ip ptz dome bullet turret nvr dvr recorder""".split()
)

JUNK = frozenset({"na", "n a", "none", "unknown", "tbc", "tbd", "see notes", "other", "various", "generic"})


class NameEvidence:
    """Finds what a name says about its maker; answers are cached per distinct name."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self._cache: dict[tuple[str, str], tuple[Evidence, ...]] = {}
        self._choices = list(kb.aliases) + list(kb.oem_brands)

    def find(self, field: str, value: str) -> tuple[Evidence, ...]:
        key = (field, value)
        if key not in self._cache:
            self._cache[key] = self._find(field, value)
        return self._cache[key]

    def let_go(self) -> None:
        let_go(self._cache)

    def _find(self, field: str, value: str) -> tuple[Evidence, ...]:
        words = text_key(value)
        if not words or words in JUNK:
            return ()
        exact = self._lookup(field, value, compact_key(value), score=100)
        if exact:
            return exact
        inside = self._name_inside(field, value, words.split())
        if inside:
            return inside
        return self._fuzzy(field, value, compact_key(value))

    def _lookup(self, field: str, value: str, key: str, score: float, rule: str = "") -> tuple[Evidence, ...]:
        alias = self.kb.aliases.get(key)
        if alias:
            return (Evidence(field, rule or "alias", value, alias.vendor_id, score, alias.name, alias.source_id),)
        oem = self.kb.oem_brands.get(key)
        if oem:
            return (
                Evidence(
                    field,
                    rule or "oem_brand",
                    value,
                    oem.vendor_id,
                    min(score, OEM_SCORE[oem.certainty]),
                    oem.brand,
                    oem.source_id,
                ),
            )
        return ()

    def _name_inside(self, field: str, value: str, words: list[str]) -> tuple[Evidence, ...]:
        """A known name among other words: 'Hikvision USA Inc' is Hikvision, 'Dahua Scale Factory' may not be."""
        for size in range(min(len(words), 4), 0, -1):
            for start in range(len(words) - size + 1):
                found = self._lookup(field, value, "".join(words[start : start + size]), score=100)
                if found:
                    others = words[:start] + words[start + size :]
                    if all(w in COMPANY_WORDS for w in others):
                        return found
                    return tuple(
                        Evidence(e.field, "name_inside", e.matched, e.vendor_id, 60, e.detail, e.source_id)
                        for e in found
                    )
        return ()

    def _fuzzy(self, field: str, value: str, key: str) -> tuple[Evidence, ...]:
        if len(key) < FUZZY_MIN_LENGTH:
            return ()
        best = process.extractOne(key, self._choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if not best:
            return ()
        found = self._lookup(field, value, best[0], score=round(best[1], 1), rule="fuzzy_alias")
        return tuple(
            Evidence(e.field, "fuzzy_alias", e.matched, e.vendor_id, min(e.score, 70), e.detail, e.source_id)
            for e in found
        )


# How much an OEM relation is worth on its own, by its certainty in the knowledge base.
OEM_SCORE = {"high": 70, "medium": 60, "low": 30}
