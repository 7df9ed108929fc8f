"""Write a realistic, seeded inventory of N devices (xlsx or csv) for the speed benchmarks.

Makes are weighted like a CCTV and network estate, written the many ways people write them
(case, padding, legal suffixes, misspellings); models come from per-vendor catalogues with suffixes and
typos; MACs use the vendors' real IEEE prefixes in five notations; a few percent of cells are blank or junk.

    python benchmarks/generate_inventory.py 100000 /tmp/inventory.xlsx [--repeating]

By default every serial, MAC address and asset tag differs, as in a real inventory; --repeating draws
serials and MACs from a small pool (the matcher's caches then hit on every row: a best case).
"""

import csv
import random
import sys
from datetime import date, timedelta
from pathlib import Path

import xlsxwriter

MAKES = [  # (weight, spellings, models, OUI prefixes)
    (
        30,
        [
            "Hikvision",
            "HIKVISION",
            "hikvision",
            "Hangzhou Hikvision Digital Technology Co., Ltd.",
            "Hikvison",
            "HikVision ",
        ],
        [
            "DS-2CD2143G2-I",
            "DS-2CD2043G2-I",
            "DS-2CD1023G0E-I",
            "DS-2DE4425IW-DE",
            "DS-7608NI-K2",
            "DS-7616NXI-K2",
            "DS-2CE16D0T-IRF",
            "DS-K1T671M",
            "DS-2TD2138-10",
        ],
        ["4419B6", "C056E3", "BCAD28", "E0CA3C", "586BFF"],
    ),
    (
        15,
        ["Dahua", "DAHUA", "Dahua Technology", "Zhejiang Dahua Technology Co., Ltd.", "Dauha", " dahua"],
        [
            "IPC-HFW2831T-ZS",
            "IPC-HDBW2241E-S",
            "IPC-HDW5442TM-AS",
            "NVR4216-16P-4KS2",
            "XVR5108HS-I3",
            "SD49225XA-HNR",
            "HAC-HFW1200T",
        ],
        ["9002A9", "3CEF8C", "E0508B", "BC325F"],
    ),
    (
        8,
        ["Axis", "AXIS", "Axis Communications AB", "axis communications"],
        ["P3245-V", "M3106-L Mk II", "Q6135-LE", "P1448-LE", "M2026-LE"],
        ["00408C", "ACCC8E", "B8A44F"],
    ),
    (
        6,
        ["Hanwha", "Hanwha Vision", "Wisenet", "Samsung Techwin"],
        ["XND-6080RV", "QNV-6012R", "XNO-6080R"],
        ["000918", "E4304B"],
    ),
    (
        6,
        ["Cisco", "Cisco Systems", "CISCO"],
        ["C9200L-24P-4G", "WS-C2960X-24PS-L", "C9120AXI-E"],
        ["00000C", "00562B", "70DB98"],
    ),
    (4, ["Bosch", "Bosch Security Systems"], ["NDE-3503-AL", "DS150i", "FLEXIDOME IP 3000i"], ["000463"]),
    (
        4,
        ["Uniview", "UNV", "Zhejiang Uniview Technologies Co., Ltd."],
        ["IPC2122LB-SF28-A", "IPC3614SB-ADF28KM-I0", "NVR301-04S2-P4"],
        ["48EA63", "6CF17E", "C47905"],
    ),
    (3, ["Ubiquiti", "Ubiquiti Inc."], ["USW-24-POE", "U6-LR", "G4 Bullet"], ["245A4C", "78458C"]),
    (3, ["Avigilon", "Motorola Solutions"], ["2.0C-H5A-DO1", "4.0C-H5A-BO1"], ["001885"]),
    (3, ["Milesight", "MILESIGHT"], ["MS-C2964-PB", "MS-C5364-PB"], ["1CC316"]),
    (3, ["Lorex", "LOREX"], ["LNB4321B", "N861"], ["001F54"]),
    (2, ["Amcrest"], ["IP8M-2496EB", "NV4108E-HS"], ["9002A9"]),
    (2, ["Huawei", "HUAWEI TECHNOLOGIES CO.,LTD"], ["S5735-L24P4S-A", "AR6120"], ["001882", "00259E"]),
    (2, ["ZTE", "zte corporation"], ["ZXA10 F660", "ZXHN H298A"], ["0015EB", "0019C6"]),
    (2, ["Tiandy"], ["TC-C32GN", "TC-H326M"], ["3CDA6D"]),
    (1, ["Hytera"], ["PD785", "MD785"], ["6469BC"]),
    (2, ["Acme Security", "Shenzhen Sunrise Technology Co Ltd", "N/A", "see notes"], ["", "CAM-01"], []),
    (4, [""], ["", "DS-2CD2143G2-I", "IPC-HFW2831T-ZS"], []),
]
SITES = ["HQ", "Warehouse 2", "North School", "Depot", "Clinic", "Data Centre"]
LOCATIONS = ["Loading dock", "Reception", "Car park", "Corridor B", "Server room", "Gate", "Roof", "Stairwell 3"]
TYPES = ["Dome camera", "Bullet camera", "PTZ", "NVR", "Switch", "Access reader", "Radio", "", "Turret"]
_ALNUM = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
# How many distinct serials and MAC suffixes the repeating variant draws from (the old benchmark inventory).
REPEATING_POOL = 500


def _scramble(number: int, modulus: int) -> int:
    """A bijection of 0..modulus-1 (an odd multiplier coprime with 2 and 5): distinct rows, distinct values."""
    return (number * 2654435761 + 12345) % modulus


def _code(number: int, length: int) -> str:
    digits = []
    for _ in range(length):
        number, digit = divmod(number, len(_ALNUM))
        digits.append(_ALNUM[digit])
    return "".join(reversed(digits))


def _mac_digits(prefix: str, unique: int) -> str:
    return prefix + f"{_scramble(unique, 2**24):06X}"


def _mac(rng: random.Random, prefixes: list[str], unique: int) -> str:
    if not prefixes or rng.random() < 0.07:
        return ""
    if rng.random() < 0.03:
        return rng.choice(["unknown", "N/A", "tbc"])
    digits = _mac_digits(rng.choice(prefixes), unique)
    pairs = [digits[i : i + 2] for i in range(0, 12, 2)]
    return rng.choice(
        [
            ":".join(pairs),
            ":".join(pairs).lower(),
            "-".join(pairs),
            "-".join(pairs).lower(),
            ".".join(digits[i : i + 4] for i in range(0, 12, 4)).lower(),
            digits,
        ]
    )


def _serial(rng: random.Random, make: str, model: str, mac: str, installed: date, unique: int) -> str:
    """A serial as the vendor prints it, different for every device (unless the pool repeats `unique`)."""
    if rng.random() < 0.05:
        return ""
    number = _scramble(unique, 10**8)
    first = make.strip().lower()[:4]
    if first in ("hik", "hikv", "hang") and model and rng.random() < 0.6:
        # SADP's "Device Serial Number": the model, the manufacturing date, then the unit.
        return f"{model.split('/')[0].split(' ')[0]}{installed:%Y%m%d}AAWR{_code(number, 2)}{number:08d}"
    if first in ("hik", "hikv", "hang", "lore"):
        return f"{_code(number % 33, 1)}{number:08d}"
    if first in ("dahu", "zhej", "dauh", "amcr"):
        return f"{_code(number, 7)}PAZ{_code(number // 7 + unique, 5)}"
    if first == "axis" and mac and len(mac) >= 12:
        return "".join(c for c in mac if c.isalnum()).upper()[-12:]
    if first == "cisc":
        return f"FOC{2000 + number % 400:04d}{_code(number, 6)}"
    if rng.random() < 0.1:
        return str(10**9 + number)  # a number: Excel keeps it as one
    return f"SN{_code(number, 6)}{unique % 1000:03d}"


def _typo(rng: random.Random, word: str) -> str:
    """A one-off slip of the keyboard: two letters swapped."""
    if len(word) < 4:
        return word
    at = rng.randrange(1, len(word) - 2)
    return word[:at] + word[at + 1] + word[at] + word[at + 2 :]


def rows(count: int, seed: int = 7, repeating: bool = False):
    """Rows as a real inventory has them: every serial, MAC address and asset tag different, a few blank or
    junk, makes misspelt now and then. `repeating` draws serials and MAC suffixes from a pool of
    REPEATING_POOL values instead (the matcher's caches then hit on every row: a best case, not a real one)."""
    rng = random.Random(seed)
    weights = [m[0] for m in MAKES]
    start = date(2014, 1, 1)
    for number in range(count):
        unique = rng.randrange(REPEATING_POOL) if repeating else number
        _, spellings, models, prefixes = rng.choices(MAKES, weights)[0]
        make = rng.choice(spellings)
        if make and rng.random() < 0.01:
            make = _typo(rng, make)
        model = rng.choice(models)
        if model and rng.random() < 0.1:
            model += rng.choice(["/2.8mm", " (4mm)", "-B"])
        installed = start + timedelta(days=rng.randrange(3650))
        mac = _mac(rng, prefixes, unique)
        yield [
            rng.choice(SITES),
            rng.choice(LOCATIONS),
            make,
            model,
            _serial(rng, make, model, mac, installed, unique),
            mac,
            f"10.{number >> 16 & 255}.{number >> 8 & 255}.{number & 255}" if rng.random() < 0.9 else "",
            rng.choice(TYPES),
            installed if rng.random() < 0.6 else installed.isoformat(),
            "" if rng.random() < 0.2 else f"AT-{unique + 1:07d}",
            "",
        ]


HEADER = [
    "Site",
    "Location",
    "Manufacturer",
    "Model",
    "Serial Number",
    "MAC Address",
    "IP Address",
    "Device Type",
    "Install Date",
    "Asset Tag",
    "Notes",
]


def write(count: int, path: Path, repeating: bool = False) -> Path:
    if path.suffix == ".csv":
        with open(path, "w", newline="", encoding="utf-8") as handle:
            out = csv.writer(handle)
            out.writerow(HEADER)
            out.writerows([str(c) for c in row] for row in rows(count, repeating=repeating))
        return path
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Devices")
    dates = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_row(0, 0, HEADER)
    for index, row in enumerate(rows(count, repeating=repeating), start=1):
        for column, value in enumerate(row):
            if isinstance(value, date):
                sheet.write_datetime(index, column, value, dates)
            else:
                sheet.write_string(index, column, value)
    book.close()
    return path


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--repeating"]
    print(write(int(arguments[0]), Path(arguments[1]), repeating="--repeating" in sys.argv))
