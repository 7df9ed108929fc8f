"""Open a site's .vetted file read-only, or say in one sentence why it cannot be combined.

A file that nothing has open is opened `immutable`: SQLite then takes no lock and creates no journal
beside it, so not one byte of the site's folder changes. A file that Vetted has open right now (its
`-wal` journal exists) is opened `mode=ro`, which reads the journal's committed changes too.
"""

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.core.language import QT_TRANSLATE_NOOP, PlainError
from app.core.pricing.price_book import PriceBook, default_price_book
from app.core.store.imports import KB_VERSION_SETTING
from app.core.store.migrations import MIGRATIONS

PROJECT_SUFFIX = ".vetted"
_MMAP_BYTES = 1 << 28
_TABLES = {"devices", "decisions", "settings", "layouts"}


class SkippedFile(PlainError):
    """A file left out of a combination, with the one sentence that says why."""


DAMAGED_DEVICES = QT_TRANSLATE_NOOP("Errors", "{name} is damaged: Vetted could not read all of its devices.")


@dataclass
class SiteFile:
    """A read-only connection to one project and what its settings say."""

    path: Path
    conn: sqlite3.Connection
    schema: int
    book: PriceBook
    include_review: bool
    kb_version: str  # '' when the project was checked before Vetted recorded it
    where: object = None  # the project's "where you are" setting, as stored

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def category_sql(self) -> str:
        """The category a device is priced as: the manager's own correction, if the file has any."""
        if self.schema >= 2:
            return "CASE d.category_override WHEN '' THEN d.category ELSE d.category_override END"
        return "d.category"

    def close(self) -> None:
        self.conn.close()


def read_only_uri(path: Path) -> str:
    path = Path(path).absolute()
    journal = path.with_name(path.name + "-wal")
    return path.as_uri() + ("?mode=ro" if journal.exists() else "?immutable=1")


def open_site(path: Path) -> SiteFile:
    """The project at `path`, read-only; SkippedFile with a sentence if it is missing, damaged, foreign or newer."""
    path = Path(path)
    if not path.is_file():
        raise SkippedFile(QT_TRANSLATE_NOOP("Errors", "{name} is not a file that can be read."), name=path.name)
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False)
    except sqlite3.Error:
        raise SkippedFile(QT_TRANSLATE_NOOP("Errors", "{name} cannot be opened."), name=path.name) from None
    try:
        schema = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if schema > len(MIGRATIONS):
            raise SkippedFile(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} was saved by a newer version of Vetted; update Vetted to include it."
                ),
                name=path.name,
            )
        if schema < 1 or not tables >= _TABLES:
            raise SkippedFile(QT_TRANSLATE_NOOP("Errors", "{name} is not a Vetted project."), name=path.name)
        settings = dict(conn.execute("SELECT key, value FROM settings"))
        conn.execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")  # reads pages in place rather than copying them
    except SkippedFile:
        conn.close()
        raise
    except sqlite3.Error:
        conn.close()
        raise SkippedFile(
            QT_TRANSLATE_NOOP("Errors", "{name} is damaged or is not a Vetted project."), name=path.name
        ) from None
    try:
        book = PriceBook.from_dict(_json(settings.get("price_book"))) if "price_book" in settings else None
    except (ValueError, TypeError):
        conn.close()
        raise SkippedFile(QT_TRANSLATE_NOOP("Errors", "{name} has a damaged price book."), name=path.name) from None
    version = _json(settings.get(KB_VERSION_SETTING))
    return SiteFile(
        path,
        conn,
        schema,
        book or default_price_book(),
        _json(settings.get("include_review")) is True,
        version if isinstance(version, str) else "",
        _json(settings.get("where")),
    )


def _json(text: str | None) -> object:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def project_files(paths: list[Path]) -> list[Path]:
    """The files to combine: each file given, and the .vetted files of each folder given (not its subfolders)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(
                (p for p in path.iterdir() if p.suffix.lower() == PROJECT_SUFFIX and p.is_file()),
                key=lambda p: p.name.casefold(),
            )
        else:
            found.append(path)
    return list(dict.fromkeys(found))
