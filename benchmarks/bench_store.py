"""What copying the journal back into the .vetted file after each change costs (Project._checkpoint):
per decision and per 100,000-device import, with and without it; and what checking the whole file on
opening costs (quick_check, tables, JSON). Medians of a few runs.

    python benchmarks/bench_store.py [devices]
"""

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.domain import Device, Match, Verdict
from app.core.store.project import Project

MATCH = Match(Verdict.FLAGGED, "hikvision", "Hikvision", "The make is Hikvision.", (), ())
DECISIONS = 200


def devices(count: int):
    for i in range(count):
        serial = f"SN{i:08d}"
        cells = ("Hikvision", f"DS-2CD2143G2-{i % 97}", serial, f"Site {i % 40}")
        yield Device(
            manufacturer=cells[0], model=cells[1], serial=serial, site=cells[3],
            headers=("Make", "Model", "Serial", "Site"), cells=cells,
        )  # fmt: skip


def measure(folder: Path, count: int, checkpoint: bool) -> tuple[float, float, float]:
    """(seconds per decision, seconds for the import of `count` devices, seconds to open it again)."""
    original = Project._checkpoint
    if not checkpoint:
        Project._checkpoint = lambda self: None
    try:
        project = Project(folder / f"bench-{checkpoint}-{time.perf_counter_ns()}.vetted")
        started = time.perf_counter()
        project.import_devices(((d, MATCH) for d in devices(count)), "big.xlsx")
        imported = time.perf_counter() - started
        ids = [d.id for d in project.devices()[:DECISIONS]]
        times = []
        for number, device_id in enumerate(ids):
            started = time.perf_counter()
            project.set_decision(device_id, "replace" if number % 2 else "dismiss", "checked on site")
            times.append(time.perf_counter() - started)
        project.close()
        started = time.perf_counter()
        Project(project.path).close()
        return statistics.median(times), imported, time.perf_counter() - started
    finally:
        Project._checkpoint = original


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory(dir=Path(__file__).parent) as folder:
        results = {c: [measure(Path(folder), count, c) for _ in range(3)] for c in (False, True)}
    for checkpoint, runs in results.items():
        decision = statistics.median(r[0] for r in runs) * 1000
        imported = statistics.median(r[1] for r in runs)
        label = "with checkpoint   " if checkpoint else "without checkpoint"
        print(f"{label}: {decision:6.2f} ms per decision, {imported:6.2f} s to import {count:,} devices")
    opening = statistics.median(r[2] for runs in results.values() for r in runs)
    print(f"opening and checking the {count:,}-device project: {opening:.2f} s")
