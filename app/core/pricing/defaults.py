"""Vetted's default replacement prices, in US dollars: estimates from the few public figures there are.

Public cost data is thin (see shared/reference/vendor-research.md §6), so every figure says what it rests
on and when that was published; where no public figure exists the source says so. An organisation is
expected to replace these with its own prices (Price book dialog, or a price book workbook).

The notes are stored in English in every price book (they are data, like the figures); `price_note` shows a
note in the user's language while it is still the one Vetted shipped, and a note someone wrote as it is.
"""

from app.core.language import QT_TRANSLATE_NOOP, words

# category: (unit cost low, typical, high, install labour hours, source, dated)
DEFAULT_PRICES: dict[str, tuple[float, float, float, float, str, str]] = {
    "fixed_camera": (
        150,
        350,
        1080,
        1.5,
        QT_TRANSLATE_NOOP(
            "PriceNotes",
            "Estimate from Hawkins County Schools, TN (≈ $350 per IP camera incl. servers and licences), Carroll "
            "ISD, TX (≈ $1,080 per camera incl. install) and engineerfix.com price bands; labour from IPVM Camera "
            "Commissioning Labor Standards (1.1 h to configure, aim and focus) plus mounting",
        ),
        "2014–2019",
    ),
    "ptz_camera": (
        800,
        1800,
        2900,
        3.0,
        QT_TRANSLATE_NOOP(
            "PriceNotes",
            "Estimate: high end from Hart District Council, UK (£115,000 for 49 public-space cameras, ≈ £2,350 ≈ "
            "$2,900 each incl. install); low and typical are Vetted estimates",
        ),
        "2013",
    ),
    "multi_sensor_camera": (
        900,
        1800,
        3500,
        2.5,
        QT_TRANSLATE_NOOP("PriceNotes", "Estimate by Vetted: no public figure found for multi-sensor cameras"),
        "",
    ),
    "thermal_camera": (
        1500,
        3500,
        8000,
        2.5,
        QT_TRANSLATE_NOOP("PriceNotes", "Estimate by Vetted: no public figure found for thermal cameras"),
        "",
    ),
    "analogue_camera": (
        160,
        350,
        700,
        2.0,
        QT_TRANSLATE_NOOP(
            "PriceNotes",
            "Estimate from Hawkins County Schools, TN: ≈ $350 per IP camera replacing an analogue one; keeping the "
            "cabling with encoders cost $4,825 per school of ~30 cameras (≈ $160 each)",
        ),
        QT_TRANSLATE_NOOP("PriceNotes", "c. 2015"),
    ),
    "nvr": (
        500,
        1500,
        5000,
        3.0,
        QT_TRANSLATE_NOOP(
            "PriceNotes",
            "Estimate: engineerfix.com puts consumer NVRs at $150–$500; commercial recorders with storage cost more "
            "(Vetted estimate)",
        ),
        QT_TRANSLATE_NOOP("PriceNotes", "undated"),
    ),
    "dvr": (
        400,
        1200,
        4000,
        3.0,
        QT_TRANSLATE_NOOP(
            "PriceNotes",
            "Estimate: engineerfix.com recorder prices ($150–$500, consumer); commercial units cost more (Vetted "
            "estimate)",
        ),
        QT_TRANSLATE_NOOP("PriceNotes", "undated"),
    ),
    "encoder": (
        200,
        600,
        1500,
        1.0,
        QT_TRANSLATE_NOOP(
            "PriceNotes",
            "Estimate from Hawkins County Schools, TN (encoder route $4,825 per school of ~30 cameras); Vetted "
            "estimate per unit",
        ),
        QT_TRANSLATE_NOOP("PriceNotes", "c. 2015"),
    ),
    "access_control": (
        300,
        800,
        2000,
        3.0,
        QT_TRANSLATE_NOOP("PriceNotes", "Estimate by Vetted: no public figure found for access-control readers"),
        "",
    ),
    "intercom": (
        250,
        700,
        1800,
        2.5,
        QT_TRANSLATE_NOOP("PriceNotes", "Estimate by Vetted: no public figure found for intercoms"),
        "",
    ),
    "two_way_radio": (
        300,
        700,
        1500,
        0.5,
        QT_TRANSLATE_NOOP(
            "PriceNotes", "Estimate by Vetted: no public figure found for radios; labour is programming only"
        ),
        "",
    ),
    "network_switch": (
        300,
        1500,
        6000,
        2.0,
        QT_TRANSLATE_NOOP(
            "PriceNotes",
            "Estimate by Vetted: no public figure found; the FCC rip-and-replace figures are for carrier networks, "
            "not building switches",
        ),
        "",
    ),
    "other": (100, 400, 1200, 1.0, QT_TRANSLATE_NOOP("PriceNotes", "Estimate by Vetted: no public figure found"), ""),
}

DEFAULT_RATES: dict[str, object] = {
    "labour_rate": 85,
    "disposal": 15,
    "contingency_pct": 10,
    "tax_pct": 0,
    "currency": "USD",
    "rates_source": QT_TRANSLATE_NOOP(
        "PriceNotes",
        "Estimate: labour rate, disposal and contingency are Vetted estimates (IPVM's 2015 labour survey puts "
        "labour at 25–50 % of a project); tax is 0 until you set your local rate",
    ),
    "rates_dated": "2015",
}

# What the price book dialog writes as the note of a price the user typed.
OWN_PRICE = QT_TRANSLATE_NOOP("PriceNotes", "Your organisation's price")


def price_note(note: str, lang: str) -> str:
    """A price book's note (or its date) in `lang` while it is one Vetted shipped; one a user wrote, as it is."""
    return words(lang).translate("PriceNotes", note)


def sourced(source: str, dated: str, lang: str) -> str:
    """'note (date)', or the note alone when it has no date, in `lang` as `price_note` says it."""
    source, dated = price_note(source, lang), price_note(dated, lang)
    return f"{source} ({dated})" if dated else source
