"""The built Vetted, run as a facility manager runs it: no Python, no source tree, no network.

Opt-in (`pytest -m build tests/packaging`): it builds dist/vetted with packaging/build.py unless a
build newer than every source is already there, then runs that program, never `python -m app`.
"""

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.build

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "dist" / "vetted"
PROGRAM = FOLDER / ("vetted.exe" if sys.platform == "win32" else "vetted")
SAMPLE = ROOT / "resources" / "sample-inventory.xlsx"
SOURCES = (
    "app",
    "db",
    "packaging",
    "resources/icon.svg",
    "resources/sample-inventory.xlsx",
    "resources/guide_en.html",
    "resources/guide_fr.html",
    "pyproject.toml",
)
SIZE_TARGET_MB = 150
START_TARGET_S = 2.0


def newest_source() -> float:
    files = [p for name in SOURCES for p in ([ROOT / name] if (ROOT / name).is_file() else (ROOT / name).rglob("*"))]
    return max(p.stat().st_mtime for p in files if p.is_file() and "__pycache__" not in p.parts)


@pytest.fixture(scope="module")
def program() -> Path:
    """The built program, built now if dist/ has none or an older one than the sources."""
    if not PROGRAM.exists() or PROGRAM.stat().st_mtime < newest_source():
        build = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], capture_output=True, text=True)
        if build.returncode != 0:
            pytest.fail(f"packaging/build.py failed:\n{build.stdout[-3000:]}\n{build.stderr[-3000:]}")
    return PROGRAM


@pytest.fixture
def user_env(tmp_path) -> dict[str, str]:
    """A user's environment: no Python variables pointing at the checkout, a fresh home for settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(HOME=str(tmp_path), USERPROFILE=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / ".config"))
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run(command: list, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    command = [str(part) for part in command]
    return subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=120)


def report(capsys, line: str) -> None:
    with capsys.disabled():
        print(f"\n[built app] {line}")


def test_scan_of_the_sample_inventory_reports_flagged_devices(program, user_env, tmp_path):
    result = run([program, "scan", SAMPLE], user_env, tmp_path)
    assert result.returncode == 0, result.stderr
    flagged = re.search(r"(\d+) flagged", result.stdout)
    assert flagged and int(flagged.group(1)) > 0, result.stdout
    assert "FLAGGED (" in result.stdout and "Hikvision" in result.stdout


def test_window_opens_offscreen_and_closes_quickly(program, user_env, tmp_path, capsys):
    cache = "warm cache"
    if sys.platform.startswith("linux") and os.geteuid() == 0:
        try:  # a true cold start: the OS forgets the program's files (root only, and not in every container)
            subprocess.run(["sync"], check=False)
            Path("/proc/sys/vm/drop_caches").write_text("3\n")
            cache = "cold cache"
        except OSError:
            pass
    started = time.perf_counter()
    result = run([program, "--check-startup"], user_env, tmp_path)
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    shown = re.search(r"window shown in ([\d.]+) s", result.stdout)
    assert shown, result.stdout
    report(
        capsys,
        f"start ({cache}): launch to window shown and closed {elapsed:.2f} s wall clock, "
        f"of which {shown.group(1)} s in the app's own startup (target ≤ {START_TARGET_S} s)",
    )


def test_it_ships_the_french_catalogues_and_starts_in_french_under_a_french_locale(program, user_env, tmp_path):
    for name in ("vetted_fr.qm", "qtbase_fr.qm", "vetted_fr.ts"):
        assert list(FOLDER.rglob(f"resources/i18n/{name}")), name
    french = {**user_env, "LANG": "fr_CA.UTF-8", "LC_ALL": "fr_CA.UTF-8"}
    result = run([program, "--check-startup"], french, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "first menu &Fichier" in result.stdout, result.stdout
    english = {**user_env, "LANG": "en_CA.UTF-8", "LC_ALL": "en_CA.UTF-8"}
    assert "first menu &File" in run([program, "--check-startup"], english, tmp_path).stdout
    out = tmp_path / "rapport.csv"
    assert run([program, "scan", SAMPLE, "--csv", out], french, tmp_path).returncode == 0
    assert out.read_text(encoding="utf-8-sig").startswith("Feuille d'inventaire;")


def test_folder_size_is_within_target(program, capsys):
    files = [p for p in FOLDER.rglob("*") if p.is_file() and not p.is_symlink()]
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    report(capsys, f"size: {FOLDER} is {size_mb:.1f} MB in {len(files)} files (target ≤ {SIZE_TARGET_MB} MB)")
    assert size_mb <= SIZE_TARGET_MB


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="strace is Linux's")
def test_never_opens_a_network_socket(program, user_env, tmp_path):
    """strace logs every socket the program and its children create, connect or bind: none may be an
    internet one (AF_INET/AF_INET6), and nothing reaches the network without creating one. Offscreen,
    strace also makes every socket() fail and the program must still work; on a real X display (Xvfb)
    only local AF_UNIX sockets, to X11 and D-Bus, appear."""
    if not shutil.which("strace"):
        pytest.fail("strace is needed to prove Vetted opens no network socket: apt-get install strace.")
    log = tmp_path / "strace.log"
    traced = ["strace", "-f", "-qq", "-e", "trace=socket,connect,bind", "-o", log]
    no_sockets = [*traced, "-e", "inject=socket:error=EACCES"]

    # The detector first: a Python that does open an internet socket must be caught.
    run([*no_sockets, sys.executable, "-c", "import socket; socket.socket()"], user_env, tmp_path)
    assert "AF_INET" in log.read_text(), "strace did not record a socket() call, so it proves nothing here"

    runs = [[*no_sockets, program, "scan", SAMPLE], [*no_sockets, program, "--check-startup"]]
    if shutil.which("xvfb-run"):
        runs.append(["xvfb-run", "-a", "env", "QT_QPA_PLATFORM=xcb", *traced, program, "--check-startup"])
    for command in runs:
        result = run(command, user_env, tmp_path)
        assert result.returncode == 0, result.stderr
        internet = [line for line in log.read_text().splitlines() if re.search(r"AF_INET6?\b", line)]
        assert not internet, f"{' '.join(map(str, command))} tried the network:\n" + "\n".join(internet)
