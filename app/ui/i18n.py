"""Vetted in English or Quebec French: which language, Qt's translators, and the translation workflow.

The catalogue is resources/i18n/vetted_fr.ts (kept in the repository, written by Qt's lupdate from the
code's tr() strings). Qt reads compiled .qm files, made by Qt's lrelease (both ship with PySide6):

- the built app: packaging/build.py runs `python -m app.ui.i18n release`, which writes
  resources/i18n/vetted_fr.qm beside Qt's own qtbase_fr.qm, and the PyInstaller spec ships both;
- a checkout (or anything without a fresh .qm beside the .ts): the first start in French compiles the
  .ts into the user's cache folder, under a name made from the .ts's contents, so an edit recompiles.

`python -m app.ui.i18n update` brings the .ts up to date with the code and lists the strings that still
need French; `check` does the same into a temporary file and fails when the committed .ts lags behind.
"""

import hashlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QStandardPaths, QTranslator

from app.core.language import CATALOGUES, LANGUAGES, Words, current_language, set_language, words
from app.core.pricing.money import format_money

ROOT = Path(__file__).resolve().parents[2]
# What lupdate reads: the window, the command line and the core's labels and reports. The one-sentence
# explanations (app/core/matching) are translated by their own code.
_SOURCES = ("app/gui.py", "app/cli.py", "app/cli_kb.py", "app/cli_rollup.py", "app/ui", "app/core")
_SKIPPED = ("app/core/matching",)
_installed: list[QTranslator] = []


def words_now() -> Words:
    """The core's words (categories, places, report text) in the window's language."""
    return words(current_language())


def money(amount: float, currency: str) -> str:
    """An amount as the window shows it: '$12,340', or '12 340 $' in French."""
    return format_money(amount, currency, current_language())


def number(value: float) -> str:
    """A count as the window shows it: '1,234', or '1 234' in French."""
    return words(current_language()).number(value)


def preferred_language() -> str:
    """The language chosen in View > Language, or at first start the system's (French if it is French)."""
    chosen = QSettings("Vetted", "Vetted").value("language", "")
    if chosen in LANGUAGES:
        return chosen
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def set_preferred_language(lang: str) -> None:
    QSettings("Vetted", "Vetted").setValue("language", lang)


def install(lang: str) -> str:
    """Make the application speak `lang` from now on (its windows made after this, and the core's messages:
    errors say their sentence in it); returns the language actually installed, English when no catalogue
    could be loaded."""
    return set_language(_install(lang))


def _install(lang: str) -> str:
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale.system())
    if lang == "en" or lang not in LANGUAGES:
        return "en"
    ours = QTranslator(app)
    compiled = compiled_catalogue(lang)
    if compiled is None or not ours.load(str(compiled)):
        return "en"
    qt = QTranslator(app)  # Qt's own buttons and dialogs (OK, Cancel, the file dialog)
    for folder in (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), str(CATALOGUES)):
        if qt.load(f"qtbase_{lang}", folder):
            app.installTranslator(qt)
            _installed.append(qt)
            break
    app.installTranslator(ours)
    _installed.append(ours)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.Canada))
    return lang


def compiled_catalogue(lang: str) -> Path | None:
    """vetted_<lang>.qm: the built one beside the .ts if it is as new (always in the frozen app, which has
    no lrelease and unpacks files with arbitrary times), else one compiled into the cache."""
    source, built = CATALOGUES / f"vetted_{lang}.ts", CATALOGUES / f"vetted_{lang}.qm"
    frozen = getattr(sys, "frozen", False)
    if built.is_file() and (frozen or not source.is_file() or built.stat().st_mtime >= source.stat().st_mtime):
        return built
    if not source.is_file():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    cache = Path(location or tempfile.gettempdir())
    target = cache / "i18n" / f"vetted_{lang}-{digest}.qm"
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            release(source, target)
        except (OSError, subprocess.CalledProcessError):
            return None
    return target


def _tool(name: str) -> str:
    """Qt's lupdate or lrelease: the copy inside the PySide6 package, else one on the PATH."""
    packaged = Path(PySide6.__file__).parent / (f"{name}.exe" if sys.platform == "win32" else name)
    return str(packaged) if packaged.is_file() else shutil.which(f"pyside6-{name}") or name


def release(source: Path, target: Path) -> None:
    """Compile a .ts into a .qm with lrelease (unfinished messages are left out: they stay English)."""
    subprocess.run(
        [_tool("lrelease"), "-silent", str(source), "-qm", str(target)], check=True, capture_output=True, timeout=120
    )


def source_files() -> list[str]:
    files = []
    for name in _SOURCES:
        path = ROOT / name
        found = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        files += [str(f.relative_to(ROOT)) for f in found if not str(f.relative_to(ROOT)).startswith(_SKIPPED)]
    return files


def update(ts: Path) -> None:
    """Run lupdate over Vetted's code into `ts`, keeping the translations already there."""
    subprocess.run(
        [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", "-source-language", "en",
         "-target-language", ts.stem.split("_")[-1], *source_files(), "-ts", str(ts)],
        cwd=ROOT, check=True, capture_output=True, timeout=300,
    )  # fmt: skip


def messages(ts: Path) -> dict[tuple[str, str], bool]:
    """(context, source) -> whether it has a finished translation."""
    from defusedxml import ElementTree

    found = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [translation.text] + [f.text for f in translation.iter("numerusform")]
            done = translation.get("type") is None and any(texts)
            found[(name, message.findtext("source") or "")] = done
    return found


def lagging(lang: str = "fr") -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(strings in the code missing from the committed .ts, strings in it with no finished translation)."""
    committed = CATALOGUES / f"vetted_{lang}.ts"
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / committed.name
        shutil.copy(committed, fresh)
        update(fresh)
        wanted = messages(fresh)
    have = messages(committed)
    missing = sorted(key for key in wanted if key not in have)
    unfinished = sorted(key for key, done in have.items() if not done and key in wanted)
    return missing, unfinished


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    ts = CATALOGUES / "vetted_fr.ts"
    if command == "update":
        update(ts)
        todo = [key for key, done in messages(ts).items() if not done]
        for context, source in todo:
            print(f"untranslated [{context}] {source!r}")
        print(f"{ts.relative_to(ROOT)}: {len(todo)} string(s) to translate")
        return 0
    if command == "check":
        missing, unfinished = lagging()
        for context, source in missing:
            print(f"not in {ts.name} (run python -m app.ui.i18n update): [{context}] {source!r}")
        for context, source in unfinished:
            print(f"no French yet: [{context}] {source!r}")
        return 1 if missing or unfinished else 0
    if command == "release":
        release(ts, ts.with_suffix(".qm"))
        qtbase = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_fr.qm"
        if qtbase.is_file():
            shutil.copy(qtbase, CATALOGUES / qtbase.name)
        print(f"wrote {ts.with_suffix('.qm').relative_to(ROOT)}")
        return 0
    print("usage: python -m app.ui.i18n update | check | release", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
