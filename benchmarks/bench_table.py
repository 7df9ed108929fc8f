"""Every row of issue 12's table, on the realistic and the repeating inventory, at several sizes.

Each job runs as its own process (see probes.py), in interleaved rounds so drift hits every job
alike; times are medians, each ratio divides by the bare python-calamine read of the same file from the
same run, and peak memory is the largest child's maximum RSS (this parent imports nothing of Vetted,
so it stays small and children do not inherit its size).

    python benchmarks/bench_table.py [--sizes 100k,300k,1M] [--variants realistic,repeating] [--rounds 3]
                                     [--cases scan,json,window-import,open,csv,import,report]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
PROBES = str(ROOT / "benchmarks" / "probes.py")
# (case, label, target) in the order
CASES = {
    "scan": ("vetted scan FILE", "<= 1.5x read"),
    "json": ("vetted scan FILE --json", "<= 2.0x read"),
    "window-import": ("import in the window", "<= 3x read, stall <= 100 ms"),
    "open": ("open the project in the window", "<= 3 s, <= 600 MB (1M)"),
    "csv": ("vetted scan FILE.csv", "<= 600 MB, linear"),
    "import": ("import into a project (core), then the table's columns", "<= 60 s, <= 800 MB (1M)"),
    "report": ("Excel report of the project", "<= 8 s (100k)"),
}


def parse_size(text: str) -> int:
    text = text.strip().lower()
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1], 1)
    return int(float(text.rstrip("km")) * factor)


def run(command: list[str], timeout: float = 3600) -> tuple[float, float, dict]:
    """As run(), with peak memory from GNU time's report of the child (its own maximum RSS)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        timed = ["/usr/bin/time", "-f", "%e %M", "-o", report.name, *command]
        start = time.perf_counter()
        done = subprocess.run(timed, cwd=ROOT, capture_output=True, env=env, timeout=timeout)
        elapsed = time.perf_counter() - start
        if done.returncode:
            raise SystemExit(f"{command} failed ({done.returncode}): {done.stderr.decode(errors='replace')[-2000:]}")
        kilobytes = report.read().split()[-1]
    lines = [line for line in done.stdout.decode(errors="replace").splitlines() if line.startswith("{")]
    figures = json.loads(lines[-1]) if lines and command[1] == PROBES else {}
    return elapsed, int(kilobytes) / 1024, figures


def inventory(rows: int, variant: str, suffix: str) -> Path:
    path = Path(tempfile.gettempdir()) / f"vetted-bench-{variant}-{rows}{suffix}"
    if not path.exists():
        command = [PYTHON, str(ROOT / "benchmarks" / "generate_inventory.py"), str(rows), str(path)]
        subprocess.run(command + (["--repeating"] if variant == "repeating" else []), check=True, cwd=ROOT)
    return path


def commands(case: str, xlsx: Path, csv: Path, project: Path, out: Path) -> list[list[str]]:
    """The commands of a case: its first is the bare read it is compared with."""
    return {
        "scan": [[PYTHON, "-m", "app", "scan", str(xlsx)]],
        "json": [[PYTHON, "-m", "app", "scan", str(xlsx), "--json"]],
        "window-import": [[PYTHON, PROBES, "window-import", str(xlsx)]],
        "open": [[PYTHON, PROBES, "open", str(project)]],
        "csv": [[PYTHON, PROBES, "bare-csv", str(csv)], [PYTHON, "-m", "app", "scan", str(csv)]],
        "import": [[PYTHON, PROBES, "import", str(xlsx), str(project)]],
        "report": [[PYTHON, PROBES, "report", str(project), str(out)]],
    }[case]


def measure(rows: int, variant: str, cases: list[str], rounds: int) -> list[tuple]:
    xlsx = inventory(rows, variant, ".xlsx")
    csv = inventory(rows, variant, ".csv") if "csv" in cases else Path("-")
    project = Path(tempfile.gettempdir()) / f"vetted-bench-{variant}-{rows}.vetted"
    out = Path(tempfile.gettempdir()) / f"vetted-bench-{variant}-{rows}-report.xlsx"
    if {"open", "report"} & set(cases) and "import" not in cases and not project.exists():
        run(commands("import", xlsx, csv, project, out)[0])
    bare = [PYTHON, PROBES, "bare-xlsx", str(xlsx)]
    results: dict[str, list[tuple[float, float, dict]]] = {"bare": []}
    for _ in range(rounds):
        results["bare"].append(run(bare))
        for case in cases:
            steps = commands(case, xlsx, csv, project, out)
            for number, command in enumerate(steps):
                key = case if number == len(steps) - 1 else f"{case}:bare"
                results.setdefault(key, []).append(run(command))
    base = statistics.median(t for t, _, _ in results["bare"])
    lines = []
    for key, runs in results.items():
        walls = [t for t, _, _ in runs]
        inner = [f["seconds"] for _, _, f in runs if "seconds" in f]
        seconds = statistics.median(inner) if inner else statistics.median(walls)
        extra = {}
        for name in runs[-1][2]:
            values = [f[name] for _, _, f in runs if isinstance(f.get(name), int | float)]
            if values and name not in ("seconds",):
                extra[name] = round(statistics.median(values), 1)
        lines.append(
            (
                variant,
                rows,
                key,
                seconds,
                statistics.median(walls),
                min(walls),
                max(walls),
                max(m for _, m, _ in runs),
                statistics.median(walls) / base,
                extra,
            )
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100k,300k,1M")
    parser.add_argument("--variants", default="realistic,repeating")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cases", default=",".join(CASES))
    args = parser.parse_args()
    cases = [c for c in args.cases.split(",") if c]
    unknown = set(cases) - CASES.keys()
    if unknown:
        parser.error(f"unknown cases {sorted(unknown)}; choose from {', '.join(CASES)}")
    subprocess.run([PYTHON, "-m", "app.core.kb.build"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    print(f"median of {args.rounds} interleaved rounds; 'x read' = process wall / bare calamine read, same run")
    print(
        f"{'inventory':<10}{'rows':>9}  {'case':<16}{'job s':>8}{'process s':>10}{'min':>8}{'max':>8}"
        f"{'peak MB':>9}{'x read':>8}  figures"
    )
    everything = []
    for variant in args.variants.split(","):
        for size in args.sizes.split(","):
            for line in measure(parse_size(size), variant, cases, args.rounds):
                everything.append(line)
                variant_, rows, key, seconds, wall, low, high, peak, ratio, extra = line
                figures = ", ".join(f"{k} {v}" for k, v in extra.items())
                print(
                    f"{variant_:<10}{rows:>9,}  {key:<16}{seconds:>8.2f}{wall:>10.2f}{low:>8.2f}{high:>8.2f}"
                    f"{peak:>9.0f}{ratio:>8.2f}  {figures}",
                    flush=True,
                )
    print("\nscaling: process seconds and peak MB per 100,000 rows")
    for variant in args.variants.split(","):
        for key in dict.fromkeys(line[2] for line in everything if line[0] == variant):
            row = [line for line in everything if line[0] == variant and line[2] == key]
            print(
                f"{variant:<10} {key:<16} "
                + "  ".join(f"{r[1] // 1000}k: {r[4] / r[1] * 1e5:.2f} s, {r[7]:.0f} MB" for r in row)
            )
    for key, (label, target) in CASES.items():
        if key in cases:
            print(f"{key:<16} = {label} (target {target})")


if __name__ == "__main__":
    main()
