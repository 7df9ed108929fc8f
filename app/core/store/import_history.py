"""What an import changed, so it can be taken back: the devices it added and those it updated, as they were.

The import keeps its own one-transaction write (`Project.import_devices`); a temporary trigger on the
importing connection copies each device row just before the import updates it. Cancelled or failed, the
copies roll back with the import. Undo deletes the added devices and puts the updated ones back with
`Project.restore`; the state after the import is read only when the user undoes it.
"""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from app.core.store.project import Project

_CHUNK = 900  # ids per query: well under SQLite's limit on bound variables


@dataclass
class ImportRecord:
    """The ids an import added, and the rows of the devices it updated as they were before it."""

    added_ids: list[int] = field(default_factory=list)
    updated_ids: list[int] = field(default_factory=list)
    before: tuple[list[tuple], list[tuple]] = ([], [])

    @property
    def ids(self) -> list[int]:
        return self.added_ids + self.updated_ids


@contextmanager
def recording(project: Project) -> Iterator[ImportRecord]:
    """Record what the import run inside this block (on `project`'s connection) adds and updates."""
    conn = project.conn
    record = ImportRecord()
    last_id = conn.execute("SELECT coalesce(max(id), 0) FROM devices").fetchone()[0]
    conn.executescript(
        """
        DROP TRIGGER IF EXISTS temp.vetted_keep_before;
        DROP TABLE IF EXISTS temp.vetted_before;
        CREATE TEMP TABLE vetted_before AS SELECT * FROM main.devices WHERE 0;
        CREATE UNIQUE INDEX temp.vetted_before_id ON vetted_before(id);
        CREATE TEMP TRIGGER vetted_keep_before BEFORE UPDATE ON main.devices BEGIN
            INSERT OR IGNORE INTO vetted_before SELECT * FROM main.devices WHERE id = OLD.id;
        END;
        """
    )
    try:
        yield record
        record.added_ids = [i for (i,) in conn.execute("SELECT id FROM devices WHERE id > ? ORDER BY id", (last_id,))]
        devices = conn.execute("SELECT * FROM temp.vetted_before ORDER BY id").fetchall()
        record.updated_ids = [row[0] for row in devices]
        record.before = (devices, _decisions(conn, record.updated_ids))
    finally:
        conn.executescript("DROP TRIGGER IF EXISTS temp.vetted_keep_before; DROP TABLE IF EXISTS temp.vetted_before;")


def snapshot_many(project: Project, ids: list[int]) -> tuple[list[tuple], list[tuple]]:
    """`Project.snapshot` for any number of devices (read in chunks)."""
    devices, decisions = [], []
    for start in range(0, len(ids), _CHUNK):
        part_devices, part_decisions = project.snapshot(ids[start : start + _CHUNK])
        devices += part_devices
        decisions += part_decisions
    return devices, decisions


def undo_import(project: Project, record: ImportRecord) -> tuple[list[tuple], list[tuple]]:
    """Take the import back; returns the state it leaves behind, for `redo_import`."""
    after = snapshot_many(project, record.ids)
    project.restore(record.ids, record.before)
    return after


def redo_import(project: Project, record: ImportRecord, after: tuple[list[tuple], list[tuple]]) -> None:
    project.restore(record.ids, after)


def _decisions(conn: sqlite3.Connection, ids: list[int]) -> list[tuple]:
    rows: list[tuple] = []
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(part))
        rows += conn.execute(f"SELECT * FROM decisions WHERE device_id IN ({marks})", part).fetchall()
    return rows
