"""Where the user is: the country, state or province, and sector whose rules bind them.

A Quebec school board, a Texas state agency and a UK council are bound by different rules. Sources in
the knowledge base name a jurisdiction ("US", "US-TX", "CA-QC", "EU") and whom a measure binds there
("everyone", or only "public" bodies); this module decides which of them apply to the user.
"""

from dataclasses import dataclass

from app.core.language import QT_TRANSLATE_NOOP, Sentence, words

COUNTRIES = {
    "US": QT_TRANSLATE_NOOP("Where", "United States"),
    "CA": QT_TRANSLATE_NOOP("Where", "Canada"),
    "UK": QT_TRANSLATE_NOOP("Where", "United Kingdom"),
    "AU": QT_TRANSLATE_NOOP("Where", "Australia"),
    "NZ": QT_TRANSLATE_NOOP("Where", "New Zealand"),
    "TW": QT_TRANSLATE_NOOP("Where", "Taiwan"),
    "IN": QT_TRANSLATE_NOOP("Where", "India"),
    "IE": QT_TRANSLATE_NOOP("Where", "Ireland"),
    "FR": QT_TRANSLATE_NOOP("Where", "France"),
    "DE": QT_TRANSLATE_NOOP("Where", "Germany"),
    "NL": QT_TRANSLATE_NOOP("Where", "Netherlands"),
    "BE": QT_TRANSLATE_NOOP("Where", "Belgium"),
    "IT": QT_TRANSLATE_NOOP("Where", "Italy"),
    "ES": QT_TRANSLATE_NOOP("Where", "Spain"),
    "SE": QT_TRANSLATE_NOOP("Where", "Sweden"),
    "DK": QT_TRANSLATE_NOOP("Where", "Denmark"),
    "FI": QT_TRANSLATE_NOOP("Where", "Finland"),
    "PL": QT_TRANSLATE_NOOP("Where", "Poland"),
    "LT": QT_TRANSLATE_NOOP("Where", "Lithuania"),
    "CH": QT_TRANSLATE_NOOP("Where", "Switzerland"),
    "NO": QT_TRANSLATE_NOOP("Where", "Norway"),
}
# Where offices print on Letter paper rather than A4 (reports follow it).
LETTER_COUNTRIES = frozenset({"US", "CA"})
# Countries whose users the EU's own measures concern.
EU_MEMBERS = {"IE", "FR", "DE", "NL", "BE", "IT", "ES", "SE", "DK", "FI", "PL", "LT"}

REGIONS = {
    "CA": {
        "AB": QT_TRANSLATE_NOOP("Where", "Alberta"),
        "BC": QT_TRANSLATE_NOOP("Where", "British Columbia"),
        "MB": QT_TRANSLATE_NOOP("Where", "Manitoba"),
        "NB": QT_TRANSLATE_NOOP("Where", "New Brunswick"),
        "NL": QT_TRANSLATE_NOOP("Where", "Newfoundland and Labrador"),
        "NS": QT_TRANSLATE_NOOP("Where", "Nova Scotia"),
        "NT": QT_TRANSLATE_NOOP("Where", "Northwest Territories"),
        "NU": QT_TRANSLATE_NOOP("Where", "Nunavut"),
        "ON": QT_TRANSLATE_NOOP("Where", "Ontario"),
        "PE": QT_TRANSLATE_NOOP("Where", "Prince Edward Island"),
        "QC": QT_TRANSLATE_NOOP("Where", "Quebec"),
        "SK": QT_TRANSLATE_NOOP("Where", "Saskatchewan"),
        "YT": QT_TRANSLATE_NOOP("Where", "Yukon"),
    },
    "US": {
        "AL": "Alabama",
        "AK": "Alaska",
        "AZ": "Arizona",
        "AR": "Arkansas",
        "CA": "California",
        "CO": "Colorado",
        "CT": "Connecticut",
        "DE": "Delaware",
        "DC": "District of Columbia",
        "FL": "Florida",
        "GA": "Georgia",
        "HI": "Hawaii",
        "ID": "Idaho",
        "IL": "Illinois",
        "IN": "Indiana",
        "IA": "Iowa",
        "KS": "Kansas",
        "KY": "Kentucky",
        "LA": "Louisiana",
        "ME": "Maine",
        "MD": "Maryland",
        "MA": "Massachusetts",
        "MI": "Michigan",
        "MN": "Minnesota",
        "MS": "Mississippi",
        "MO": "Missouri",
        "MT": "Montana",
        "NE": "Nebraska",
        "NV": "Nevada",
        "NH": "New Hampshire",
        "NJ": "New Jersey",
        "NM": "New Mexico",
        "NY": "New York",
        "NC": "North Carolina",
        "ND": "North Dakota",
        "OH": "Ohio",
        "OK": "Oklahoma",
        "OR": "Oregon",
        "PA": "Pennsylvania",
        "RI": "Rhode Island",
        "SC": "South Carolina",
        "SD": "South Dakota",
        "TN": "Tennessee",
        "TX": "Texas",
        "UT": "Utah",
        "VT": "Vermont",
        "VA": "Virginia",
        "WA": "Washington",
        "WV": "West Virginia",
        "WI": "Wisconsin",
        "WY": "Wyoming",
    },
    "UK": {"ENG": "England", "SCT": "Scotland", "WLS": "Wales", "NIR": "Northern Ireland"},
    "AU": {
        "ACT": "Australian Capital Territory",
        "NSW": "New South Wales",
        "NT": "Northern Territory",
        "QLD": "Queensland",
        "SA": "South Australia",
        "TAS": "Tasmania",
        "VIC": "Victoria",
        "WA": "Western Australia",
    },
}
SECTORS = {
    "public": QT_TRANSLATE_NOOP("Where", "public body"),
    "private": QT_TRANSLATE_NOOP("Where", "private organisation"),
}
# The measures a government took (as opposed to calls for one, or evidence of a fact).
MEASURE_KINDS = ("law", "purchasing", "sanctions")
# Measures that restrict buying or using equipment; a sanctions listing restricts trade with the maker.
BINDING_KINDS = ("law", "purchasing")


@dataclass(frozen=True, slots=True)
class Where:
    country: str = ""  # a key of COUNTRIES, or "" when the user has not said
    region: str = ""  # a key of REGIONS[country], or ""
    sector: str = ""  # "public", "private" or ""

    @classmethod
    def parse(cls, code: str, sector: str = "") -> "Where":
        """'CA-QC', 'US', 'uk' -> Where; ValueError with one sentence for a place Vetted does not know."""
        country, _, region = code.strip().upper().partition("-")
        country = "UK" if country == "GB" else country
        if country and country not in COUNTRIES:
            raise ValueError(
                Sentence(
                    QT_TRANSLATE_NOOP("Errors", "Vetted does not know the country code “{code}”; use one of {codes}."),
                    code=country,
                    codes=", ".join(COUNTRIES),
                )
            )
        if region and region not in REGIONS.get(country, {}):
            raise ValueError(
                Sentence(
                    QT_TRANSLATE_NOOP("Errors", "Vetted does not know “{region}” as a state or province of {country}."),
                    region=region,
                    country=Sentence(COUNTRIES[country], context="Where"),
                )
            )
        sector = sector.strip().lower()
        if sector and sector not in SECTORS:
            raise ValueError(Sentence(QT_TRANSLATE_NOOP("Errors", "The sector is either 'public' or 'private'.")))
        return cls(country, region, sector)

    @classmethod
    def from_setting(cls, value: object) -> "Where":
        """A Where from its stored form (a project or app setting); nothing usable gives an unset Where."""
        if not isinstance(value, dict):
            return cls()
        try:
            return cls.parse(
                f"{value.get('country', '')}-{value.get('region', '')}".strip("-"), value.get("sector", "")
            )
        except (ValueError, AttributeError, TypeError):
            return cls()

    def as_setting(self) -> dict[str, str]:
        return {"country": self.country, "region": self.region, "sector": self.sector}

    @property
    def code(self) -> str:
        return f"{self.country}-{self.region}" if self.region else self.country

    def __bool__(self) -> bool:
        return bool(self.country)

    def covers(self, jurisdiction: str) -> bool:
        """True when a measure of this jurisdiction is in force where the user is."""
        if not self.country:
            return False
        if jurisdiction == "EU":
            return self.country in EU_MEMBERS
        country, _, region = jurisdiction.partition("-")
        return country == self.country and (not region or region == self.region)

    def binds(self, kind: str, jurisdiction: str, applies_to: str) -> bool:
        """True when a measure restricts buying or using equipment for this user."""
        return (
            kind in BINDING_KINDS
            and self.covers(jurisdiction)
            and (applies_to == "everyone" or (applies_to == "public" and self.sector == "public"))
        )

    def rank(self, kind: str, jurisdiction: str, applies_to: str) -> tuple[bool, bool, bool]:
        """Sort key putting first what binds the user, then the rest of their jurisdictions' measures, the
        state's or province's own before the country's."""
        return (
            not self.binds(kind, jurisdiction, applies_to),
            not self.covers(jurisdiction),
            bool(self.country) and "-" not in jurisdiction,
        )

    def place(self, lang: str = "en") -> str:
        """'Quebec, Canada', 'United Kingdom', or '' when the user has not said ('Québec, Canada' in French)."""
        if not self.country:
            return ""
        w = words(lang)
        country = w.translate("Where", COUNTRIES[self.country])
        return f"{w.translate('Where', REGIONS[self.country][self.region])}, {country}" if self.region else country

    def label(self, lang: str = "en") -> str:
        """'Quebec, Canada — public body', or '' when the user has not said."""
        if self.sector and self.country:
            return f"{self.place(lang)} — {words(lang).translate('Where', SECTORS[self.sector])}"
        return self.place(lang)


_FRENCH_PLACES = {"US": "États-Unis", "UK": "Royaume-Uni", "EU": "Union européenne"}


def place_name(jurisdiction: str, lang: str = "en") -> str:
    """'US-TX' -> 'Texas', 'US' -> 'the US', 'UK' -> 'the UK', 'CA' -> 'Canada', 'EU' -> 'the EU'
    (in French the name alone: 'États-Unis', 'Québec')."""
    country, _, region = jurisdiction.partition("-")
    if lang == "fr":
        if region:
            return words(lang).translate("Where", REGIONS.get(country, {}).get(region, jurisdiction))
        return _FRENCH_PLACES.get(country) or words(lang).translate("Where", COUNTRIES.get(country, jurisdiction))
    if region:
        return REGIONS.get(country, {}).get(region, jurisdiction)
    if country in ("US", "UK", "EU"):
        return f"the {country}"
    return COUNTRIES.get(country, jurisdiction)
