"""The table's coded columns saved in the project, so that opening a large one reads a few blobs, not every row.

The copy (table coded_columns: per column its distinct values as JSON and one array('I') code per device) is
only ever used together with changed_devices, where the schema's triggers list every device row added,
changed or removed since it was saved, whichever program wrote it: those rows are read again and put in
place. When the list holds more than a hundredth of the devices, the columns read are saved again and the
list emptied (after an import or a check again, by the job that made it, off the window's thread). A copy
whose expressions or checksum do not match is not used.

The list is also what the opening check reads for unreadable JSON (project._check_contents): a row leaves it
only once json_valid has passed it, so every row outside it has been checked or was written by Vetted's own
import into an empty project (ImportedColumns), whose JSON comes from its encoders.
"""

import sqlite3
import sys
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from operator import itemgetter

import orjson

from app.core.store import saved_search
from app.core.store.columns import CODED, Column, DeviceColumns, coded_from_rows, load, with_decisions
from app.core.store.migrations import JSON_COLUMNS

TRIGGERS = ("devices_added", "devices_changed", "devices_removed")
SAVE_AFTER = 100  # the copy is saved again once more than 1/SAVE_AFTER of the devices changed since
_REREAD_AFTER = 4  # past 1/_REREAD_AFTER of the devices changed, reading every row is as quick as patching
_IDS = "id"  # the coded_columns row holding the device ids
_VALID = " AND ".join(f"json_valid({column})" for column in JSON_COLUMNS["devices"])
_SWAP = sys.byteorder != "little"  # saved little-endian, as the machines Vetted runs on are
# Each coded column's value of a device, as group_concat reads them (see columns.coded_from_rows)
_CODED_ROWS = f"SELECT id, {', '.join(f'CAST({expression} AS TEXT)' for expression in CODED.values())} FROM devices"


def tracked(conn: sqlite3.Connection) -> bool:
    """Whether SQLite lists every change of a device row (a project at version 3 or later, triggers intact)."""
    names = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return names >= set(TRIGGERS)


def read(conn: sqlite3.Connection) -> tuple[DeviceColumns, bool]:
    """Every device's coded columns, and whether they should be saved again (`save`). Call it inside a
    transaction, so that the copy and the list of changes are of the same moment."""
    if not tracked(conn):
        return load(conn), False
    saved = _saved(conn)
    changed = array("q", (i for (i,) in conn.execute("SELECT id FROM changed_devices ORDER BY id")))
    if saved is None or len(changed) * _REREAD_AFTER > len(saved):
        columns = coded_from_rows(conn)
    else:
        columns = _patched(saved, changed, _changed_rows(conn)) if changed else saved
    stale = saved is None or len(changed) * SAVE_AFTER > len(saved)
    return with_decisions(conn, columns), stale


def save(conn: sqlite3.Connection, columns: DeviceColumns) -> bool:
    """Save `columns` (as `read` gave them, in the same transaction) and empty the list of changes, unless a
    listed row holds unreadable JSON: the list then stays for the opening check to find it. Returns whether
    the columns were saved."""
    if not tracked(conn):
        return False
    if conn.execute(
        f"SELECT 1 FROM devices WHERE id IN (SELECT id FROM changed_devices) AND NOT ({_VALID}) LIMIT 1"
    ).fetchone():
        return False
    rows = [(_IDS, "id", "[]", _little(columns.ids))]
    for name, expression in CODED.items():
        column = columns.coded[name]
        rows.append((name, expression, orjson.dumps(column.values).decode(), _little(column.codes)))
    if saved_search.usable(conn):
        saved_search.forget(conn)
    conn.execute("DELETE FROM coded_columns")
    conn.executemany(
        "INSERT INTO coded_columns VALUES (?, ?, ?, ?, ?)", [(*row, _checksum(row[2], row[3])) for row in rows]
    )
    conn.execute("DELETE FROM changed_devices")
    return True


class ImportedColumns:
    """The coded columns of an import into an empty project, gathered from the rows as they are written and
    saved with them at the end of the import's transaction: the table then opens from the copy without reading
    a million rows back, and the rows are not listed one by one as added (the devices_added trigger is set
    aside for the transaction, which holds the write lock, so no other program's row escapes it; a rollback
    puts it back). Into an empty table SQLite numbers rows 1, 2, 3, ... in the order they are inserted."""

    def __init__(self, conn: sqlite3.Connection, positions: dict[str, int]):
        (self._trigger,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'devices_added'").fetchone()
        conn.execute("DROP TRIGGER devices_added")
        self._conn = conn
        self._picks = {name: itemgetter(positions[name]) for name in CODED}  # a row's value of each column
        self.columns = DeviceColumns(coded={name: Column() for name in CODED})

    @classmethod
    def start(cls, conn: sqlite3.Connection, positions: dict[str, int]) -> "ImportedColumns | None":
        """Gather the columns of the import under way into a project with no devices, if it lists its changes."""
        return cls(conn, positions) if tracked(conn) else None

    def add(self, rows: list[tuple]) -> None:
        """The rows just inserted, in order."""
        ids = self.columns.ids
        ids.extend(range(len(ids) + 1, len(ids) + 1 + len(rows)))
        for name, pick in self._picks.items():
            self.columns.coded[name].extend(list(map(pick, rows)))

    def finish(self) -> None:
        """Put the trigger back and save the columns, in the import's transaction."""
        self._conn.execute(self._trigger)
        save(self._conn, self.columns)


def _saved(conn: sqlite3.Connection) -> DeviceColumns | None:
    """The saved copy, or None if there is none or it is not the copy of these columns as saved."""
    rows = {row[0]: row[1:] for row in conn.execute("SELECT name, expression, vals, codes, crc FROM coded_columns")}
    if rows.keys() != {_IDS, *CODED} or any(_checksum(vals, codes) != crc for _, vals, codes, crc in rows.values()):
        return None
    found = DeviceColumns(ids=_array("q", rows[_IDS][2]))
    for name, expression in CODED.items():
        stored, vals, codes, _ = rows[name]
        column = Column.saved(orjson.loads(vals), _array("I", codes))
        if stored != expression or len(column.codes) != len(found.ids):
            return None
        found.coded[name] = column
    return found


def _changed_rows(conn: sqlite3.Connection) -> dict[int, tuple[str, ...]]:
    """The coded values of the listed devices that still exist, by id."""
    return {row[0]: row[1:] for row in conn.execute(f"{_CODED_ROWS} WHERE id IN (SELECT id FROM changed_devices)")}


def with_changes(conn: sqlite3.Connection, columns: DeviceColumns, ids: Iterable[int]) -> DeviceColumns:
    """`columns` after a change of these devices (edited, added, deleted, put back), in a copy: those devices
    read again and put in place, the decisions read again — no read of every device. (The copy saved in the
    project is left as it is: the devices are listed as changed, see `read`.)"""
    changed = array("q", sorted(set(ids)))
    rows: dict[int, tuple[str, ...]] = {}
    for start in range(0, len(changed), 10_000):
        chunk = changed[start : start + 10_000].tolist()
        query = f"{_CODED_ROWS} WHERE id IN ({','.join('?' * len(chunk))})"
        rows.update((row[0], row[1:]) for row in conn.execute(query, chunk))
    copy = DeviceColumns(columns.ids, {name: column.copy() for name, column in columns.coded.items()})
    return with_decisions(conn, _patched(copy, changed, rows))


def _patched(saved: DeviceColumns, changed: array, rows: dict[int, tuple[str, ...]]) -> DeviceColumns:
    """The saved columns with each changed device (ascending ids) put in place: updated, added where its id
    falls, or taken out if it is no longer in `rows`. The unchanged stretches are copied as whole slices."""
    present = [device_id for device_id in changed if device_id in rows]
    fresh = {
        name: saved.coded[name].encode([rows[device_id][number] for device_id in present])
        for number, name in enumerate(CODED)
    }
    ids, codes = array("q"), {name: array("I") for name in CODED}
    start = taken = 0
    for device_id in changed:
        at = bisect_left(saved.ids, device_id, start)
        _copy(ids, saved.ids, start, at)
        for name in CODED:
            _copy(codes[name], saved.coded[name].codes, start, at)
        start = at + 1 if at < len(saved.ids) and saved.ids[at] == device_id else at
        if device_id in rows:
            ids.append(device_id)
            for name in CODED:
                codes[name].append(fresh[name][taken])
            taken += 1
    _copy(ids, saved.ids, start, len(saved.ids))
    for name in CODED:
        _copy(codes[name], saved.coded[name].codes, start, len(saved.coded[name].codes))
        saved.coded[name].codes = codes[name]
    saved.ids = ids
    return saved


def _copy(target: array, source: array, start: int, stop: int) -> None:
    """target += source[start:stop], copied once as bytes (the slice would be copied twice, and 7x slower)."""
    size = source.itemsize
    target.frombytes(memoryview(source).cast("B")[start * size : stop * size])


def _checksum(vals: str, codes: bytes) -> int:
    return zlib.crc32(vals.encode(), zlib.crc32(codes))


def _little(numbers: array) -> bytes:
    if _SWAP:
        numbers = array(numbers.typecode, numbers)
        numbers.byteswap()
    return numbers.tobytes()


def _array(typecode: str, data: bytes) -> array:
    numbers = array(typecode)
    numbers.frombytes(data)
    if _SWAP:
        numbers.byteswap()
    return numbers
