"""Build the standalone Vetted for this OS: `python packaging/build.py [--onefile] [--archive]`.

Builds the knowledge base, renders the icons if they are missing or older than the SVG, runs
PyInstaller with packaging/vetted.spec, and prints where the result is and how big it is.
Needs `pip install -e '.[build]'`. Each step runs in its own Python so a failure names its step.
"""

import argparse
import importlib.util
import platform
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
SPEC = ROOT / "packaging" / "vetted.spec"
ICON_SOURCE = ROOT / "resources" / "icon.svg"
ICONS = [ROOT / "resources" / name for name in ("icon.png", "icon.ico", "icon.icns")]


class BuildError(Exception):
    """A step failed; the message is the one sentence the user sees."""


def run(step: str, *args: str) -> None:
    if subprocess.run([sys.executable, *args], cwd=ROOT).returncode != 0:
        raise BuildError(f"{step} failed (its messages are above).")


def icons_missing() -> bool:
    source_time = ICON_SOURCE.stat().st_mtime
    return any(not icon.exists() or icon.stat().st_mtime < source_time for icon in ICONS)


def output_of(onefile: bool) -> Path:
    """What PyInstaller made: the one file, the .app on macOS, else the one-folder app."""
    if onefile:  # in its own folder: on Linux and macOS it would be named like the one-folder app
        return DIST / "onefile" / ("vetted.exe" if sys.platform == "win32" else "vetted")
    return DIST / "Vetted.app" if sys.platform == "darwin" else DIST / "vetted"


def size_mb(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1e6


def archive(path: Path, onefile: bool) -> Path:
    """dist/Vetted-<version>-<os>-<machine>[-onefile].zip on Windows, else .tar.gz (it keeps a .app's links)."""
    sys.path.insert(0, str(ROOT))
    from app import __version__

    system = {"darwin": "macos"}.get(platform.system().lower(), platform.system().lower())
    name = DIST / f"Vetted-{__version__}-{system}-{platform.machine().lower()}{'-onefile' if onefile else ''}"
    kind = "zip" if sys.platform == "win32" else "gztar"
    return Path(shutil.make_archive(str(name), kind, root_dir=path.parent, base_dir=path.name))


def build(onefile: bool, make_archive: bool) -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildError("PyInstaller is not installed: run  python -m pip install -e '.[build]'  first.")
    run("Building the knowledge base", "-m", "app.core.kb.build")
    run("Compiling the translations", "-m", "app.ui.i18n", "release")
    if icons_missing():
        run("Rendering the icons", str(ROOT / "packaging" / "make_icons.py"))
    spec_args = ["--", "--onefile"] if onefile else []
    output = output_of(onefile)
    distpath = output.parent if onefile else DIST
    run("PyInstaller", "-m", "PyInstaller", "--noconfirm", "--distpath", str(distpath), str(SPEC), *spec_args)
    if not output.exists():
        raise BuildError(f"PyInstaller finished but {output} is not there.")
    print(f"Built {output} ({size_mb(output):.1f} MB)")
    if make_archive:
        packed = archive(output, onefile)
        print(f"Packed {packed} ({size_mb(packed):.1f} MB)")


def main() -> int:
    parser = argparse.ArgumentParser(description="Build the standalone Vetted for this OS.")
    parser.add_argument("--onefile", action="store_true", help="one self-contained executable (meant for Windows)")
    parser.add_argument("--archive", action="store_true", help="also pack the result into one .zip or .tar.gz")
    args = parser.parse_args()
    try:
        build(args.onefile, args.archive)
    except (BuildError, OSError) as error:
        print(f"build.py: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
