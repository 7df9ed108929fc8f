"""Time the Excel report for a 100,000-device project (target: under 10 s), median of 3.

Devices come from generate_inventory.rows() with verdicts assigned by make, as the matcher would give
them, so the report has the usual mix: about half flagged, some to review, a few decisions.

    python benchmarks/bench_export.py [devices]
"""

import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.category import category_from_type
from app.core.domain import Source
from app.core.export.report import CitedSource, Report
from app.core.export.xlsx_report import write_xlsx
from app.core.pricing.price_book import default_price_book
from app.core.store.project import StoredDevice
from benchmarks.generate_inventory import rows

TARGET_SECONDS = 10.0
# First word of the make, lower case -> (verdict, vendor)
VERDICTS = {
    "hikvision": ("flagged", "Hikvision"),
    "hangzhou": ("flagged", "Hikvision"),
    "hikvison": ("review", "Hikvision"),
    "dahua": ("flagged", "Dahua"),
    "zhejiang": ("flagged", "Dahua"),
    "dauha": ("review", "Dahua"),
    "uniview": ("flagged", "Uniview"),
    "unv": ("flagged", "Uniview"),
    "tiandy": ("flagged", "Tiandy"),
    "hytera": ("flagged", "Hytera"),
    "huawei": ("flagged", "Huawei"),
    "zte": ("flagged", "ZTE"),
    "lorex": ("review", "Dahua"),
    "amcrest": ("review", "Dahua"),
}


def devices(count: int) -> list[StoredDevice]:
    rng = random.Random(11)
    found = []
    for number, row in enumerate(rows(count), 1):
        site, location, make, model, serial, mac, ip, kind, installed, asset, notes = row
        words = make.strip().lower().split()
        verdict, vendor = VERDICTS.get(words[0] if words else "", ("clear" if words else "unknown", make.strip()))
        explanation = (
            f"The make {make.strip()} is {vendor}; {vendor} equipment is restricted by US NDAA §889."
            if verdict != "clear"
            else f"{vendor} is a recognised manufacturer that no source names."
        )
        decision = rng.choices(["", "replace", "dismiss"], [95, 3, 2])[0] if verdict != "clear" else ""
        found.append(
            StoredDevice(
                number,
                "Devices",
                number + 1,
                make,
                "",
                model,
                serial,
                mac,
                kind,
                notes,
                site,
                location,
                "",
                ip,
                asset,
                installed.isoformat() if isinstance(installed, date) else installed,
                verdict,
                vendor.lower(),
                vendor if verdict != "clear" else make.strip(),
                explanation,
                category_from_type(kind),
                decision,
                "checked on site" if decision else "",
                "2026-11-20T10:00:00" if decision else "",
            )
        )
    return found


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    source = Source(
        "ndaa-889",
        "US NDAA §889",
        "John S. McCain NDAA for FY2019, section 889",
        "US Congress",
        "2018-08-13",
        "US",
        "everyone",
        "https://www.congress.gov/bill/115th-congress/house-bill/5515",
        "…video surveillance and telecommunications equipment produced by Hytera, Hikvision, Dahua…",
        "law",
    )
    report = Report(
        f"Benchmark inventory, {count:,} devices",
        devices(count),
        default_price_book(),
        [CitedSource(source, ("Hikvision", "Dahua", "Hytera"))],
    )
    print(f"{count:,} devices, {len(report.replaced):,} in the estimate")
    times = []
    with tempfile.TemporaryDirectory() as folder:
        for attempt in range(3):
            # A fresh Report each time so the totals are computed inside the timing, as an export does.
            fresh = Report(report.title, report.devices, report.price_book, report.sources)
            start = time.perf_counter()
            write_xlsx(fresh, Path(folder) / f"report{attempt}.xlsx")
            times.append(time.perf_counter() - start)
        size = (Path(folder) / "report0.xlsx").stat().st_size
    median = statistics.median(times)
    print(
        f"xlsx export: median {median:.2f} s (runs {', '.join(f'{t:.2f}' for t in times)}), "
        f"{size / 1e6:.1f} MB; {median / TARGET_SECONDS:.2f} × the {TARGET_SECONDS:.0f} s target"
    )


if __name__ == "__main__":
    main()
