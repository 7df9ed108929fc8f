"""What Vetted remembers between runs: recent projects, the last one open, and where the user is."""

import json
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from app.core.where import Where

MAX_RECENT = 8


def _settings() -> QSettings:
    return QSettings("Vetted", "Vetted")


def recent_projects() -> list[Path]:
    values = _settings().value("recent", []) or []
    if isinstance(values, str):
        values = [values]
    return [Path(v) for v in values if Path(v).exists()]


def remember_project(path: Path) -> None:
    paths = [str(path)] + [str(p) for p in recent_projects() if p != path]
    settings = _settings()
    settings.setValue("recent", paths[:MAX_RECENT])
    settings.setValue("last", str(path))


def last_project() -> Path | None:
    value = _settings().value("last", "")
    return Path(value) if value and Path(value).exists() else None


def projects_folder() -> Path:
    """Where new projects go unless the user picks a place: Documents/Vetted."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents or Path.home()) / "Vetted"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def unused_project_path(stem: str) -> Path:
    folder = projects_folder()
    candidate = folder / f"{stem}.vetted"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}).vetted"
        number += 1
    return candidate


def where() -> Where:
    """Where the user said they are (new projects start with it); unset until asked."""
    value = _settings().value("where", "")
    try:
        return Where.from_setting(json.loads(value) if value else None)
    except ValueError:
        return Where()


def set_where(place: Where) -> None:
    settings = _settings()
    settings.setValue("where", json.dumps(place.as_setting()))
    settings.setValue("where_asked", True)


def where_asked() -> bool:
    """True once the user has answered (or dismissed) the first-start question."""
    return _settings().value("where_asked", False) in (True, "true")


def mark_where_asked() -> None:
    _settings().setValue("where_asked", True)


def shown_columns(default: tuple[str, ...]) -> list[str]:
    """The table columns the user chose under View > Columns."""
    value = _settings().value("columns", None)
    if value is None:
        return list(default)
    return [value] if isinstance(value, str) else list(value)


def set_shown_columns(attributes: list[str]) -> None:
    _settings().setValue("columns", attributes)
