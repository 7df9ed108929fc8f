"""Whole `vetted scan` of a 100,000-row inventory against a bare python-calamine read of the same file.

Both run as their own processes, in interleaved rounds (drift hits both alike); each ratio divides by
the bare read's median from the same run. Peak memory is each child's own maximum RSS.
Target (issue 2): scan <= 2x the bare read, peak <= 400 MB.

    python benchmarks/bench_scan.py [ROWS] [ROUNDS]
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE_READ = (
    "import python_calamine as c, sys\n"
    "book = c.CalamineWorkbook.from_path(sys.argv[1])\n"
    "n = sum(1 for _ in book.get_sheet_by_index(0).iter_rows())\n"
)


def run(command: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS MB) of one child process."""
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"{command} failed with {child.returncode}")
    return elapsed, usage.ru_maxrss / 1024


def main(rows: int = 100_000, rounds: int = 5) -> None:
    sys.path.insert(0, str(ROOT))
    from benchmarks.generate_inventory import write

    path = Path(tempfile.gettempdir()) / f"vetted-bench-{rows}.xlsx"
    if not path.exists():
        write(rows, path)
    subprocess.run([sys.executable, "-m", "app.core.kb.build"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    cases = {
        "bare calamine read": [sys.executable, "-c", BARE_READ, str(path)],
        "vetted scan (summary)": [sys.executable, "-m", "app", "scan", str(path)],
        "vetted scan --json": [sys.executable, "-m", "app", "scan", str(path), "--json"],
    }
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
    for _ in range(rounds):
        for name, command in cases.items():
            results[name].append(run(command))
    base = statistics.median(t for t, _ in results["bare calamine read"])
    print(f"{rows:,} rows, {path.stat().st_size / 2**20:.1f} MB xlsx, median of {rounds} interleaved rounds")
    print(f"{'case':<24}{'median s':>10}{'min':>8}{'max':>8}{'peak MB':>9}{'x read':>8}")
    for name, runs in results.items():
        times = [t for t, _ in runs]
        median = statistics.median(times)
        peak = max(m for _, m in runs)
        print(f"{name:<24}{median:>10.3f}{min(times):>8.3f}{max(times):>8.3f}{peak:>9.0f}{median / base:>8.2f}")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
