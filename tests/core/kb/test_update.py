"""Signed updates: a good one is shown, applied and undone; every kind of bad file is refused in one sentence."""

import dataclasses
import shutil
import zipfile
from types import SimpleNamespace

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.cli import main as cli_main
from app.core.kb import update as kb_update
from app.core.kb.installed import describe, load_installed, verdict_changes
from app.core.kb.paths import DB_DIR, KB_FILE
from app.core.kb.update import UpdateError, apply_update, read_update, undo_update, write_update_file
from app.core.matching import Matcher

NEWER = "9999.1"


@pytest.fixture(scope="module")
def key():
    return Ed25519PrivateKey.generate()


@pytest.fixture(autouse=True)
def trust(key, monkeypatch):
    """The program trusts this throw-away key instead of Vetted's own."""
    monkeypatch.setattr(kb_update, "TRUSTED_PUBLIC_KEY", kb_update._public_raw(key))


@pytest.fixture(scope="module")
def db_with_new_alias(tmp_path_factory):
    """A copy of db/ that knows one more Hikvision name."""
    folder = tmp_path_factory.mktemp("db")
    shutil.copytree(DB_DIR, folder, dirs_exist_ok=True)
    with open(folder / "aliases.csv", "a", encoding="utf-8") as handle:
        handle.write("Hikvizion Test,hikvision,name,seed-000\n")
    return folder


@pytest.fixture(scope="module")
def good(tmp_path_factory, key, db_with_new_alias):
    """A correctly signed update, version 9999.1, built from db/ plus one alias."""
    folder = tmp_path_factory.mktemp("updates")
    path = folder / "good.vetted-kb"
    manifest = kb_update.pack(path, key, NEWER, db_with_new_alias)
    return SimpleNamespace(path=path, manifest=manifest, payload=_payload(path), folder=folder)


def _payload(path):
    with zipfile.ZipFile(path) as archive:
        return archive.read("vendors.sqlite")


def _variant(good, tmp_path, name, signer=None, **changes):
    """The good update with some manifest fields changed, signed by `signer` (None: unsigned)."""
    path = tmp_path / name
    write_update_file(path, dataclasses.replace(good.manifest, **changes), good.payload, signer)
    return path


def test_a_good_update_says_what_changes_is_applied_and_undone(tmp_path, good):
    verified = read_update(good.path, tmp_path)
    assert verified.manifest.version == NEWER
    kb_before = load_installed(tmp_path)
    new_base, path = kb_update.open_payload(verified)
    changes = kb_update.diff_bases(kb_before.path, path)
    assert changes.added == ["name “Hikvizion Test” (hikvision)"]
    assert not changes.removed
    device = SimpleNamespace(manufacturer="Hikvizion Test", verdict="unknown", **dict.fromkeys(("model", "mac"), ""))
    assert verdict_changes([device], Matcher(kb_before)) == 0
    assert verdict_changes([device], Matcher(new_base)) == 1
    shutil.rmtree(path.parent)

    apply_update(tmp_path, verified)
    after = load_installed(tmp_path)
    assert after.updated and after.meta["version"] == NEWER and "hikviziontest" in after.aliases
    assert ("Version", f"{NEWER} (an update you applied)") in describe(after, tmp_path)

    assert undo_update(tmp_path) == load_installed(tmp_path / "fresh").meta.get("built", "").replace("-", ".")
    back = load_installed(tmp_path)
    assert not back.updated and back.path == KB_FILE and "hikviziontest" not in back.aliases
    with pytest.raises(UpdateError, match="no knowledge-base update to undo"):
        undo_update(tmp_path)


def test_a_second_update_can_be_undone_back_to_the_first(tmp_path, good, key):
    apply_update(tmp_path, read_update(good.path, tmp_path))
    later = _variant(good, tmp_path, "later.vetted-kb", key, version="9999.2")
    apply_update(tmp_path, read_update(later, tmp_path))
    assert load_installed(tmp_path).meta["version"] == NEWER  # the payload's own meta says 9999.1
    assert undo_update(tmp_path) == NEWER


def _refused(path, data_dir, words):
    with pytest.raises(UpdateError, match=words) as refused:
        read_update(path, data_dir)
    sentence = str(refused.value)
    assert sentence.endswith(".") and "\n" not in sentence
    assert not (data_dir / "vendors.sqlite").exists()  # nothing changed


def test_an_unsigned_file_is_refused(tmp_path, good):
    _refused(_variant(good, tmp_path, "unsigned.vetted-kb"), tmp_path, "is not signed")


def test_a_file_signed_by_another_key_is_refused(tmp_path, good):
    other = Ed25519PrivateKey.generate()
    path = _variant(good, tmp_path, "other.vetted-kb", other, key=kb_update.key_id(kb_update._public_raw(other)))
    _refused(path, tmp_path, "signed by another key")


def test_a_signature_that_does_not_match_is_refused(tmp_path, good):
    """Claims Vetted's key, but the signature is another key's: an altered manifest looks the same."""
    _refused(_variant(good, tmp_path, "forged.vetted-kb", Ed25519PrivateKey.generate()), tmp_path, "does not match")


def test_an_altered_payload_is_refused(tmp_path, good, key):
    payload = bytearray(good.payload)
    payload[-100] ^= 0xFF
    path = tmp_path / "altered.vetted-kb"
    write_update_file(path, good.manifest, bytes(payload), key)  # manifest still says the old sha256
    _refused(path, tmp_path, "damaged or incomplete")


@pytest.mark.parametrize("keep", [0, 10, 0.5, 0.99])
def test_a_truncated_file_is_refused(tmp_path, good, keep):
    data = good.path.read_bytes()
    path = tmp_path / "cut.vetted-kb"
    path.write_bytes(data[: int(len(data) * keep) if isinstance(keep, float) else keep])
    _refused(path, tmp_path, "damaged or incomplete")


def test_a_file_that_is_not_an_update_is_refused(tmp_path):
    path = tmp_path / "notes.vetted-kb"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    _refused(path, tmp_path, "not a Vetted knowledge-base update")


def test_a_file_for_a_newer_schema_is_refused(tmp_path, good, key):
    path = _variant(good, tmp_path, "future.vetted-kb", key, schema=kb_update.SCHEMA_VERSION + 1)
    _refused(path, tmp_path, "for a newer Vetted")


@pytest.mark.parametrize("version", ["2001.01.01", "current"])
def test_an_older_or_equal_version_is_refused(tmp_path, good, key, version):
    if version == "current":
        version = load_installed(tmp_path).meta.get("built", "").replace("-", ".")
    _refused(_variant(good, tmp_path, "old.vetted-kb", key, version=version), tmp_path, "not newer than the one in use")


def test_after_an_update_the_same_version_is_a_rollback(tmp_path, good):
    apply_update(tmp_path, read_update(good.path, tmp_path))
    with pytest.raises(UpdateError, match="not newer"):
        read_update(good.path, tmp_path)


def test_the_command_line_updates_undoes_and_reports(tmp_path, good, capsys, monkeypatch, key):
    data = ["--data-dir", str(tmp_path)]
    assert cli_main(["kb", "update", str(good.path), "--check", *data]) == 0
    out = capsys.readouterr().out
    assert "1 facts added" in out and "+ name “Hikvizion Test”" in out and "nothing applied" in out
    assert not (tmp_path / "vendors.sqlite").exists()
    assert cli_main(["kb", "update", str(good.path), *data]) == 0
    assert cli_main(["kb", "info", *data]) == 0
    info = capsys.readouterr().out
    assert f"{NEWER} (an update you applied)" in info and "Local additions: 0" in info and "MAC registry" in info
    assert cli_main(["kb", "update", str(good.path), *data]) == 2
    assert "not newer" in capsys.readouterr().err
    assert cli_main(["kb", "undo", *data]) == 0
    assert cli_main(["kb", "undo", *data]) == 2

    key_path = tmp_path / "signing.pem"
    assert cli_main(["kb", "keygen", str(key_path)]) == 0
    assert cli_main(["kb", "keygen", str(key_path)]) == 2
    monkeypatch.setenv(kb_update.KEY_ENV, str(key_path))
    out_file = tmp_path / "packed.vetted-kb"
    assert cli_main(["kb", "pack", "--version", "9999.3", "--out", str(out_file)]) == 0
    # Signed by the new key, which this program does not trust.
    assert cli_main(["kb", "update", str(out_file), *data]) == 2
    assert "signed by another key" in capsys.readouterr().err


def test_pack_needs_a_key(monkeypatch, capsys):
    monkeypatch.delenv(kb_update.KEY_ENV, raising=False)
    assert cli_main(["kb", "pack"]) == 2
    assert "signing key" in capsys.readouterr().err
