"""A device's evidence and sources are kept once per distinct set, and every device still shows its own."""

import sqlite3

import pytest

from app.core.domain import Device, Evidence, Match, Source, Verdict
from app.core.store.project import Project, ProjectError
from tests.core.store.old_projects import saved_at

NDAA = Source(
    "ndaa-889", "NDAA §889", "Section 889", "US Congress", "2018-08-13", "US", "public", "https://x", "", "law"
)
MAKE = Evidence("manufacturer", "alias", "Hikvision", "hikvision", 100.0, "the make", "ndaa-889")
MODEL = Evidence("model", "model_rule", "DS-2CD2143", "hikvision", 90.0, "a Hikvision camera model", "ndaa-889")
BY_MAKE = Match(Verdict.FLAGGED, "hikvision", "Hikvision", "The make is Hikvision.", (MAKE,), (NDAA,))
BY_MODEL = Match(Verdict.FLAGGED, "hikvision", "Hikvision", "The model is Hikvision's.", (MODEL,), (NDAA,))
NOTHING = Match(Verdict.UNKNOWN, "", "", "Not recognised.", (), ())


def _device(serial: str) -> Device:
    return Device(manufacturer="Hikvision", serial=serial, headers=("Make", "Serial"), cells=("Hikvision", serial))


def _shown(project: Project, serial: str) -> tuple[list[str], list[str]]:
    """The rules of the evidence and the source ids the detail panel shows for the device with this serial."""
    (device,) = [d for d in project.devices() if d.serial == serial]
    evidence, source_ids, _ = project.details(device.id)
    return [e["rule"] for e in evidence], source_ids


def test_devices_sharing_evidence_store_it_once_and_each_shows_its_own(tmp_path):
    project = Project(tmp_path / "site.vetted")
    rows = [(_device(f"SN{i:04d}"), (BY_MAKE, BY_MODEL, NOTHING)[i % 3]) for i in range(300)]
    project.import_devices(rows, "cams.xlsx")
    assert project.conn.execute("SELECT count(*) FROM match_details").fetchone() == (3,)
    assert _shown(project, "SN0000") == (["alias"], ["ndaa-889"])
    assert _shown(project, "SN0001") == (["model_rule"], ["ndaa-889"])
    assert _shown(project, "SN0002") == ([], [])

    project.update_device(project.devices()[0].id, _device("SN0000"), BY_MODEL)
    project.rematch(lambda device: NOTHING if device.serial == "SN0001" else BY_MAKE)
    project.close()
    reopened = Project(tmp_path / "site.vetted")
    assert _shown(reopened, "SN0000") == (["alias"], ["ndaa-889"])
    assert _shown(reopened, "SN0001") == ([], [])


def _version_3(path) -> None:
    """A project saved before match_details, its evidence and sources in the device's row."""
    insert = (
        "INSERT INTO devices (manufacturer, serial, verdict, evidence, source_ids, serial_key) "
        "VALUES ('Hikvision', 'SN0000', 'flagged', ?, 'ndaa-889', 'SN0000')"
    )
    evidence = '[{"rule": "alias", "field": "manufacturer", "matched": "Hikvision", "vendor": "hikvision"}]'
    saved_at(path, 3, insert, [(evidence,)])


def test_a_project_saved_before_keeps_showing_its_evidence_and_takes_the_new_form_when_changed(tmp_path):
    path = tmp_path / "old.vetted"
    _version_3(path)
    project = Project(path)
    assert _shown(project, "SN0000") == (["alias"], ["ndaa-889"])
    assert project.import_devices([(_device("SN0000"), BY_MODEL)], "cams.xlsx").updated == 1
    assert _shown(project, "SN0000") == (["model_rule"], ["ndaa-889"])
    assert project.conn.execute("SELECT evidence, source_ids FROM devices").fetchall() == [("[]", "")]


def test_a_read_only_project_saved_before_shows_its_evidence(tmp_path, monkeypatch):
    from app.core.store import project as project_module

    path = tmp_path / "old.vetted"
    _version_3(path)
    monkeypatch.setattr(project_module, "_writable", lambda p: False)
    project = Project(path)
    assert project.read_only
    assert _shown(project, "SN0000") == (["alias"], ["ndaa-889"])


def test_unreadable_evidence_in_the_shared_table_is_found_on_opening(tmp_path):
    path = tmp_path / "site.vetted"
    Project(path).import_devices([(_device("SN0000"), BY_MAKE)], "cams.xlsx")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE match_details SET evidence = '[{broken'")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectError, match="its match_details table holds unreadable data"):
        Project(path)
