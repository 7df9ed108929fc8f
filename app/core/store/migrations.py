"""The project file's schema, one numbered step per version, so every older .vetted file still opens."""

import sqlite3
from contextlib import suppress

from app.core.language import QT_TRANSLATE_NOOP, Sentence

# Marks a file as a Vetted project in its SQLite header ("Vett"), so another program's database is known
# for what it is. Projects saved before it was set have 0 and are recognised by their tables.
APPLICATION_ID = 0x56657474

_V1 = """
        CREATE TABLE layouts (
            id INTEGER PRIMARY KEY, file TEXT NOT NULL, sheet TEXT NOT NULL, headers TEXT NOT NULL
        );
        CREATE TABLE devices (
            id INTEGER PRIMARY KEY,
            layout_id INTEGER REFERENCES layouts(id),
            sheet TEXT NOT NULL DEFAULT '', row INTEGER NOT NULL DEFAULT 0,
            manufacturer TEXT NOT NULL DEFAULT '', brand TEXT NOT NULL DEFAULT '', model TEXT NOT NULL DEFAULT '',
            serial TEXT NOT NULL DEFAULT '', mac TEXT NOT NULL DEFAULT '', device_type TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '', site TEXT NOT NULL DEFAULT '', location TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '', ip TEXT NOT NULL DEFAULT '', asset_tag TEXT NOT NULL DEFAULT '',
            install_date TEXT NOT NULL DEFAULT '',
            cells TEXT NOT NULL DEFAULT '[]',
            verdict TEXT NOT NULL, vendor_id TEXT NOT NULL DEFAULT '', vendor_name TEXT NOT NULL DEFAULT '',
            explanation TEXT NOT NULL DEFAULT '', category TEXT NOT NULL DEFAULT 'other',
            evidence TEXT NOT NULL DEFAULT '[]', source_ids TEXT NOT NULL DEFAULT '',
            serial_key TEXT NOT NULL DEFAULT '', mac_key TEXT NOT NULL DEFAULT '',
            asset_key TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX devices_serial ON devices(serial_key) WHERE serial_key != '';
        CREATE INDEX devices_mac ON devices(mac_key) WHERE mac_key != '';
        CREATE INDEX devices_asset ON devices(asset_key) WHERE asset_key != '';
        CREATE TABLE decisions (
            device_id INTEGER PRIMARY KEY REFERENCES devices(id) ON DELETE CASCADE,
            decision TEXT NOT NULL CHECK (decision IN ('replace', 'dismiss')),
            note TEXT NOT NULL DEFAULT '', decided_at TEXT NOT NULL
        );
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

# The manager may correct a device's replacement category; the matcher's own guess stays beside it.
_V2 = "ALTER TABLE devices ADD COLUMN category_override TEXT NOT NULL DEFAULT '';"

# Opening reads the table's coded columns from a copy saved in the project (see saved_columns), not from every
# row. SQLite itself lists each device row added, changed or removed since, whichever program writes it, and
# that list is read with the copy. It starts empty: opening checked every row just before migrating. (Each
# trigger inserts only new ids, with no OR IGNORE: an outer statement's OR FAIL would override it.)
_V3 = """
        CREATE TABLE coded_columns (
            name TEXT PRIMARY KEY, expression TEXT NOT NULL, vals TEXT NOT NULL, codes BLOB NOT NULL,
            crc INTEGER NOT NULL
        );
        CREATE TABLE changed_devices (id INTEGER PRIMARY KEY);
        CREATE TRIGGER devices_added AFTER INSERT ON devices BEGIN
            INSERT INTO changed_devices SELECT new.id WHERE new.id NOT IN (SELECT id FROM changed_devices);
        END;
        CREATE TRIGGER devices_changed AFTER UPDATE ON devices BEGIN
            INSERT INTO changed_devices SELECT id FROM (SELECT old.id AS id UNION SELECT new.id)
            WHERE id NOT IN (SELECT id FROM changed_devices);
        END;
        CREATE TRIGGER devices_removed AFTER DELETE ON devices BEGIN
            INSERT INTO changed_devices SELECT old.id WHERE old.id NOT IN (SELECT id FROM changed_devices);
        END;
"""

# A device's evidence and sources are kept once per distinct set, not in every row: they were about half of a
# row's bytes, and thousands of devices share each set. A row written since points at its set (details_id) and
# has '[]' and '' in its own evidence and source_ids; rows saved before keep theirs there (details_id NULL).
_V4 = """
        CREATE TABLE match_details (
            id INTEGER PRIMARY KEY, evidence TEXT NOT NULL, source_ids TEXT NOT NULL, UNIQUE (evidence, source_ids)
        );
        ALTER TABLE devices ADD COLUMN details_id INTEGER;
"""

# A large project's search text, read from its rows once and kept (see saved_search), by range of devices.
_V5 = "CREATE TABLE search_texts (first INTEGER PRIMARY KEY, fields TEXT NOT NULL, text TEXT NOT NULL);"

# Each step's SQL; step n brings a file at version n - 1 to version n.
MIGRATIONS = [_V1, _V2, _V3, _V4, _V5]
# A read-only project cannot be brought up to date; from this version on it is shown as it is (versions 3 to 5
# only add what makes opening, storing and searching lighter: without them the devices are read from their rows).
READABLE_FROM = 2

# Columns whose every value is JSON text, by table.
JSON_COLUMNS = {
    "devices": ("cells", "evidence"),
    "layouts": ("headers",),
    "settings": ("value",),
    "match_details": ("evidence",),
}


NEWER_VERSION = QT_TRANSLATE_NOOP(
    "Errors", "This project was saved by a newer version of Vetted; update Vetted to open it."
)


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the file up to the newest schema. Each step is one transaction with its version number and the
    application id, so a step interrupted by a crash or a full disk leaves the file at the version before."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise ValueError(Sentence(NEWER_VERSION))
    for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE; {step} PRAGMA user_version = {number};"
                f" PRAGMA application_id = {APPLICATION_ID}; COMMIT;"
            )
        except sqlite3.Error:
            with suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise


def expected_columns(version: int) -> dict[str, set[str]]:
    """Table -> column names of a project at schema `version`, as the migrations make them."""
    conn = sqlite3.connect(":memory:")
    try:
        for step in MIGRATIONS[:version]:
            conn.executescript(step)
        tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: {row[1] for row in conn.execute(f"PRAGMA table_info({t})")} for t in tables}
    finally:
        conn.close()
