"""The knowledge base this user runs: the shipped one or a newer signed update they applied, plus local facts.

The per-user data directory holds `vendors.sqlite` (the last update applied, see `app.core.kb.update`),
`vendors.previous.sqlite` (what Undo restores) and `local-facts.json` (`app.core.kb.overlay`). An applied
update is used only while it is newer than the base shipped inside the program, so installing a newer
Vetted is never held back by an older update. The window passes Qt's AppDataLocation; the command line
uses `default_data_dir()`, the same folder found without Qt; `VETTED_DATA_DIR` overrides both.
"""

import os
import sqlite3
import sys
from collections.abc import Iterable
from dataclasses import fields
from functools import cache
from pathlib import Path

from app.core.domain import Device
from app.core.kb.knowledge import KnowledgeBase, load
from app.core.kb.overlay import OverlayError, local_facts, read_facts, with_overlay
from app.core.kb.paths import KB_FILE
from app.core.language import QT_TRANSLATE_NOOP, words

ENV = "VETTED_DATA_DIR"
BASE_NAME = "vendors.sqlite"
PREVIOUS_NAME = "vendors.previous.sqlite"
SHIPPED_MARK = "vendors.previous.shipped"  # Undo goes back to the shipped base: no previous file


def default_data_dir() -> Path:
    """Where Qt's AppDataLocation puts Vetted's files (organisation and application both 'Vetted')."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    home = Path.home()
    if sys.platform == "win32":
        root = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        root = home / "Library" / "Application Support"
    else:
        root = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return root / "Vetted" / "Vetted"


def version_of(meta: dict[str, str]) -> tuple[int, ...]:
    """A base's version as numbers to compare: its `version` ('2025.06.01.1530'), or the date it was built."""
    text = meta.get("version") or meta.get("built", "").replace("-", ".")
    try:
        return tuple(int(part) for part in text.split("."))
    except ValueError:
        return (0,)


def version_text(meta: dict[str, str]) -> str:
    return meta.get("version") or meta.get("built", "").replace("-", ".") or "unknown"


def read_meta(path: Path) -> dict[str, str]:
    """The meta table of a knowledge-base file (sqlite3.Error or OSError if it is not one)."""
    if not Path(path).is_file():
        raise OSError(f"{path} does not exist")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return dict(conn.execute("SELECT key, value FROM meta"))
    finally:
        conn.close()


def updated_base(data_dir: Path) -> Path | None:
    """The applied update, if there is one and it is newer than the shipped base."""
    user = Path(data_dir) / BASE_NAME
    if not user.exists():
        return None
    try:
        shipped = read_meta(KB_FILE) if KB_FILE.exists() else load().meta
        return user if version_of(read_meta(user)) > version_of(shipped) else None
    except (sqlite3.Error, OSError):
        return None


@cache
def _load_file(path: Path, modified: float) -> KnowledgeBase:
    return KnowledgeBase(path)


def load_base(data_dir: Path) -> tuple[KnowledgeBase, Path]:
    """The base without local facts: the applied update where it is newer, else the shipped one."""
    user = updated_base(data_dir)
    if user:
        try:
            return _load_file(user, user.stat().st_mtime), user
        except (sqlite3.Error, OSError):
            pass  # a damaged update is ignored: the shipped base still works
    return load(), KB_FILE


def load_installed(data_dir: Path) -> KnowledgeBase:
    """The knowledge base to run with: `load_base` plus this user's local facts.

    The result also says where it came from: `path`, `updated` (an applied update is in use) and
    `overlay_problem` (a sentence when the local-facts file could not be read; its facts are left out).
    """
    base, path = load_base(data_dir)
    problem = ""
    try:
        facts = read_facts(data_dir)
    except OverlayError as error:
        facts, problem = [], str(error)
    kb = with_overlay(base, facts)
    kb.path = path
    kb.updated = path != KB_FILE
    kb.overlay_problem = problem
    return kb


def as_device(stored) -> Device:
    """A Device with the matching fields of a stored device (or any object that has them)."""
    return Device(**{f.name: getattr(stored, f.name) for f in fields(Device) if hasattr(stored, f.name)})


def verdict_changes(devices: Iterable, matcher) -> int:
    """How many of `devices` (stored ones, with a `verdict`) `matcher` would decide differently."""
    return sum(matcher.match(as_device(d)).verdict.value != d.verdict for d in devices)


def can_undo(data_dir: Path) -> bool:
    """Whether an applied update can be undone (see `app.core.kb.update.undo_update`)."""
    data_dir = Path(data_dir)
    return (data_dir / PREVIOUS_NAME).exists() or (data_dir / SHIPPED_MARK).exists()


def describe(kb: KnowledgeBase, data_dir: Path, lang: str = "en") -> list[tuple[str, str]]:
    """What `vetted kb info` and Help > About say about the base in use, as (label, value) pairs in `lang`."""
    w = words(lang)
    meta = kb.meta
    facts = local_facts(kb)
    off = sum(not f.enabled for f in facts)
    if getattr(kb, "updated", False):
        where = w.translate("KbInfo", "an update you applied")
    else:
        where = w.translate("KbInfo", "shipped with this Vetted")
    switched_off = w.translate("KbInfo", " (%1 switched off)").replace("%1", str(off)) if off else ""
    undo = w.translate("KbInfo", "available") if can_undo(data_dir) else w.translate("KbInfo", "nothing to undo")
    return [
        (w.translate("KbInfo", "Version"), f"{version_text(meta)} ({where})"),
        (w.translate("KbInfo", "Date"), meta.get("built", "unknown")),
        (w.translate("KbInfo", "Sources"), meta.get("sources", str(len([s for s in kb.sources if ":" not in s])))),
        (w.translate("KbInfo", "MAC registry"), meta.get("oui_registry", "IEEE registry")),
        (w.translate("KbInfo", "Local additions"), f"{len(facts)}{switched_off}"),
        (w.translate("KbInfo", "Undo update"), undo),
        (w.translate("KbInfo", DATA_FOLDER), str(data_dir)),
    ]


DATA_FOLDER = QT_TRANSLATE_NOOP("KbInfo", "Data folder")
