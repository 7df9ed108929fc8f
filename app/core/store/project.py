"""A project file: the devices of an inventory, their verdicts and the manager's decisions.

Every change is committed as it happens (WAL journal), so a crash loses at most the change under way.
Bulk imports are one transaction: cancelled or failed, they leave the project as it was.
"""

import gc
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path

from app.core.domain import DEVICE_FIELDS, Device, Match
from app.core.importing.cells import cell_text
from app.core.normalise import mac_digits, model_key
from app.core.store.migrations import migrate

_DEVICE_COLUMNS = ("sheet", "row", *DEVICE_FIELDS)
_MATCH_COLUMNS = ("verdict", "vendor_id", "vendor_name", "explanation", "category", "evidence", "source_ids")
_KEY_COLUMNS = ("serial_key", "mac_key", "asset_key")
_INSERT = (
    f"INSERT INTO devices (layout_id, cells, {', '.join(_DEVICE_COLUMNS + _MATCH_COLUMNS + _KEY_COLUMNS)}) "
    f"VALUES ({', '.join('?' * (2 + len(_DEVICE_COLUMNS) + len(_MATCH_COLUMNS) + len(_KEY_COLUMNS)))})"
)
_UPDATE = (
    f"UPDATE devices SET layout_id = ?, cells = ?, "
    f"{', '.join(f'{c} = ?' for c in _DEVICE_COLUMNS + _MATCH_COLUMNS + _KEY_COLUMNS)} WHERE id = ?"
)
PROGRESS_EVERY = 2000


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


class ProjectError(Exception):
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


class Project:
    def __init__(self, path: Path | str):
        self.path = Path(path)
        try:
            self.conn = sqlite3.connect(self.path, check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            migrate(self.conn)
        except sqlite3.DatabaseError:
            raise ProjectError(f"{self.path.name} is not a Vetted project, or it is damaged.") from None
        except ValueError as error:
            raise ProjectError(str(error)) from None

    def close(self) -> None:
        self.conn.close()

    # --- reading -------------------------------------------------------------------------------
    def devices(self) -> list[StoredDevice]:
        rows = self.conn.execute(
            f"SELECT {_STORED_COLUMNS} FROM devices d LEFT JOIN decisions x ON x.device_id = d.id ORDER BY d.id"
        )
        with _no_garbage_collection():
            return [StoredDevice(*row) for row in rows]

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
        evidence, source_ids, cells, headers = self.conn.execute(
            "SELECT d.evidence, d.source_ids, d.cells, coalesce(l.headers, '[]') FROM devices d "
            "LEFT JOIN layouts l ON l.id = d.layout_id WHERE d.id = ?",
            (device_id,),
        ).fetchone()
        original = dict(zip(json.loads(headers), json.loads(cells), strict=False))
        return json.loads(evidence), [s for s in source_ids.split(",") if s], original

    def original_columns(self) -> tuple[list[str], dict[int, dict[str, str]]]:
        """Every column name the imported files had (in first-seen order), and each device's values."""
        layouts = {i: json.loads(h) for i, h in self.conn.execute("SELECT id, headers FROM layouts ORDER BY id")}
        names = list(dict.fromkeys(name for headers in layouts.values() for name in headers))
        values = {}
        with _no_garbage_collection():
            for device_id, layout_id, cells in self.conn.execute("SELECT id, layout_id, cells FROM devices"):
                if layout_id in layouts:
                    values[device_id] = dict(zip(layouts[layout_id], json.loads(cells), strict=False))
        return names, values

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
        encoded: dict[int, tuple] = {}
        existing = self._existing_keys()
        inserts, updates = [], []
        with self._saving(), _no_garbage_collection():
            for device, match in _watched(matched, progress, cancelled):
                layout_id = layouts.get(device.headers)
                if layout_id is None:
                    layout_id = layouts[device.headers] = self._add_layout(file, device)
                values = self._values(device, match, layout_id, encoded)
                keys = values[-3:]
                found = next(
                    (existing[k] for k in zip(_KEY_COLUMNS, keys, strict=True) if k[1] and k in existing), None
                )
                if found:
                    updates.append((*values, found))
                else:
                    inserts.append(values)
                    # Rows of this same file are all new devices, even if two share a MAC (DHCP leases).
            self.conn.executemany(_INSERT, inserts)
            self.conn.executemany(_UPDATE, updates)
            added, updated = len(inserts), len(updates)
            inserts.clear()  # freed now, while the collector is paused, rather than walked later
            updates.clear()
        return ImportResult(added, updated)

    def rematch(
        self,
        match: Callable[[Device], Match],
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Decide every device again (a newer knowledge base); decisions stay. Returns how many changed verdict.

        One transaction: cancelled or failed, nothing changes.
        """
        encoded: dict[int, tuple] = {}
        updates, changed = [], 0
        columns = ", ".join(("id", "verdict", *_DEVICE_COLUMNS))
        rows = self.conn.execute(f"SELECT {columns} FROM devices")
        with _no_garbage_collection():
            for device_id, verdict, *values in _watched(rows, progress, cancelled):
                found = match(Device(*values))
                changed += found.verdict.value != verdict
                updates.append((*self._match_values(found, encoded), device_id))
        assignments = ", ".join(f"{c} = ?" for c in _MATCH_COLUMNS)
        with self._saving():
            self.conn.executemany(f"UPDATE devices SET {assignments} WHERE id = ?", updates)
        return changed

    def add_device(self, device: Device, match: Match) -> int:
        with self.conn:
            cursor = self.conn.execute(_INSERT, self._values(device, match, None, {}))
        return cursor.lastrowid

    def update_device(self, device_id: int, device: Device, match: Match) -> None:
        layout_id, cells = self.conn.execute(
            "SELECT layout_id, cells FROM devices WHERE id = ?", (device_id,)
        ).fetchone()
        values = list(self._values(device, match, layout_id, {}))
        values[1] = cells  # an edit changes the fields Vetted reads, not the user's original row
        with self.conn:
            self.conn.execute(_UPDATE, (*values, device_id))

    def delete_devices(self, ids: Iterable[int]) -> None:
        with self.conn:
            self.conn.executemany("DELETE FROM devices WHERE id = ?", [(i,) for i in ids])

    def set_decision(self, device_id: int, decision: str, note: str = "") -> None:
        """Record 'replace' or 'dismiss' with its date; a re-scan never changes it."""
        with self.conn:
            self.conn.execute(
                "INSERT OR REPLACE INTO decisions (device_id, decision, note, decided_at) VALUES (?, ?, ?, ?)",
                (device_id, decision, note, datetime.now().isoformat(timespec="seconds")),
            )

    def set_category(self, device_id: int, category: str) -> None:
        """The manager's own replacement category for a device ('' goes back to Vetted's guess)."""
        with self.conn:
            self.conn.execute("UPDATE devices SET category_override = ? WHERE id = ?", (category, device_id))

    def clear_decision(self, device_id: int) -> None:
        with self.conn:
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
        with self.conn:
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
        with self.conn:
            self.conn.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, json.dumps(value)))

    # --- helpers -------------------------------------------------------------------------------
    @contextmanager
    def _saving(self) -> Iterator[None]:
        """One transaction, committed at the end or rolled back; a database error becomes one sentence."""
        try:
            with self.conn:
                yield
        except sqlite3.Error as error:
            raise ProjectError(f"Vetted could not save to {self.path.name} ({error}).") from None

    def _existing_keys(self) -> dict[tuple[str, str], int]:
        found: dict[tuple[str, str], int] = {}
        for column in _KEY_COLUMNS:
            for device_id, key in self.conn.execute(f"SELECT id, {column} FROM devices WHERE {column} != ''"):
                found[(column, key)] = device_id
        return found

    def _add_layout(self, file: str, device: Device) -> int:
        cursor = self.conn.execute(
            "INSERT INTO layouts (file, sheet, headers) VALUES (?, ?, ?)",
            (file, device.sheet, json.dumps(list(device.headers), ensure_ascii=False)),
        )
        return cursor.lastrowid

    @staticmethod
    def _match_values(match: Match, encoded: dict[int, tuple]) -> tuple:
        """The match columns, in _MATCH_COLUMNS order; encoded once per match (identical devices share one)."""
        values = encoded.get(id(match))
        if values is None:
            values = encoded[id(match)] = (
                match.verdict.value,
                match.vendor_id,
                match.vendor_name,
                match.explanation,
                match.category,
                json.dumps([e.as_dict() for e in match.evidence], ensure_ascii=False),
                ",".join(s.id for s in match.sources),
            )
        return values

    def _values(self, device: Device, match: Match, layout_id: int | None, encoded: dict[int, tuple]) -> tuple:
        cells = json.dumps([cell_text(c) for c in device.cells], ensure_ascii=False) if device.cells else "[]"
        return (
            layout_id,
            cells,
            *(getattr(device, c) for c in _DEVICE_COLUMNS),
            *self._match_values(match, encoded),
            model_key(device.serial) if len(device.serial.strip()) >= 4 else "",
            mac_digits(device.mac),
            device.asset_tag.strip().casefold(),
        )
