"""Signed knowledge-base updates: `vetted kb pack` makes one from db/, the app checks it before anything changes.

An update file (`.vetted-kb`) is a zip of three members:

- `manifest.json`: format, version (`2025.06.01.1530`, compared as numbers), date, schema version, the
  sha256 and size of the payload, the id of the signing key, and the base's own counts for display;
- `manifest.sig`: an Ed25519 signature of the manifest's exact bytes;
- `vendors.sqlite`: the payload, a knowledge base built by `app.core.kb.build` with its version in `meta`.

Checks, each refused with one sentence (`UpdateError`) before anything is written: a damaged or truncated
file, a missing signature, a key other than the one built into this program (`TRUSTED_PUBLIC_KEY`), a
signature that does not match, a schema newer than this program reads, a payload whose hash or size differs
from the signed manifest, and a version not newer than the base in use (no rollback: "Undo update" is the
only way back). Applying writes the new base beside the old one and moves it into place with `os.replace`,
keeping the previous one for `undo_update`.

Why Ed25519 over a signed manifest rather than python-tuf: Vetted is offline and updated by hand, one file
carried to one machine. TUF's strength is a live repository: role separation, threshold signatures, key
rotation and freshness (timestamp/snapshot roles) against a network attacker who replays or freezes
metadata. None of those roles has a network to protect here, while TUF would add a repository layout, four
metadata files to ship per update and a client that expects to fetch them. What remains of TUF's threat model
for a file carried by hand is kept: authenticity (signature by a built-in key), integrity (signed sha256 and
size), rollback (signed, monotonic version) and compatibility (signed schema version). `cryptography` is
already a wheel on every platform Vetted builds for; the private key never enters the repository (`pack`
reads it from a path or `VETTED_KB_SIGNING_KEY`). Rotating the key means shipping a Vetted with a new
`TRUSTED_PUBLIC_KEY`.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.core.kb.installed import (
    BASE_NAME,
    PREVIOUS_NAME,
    SHIPPED_MARK,
    load_base,
    read_meta,
    version_of,
    version_text,
)
from app.core.kb.knowledge import KnowledgeBase
from app.core.kb.paths import DB_DIR, UPDATE_SUFFIX
from app.core.language import QT_TRANSLATE_NOOP, PlainError, as_said, say

FORMAT = "vetted-kb-update"
SUFFIX = UPDATE_SUFFIX
SCHEMA_VERSION = 1  # raise with every change to db/schema.sql that an older Vetted could not read
KEY_ENV = "VETTED_KB_SIGNING_KEY"
MAX_PAYLOAD = 256 * 1024 * 1024
# Vetted's own signing key (raw Ed25519 public key). The private half is kept by the maintainers, outside
# the repository; `vetted kb keygen` makes a pair.
TRUSTED_PUBLIC_KEY = bytes.fromhex("39872271acde4e8014b866a939cecd408cfcbb3ef2597f731ee62b30531708e4")


class UpdateError(PlainError, ValueError):
    """An update Vetted refuses (or cannot apply), with one sentence saying why."""


_DAMAGED = QT_TRANSLATE_NOOP("Errors", "{name} is damaged or incomplete; ask for the update file again.")
_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "The update's knowledge base cannot be read; ask for the update file again.")


@dataclass(frozen=True)
class Manifest:
    version: str
    date: str
    schema: int
    sha256: str
    size: int
    key: str  # id of the signing key
    sources: str = ""
    oui_registry: str = ""

    def numbers(self) -> tuple[int, ...]:
        return version_of({"version": self.version})


@dataclass(frozen=True)
class Update:
    """A verified update file, not yet applied."""

    manifest: Manifest
    payload: bytes
    current_version: str


def key_id(public: bytes) -> str:
    return hashlib.sha256(public).hexdigest()[:16]


def _public_raw(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def generate_key(path: Path) -> str:
    """Write a new private key (PEM, readable by its owner only); returns the public key in hex."""
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    return _public_raw(key).hex()


def read_private_key(path: Path | None) -> Ed25519PrivateKey:
    path = path or (Path(os.environ[KEY_ENV]) if os.environ.get(KEY_ENV) else None)
    if path is None:
        raise UpdateError(
            QT_TRANSLATE_NOOP("Errors", "Say where the signing key is: --key PATH or the {name} environment variable."),
            name=KEY_ENV,
        )
    try:
        key = serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as error:
        raise UpdateError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read the signing key {path} ({reason})."),
            path=str(path),
            reason=str(error),
        ) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise UpdateError(QT_TRANSLATE_NOOP("Errors", "{path} is not an Ed25519 private key."), path=str(path))
    return key


# --- packing ----------------------------------------------------------------------------------------------
def default_version(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).strftime("%Y.%m.%d.%H%M")


def pack(out: Path, key: Ed25519PrivateKey, version: str | None = None, db_dir: Path = DB_DIR) -> Manifest:
    """Build the knowledge base from `db_dir`, stamp it with `version` and write a signed update to `out`."""
    from app.core.kb.build import build  # needs netaddr's registry: only where db/ is

    version = version or default_version()
    if version_of({"version": version}) == (0,):
        raise UpdateError(
            QT_TRANSLATE_NOOP("Errors", "The version {version} is not numbers separated by dots, such as 2025.06.01."),
            version=repr(version),
        )
    with tempfile.TemporaryDirectory() as folder:
        base = build(Path(folder) / BASE_NAME, db_dir)
        conn = sqlite3.connect(base)
        with conn:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('version', ?)", (version,))
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
        conn.close()
        payload = base.read_bytes()
        meta = read_meta(base)
    manifest = Manifest(
        version=version,
        date=meta.get("built", ""),
        schema=SCHEMA_VERSION,
        sha256=hashlib.sha256(payload).hexdigest(),
        size=len(payload),
        key=key_id(_public_raw(key)),
        sources=meta.get("sources", ""),
        oui_registry=meta.get("oui_registry", ""),
    )
    write_update_file(out, manifest, payload, key)
    return manifest


def write_update_file(out: Path, manifest: Manifest, payload: bytes, key: Ed25519PrivateKey | None) -> None:
    """The file itself (tests also use it to make bad ones); no signature member when `key` is None."""
    data = json.dumps({"format": FORMAT, **manifest.__dict__}, indent=1).encode()
    partial = Path(out).with_name(Path(out).name + ".partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", data)
        if key is not None:
            archive.writestr("manifest.sig", key.sign(data))
        archive.writestr(BASE_NAME, payload)
    os.replace(partial, out)


# --- checking ---------------------------------------------------------------------------------------------
def read_update(path: Path, data_dir: Path) -> Update:
    """Verify an update file against the built-in key and the base in use; UpdateError if it is refused."""
    name = Path(path).name
    damaged = UpdateError(_DAMAGED, name=name)
    try:
        with zipfile.ZipFile(path) as archive:
            members = set(archive.namelist())
            if not {"manifest.json", BASE_NAME} <= members:
                raise UpdateError(
                    QT_TRANSLATE_NOOP("Errors", "{name} is not a Vetted knowledge-base update."), name=name
                )
            data = archive.read("manifest.json")
            if "manifest.sig" not in members:
                raise UpdateError(
                    QT_TRANSLATE_NOOP("Errors", "{name} is not signed, so Vetted will not use it."), name=name
                )
            signature = archive.read("manifest.sig")
            manifest = _verified_manifest(name, data, signature)
            if archive.getinfo(BASE_NAME).file_size != manifest.size or manifest.size > MAX_PAYLOAD:
                raise UpdateError(damaged)
            payload = archive.read(BASE_NAME)
    except FileNotFoundError:
        raise UpdateError(QT_TRANSLATE_NOOP("Errors", "{name} does not exist."), name=name) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, KeyError, ValueError) as error:
        if isinstance(error, UpdateError):
            raise
        raise UpdateError(damaged) from None
    if hashlib.sha256(payload).hexdigest() != manifest.sha256:
        raise UpdateError(damaged)
    current, _ = load_base(data_dir)
    if manifest.numbers() <= version_of(current.meta):
        raise UpdateError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} holds knowledge base {version}, which is not newer than the one in use ({current}); "
                "Vetted does not go back to an older base.",
            ),
            name=name,
            version=manifest.version,
            current=version_text(current.meta),
        )
    return Update(manifest, payload, version_text(current.meta))


def _verified_manifest(name: str, data: bytes, signature: bytes) -> Manifest:
    try:
        fields = json.loads(data)
        if not isinstance(fields, dict) or fields.pop("format", None) != FORMAT:
            raise ValueError
        claimed_key = fields.get("key")
    except (ValueError, UnicodeDecodeError):
        raise UpdateError(_DAMAGED, name=name) from None
    if claimed_key != key_id(TRUSTED_PUBLIC_KEY):
        raise UpdateError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} was signed by another key, not the one this Vetted trusts; it is not from Vetted."
            ),
            name=name,
        )
    try:
        Ed25519PublicKey.from_public_bytes(TRUSTED_PUBLIC_KEY).verify(signature, data)
    except InvalidSignature:
        raise UpdateError(
            QT_TRANSLATE_NOOP("Errors", "{name}'s signature does not match its contents: it was altered or damaged."),
            name=name,
        ) from None
    schema = fields.get("schema")
    if not isinstance(schema, int) or schema > SCHEMA_VERSION:
        raise UpdateError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} is for a newer Vetted (knowledge-base schema {schema}); update Vetted to use it."
            ),
            name=name,
            schema=str(schema),
        )
    try:
        manifest = Manifest(**fields)
    except TypeError:
        raise UpdateError(
            QT_TRANSLATE_NOOP("Errors", "{name} was made by a newer Vetted; update Vetted first."), name=name
        ) from None
    if manifest.numbers() == (0,):
        raise UpdateError(QT_TRANSLATE_NOOP("Errors", "{name} has no valid version."), name=name)
    return manifest


# --- applying and undoing ---------------------------------------------------------------------------------
def open_payload(update: Update) -> tuple[KnowledgeBase, Path]:
    """The update's base, loaded from a temporary copy (the caller removes the folder: `path.parent`)."""
    folder = Path(tempfile.mkdtemp(prefix="vetted-kb-"))
    path = folder / BASE_NAME
    path.write_bytes(update.payload)
    try:
        return KnowledgeBase(path), path
    except sqlite3.Error:
        shutil.rmtree(folder, ignore_errors=True)
        raise UpdateError(_UNREADABLE) from None


def apply_update(data_dir: Path, update: Update) -> Path:
    """Make the update the base in use, keeping the one it replaces for `undo_update`."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    current, previous = data_dir / BASE_NAME, data_dir / PREVIOUS_NAME
    partial = data_dir / (BASE_NAME + ".partial")
    with open(partial, "wb") as handle:
        handle.write(update.payload)
        handle.flush()
        os.fsync(handle.fileno())
    try:
        KnowledgeBase(partial)  # readable by this Vetted, or nothing changes
    except sqlite3.Error:
        partial.unlink(missing_ok=True)
        raise UpdateError(_UNREADABLE) from None
    in_use, in_use_path = load_base(data_dir)
    if in_use_path == current:
        kept = data_dir / (PREVIOUS_NAME + ".partial")
        shutil.copyfile(current, kept)
        os.replace(kept, previous)
        (data_dir / SHIPPED_MARK).unlink(missing_ok=True)
    else:  # the shipped base is in use: Undo goes back to it
        (data_dir / SHIPPED_MARK).write_text(version_text(in_use.meta), encoding="utf-8")
        previous.unlink(missing_ok=True)
    os.replace(partial, current)
    return current


def undo_update(data_dir: Path) -> str:
    """Go back to the base in use before the last update; returns its version."""
    data_dir = Path(data_dir)
    current, previous, shipped = data_dir / BASE_NAME, data_dir / PREVIOUS_NAME, data_dir / SHIPPED_MARK
    if previous.exists():
        os.replace(previous, current)
    elif shipped.exists():
        current.unlink(missing_ok=True)
        shipped.unlink()
    else:
        raise UpdateError(QT_TRANSLATE_NOOP("Errors", "There is no knowledge-base update to undo."))
    return version_text(load_base(data_dir)[0].meta)


# --- what changes -----------------------------------------------------------------------------------------
_KEYS = {
    "sources": ("id",),
    "vendors": ("id",),
    "restrictions": ("vendor_id", "source_id"),
    "aliases": ("key",),
    "oem_brands": ("key",),
    "model_rules": ("id",),
    "ouis": ("prefix",),
}
_SHOWN = {
    "sources": (QT_TRANSLATE_NOOP("KbChanges", "source"), "id"),
    "vendors": (QT_TRANSLATE_NOOP("KbChanges", "vendor"), "name"),
    "restrictions": (QT_TRANSLATE_NOOP("KbChanges", "restriction"), "source_id"),
    "aliases": (QT_TRANSLATE_NOOP("KbChanges", "name"), "alias"),
    "oem_brands": (QT_TRANSLATE_NOOP("KbChanges", "relabel brand"), "brand"),
    "model_rules": (QT_TRANSLATE_NOOP("KbChanges", "model rule"), "pattern"),
    "ouis": (QT_TRANSLATE_NOOP("KbChanges", "MAC prefix"), "prefix"),
}


@dataclass
class Changes:
    added: list[str]
    removed: list[str]
    changed: list[str]

    def summary(self) -> str:
        return say(
            "KbChanges",
            QT_TRANSLATE_NOOP("KbChanges", "{added} facts added, {removed} removed, {changed} changed"),
            added=len(self.added),
            removed=len(self.removed),
            changed=len(self.changed),
        )


def diff_bases(old: Path, new: Path) -> Changes:
    """Facts added, removed and changed from `old` to `new`, one short line each ('name “HiWatch” (hikvision)')."""
    before, after = _rows(old), _rows(new)
    changes = Changes([], [], [])
    for table, (word, column) in _SHOWN.items():
        old_rows, new_rows = before.get(table, {}), after.get(table, {})
        for key in sorted(new_rows.keys() - old_rows.keys()):
            changes.added.append(_line(word, new_rows[key], column))
        for key in sorted(old_rows.keys() - new_rows.keys()):
            changes.removed.append(_line(word, old_rows[key], column))
        for key in sorted(old_rows.keys() & new_rows.keys()):
            if old_rows[key] != new_rows[key]:
                changes.changed.append(_line(word, new_rows[key], column))
    return changes


def _line(word: str, row: dict, column: str) -> str:
    vendor = row.get("vendor_id", "")
    word = as_said("KbChanges", word)
    return f"{word} “{row.get(column, '')}”" + (f" ({vendor})" if vendor and column != "vendor_id" else "")


def _rows(path: Path) -> dict[str, dict[tuple, dict]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        tables = {}
        for table, key in _KEYS.items():
            try:
                rows = conn.execute(f"SELECT * FROM {table}").fetchall()  # table names from _KEYS
            except sqlite3.Error:
                rows = []
            tables[table] = {tuple(row[k] for k in key): dict(row) for row in rows}
        return tables
    finally:
        conn.close()
