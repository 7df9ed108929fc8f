"""The table's search text kept in the project, so that a large project searches at once when it opens again.

The fields a search reads that the table does not keep coded (serials, MACs, names…) are read from every row
the first time (seconds for a million devices, on a worker thread); what was read is then saved (table
search_texts), and read back the next time instead. A saved text is only used while no device
has changed since it was saved: while changed_devices (see saved_columns) is empty. It is saved only if
nothing changed while it was read: no device listed as changed, and the table's columns not saved again (each
save of the columns deletes the search text and marks the project with a new token).
"""

import secrets
import sqlite3
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path

KEPT_FROM = 50_000  # devices: below, reading the rows is quick and nothing is saved
_TOKEN = "columns_saved"  # settings key: a new value each time the table's columns are saved


def usable(conn: sqlite3.Connection) -> bool:
    """Whether the project can keep its search text (a project of schema version 5 or later)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_texts'").fetchone() is not None


def forget(conn: sqlite3.Connection) -> None:
    """The table's columns are being saved (in this transaction): a search text saved before no longer counts."""
    conn.execute("DELETE FROM search_texts")
    conn.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (_TOKEN, f'"{secrets.token_hex(8)}"'))


def read(conn: sqlite3.Connection, fields: tuple[str, ...]) -> list[tuple[int, str]] | None:
    """The saved search text of `fields`, or None if there is none that still holds (call in a transaction)."""
    if conn.execute("SELECT 1 FROM changed_devices LIMIT 1").fetchone():
        return None
    rows = conn.execute("SELECT first, fields, text FROM search_texts ORDER BY first").fetchall()
    if not rows or any(saved != ",".join(fields) for _, saved, _ in rows):
        return None
    return [(first, text) for first, _, text in rows]


def token(conn: sqlite3.Connection) -> str | None:
    """What marks the moment the columns were last saved, to compare at saving (call in the reading transaction)."""
    if conn.execute("SELECT 1 FROM changed_devices LIMIT 1").fetchone():
        return None  # a change not folded into the columns yet: what is read now will not be kept
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (_TOKEN,)).fetchone()
    return row[0] if row else ""


def save(path: Path, fields: tuple[str, ...], pieces: Iterable[tuple[int, str]], read_at: str) -> None:
    """Keep the search text read at `read_at` (see token) if no device changed since; never waits for another
    writer, and failing changes nothing (it is read from the rows again next time)."""
    try:
        conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
        if token(conn) != read_at:
            return
        conn.execute("DELETE FROM search_texts")
        conn.executemany(
            "INSERT INTO search_texts VALUES (?, ?, ?)",
            ((first, ",".join(fields), text) for first, text in pieces),
        )
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)")  # the file alone is the whole project (see project.py)
    except sqlite3.Error:
        pass
    finally:
        if conn.in_transaction:
            with suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        conn.close()
