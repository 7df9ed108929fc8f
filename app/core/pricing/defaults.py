"""Vetted's default replacement prices, in US dollars: estimates from the few public figures there are.

Public cost data is thin (see shared/reference/vendor-research.md §6), so every figure says what it rests
on and when that was published; where no public figure exists the source says so. An organisation is
expected to replace these with its own prices (Price book dialog, or a price book workbook).
"""

_IPVM_LABOUR = "labour from IPVM Camera Commissioning Labor Standards (1.1 h to configure, aim and focus) plus mounting"
_NO_FIGURE = "Estimate by Vetted: no public figure found"

# category: (unit cost low, typical, high, install labour hours, source, dated)
DEFAULT_PRICES: dict[str, tuple[float, float, float, float, str, str]] = {
    "fixed_camera": (
        150,
        350,
        1080,
        1.5,
        "Estimate from Hawkins County Schools, TN (≈ $350 per IP camera incl. servers and licences), Carroll ISD, "
        f"TX (≈ $1,080 per camera incl. install) and engineerfix.com price bands; {_IPVM_LABOUR}",
        "2014–2019",
    ),
    "ptz_camera": (
        800,
        1800,
        2900,
        3.0,
        "Estimate: high end from Hart District Council, UK (£115,000 for 49 public-space cameras, ≈ £2,350 ≈ $2,900 "
        "each incl. install); low and typical are Vetted estimates",
        "2013",
    ),
    "multi_sensor_camera": (900, 1800, 3500, 2.5, f"{_NO_FIGURE} for multi-sensor cameras", ""),
    "thermal_camera": (1500, 3500, 8000, 2.5, f"{_NO_FIGURE} for thermal cameras", ""),
    "analogue_camera": (
        160,
        350,
        700,
        2.0,
        "Estimate from Hawkins County Schools, TN: ≈ $350 per IP camera replacing an analogue one; keeping the "
        "cabling with encoders cost $4,825 per school of ~30 cameras (≈ $160 each)",
        "c. 2015",
    ),
    "nvr": (
        500,
        1500,
        5000,
        3.0,
        "Estimate: engineerfix.com puts consumer NVRs at $150–$500; commercial recorders with storage cost more "
        "(Vetted estimate)",
        "undated",
    ),
    "dvr": (
        400,
        1200,
        4000,
        3.0,
        "Estimate: engineerfix.com recorder prices ($150–$500, consumer); commercial units cost more (Vetted estimate)",
        "undated",
    ),
    "encoder": (
        200,
        600,
        1500,
        1.0,
        "Estimate from Hawkins County Schools, TN (encoder route $4,825 per school of ~30 cameras); Vetted estimate "
        "per unit",
        "c. 2015",
    ),
    "access_control": (300, 800, 2000, 3.0, f"{_NO_FIGURE} for access-control readers", ""),
    "intercom": (250, 700, 1800, 2.5, f"{_NO_FIGURE} for intercoms", ""),
    "two_way_radio": (300, 700, 1500, 0.5, f"{_NO_FIGURE} for radios; labour is programming only", ""),
    "network_switch": (
        300,
        1500,
        6000,
        2.0,
        f"{_NO_FIGURE}; the FCC rip-and-replace figures are for carrier networks, not building switches",
        "",
    ),
    "other": (100, 400, 1200, 1.0, _NO_FIGURE, ""),
}

DEFAULT_RATES: dict[str, object] = {
    "labour_rate": 85,
    "disposal": 15,
    "contingency_pct": 10,
    "tax_pct": 0,
    "currency": "USD",
    "rates_source": (
        "Estimate: labour rate, disposal and contingency are Vetted estimates (IPVM's 2015 labour survey puts labour "
        "at 25–50 % of a project); tax is 0 until you set your local rate"
    ),
    "rates_dated": "2015",
}
