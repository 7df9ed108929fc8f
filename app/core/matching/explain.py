"""One plain sentence a facility manager understands, saying why a device got its verdict, in English or
in French, with the rules in force where the user is first."""

from collections.abc import Iterable
from datetime import date

from app.core.category import CATEGORY_LABELS
from app.core.domain import Evidence, Source, Verdict
from app.core.kb.knowledge import KnowledgeBase
from app.core.kb.overlay import fact_of_source
from app.core.matching.decide import Decision
from app.core.matching.phrases import FR_CATEGORIES, FR_MONTHS, FR_PLACES, PHRASES
from app.core.normalise import compact_key, format_mac
from app.core.where import Where, place_name

NOWHERE = Where()


class Explainer:
    """Builds the sentence from the knowledge base's facts with one language's templates."""

    def __init__(self, kb: KnowledgeBase, where: Where = NOWHERE, lang: str = "en"):
        self.kb, self.where, self.lang = kb, where, lang
        self.say, self.words = PHRASES.get(lang, PHRASES["en"])
        self._restrictions: dict[str, str] = {}  # per vendor: thousands of sentences share seven of them

    def sentence(self, decision: Decision, category: str) -> str:
        """The sentence, saying so when the evidence it leads with is a fact added on this machine."""
        sentence = self._sentence(decision, category)
        fact = fact_of_source(self.kb, decision.lead.source_id) if decision.lead else None
        if fact is None:
            return sentence
        say = self.say
        value = format_mac(fact.value) if fact.kind == "oui" else fact.value
        certainty = self.words.get(fact.certainty, fact.certainty)
        described = say[f"local_{fact.kind}"].format(
            value=value, vendor=self._name(fact.vendor_id), certainty=certainty
        )
        return say["local"].format(
            sentence=sentence.removesuffix("."),
            fact=described[0].upper() + described[1:],
            who=say["local_by"].format(fact.author) if fact.author else "",
            when=say["local_on"].format(human_date(fact.added, self.lang, in_sentence=True)) if fact.added else "",
        )

    def _sentence(self, decision: Decision, category: str) -> str:
        say, lead = self.say, decision.lead
        if decision.verdict is Verdict.UNKNOWN:
            return say["unknown"]
        if decision.verdict is Verdict.CLEAR:
            if not decision.vendor_id and lead:
                return say["low_oem"].format(brand=lead.detail, vendor=self._name(lead.vendor_id))
            vendor = self._name(decision.vendor_id)
            measures = self.kb.measures(decision.vendor_id)
            if measures and self.where:  # a regional vendor no measure binds here
                return say["clear_regional_where"].format(
                    vendor=vendor,
                    who=self.words[self.where.sector],
                    place=self._in(self.where.code),
                    places=self._places(measures),
                )
            if measures:
                return say["clear_regional"].format(vendor=vendor, elsewhere=self._elsewhere_only(decision.vendor_id))
            return say["clear"].format(vendor=vendor)
        assert lead is not None
        if decision.conflict:
            observation = self._observation(lead, category)
            observation = observation[0].lower() + observation[1:]
            return say["conflict"].format(make=self._name(decision.conflict.vendor_id), observation=observation)
        restriction = self.restriction(lead.vendor_id)
        if decision.verdict is Verdict.FLAGGED:
            return say["flagged"].format(observation=self._observation(lead, category), restriction=restriction)
        return say["review"].format(doubt=self._doubt(lead), restriction=restriction)

    def restriction(self, vendor_id: str) -> str:
        """What governments did about the vendor, the user's own jurisdiction first: 'where you are (Quebec,
        Canada), Hikvision equipment is restricted by A and B; also restricted in the US and 3 more places'.
        Without a place: the first measures db/restrictions.csv lists."""
        found = self._restrictions.get(vendor_id)
        if found is None:
            found = self._restrictions[vendor_id] = self._restriction(vendor_id)
        return found

    def _restriction(self, vendor_id: str) -> str:
        say, where = self.say, self.where
        vendor = self._name(vendor_id)
        measures = self.kb.measures(vendor_id)
        if not measures:
            calls = self.kb.calls(vendor_id)
            if calls:
                return say["call_only"].format(vendor=vendor, call=self._source(calls[0]))
            return say["named_only"].format(vendor=vendor)
        if not where:
            return self._measured(vendor, measures)
        here = sorted(
            (s for s in measures if where.covers(s.jurisdiction)),
            key=lambda s: where.rank(s.kind, s.jurisdiction, s.applies_to),
        )
        if not here:
            return self._elsewhere_only(vendor_id)
        others = self._places(s for s in measures if s not in here)
        also = say["also"].format(places=others) if others else ""
        return say["here"].format(place=self._place(where), measured=self._measured(vendor, here)) + also

    def _measured(self, vendor: str, measures: list[Source]) -> str:
        """A sanctions listing restricts trade with the maker, not using its equipment, so it is said as such
        ('Tiandy is on the US Entity List (2022)'), with the rules that do restrict the equipment after it."""
        say = self.say
        rules = [s for s in measures if s.kind != "sanctions"]
        if measures[0].kind != "sanctions":
            return say["rules"].format(vendor=vendor, named=self._named(rules, len(measures)))
        listed = say["listed"].format(vendor=vendor, name=self._source(measures[0]))
        if rules:
            return say["listed_and_rules"].format(listed=listed, named=self._named(rules, len(measures) - 1))
        return self._more("more_lists", listed, len(measures) - 1)

    def _named(self, rules: list[Source], total: int) -> str:
        """The first two rules by name, and how many more measures there are in all."""
        shown = rules[: min(2, total)]
        more = total - len(shown)
        names = [self._source(s) for s in shown]
        return self._more("more_measures", ", ".join(names), more) if more else self.say["and"].join(names)

    def _elsewhere_only(self, vendor_id: str) -> str:
        places = self._places(self.kb.measures(vendor_id))
        if self.where:
            return self.say["elsewhere"].format(place=self._in(self.where.code), places=places)
        return self.say["elsewhere_unset"].format(places=places.removeprefix("in "))

    def _places(self, measures: Iterable[Source], shown: int = 3) -> str:
        """'in the US, the UK and 2 more places' / 'aux États-Unis, au Royaume-Uni et 2 autres endroits'."""
        codes = list(dict.fromkeys(s.jurisdiction for s in measures if s.jurisdiction != "INT"))
        if not codes:
            return ""
        name = self._in if self.lang == "fr" else place_name  # French names carry their preposition
        names = [name(code) for code in codes]
        if len(names) > shown:
            listed = self._more("more_places", ", ".join(names[:shown]), len(names) - shown)
        else:
            listed = self.say["and"].join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0]
        return listed if self.lang == "fr" else f"in {listed}"

    def _more(self, key: str, named: str, more: int) -> str:
        if not more:
            return named
        one, many = self.say[key]
        return (one if more == 1 else many).format(named=named, n=more)

    def _in(self, code: str) -> str:
        """'in the UK' / 'au Royaume-Uni'."""
        if self.lang == "fr":
            return FR_PLACES.get(code, ("", f"à {place_name(code)}"))[1]
        return f"in {place_name(code)}"

    def _place(self, where: Where) -> str:
        if self.lang != "fr":
            return where.place()
        country = FR_PLACES.get(where.country, (where.place(),))[0]
        if not where.region:
            return country
        return f"{FR_PLACES.get(where.code, (where.place().split(',')[0],))[0]}, {country}"

    def _source(self, source: Source) -> str:
        return self.say["source"].format(source.short)

    def _observation(self, e: Evidence, category: str) -> str:
        say, vendor = self.say, self._name(e.vendor_id)
        if e.rule == "model_rule":
            if self.lang == "fr":
                label = FR_CATEGORIES.get(category, "appareil")
                of_label = ("d'" if label[0] in "aeéiouh" else "de ") + label
                return say["model"].format(model=e.matched, vendor=vendor, of_label=of_label)
            return say["model"].format(model=e.matched, vendor=vendor, label=CATEGORY_LABELS.get(category, "device"))
        if e.rule == "serial_model":
            return say["serial"].format(model=e.matched, vendor=vendor)
        if e.rule == "oui":
            local = e.source_id and fact_of_source(self.kb, e.source_id)
            return say["oui_local" if local else "oui"].format(prefix=e.detail, vendor=vendor)
        alias = self.kb.aliases.get(compact_key(e.detail))
        phrase = self.words.get(alias.kind if alias else "")
        if alias and alias.kind != "name" and phrase:
            return phrase.format(name=say["quote"].format(e.matched.strip()), vendor=vendor)
        field = self._field(e)
        if compact_key(e.matched) == compact_key(vendor):
            return say["field_is"].format(field=field, vendor=vendor)
        return say["field_value_is"].format(field=field, value=e.matched.strip(), vendor=vendor)

    def _doubt(self, e: Evidence) -> str:
        say, vendor = self.say, self._name(e.vendor_id)
        if e.rule == "fuzzy_alias":
            return say["fuzzy"].format(field=self._field(e), value=e.matched.strip(), name=e.detail)
        if e.rule == "name_inside":
            return say["name_inside"].format(field=self._field(e), value=e.matched.strip(), name=e.detail)
        if e.rule == "description":
            return say["notes"].format(name=e.detail)
        if e.rule == "oem_model":  # the model line of a relabelling brand
            rule = next(r for r in self.kb.model_rules if r.id == e.detail)
            oem = self.kb.oem_brands[compact_key(rule.brand)]
            lead = say["oem_model"].format(model=e.matched, brand=oem.brand)
            return lead + self._relabelled(oem, vendor, oem.brand)
        return self._relabelled(self.kb.oem_brands.get(compact_key(e.detail)), vendor, e.detail)

    def _relabelled(self, oem, vendor: str, brand: str) -> str:
        say = self.say
        if oem and oem.relation == "former_subsidiary":
            start, end = self._date(oem.valid_from), self._date(oem.valid_to)
            period = say["owned_between"].format(start=start, end=end) if oem.valid_to else ""
            period = period or say["owned_since"].format(start=start)
            return say["owned"].format(brand=oem.brand, vendor=vendor, period=period)
        certainty = self.words[oem.certainty if oem else "medium"]
        return say["relabel"].format(brand=brand, vendor=vendor, certainty=certainty)

    def _date(self, text: str) -> str:
        return human_date(text, self.lang, in_sentence=True)

    def _field(self, e: Evidence) -> str:
        return self.words.get(e.field, e.field)

    def _name(self, vendor_id: str) -> str:
        vendor = self.kb.vendors.get(vendor_id)
        return vendor.name if vendor else vendor_id


def human_date(text: str, lang: str = "en", in_sentence: bool = False) -> str:
    """'2022-11-24' -> '24 November 2022' ('le 24 novembre 2022' inside a French sentence), '2021-04' ->
    'April 2021' ('avril 2021'), '2018' -> '2018'."""
    parts = text.split("-")
    try:
        if len(parts) == 3:
            day = date(*map(int, parts))
            if lang == "fr":
                return f"{'le ' if in_sentence else ''}{day.day} {FR_MONTHS[day.month - 1]} {day.year}"
            return f"{day.day} {day:%B %Y}"
        if len(parts) == 2:
            month = date(int(parts[0]), int(parts[1]), 1)
            return f"{FR_MONTHS[month.month - 1]} {month.year}" if lang == "fr" else month.strftime("%B %Y")
    except ValueError:
        pass
    return text
