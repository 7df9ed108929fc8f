"""Project files as an older Vetted saved them, for the tests that open them."""

import sqlite3
from pathlib import Path

from app.core.store.migrations import MIGRATIONS


def saved_at(path: Path, version: int, insert: str, rows: list[tuple]) -> Path:
    """A project of schema `version` holding `rows` (inserted with `insert`), closed."""
    conn = sqlite3.connect(path)
    for step in MIGRATIONS[:version]:
        conn.executescript(step)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.executemany(insert, rows)
    conn.commit()
    conn.close()
    return path
