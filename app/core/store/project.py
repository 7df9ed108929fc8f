"""A project file: the devices of an inventory, their verdicts and the manager's decisions.

Every change is committed as it happens (WAL journal, copied back into the file after each change), so a
crash loses at most the change under way and the .vetted file alone is the whole project when idle.
Bulk imports are one transaction: cancelled or failed, they leave the project as it was. A new project is
made complete beside its name and renamed into place, so a crash never leaves half a project.
"""

import errno
import gc
import json
import os
import secrets
import sqlite3
from array import array
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, fields
from datetime import datetime
from operator import attrgetter
from pathlib import Path

import orjson

from app.core.domain import DEVICE_FIELDS, Device, Match
from app.core.importing.cells import cell_text
from app.core.language import QT_TRANSLATE_NOOP, PlainError, Sentence
from app.core.let_go import let_go
from app.core.normalise import mac_digits, model_key
from app.core.store import saved_columns, saved_search
from app.core.store.columns import CODED, DeviceColumns, ids_ordered, search_texts, sorted_ids
from app.core.store.migrations import (
    APPLICATION_ID,
    JSON_COLUMNS,
    MIGRATIONS,
    NEWER_VERSION,
    READABLE_FROM,
    expected_columns,
    migrate,
)

_DEVICE_COLUMNS = ("sheet", "row", *DEVICE_FIELDS)
_MATCH_COLUMNS = ("verdict", "vendor_id", "vendor_name", "explanation", "category", "details_id")
_INLINE_DETAILS_EMPTIED = "evidence = '[]', source_ids = ''"  # a row rewritten keeps its details in match_details
_KEY_COLUMNS = ("serial_key", "mac_key", "asset_key")
_ROW = ("layout_id", "cells", *_DEVICE_COLUMNS, *_MATCH_COLUMNS, *_KEY_COLUMNS)  # a row of _INSERT
# Where each coded column's value is in such a row (a new row's category is Vetted's own).
_CODED_POSITIONS = {name: _ROW.index(name) for name in CODED}
# OR FAIL rather than the default ABORT: a row that fails fails the whole change, rolled back anyway, and
# without ABORT's statement journal SQLite does not copy aside every page each row touches, which the triggers
# listing changed devices (see saved_columns) would otherwise make it do: +50 % on writing an import.
_INSERT = f"INSERT OR FAIL INTO devices ({', '.join(_ROW)}) VALUES ({', '.join('?' * len(_ROW))})"
_UPDATE = (
    f"UPDATE OR FAIL devices SET layout_id = ?, cells = ?, {_INLINE_DETAILS_EMPTIED}, "
    f"{', '.join(f'{c} = ?' for c in _DEVICE_COLUMNS + _MATCH_COLUMNS + _KEY_COLUMNS)} WHERE id = ?"
)
PROGRESS_EVERY = 2000
BULK_CACHE_KB = 131_072  # SQLite's page cache during an import into a large project (see _bulk_cache)
BULK_CACHE_FROM = 250_000  # devices
WRITE_BATCH = 5000  # rows per executemany of an import: large enough to be fast, small enough to stay flat


@contextmanager
def _no_garbage_collection():
    """Bulk reads and writes make 100,000s of objects without cycles. Collecting during the work, or just
    after it, only walks them while holding the GIL: long enough to freeze the window during a background
    import. So the collector pauses, and what survives is frozen (refcounting still frees it)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _watched(items: Iterable, progress: Callable[[int], None] | None, cancelled: Callable[[], bool] | None):
    """The items of a bulk change, reporting progress and raising Cancelled every PROGRESS_EVERY items."""
    for count, item in enumerate(items, start=1):
        if count % PROGRESS_EVERY == 0:
            if cancelled and cancelled():
                raise Cancelled
            if progress:
                progress(count)
        yield item


class ProjectError(PlainError):
    """A project file that cannot be opened or written, with a sentence for the user."""


class Cancelled(Exception):
    """Raised inside a bulk change when the user cancels it; the change is rolled back."""


@dataclass(slots=True)
class StoredDevice:
    """One device row as the table shows it."""

    id: int
    sheet: str
    row: int
    manufacturer: str
    brand: str
    model: str
    serial: str
    mac: str
    device_type: str
    description: str
    site: str
    location: str
    name: str
    ip: str
    asset_tag: str
    install_date: str
    verdict: str
    vendor_id: str
    vendor_name: str
    explanation: str
    category: str
    decision: str
    note: str
    decided_at: str


_STORED_EXPRESSIONS = {
    "decision": "coalesce(x.decision, '')",
    "note": "coalesce(x.note, '')",
    "decided_at": "coalesce(x.decided_at, '')",
    "category": "CASE d.category_override WHEN '' THEN d.category ELSE d.category_override END",
}
_STORED_COLUMNS = ", ".join(_STORED_EXPRESSIONS.get(f.name, f"d.{f.name}") for f in fields(StoredDevice))


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: int
    updated: int


class _MatchColumns:
    """The match columns (in _MATCH_COLUMNS order) of one change: encoded once per match (identical devices share
    one), each distinct evidence and sources stored once in match_details. Made per transaction, under its write
    lock: what it read of match_details stays true until the end, and the rows it added go with a rollback."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn
        self._by_match: dict[int, tuple] = {}  # by id(): the matcher keeps its matches for the whole change
        self._details: dict[tuple[str, str], int] | None = None

    def __call__(self, match: Match) -> tuple:
        values = self._by_match.get(id(match))
        if values is None:
            details = (
                json.dumps([e.as_dict() for e in match.evidence], ensure_ascii=False),
                ",".join(s.id for s in match.sources),
            )
            values = self._by_match[id(match)] = (
                match.verdict.value,
                match.vendor_id,
                match.vendor_name,
                match.explanation,
                match.category,
                self._details_id(details),
            )
        return values

    def _details_id(self, details: tuple[str, str]) -> int:
        if self._details is None:  # a few thousand rows, read once rather than looked up one by one
            rows = self._conn.execute("SELECT evidence, source_ids, id FROM match_details")
            self._details = {(evidence, sources): i for evidence, sources, i in rows}
        found = self._details.get(details)
        if found is None:
            insert = "INSERT INTO match_details (evidence, source_ids) VALUES (?, ?)"
            found = self._details[details] = self._conn.execute(insert, details).lastrowid
        return found

    def let_go(self) -> None:
        let_go(self._by_match, self._details or {})


class Project:
    """An open project. Opening checks the file first (what it is, its pages, tables and columns, and the JSON
    of every row not checked since it last changed, see saved_columns) and refuses a file that is not a sound
    Vetted project with one sentence, before writing to it. A file
    Vetted may not write opens read-only (`read_only`), and every change to it is refused with a sentence.

    One writer at a time: each change takes the file's write lock first (BEGIN IMMEDIATE), so two
    connections never decide on the same stale view; a change that cannot get it within `timeout`
    seconds (another window importing) is refused with a sentence. After each change the journal is
    copied back into the file, so the .vetted file alone is the complete project whenever Vetted is idle.
    """

    def __init__(self, path: Path | str, timeout: float = 5.0, pages_checked: bool = True):
        """`pages_checked=False` leaves reading every page of the file (a second a 600 MB when the operating system
        holds it, a dozen from a cold disk) to `check_pages`, which the window runs on a worker thread."""
        self.path = Path(path)
        self.timeout = timeout
        self.read_only = False
        if not self.path.exists() or _is_empty(self.path):
            _create(self.path)
        _check(self.path, pages_checked)
        if not _writable(self.path):
            self.read_only = True
        try:
            self.conn = self._connect(timeout)
        except sqlite3.DatabaseError as error:
            raise ProjectError(_COULD_NOT_OPEN, name=self.path.name, reason=_reason(error)) from None
        except ValueError as error:
            raise ProjectError(error.args[0] if error.args else str(error)) from None  # a Sentence

    def _connect(self, timeout: float) -> sqlite3.Connection:
        if self.read_only:
            conn = _read_only_connection(self.path, timeout)
            if conn.execute("PRAGMA user_version").fetchone()[0] < READABLE_FROM:
                conn.close()
                raise ValueError(
                    Sentence(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{name} is read-only and was saved by an older Vetted, which must update it: "
                            "copy it to a folder you can write to and open the copy.",
                        ),
                        name=self.path.name,
                    )
                )
            return conn
        # Autocommit: every change opens its own transaction (see _saving), none is left open by a read.
        conn = sqlite3.connect(self.path, timeout=timeout, check_same_thread=False, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA foreign_keys = ON")
            migrate(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def close(self) -> None:
        if not self.read_only:
            with suppress(sqlite3.Error):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()

    def save_copy(self, target: Path | str) -> Path:
        """Write a complete copy of the project to `target` with SQLite's backup API (consistent even while
        another window writes), as one self-contained file that replaces `target` only once complete."""
        target = Path(target)

        def fill(copy: sqlite3.Connection) -> None:
            self.conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")

        _made_beside(target, fill, QT_TRANSLATE_NOOP("Errors", "Vetted could not save a copy as {name} ({reason})."))
        return target

    def check_pages(self, cancelled: Callable[[], bool] | None = None) -> None:
        """Read every page of the file (what opening with pages_checked=False left out) through a connection of
        its own; raises ProjectError if part of it is corrupt, Cancelled if `cancelled()` turns true."""
        conn = _read_only_connection(self.path, self.timeout)
        if cancelled is not None:
            conn.set_progress_handler(lambda: int(cancelled()), 100_000)  # non-zero stops the check
        try:
            _check_pages(conn, self.path.name)
        except sqlite3.Error as error:
            if cancelled is not None and cancelled():
                raise Cancelled from None
            raise ProjectError(_DAMAGED, name=self.path.name, reason=_reason(error)) from None
        finally:
            conn.close()

    # --- reading -------------------------------------------------------------------------------
    def devices(self) -> list[StoredDevice]:
        rows = self.conn.execute(
            f"SELECT {_STORED_COLUMNS} FROM devices d LEFT JOIN decisions x ON x.device_id = d.id ORDER BY d.id"
        )
        with _no_garbage_collection():
            return [StoredDevice(*row) for row in rows]

    def device_columns(self) -> DeviceColumns:
        """Every device as coded columns (see app.core.store.columns): what a large table keeps in memory. Read
        from the copy saved in the project (see saved_columns), which is saved again here if it fell behind."""
        self.conn.execute("BEGIN")  # the saved copy and the list of changes since, of one moment
        try:
            columns, stale = saved_columns.read(self.conn)
            saved = stale and not self.read_only and self._save_columns(columns)
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")
        except BaseException as error:
            if self.conn.in_transaction:
                with suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):  # a page the opening check left to check_pages
                raise ProjectError(_DAMAGED, name=self.path.name, reason=_reason(error)) from None
            raise
        if saved:
            self._checkpoint()
        return columns

    def device_columns_after(self, columns: DeviceColumns, ids: Iterable[int]) -> DeviceColumns:
        """The table's `columns` after a change of these devices (see saved_columns.with_changes): what the window
        shows after adding or deleting a few devices, without reading a million again."""
        return saved_columns.with_changes(self.conn, columns, ids)

    def ids_sorted_on(self, field_name: str):
        """Every device id sorted on a field the table does not keep in memory (serial, MAC, row, ...), read
        through a connection of its own: a worker thread sorts while the window reads through `conn`."""
        conn = _read_only_connection(self.path, self.timeout)
        try:
            return sorted_ids(conn, field_name)
        finally:
            conn.close()

    def search_texts(self, fields: tuple[str, ...]) -> Iterator[tuple[int, str]]:
        """These fields of every device, joined per range of ids (see app.core.store.columns.search_texts), read
        through a connection of their own: a worker thread reads them while the window reads through `conn`.
        A large project's are read from the copy kept the last time they were read, if still true (see
        saved_search); read from the rows, they are kept once every range has been taken."""
        conn = _read_only_connection(self.path, self.timeout)
        try:
            conn.execute("BEGIN")  # one moment of the project, whose token says whether the text can be kept
            keeps = saved_columns.tracked(conn) and saved_search.usable(conn)
            saved = saved_search.read(conn, fields) if keeps else None
            if saved is not None:
                yield from saved
                return
            read_at = saved_search.token(conn) if keeps and not self.read_only else None
            if (
                read_at is not None
                and conn.execute("SELECT count(*) FROM devices").fetchone()[0] < saved_search.KEPT_FROM
            ):
                read_at = None  # quick to read again
            pieces = []
            for piece in search_texts(conn, fields):
                if read_at is not None:
                    pieces.append(piece)
                yield piece
        finally:
            conn.close()
        if read_at is not None:
            saved_search.save(self.path, fields, pieces, read_at)

    def devices_by_id(self, ids: Iterable[int]) -> dict[int, StoredDevice]:
        """The devices with these ids (those that exist), read in one query per 10,000."""
        ids = list(ids)
        found: dict[int, StoredDevice] = {}
        for start in range(0, len(ids), 10_000):
            chunk = ids[start : start + 10_000]
            rows = self.conn.execute(
                f"SELECT {_STORED_COLUMNS} FROM devices d LEFT JOIN decisions x ON x.device_id = d.id "
                f"WHERE d.id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            found.update((row[0], StoredDevice(*row)) for row in rows)
        return found

    def device(self, device_id: int) -> StoredDevice:
        row = self.conn.execute(
            f"SELECT {_STORED_COLUMNS} FROM devices d LEFT JOIN decisions x ON x.device_id = d.id WHERE d.id = ?",
            (device_id,),
        ).fetchone()
        if row is None:
            raise KeyError(device_id)
        return StoredDevice(*row)

    def details(self, device_id: int) -> tuple[list[dict], list[str], dict[str, str]]:
        """(evidence, source ids, the user's original columns) of one device."""
        evidence, source_ids, cells, headers = self.conn.execute(_details_query(self.conn), (device_id,)).fetchone()
        original = dict(zip(json.loads(headers), json.loads(cells), strict=False))
        return json.loads(evidence), [s for s in source_ids.split(",") if s], original

    def original_names(self) -> list[str]:
        """Every column name the imported files had, in first-seen order."""
        return list(dict.fromkeys(name for headers in self._layouts().values() for name in headers))

    def originals_by_id(self, ids: Iterable[int]) -> dict[int, dict[str, str]]:
        """The imported files' own values of these devices (the rows on screen), by id."""
        layouts, ids, found = self._layouts(), list(ids), {}
        for start in range(0, len(ids), 10_000):
            chunk = ids[start : start + 10_000]
            query = f"SELECT id, layout_id, cells FROM devices WHERE id IN ({','.join('?' * len(chunk))})"
            for device_id, layout_id, cells in self.conn.execute(query, chunk):
                found[device_id] = dict(zip(layouts.get(layout_id, ()), json.loads(cells), strict=False))
        return found

    def ids_sorted_on_original(self, name: str) -> array:
        """Every device id sorted on one of the files' own columns (letter case ignored; devices without it first),
        read through a connection of its own, as ids_sorted_on."""
        places = [(i, headers.index(name)) for i, headers in self._layouts().items() if name in headers]
        value = " ".join(f"WHEN {i} THEN json_extract(cells, '$[{at}]')" for i, at in places)
        conn = _read_only_connection(self.path, self.timeout)
        try:
            return ids_ordered(conn, f"coalesce(CASE layout_id {value} END, '') COLLATE NOCASE" if places else "''")
        finally:
            conn.close()

    def _layouts(self) -> dict[int, list[str]]:
        return {i: json.loads(h) for i, h in self.conn.execute("SELECT id, headers FROM layouts ORDER BY id")}

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM devices").fetchone()[0]

    # --- writing -------------------------------------------------------------------------------
    def import_devices(
        self,
        matched: Iterable[tuple[Device, Match]],
        file: str,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportResult:
        """Add devices, updating those already here (same serial, MAC or asset tag) instead of duplicating.

        One transaction: if `cancelled()` turns true or anything fails, nothing is changed.
        """
        layouts: dict[tuple[str, ...], int] = {}
        encoded = _MatchColumns(self.conn)
        texts: dict[tuple[type, object], str] = {}
        added = updated = 0
        batch: list[tuple] = []
        with self._unchecked_layouts(), self._saving(), _no_garbage_collection(), self._bulk_cache() as grow:
            # Only devices that were here before the import are matched (read under the write lock: another
            # import may just have ended); rows of this same file are all new devices, even if two share a
            # MAC (DHCP leases). Written in batches inside the one transaction: memory stays flat.
            last_before = self.conn.execute("SELECT max(id) FROM devices").fetchone()[0]
            with self._into_empty(last_before is None) as imported:
                for device, match in _watched(matched, progress, cancelled):
                    layout_id = layouts.get(device.headers)
                    if layout_id is None:
                        layout_id = layouts[device.headers] = self._add_layout(file, device)
                    batch.append(self._values(device, match, layout_id, encoded, texts))
                    if len(batch) >= WRITE_BATCH:
                        new, changed = self._write_batch(batch, last_before, imported)
                        added, updated, batch = added + new, updated + changed, []
                        grow((last_before or 0) + added)
                new, changed = self._write_batch(batch, last_before, imported)
        encoded.let_go()
        let_go(texts)
        return ImportResult(added + new, updated + changed)

    def _write_batch(
        self, batch: list[tuple], last_before: int | None, imported: saved_columns.ImportedColumns | None
    ) -> tuple[int, int]:
        """Insert the new devices of a batch and update those already in the project; (added, updated)."""
        if not batch:
            return 0, 0
        existing = self._existing_keys(batch, last_before) if last_before is not None else {}
        inserts, updates = [], []
        for values in batch:
            keys = values[-3:]
            found = next((existing[k] for k in zip(_KEY_COLUMNS, keys, strict=True) if k[1] and k in existing), None)
            if found:
                updates.append((*values, found))
            else:
                inserts.append(values)
        self.conn.executemany(_INSERT, inserts)
        if imported:
            imported.add(inserts)
        if updates:
            self.conn.executemany(_UPDATE, updates)
        return len(inserts), len(updates)

    def rematch(
        self,
        match: Callable[[Device], Match],
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Decide every device again (a newer knowledge base); decisions stay. Returns how many changed verdict.

        One transaction: cancelled or failed, nothing changes. Devices are read and written WRITE_BATCH at a
        time inside it (read in id order, each batch after the last id of the one before), so memory stays
        flat however large the project. Only devices whose match changed are written: the table's saved
        columns stay true for the others (see saved_columns), so a check that changes little re-reads little.
        """
        encoded = _MatchColumns(self.conn)
        changed = 0
        columns = ", ".join(("id", *_MATCH_COLUMNS, *_DEVICE_COLUMNS))
        query = f"SELECT {columns} FROM devices WHERE id > ? ORDER BY id LIMIT {WRITE_BATCH}"
        assignments = ", ".join(f"{c} = ?" for c in _MATCH_COLUMNS)
        update = f"UPDATE OR FAIL devices SET {assignments}, {_INLINE_DETAILS_EMPTIED} WHERE id = ?"

        def batches() -> Iterator[list[tuple]]:
            last = -1  # ids are positive; -1 is before the first
            while rows := self.conn.execute(query, (last,)).fetchall():
                yield rows
                last = rows[-1][0]

        with self._saving(), _no_garbage_collection():
            done = 0
            for rows in batches():
                updates = []
                for device_id, *stored in rows:
                    found = encoded(match(Device(*stored[len(_MATCH_COLUMNS) :])))
                    if found != tuple(stored[: len(_MATCH_COLUMNS)]):
                        changed += found[0] != stored[0]  # the verdict
                        updates.append((*found, device_id))
                self.conn.executemany(update, updates)
                done += len(rows)
                if cancelled and cancelled():
                    raise Cancelled
                if progress:
                    progress(done)
        return changed

    def add_device(self, device: Device, match: Match) -> int:
        with self._saving():
            cursor = self.conn.execute(_INSERT, self._values(device, match, None, _MatchColumns(self.conn)))
        return cursor.lastrowid

    def update_device(self, device_id: int, device: Device, match: Match) -> None:
        layout_id, cells = self.conn.execute(
            "SELECT layout_id, cells FROM devices WHERE id = ?", (device_id,)
        ).fetchone()
        with self._saving():
            values = list(self._values(device, match, layout_id, _MatchColumns(self.conn)))
            values[1] = cells  # an edit changes the fields Vetted reads, not the user's original row
            self.conn.execute(_UPDATE, (*values, device_id))

    def delete_devices(self, ids: Iterable[int]) -> None:
        with self._saving():
            self.conn.executemany("DELETE FROM devices WHERE id = ?", [(i,) for i in ids])

    def set_decision(self, device_id: int, decision: str, note: str = "") -> None:
        """Record 'replace' or 'dismiss' with its date; a re-scan never changes it."""
        with self._saving():
            self.conn.execute(
                "INSERT OR REPLACE INTO decisions (device_id, decision, note, decided_at) VALUES (?, ?, ?, ?)",
                (device_id, decision, note, datetime.now().isoformat(timespec="seconds")),
            )

    def set_category(self, device_id: int, category: str) -> None:
        """The manager's own replacement category for a device ('' goes back to Vetted's guess)."""
        with self._saving():
            self.conn.execute("UPDATE devices SET category_override = ? WHERE id = ?", (category, device_id))

    def clear_decision(self, device_id: int) -> None:
        with self._saving():
            self.conn.execute("DELETE FROM decisions WHERE device_id = ?", (device_id,))

    def snapshot(self, ids: Iterable[int]) -> tuple[list[tuple], list[tuple]]:
        """Everything stored about these devices, to put back later with `restore` (undo, redo)."""
        marks = ",".join("?" * len(ids := list(ids)))
        devices = self.conn.execute(f"SELECT * FROM devices WHERE id IN ({marks})", ids).fetchall()
        decisions = self.conn.execute(f"SELECT * FROM decisions WHERE device_id IN ({marks})", ids).fetchall()
        return devices, decisions

    def restore(self, ids: Iterable[int], snapshot: tuple[list[tuple], list[tuple]]) -> None:
        """Make these devices exactly as in `snapshot` (absent if it holds none of them)."""
        devices, decisions = snapshot
        with self._saving():
            self.conn.executemany("DELETE FROM devices WHERE id = ?", [(i,) for i in ids])
            if devices:
                marks = ",".join("?" * len(devices[0]))
                self.conn.executemany(f"INSERT INTO devices VALUES ({marks})", devices)
            if decisions:
                self.conn.executemany("INSERT INTO decisions VALUES (?, ?, ?, ?)", decisions)

    def setting(self, key: str, default: object = None) -> object:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: object) -> None:
        with self._saving():
            self.conn.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, json.dumps(value)))

    # --- helpers -------------------------------------------------------------------------------
    @contextmanager
    def _saving(self) -> Iterator[None]:
        """One transaction holding the write lock, committed at the end or rolled back, then copied back
        into the file; a database error becomes one sentence (ProjectError)."""
        if self.read_only:
            raise ProjectError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} is read-only: Vetted can show it and export reports, not change it."
                ),
                name=self.path.name,
            )
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise self._save_error(error) from None
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException as error:
            if self.conn.in_transaction:
                with suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise self._save_error(error) from None
            raise
        self._checkpoint()

    @contextmanager
    def _into_empty(self, empty: bool) -> Iterator[saved_columns.ImportedColumns | None]:
        """What an import into a project with no devices does differently, inside its transaction (a rollback
        undoes it): the table's columns are gathered from the rows written and saved with them (see
        saved_columns.ImportedColumns), and the key indexes are built once at the end from the sorted keys
        rather than a row at a time (1,000,000 devices: 43 s -> 38 s)."""
        if not empty:
            yield None
            return
        indexes = self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'devices' AND sql IS NOT NULL"
        ).fetchall()
        for name, _ in indexes:
            self.conn.execute(f'DROP INDEX "{name}"')
        imported = saved_columns.ImportedColumns.start(self.conn, _CODED_POSITIONS)
        yield imported
        for _, sql in indexes:
            self.conn.execute(sql)
        if imported:
            imported.finish()

    @contextmanager
    def _unchecked_layouts(self) -> Iterator[None]:
        """Foreign keys not enforced during an import, which adds each layout before the devices pointing at it:
        checking a device's layout, SQLite keeps a statement journal per row, as for ABORT (see _INSERT). The
        import deletes nothing, so no cascade is skipped. (The pragma can only change outside a transaction.)"""
        self.conn.execute("PRAGMA foreign_keys = OFF")
        try:
            yield
        finally:
            self.conn.execute("PRAGMA foreign_keys = ON")

    @contextmanager
    def _bulk_cache(self) -> Iterator[Callable[[int], None]]:
        """A larger page cache once an import makes a project large: the serial, MAC and asset-tag indexes take
        keys in no order, and past a few hundred thousand devices SQLite's default 2 MB cache holds too little
        of them, so each insert reads index pages again (1,000,000 devices: 25 s of writing with 2 MB, 18 s
        with BULK_CACHE_KB). Smaller imports keep the default (the cache would only fill with their rows).
        Yields grow(devices in the project), called as the import goes; the cache is given back afterwards."""
        (before,) = self.conn.execute("PRAGMA cache_size").fetchone()
        grown = False

        def grow(devices: int) -> None:
            nonlocal grown
            if not grown and devices >= BULK_CACHE_FROM:
                self.conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KB}")
                grown = True

        try:
            yield grow
        finally:
            if grown:
                with suppress(sqlite3.Error):
                    self.conn.execute(f"PRAGMA cache_size = {int(before)}")

    def _save_columns(self, columns: DeviceColumns) -> bool:
        """Save the coded columns (saved_columns.save) in the read transaction under way, if the write lock is
        free at once; whether they were saved. They only make opening faster: failing to save them (another
        window writing, a full disk) changes nothing else, and they are saved another time."""
        (wait,) = self.conn.execute("PRAGMA busy_timeout").fetchone()
        self.conn.execute("PRAGMA busy_timeout = 0")
        try:
            self.conn.execute("SAVEPOINT save_columns")
            try:
                saved = saved_columns.save(self.conn, columns)
                self.conn.execute("RELEASE save_columns")
                return saved
            except sqlite3.Error:
                with suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK TO save_columns")
                    self.conn.execute("RELEASE save_columns")
                return False
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {int(wait)}")

    def _checkpoint(self) -> None:
        """Copy the journal back into the .vetted file, so the file alone is the whole project (a copy of it
        is a backup). PASSIVE never waits: a reader mid-query only delays the copy to the next change."""
        with suppress(sqlite3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def _save_error(self, error: sqlite3.Error) -> "ProjectError":
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        name = self.path.name
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return ProjectError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Another Vetted window is importing into {name} or changing it, so this change was not saved: "
                    "try again when it has finished.",
                ),
                name=name,
            )
        if code == sqlite3.SQLITE_FULL:
            return ProjectError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The disk holding {name} is full, so this change was not saved: free some space."
                ),
                name=name,
            )
        if code == sqlite3.SQLITE_READONLY:
            return ProjectError(
                QT_TRANSLATE_NOOP("Errors", "{name} has become read-only, so this change was not saved."), name=name
            )
        return ProjectError(
            QT_TRANSLATE_NOOP("Errors", "Vetted could not save to {name} ({reason})."), name=name, reason=_reason(error)
        )

    def _existing_keys(self, batch: list[tuple], last_before: int) -> dict[tuple[str, str], int]:
        """The devices (up to id `last_before`) that share a serial, MAC or asset key with the batch's rows;
        where several do, the newest."""
        found: dict[tuple[str, str], int] = {}
        for position, column in enumerate(_KEY_COLUMNS, start=len(batch[0]) - len(_KEY_COLUMNS)):
            keys = list({values[position] for values in batch if values[position]})
            for start in range(0, len(keys), 10_000):  # under SQLite's limit on query parameters
                chunk = keys[start : start + 10_000]
                rows = self.conn.execute(
                    f"SELECT {column}, max(id) FROM devices WHERE {column} != '' "  # the partial index's own condition
                    f"AND {column} IN ({','.join('?' * len(chunk))}) AND id <= ? GROUP BY {column}",
                    (*chunk, last_before),
                )
                found.update(((column, key), device_id) for key, device_id in rows)
        return found

    def _add_layout(self, file: str, device: Device) -> int:
        cursor = self.conn.execute(
            "INSERT INTO layouts (file, sheet, headers) VALUES (?, ?, ?)",
            (file, device.sheet, json.dumps(list(device.headers), ensure_ascii=False)),
        )
        return cursor.lastrowid

    def _values(
        self,
        device: Device,
        match: Match,
        layout_id: int | None,
        encoded: _MatchColumns,
        texts: dict[tuple[type, object], str] | None = None,
    ) -> tuple:
        """A device's row for _INSERT; `texts` caches the text of the numbers and dates of one import."""
        return (
            layout_id,
            _cells_json(device.cells, {} if texts is None else texts) if device.cells else "[]",
            *_device_values(device),
            *encoded(match),
            model_key(device.serial) if len(device.serial.strip()) >= 4 else "",
            mac_digits(device.mac),
            device.asset_tag.strip().casefold(),
        )


_device_values = attrgetter(*_DEVICE_COLUMNS)
_CACHED_TEXTS = 50_000


def _cells_json(cells, texts: dict[tuple[type, object], str]) -> str:
    """The user's original cells as a JSON list of their texts (cell_text)."""
    values = [cell.strip() if cell.__class__ is str else _cell_text(cell, texts) for cell in cells]
    try:
        return orjson.dumps(values).decode()
    except orjson.JSONEncodeError:  # text orjson refuses (a lone surrogate): the standard encoder takes it
        return json.dumps(values, ensure_ascii=False)


def _cell_text(cell: object, texts: dict[tuple[type, object], str]) -> str:
    """cell_text of a number or date. They repeat down a sheet (install dates, counts): each is converted once,
    keyed by its type too (True == 1)."""
    key = (cell.__class__, cell)
    try:
        text = texts.get(key)
    except TypeError:  # a value that cannot be a key
        return cell_text(cell)
    if text is None:
        if len(texts) >= _CACHED_TEXTS:  # a column of unique numbers: start again rather than grow
            texts.clear()
        text = texts[key] = cell_text(cell)
    return text


def _details_query(conn: sqlite3.Connection) -> str:
    """The query of a device's evidence, source ids, cells and headers: from match_details where the row points
    there, else from the row itself (rows saved before, and read-only projects older than match_details)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'match_details'").fetchone():
        return (
            "SELECT coalesce(m.evidence, d.evidence), coalesce(m.source_ids, d.source_ids), d.cells, "
            "coalesce(l.headers, '[]') FROM devices d LEFT JOIN layouts l ON l.id = d.layout_id "
            "LEFT JOIN match_details m ON m.id = d.details_id WHERE d.id = ?"
        )
    return (
        "SELECT d.evidence, d.source_ids, d.cells, coalesce(l.headers, '[]') FROM devices d "
        "LEFT JOIN layouts l ON l.id = d.layout_id WHERE d.id = ?"
    )


# --- opening and creating ----------------------------------------------------------------------------
_SQLITE_MAGIC = b"SQLite format 3\x00"
_ANOTHER_PROGRAM = QT_TRANSLATE_NOOP(
    "Errors", "{name} is not a Vetted project: it is another program's database, which Vetted leaves untouched."
)
_DAMAGED = QT_TRANSLATE_NOOP("Errors", "{name} is damaged ({reason}); open a backup copy of it instead.")
_COULD_NOT_OPEN = QT_TRANSLATE_NOOP("Errors", "{name} could not be opened ({reason}).")


def _is_empty(path: Path) -> bool:
    """An empty file is no one's data: Vetted makes it a new project (it is what `touch` leaves)."""
    with suppress(OSError):
        return path.is_file() and path.stat().st_size == 0
    return False


def _create(path: Path) -> None:
    """A new, empty project at `path`, made complete beside it and renamed into place, so that however the
    process ends there is either no project or a whole one."""

    def fill(conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA journal_mode = WAL")  # made here, not on first opening, where it is a write
        migrate(conn)

    # A journal beside a missing or empty file is what a deleted project left (one that ended in a crash):
    # SQLite would replay it into the new file, which would then show the old devices or read as damaged.
    for leftover in ("-wal", "-shm"):
        with suppress(OSError):
            path.with_name(path.name + leftover).unlink()
    _made_beside(path, fill, QT_TRANSLATE_NOOP("Errors", "Vetted could not create {name} ({reason})."))


def _made_beside(target: Path, fill, failure: str) -> None:
    """Make a database with `fill(connection)` in a hidden file beside `target`, make it durable, then rename
    it over `target`; on any failure, ProjectError with the sentence `failure` ({name} and {reason}), and
    nothing left."""
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.new")
    try:
        conn = sqlite3.connect(temporary, isolation_level=None)
        try:
            fill(conn)
        finally:
            conn.close()
        _sync(temporary)
        os.replace(temporary, target)
    except (OSError, sqlite3.Error) as error:
        raise ProjectError(failure, name=target.name, reason=_reason(error)) from None
    finally:
        with suppress(OSError):
            temporary.unlink()


def _check(path: Path, pages: bool = True) -> None:
    """Raise ProjectError with one sentence unless `path` is a sound Vetted project. It only reads: the file
    is opened read-only, so another program's database is left exactly as it was."""
    name = path.name
    try:
        with path.open("rb") as file:
            header = file.read(len(_SQLITE_MAGIC))
    except OSError as error:
        raise ProjectError(_COULD_NOT_OPEN, name=name, reason=_reason(error)) from None
    if header != _SQLITE_MAGIC:
        raise ProjectError(QT_TRANSLATE_NOOP("Errors", "{name} is not a Vetted project."), name=name)
    try:
        conn = _read_only_connection(path, 5.0)
    except sqlite3.Error as error:
        raise ProjectError(_COULD_NOT_OPEN, name=name, reason=_reason(error)) from None
    try:
        _check_contents(conn, name, pages)
    except sqlite3.Error as error:
        raise ProjectError(_DAMAGED, name=name, reason=_reason(error)) from None
    finally:
        conn.close()


def _check_contents(conn: sqlite3.Connection, name: str, pages: bool) -> None:
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if application_id not in (0, APPLICATION_ID):
        raise ProjectError(_ANOTHER_PROGRAM, name=name)
    if version > len(MIGRATIONS):
        raise ProjectError(NEWER_VERSION)
    expected = expected_columns(version)
    # Projects saved before the application id was set are known by their version and tables.
    if application_id == 0 and (version == 0 or not tables & expected.keys()):
        raise ProjectError(_ANOTHER_PROGRAM, name=name)
    if pages:
        _check_pages(conn, name)
    for table, columns in expected.items():
        if table not in tables:
            raise ProjectError(
                _DAMAGED,
                name=name,
                reason=Sentence(QT_TRANSLATE_NOOP("Errors", "its {table} table is missing"), table=table),
            )
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if missing := sorted(columns - present):
            raise ProjectError(
                _DAMAGED,
                name=name,
                reason=Sentence(
                    QT_TRANSLATE_NOOP("Errors", "its {table} table has no {column} column"),
                    table=table,
                    column=missing[0],
                ),
            )
    for table, columns in JSON_COLUMNS.items():
        if table not in expected:  # a read-only project older than the table
            continue
        invalid = " OR ".join(f"NOT json_valid({c})" for c in columns)
        if table == "devices" and saved_columns.tracked(conn):  # rows unchanged since their last check (see there)
            invalid = f"id IN (SELECT id FROM changed_devices) AND ({invalid})"
        if conn.execute(f"SELECT 1 FROM {table} WHERE {invalid} LIMIT 1").fetchone():
            raise ProjectError(
                _DAMAGED,
                name=name,
                reason=Sentence(QT_TRANSLATE_NOOP("Errors", "its {table} table holds unreadable data"), table=table),
            )


def _check_pages(conn: sqlite3.Connection, name: str) -> None:
    if [row[0] for row in conn.execute("PRAGMA quick_check(1)")] != ["ok"]:
        raise ProjectError(
            _DAMAGED, name=name, reason=Sentence(QT_TRANSLATE_NOOP("Errors", "part of the file is corrupt"))
        )


def _writable(path: Path) -> bool:
    """Whether Vetted may change the project: the file, and its folder for SQLite's journal beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _read_only_connection(path: Path, timeout: float) -> sqlite3.Connection:
    """A connection that cannot write to `path`. In a folder Vetted may not write, SQLite cannot make the
    journal's index beside a WAL project, so the file is then read as it is (immutable)."""
    uri = path.resolve().as_uri()
    options = {"uri": True, "timeout": timeout, "check_same_thread": False, "isolation_level": None}
    conn = sqlite3.connect(f"{uri}?mode=ro", **options)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if os.access(path.parent, os.W_OK) or Path(f"{path}-wal").exists():
            raise
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", **options)


def _sync(path: Path) -> None:
    """Make the file's contents durable before it is renamed into place."""
    with path.open("rb+") as file:
        os.fsync(file.fileno())


def _reason(error: Exception) -> str | Sentence:
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return Sentence(_DISK_FULL)
        if isinstance(error, PermissionError):
            return Sentence(QT_TRANSLATE_NOOP("Errors", "Vetted may not write there"))
        return error.strerror or str(error)
    if getattr(error, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_FULL:
        return Sentence(_DISK_FULL)
    return str(error)


_DISK_FULL = QT_TRANSLATE_NOOP("Errors", "the disk is full")
