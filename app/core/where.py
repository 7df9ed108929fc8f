"""Where the user is: the country, state or province, and sector whose rules bind them.

A Quebec school board, a Texas state agency and a UK council are bound by different rules. Sources in
the knowledge base name a jurisdiction ("US", "US-TX", "CA-QC", "EU") and whom a measure binds there
("everyone", or only "public" bodies); this module decides which of them apply to the user.
"""

from dataclasses import dataclass

COUNTRIES = {
    "US": "United States",
    "CA": "Canada",
    "UK": "United Kingdom",
    "AU": "Australia",
    "NZ": "New Zealand",
    "TW": "Taiwan",
    "IN": "India",
    "IE": "Ireland",
    "FR": "France",
    "DE": "Germany",
    "NL": "Netherlands",
    "BE": "Belgium",
    "IT": "Italy",
    "ES": "Spain",
    "SE": "Sweden",
    "DK": "Denmark",
    "FI": "Finland",
    "PL": "Poland",
    "LT": "Lithuania",
    "CH": "Switzerland",
    "NO": "Norway",
}
# Countries whose users the EU's own measures concern.
EU_MEMBERS = {"IE", "FR", "DE", "NL", "BE", "IT", "ES", "SE", "DK", "FI", "PL", "LT"}

REGIONS = {
    "CA": {
        "AB": "Alberta",
        "BC": "British Columbia",
        "MB": "Manitoba",
        "NB": "New Brunswick",
        "NL": "Newfoundland and Labrador",
        "NS": "Nova Scotia",
        "NT": "Northwest Territories",
        "NU": "Nunavut",
        "ON": "Ontario",
        "PE": "Prince Edward Island",
        "QC": "Quebec",
        "SK": "Saskatchewan",
        "YT": "Yukon",
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
SECTORS = {"public": "public body", "private": "private organisation"}
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
            raise ValueError(f"Vetted does not know the country code {country!r}; use one of {', '.join(COUNTRIES)}.")
        if region and region not in REGIONS.get(country, {}):
            raise ValueError(f"Vetted does not know {region!r} as a state or province of {COUNTRIES[country]}.")
        sector = sector.strip().lower()
        if sector and sector not in SECTORS:
            raise ValueError("The sector is either 'public' or 'private'.")
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

    def place(self) -> str:
        """'Quebec, Canada', 'United Kingdom', or '' when the user has not said."""
        if not self.country:
            return ""
        country = COUNTRIES[self.country]
        return f"{REGIONS[self.country][self.region]}, {country}" if self.region else country

    def label(self) -> str:
        """'Quebec, Canada — public body', or '' when the user has not said."""
        return f"{self.place()} — {SECTORS[self.sector]}" if self.sector and self.country else self.place()


def place_name(jurisdiction: str) -> str:
    """'US-TX' -> 'Texas', 'US' -> 'the US', 'UK' -> 'the UK', 'CA' -> 'Canada', 'EU' -> 'the EU'."""
    country, _, region = jurisdiction.partition("-")
    if region:
        return REGIONS.get(country, {}).get(region, jurisdiction)
    if country in ("US", "UK", "EU"):
        return f"the {country}"
    return COUNTRIES.get(country, jurisdiction)
