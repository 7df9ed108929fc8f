"""Kill -9 a process while it creates a new project, many times; every file left behind must open.

Each trial starts a Python process that creates a project (as File > New project does), waits until it
is ready to start, then kills it with SIGKILL after a random delay spread over the time creation takes.
Afterwards the project either does not exist (nothing was created) or opens as a complete, empty
project. Prints the figures; exit status 1 if any file cannot be opened.

    python benchmarks/kill_new_project.py [trials]
"""

import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_CHILD = """
import sys
from app.core.store.project import Project
print("ready", flush=True)
sys.stdin.readline()
Project(sys.argv[1]).close()
print("done", flush=True)
"""


def _start(path: Path) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout.readline().strip() == "ready"
    return child


def creation_seconds(folder: Path, runs: int = 3) -> float:
    """How long creating a project takes in the child, from its go to its done (the slowest of a few)."""
    slowest = 0.0
    for run in range(runs):
        child = _start(folder / f"timing-{run}.vetted")
        started = time.perf_counter()
        child.stdin.write("go\n")
        child.stdin.flush()
        child.stdout.readline()
        slowest = max(slowest, time.perf_counter() - started)
        child.wait()
    return slowest


def trial(path: Path, delay: float) -> str:
    """Kill the creation of `path` after `delay` seconds: 'absent', 'opens' or the sentence it fails with."""
    from app.core.store.project import Project, ProjectError

    child = _start(path)
    child.stdin.write("go\n")
    child.stdin.flush()
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    if not path.exists():
        return "absent"
    try:
        project = Project(path)
    except ProjectError as error:
        return str(error).replace(path.name, "the file")
    try:
        project.count()
        project.setting("price_book")
    except Exception as error:  # a file that opened but cannot be read is just as lost
        return f"opened, then failed: {error}"
    finally:
        project.close()
    return "opens"


def run(trials: int, seed: int | None = None) -> dict[str, int]:
    """Outcome -> number of trials."""
    rng = random.Random(seed)
    outcomes: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as folder:
        span = creation_seconds(Path(folder)) * 1.3
        for number in range(trials):
            outcome = trial(Path(folder) / f"trial-{number}.vetted", rng.uniform(0, span))
            key = outcome if outcome in ("absent", "opens") else f"cannot open: {outcome}"
            outcomes[key] = outcomes.get(key, 0) + 1
    return outcomes


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    results = run(count)
    for outcome, number in sorted(results.items()):
        print(f"{number:4d}  {outcome}")
    lost = sum(n for o, n in results.items() if o.startswith("cannot"))
    print(f"{lost} of {count} killed creations left a project that cannot be opened (target: 0)")
    sys.exit(1 if lost else 0)
