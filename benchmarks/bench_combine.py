"""Time combining 500 site projects of 2,000 devices (1,000,000 devices) into the organisation workbook.

Target: 500 projects in at most 60 s and 1 GB peak memory. One site project is built through the real
import path (the matcher decides every device); the others are byte copies of it, each changed in SQL
(its site's name, its decisions, its price book, a tenth checked with an older knowledge base), which
makes 500 files in seconds. Each measurement runs in a fresh process, which reports its own wall time
and peak resident memory; the figures are medians of `--runs` runs, for 50, 100, 250 and 500 projects.

    python benchmarks/bench_combine.py [--projects 500] [--devices 2000] [--runs 3] [--recheck] [--dir DIR]
"""

import argparse
import json
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGET_SECONDS, TARGET_MB = 60.0, 1024
STEPS = (50, 100, 250, 500)


def build_template(path: Path, devices: int) -> None:
    """One site's project, imported and matched as the app does it."""
    from app.core.domain import Device
    from app.core.kb.knowledge import load
    from app.core.matching import Matcher
    from app.core.store.imports import KB_VERSION_SETTING
    from app.core.store.project import Project
    from benchmarks.generate_inventory import rows

    kb = load()
    matcher = Matcher(kb)
    found = []
    for number, row in enumerate(rows(devices), start=1):
        site, location, make, model, serial, mac, ip, kind, installed, notes = row[:10]
        found.append(
            Device(
                "Inventory",
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
                "",
                installed,
            )
        )
    project = Project(path)
    project.import_devices(((d, matcher.match(d)) for d in found), "inventory.xlsx")
    project.set_setting(KB_VERSION_SETTING, kb.version)
    project.close()


def make_sites(folder: Path, count: int, devices: int) -> list[Path]:
    """`count` site projects: copies of one template, each altered in SQL."""
    from app.core.pricing.price_book import default_price_book

    folder.mkdir(parents=True, exist_ok=True)
    template = folder / "template.vetted.src"
    if not template.exists():
        build_template(template, devices)
    book = default_price_book()
    paths = []
    for number in range(1, count + 1):
        path = folder / f"school-{number:03}.vetted"
        paths.append(path)
        if path.exists():
            continue
        shutil.copyfile(template, path)
        rng = random.Random(number)
        site_book = replace(book, labour_rate=book.labour_rate + number % 7 * 5, tax_pct=number % 3 * 5.0)
        conn = sqlite3.connect(path)
        with conn:
            conn.execute("UPDATE devices SET site = ?", (f"School {number:03}",))
            conn.execute(
                "INSERT INTO decisions (device_id, decision, note, decided_at) "
                "SELECT id, CASE WHEN id % 3 = 0 THEN 'dismiss' ELSE 'replace' END, '', '2026-03-01T10:00:00' "
                "FROM devices WHERE verdict IN ('flagged', 'review') AND (id * 7 + ?) % 100 < ?",
                (number, rng.randrange(5, 60)),
            )
            conn.execute("INSERT OR REPLACE INTO settings VALUES ('price_book', ?)", (json.dumps(site_book.to_dict()),))
            if number % 10 == 0:
                conn.execute("INSERT OR REPLACE INTO settings VALUES ('kb_version', '\"2020.01.01\"')")
        conn.close()
    return paths


def measure_one(folder: Path, count: int, recheck: bool, out: Path) -> dict:
    """Combine the first `count` projects and write the workbook, in this process: seconds and peak MB."""
    from app.core.kb.knowledge import load
    from app.core.rollup.combine import combine
    from app.core.rollup.org_xlsx import write_org_xlsx

    kb = load()
    paths = sorted(folder.glob("school-*.vetted"))[:count]
    start = time.perf_counter()
    org = combine(paths, kb, recheck=recheck)
    combined = time.perf_counter() - start
    write_org_xlsx(org, out)
    total = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    devices = org.counts()["devices"]
    return {"projects": len(org.sites), "devices": devices, "combine": combined, "total": total, "mb": peak_kb / 1024}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--projects", type=int, default=500)
    parser.add_argument("--devices", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--recheck", action="store_true", help="also re-check the older tenth of the projects")
    parser.add_argument("--dir", type=Path, help="where the site projects go (kept for the next run)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.gettempdir()) / f"vetted-bench-combine-{args.devices}"
    if args.one:
        with tempfile.TemporaryDirectory() as out:
            print(json.dumps(measure_one(folder, args.one, args.recheck, Path(out) / "org.xlsx")))
        return

    start = time.perf_counter()
    make_sites(folder, args.projects, args.devices)
    print(
        f"{args.projects} site projects of {args.devices:,} devices in {folder} ({time.perf_counter() - start:.1f} s)"
    )
    steps = [n for n in STEPS if n < args.projects] + [args.projects]
    results = {}
    for count in steps:
        runs = []
        for _ in range(args.runs):
            command = [
                sys.executable,
                __file__,
                "--one",
                str(count),
                "--devices",
                str(args.devices),
                "--dir",
                str(folder),
            ]
            if args.recheck:
                command.append("--recheck")
            done = subprocess.run(command, check=True, capture_output=True, text=True)
            runs.append(json.loads(done.stdout))
        results[count] = runs
        total = statistics.median(r["total"] for r in runs)
        combined = statistics.median(r["combine"] for r in runs)
        mb = statistics.median(r["mb"] for r in runs)
        print(
            f"{count:>4} projects, {runs[0]['devices']:>9,} devices: {total:6.2f} s (combine {combined:5.2f} s, "
            f"workbook {total - combined:4.2f} s), peak {mb:5.0f} MB   [runs: "
            + ", ".join(f"{r['total']:.2f}" for r in runs)
            + "]"
        )
    last = results[steps[-1]]
    total = statistics.median(r["total"] for r in last)
    mb = statistics.median(r["mb"] for r in last)
    verdict = "OK" if total <= TARGET_SECONDS and mb <= TARGET_MB else "OVER TARGET"
    print(f"target: {TARGET_SECONDS:.0f} s and {TARGET_MB} MB for 500 projects: {verdict}")


if __name__ == "__main__":
    main()
