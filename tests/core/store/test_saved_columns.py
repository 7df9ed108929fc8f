"""The table's columns saved in the project show exactly what the rows say, after every kind of change."""

import sqlite3

import pytest

from app.core.domain import Device, Match, Verdict
from app.core.store import saved_columns
from app.core.store.columns import load
from app.core.store.import_history import recording, undo_import
from app.core.store.project import Project, ProjectError
from tests.core.store.old_projects import saved_at
from tests.core.store.test_project import CLEAR, FLAG

REVIEW = Match(Verdict.REVIEW, "lorex", "Lorex", "Lorex relabels Dahua cameras.", (), (), "ptz_camera")
SITES = ("Head office", "Depot", "Annex")


def _inventory(count: int, prefix: str = "SN") -> list[tuple[Device, Match]]:
    makes = (("Hikvision", "DS-2CD2143G2-I", FLAG), ("Axis", "P3245-LVE", CLEAR), ("Lorex", "LNB8005", REVIEW))
    inventory = []
    for number in range(count):
        make, model, match = makes[number % 3]
        serial = f"{prefix}{number:06d}"
        device = Device(
            sheet="Cams",
            row=number + 2,
            manufacturer=make,
            model=model,
            serial=serial,
            site=SITES[number % 2],
            location=f"Floor {number % 5}",
            headers=("Make", "Serial"),
            cells=(make, serial),
        )
        inventory.append((device, match))
    return inventory


def _shown(columns) -> list[tuple]:
    """What the table shows of each device: its id and the value of every coded column."""
    names = sorted(columns.coded)
    return [(device_id, *(columns.value(n, p) for n in names)) for p, device_id in enumerate(columns.ids)]


def _from_rows(path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return _shown(load(conn))
    finally:
        conn.close()


def _imported(path, count: int) -> Project:
    """A project of `count` devices, its columns read once after the import as the window's job does."""
    project = Project(path)
    project.import_devices(_inventory(count), "cams.xlsx")
    project.device_columns()
    return project


def _ids(project: Project) -> list[int]:
    return [d.id for d in project.devices()]


def _undo_a_deletion(project: Project) -> None:
    ids = _ids(project)[10:13]
    before = project.snapshot(ids)
    project.delete_devices(ids)
    project.set_category(_ids(project)[0], "nvr")
    project.restore(ids, before)


def _undo_an_import(project: Project) -> None:
    with recording(project) as record:
        project.import_devices(_inventory(3, "SN") + _inventory(2, "NEW"), "again.xlsx")  # 3 updated, 2 added
    undo_import(project, record)


def _another_program(project: Project) -> None:
    conn = sqlite3.connect(project.path)
    ids = _ids(project)
    conn.execute("UPDATE devices SET site = 'Warehouse', model = 'DS-7608NI' WHERE id = ?", (ids[4],))
    conn.execute("DELETE FROM devices WHERE id = ?", (ids[8],))
    conn.execute("INSERT INTO devices (manufacturer, verdict, site) VALUES ('Dahua', 'flagged', 'Roof')")
    conn.commit()
    conn.close()


CHANGES = {
    "new devices imported": lambda p: p.import_devices(_inventory(4, "NEW"), "more.xlsx"),
    "devices imported again": lambda p: p.import_devices([(d, CLEAR) for d, _ in _inventory(6)], "cams.xlsx"),
    "every device checked again": lambda p: p.rematch(lambda d: REVIEW if d.manufacturer == "Axis" else CLEAR),
    "a device added by hand": lambda p: p.add_device(Device(manufacturer="Uniview", site="Roof"), FLAG),
    "a device edited": lambda p: p.update_device(_ids(p)[5], Device(manufacturer="Bosch", location="Gate"), CLEAR),
    "devices deleted": lambda p: p.delete_devices([_ids(p)[0], _ids(p)[150], _ids(p)[-1]]),
    "a deletion undone": _undo_a_deletion,
    "a category set by hand": lambda p: p.set_category(_ids(p)[7], "access_control"),
    "a category given back": lambda p: (p.set_category(_ids(p)[7], "nvr"), p.set_category(_ids(p)[7], "")),
    "a decision": lambda p: p.set_decision(_ids(p)[9], "dismiss", "a Bosch"),
    "a decision taken back": lambda p: (p.set_decision(_ids(p)[9], "replace"), p.clear_decision(_ids(p)[9])),
    "an import undone": _undo_an_import,
    "another program's changes": _another_program,
}


@pytest.mark.parametrize("change", CHANGES)
def test_after_every_change_the_saved_columns_show_what_the_rows_say(tmp_path, monkeypatch, change):
    path = tmp_path / "site.vetted"
    project = _imported(path, 300)
    before = _shown(project.device_columns())
    CHANGES[change](project)
    expected = _from_rows(path)
    if change not in ("a deletion undone", "a category given back", "a decision taken back", "an import undone"):
        assert expected != before  # the change shows

    assert _shown(project.device_columns()) == expected  # as the window reads them after a change
    # Opening again reads the saved copy and the rows changed since, never every row.
    monkeypatch.setattr(saved_columns, "coded_from_rows", lambda conn: pytest.fail("read every row"))
    assert _shown(Project(path).device_columns()) == expected
    # Saved again with the change folded in: the copy alone.
    monkeypatch.setattr(saved_columns, "SAVE_AFTER", 10**9)
    assert _shown(Project(path).device_columns()) == expected
    assert Project(path).conn.execute("SELECT count(*) FROM changed_devices").fetchone() == (0,)
    assert _shown(Project(path).device_columns()) == expected


def test_a_saved_copy_that_does_not_match_its_checksum_is_not_used(tmp_path):
    path = tmp_path / "site.vetted"
    _imported(path, 30).close()
    conn = sqlite3.connect(path)
    (codes,) = conn.execute("SELECT codes FROM coded_columns WHERE name = 'site'").fetchone()
    swapped = codes[4:8] + codes[:4] + codes[8:]  # the first two devices' sites exchanged
    conn.execute("UPDATE coded_columns SET codes = ? WHERE name = 'site'", (swapped,))
    conn.commit()
    conn.close()
    columns = Project(path).device_columns()
    assert [columns.value("site", p) for p in (0, 1)] == ["Head office", "Depot"]
    assert _shown(columns) == _from_rows(path)


def test_without_its_triggers_a_project_is_read_and_checked_from_its_rows(tmp_path):
    path = tmp_path / "site.vetted"
    _imported(path, 30).close()
    conn = sqlite3.connect(path)
    for trigger in saved_columns.TRIGGERS:
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("UPDATE devices SET site = 'Roof' WHERE id = 3")  # not listed as changed
    conn.commit()
    columns = Project(path).device_columns()
    assert columns.value("site", columns.position(3)) == "Roof"
    conn.execute("UPDATE devices SET cells = '[broken' WHERE id = 4")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectError, match="its devices table holds unreadable data"):
        Project(path)


def test_a_row_broken_while_the_project_is_open_is_found_at_the_next_opening(tmp_path, monkeypatch):
    path = tmp_path / "site.vetted"
    project = _imported(path, 30)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE devices SET evidence = 'not json' WHERE id = 2")
    conn.commit()
    conn.close()
    monkeypatch.setattr(saved_columns, "SAVE_AFTER", 10**9)
    project.device_columns()  # would save the columns again, and forget which rows changed
    project.close()
    with pytest.raises(ProjectError, match="its devices table holds unreadable data"):
        Project(path)


def _version_2(path) -> None:
    insert = "INSERT INTO devices (manufacturer, site, verdict) VALUES (?, ?, ?)"
    saved_at(path, 2, insert, [("Hikvision", "Depot", "flagged"), ("Axis", "Annex", "clear")])


def test_a_project_saved_before_the_columns_were_kept_opens_and_keeps_them_from_then_on(tmp_path, monkeypatch):
    path = tmp_path / "old.vetted"
    _version_2(path)
    columns = Project(path).device_columns()
    assert [(i, *(columns.value(n, p) for n in ("decision", "manufacturer"))) for p, i in enumerate(columns.ids)] == [
        (1, "", "Hikvision"),
        (2, "", "Axis"),
    ]
    monkeypatch.setattr(saved_columns, "coded_from_rows", lambda conn: pytest.fail("read every row"))
    assert _shown(Project(path).device_columns()) == _from_rows(path)


def test_a_read_only_project_saved_before_the_columns_were_kept_opens_read_only(tmp_path, monkeypatch):
    from app.core.store import project as project_module

    path = tmp_path / "old.vetted"
    _version_2(path)
    before = path.read_bytes()
    monkeypatch.setattr(project_module, "_writable", lambda p: False)
    project = Project(path)
    assert project.read_only
    assert _shown(project.device_columns()) == _from_rows(path)
    assert [d.manufacturer for d in project.devices()] == ["Hikvision", "Axis"]
    project.close()
    assert path.read_bytes() == before


@pytest.mark.parametrize("emptied", [False, True], ids=["new project", "every device deleted first"])
def test_an_import_into_an_empty_project_saves_the_columns_with_its_rows(tmp_path, monkeypatch, emptied):
    path = tmp_path / "site.vetted"
    project = Project(path)
    if emptied:
        project.import_devices(_inventory(40, "OLD"), "old.xlsx")
        project.delete_devices(_ids(project))
    monkeypatch.setattr(saved_columns, "coded_from_rows", lambda conn: pytest.fail("read every row"))
    project.import_devices(_inventory(300), "cams.xlsx")
    assert project.conn.execute("SELECT count(*) FROM changed_devices").fetchone() == (0,)
    assert _shown(project.device_columns()) == _from_rows(path)
    # What another program does afterwards is still listed: the import put the trigger back.
    _another_program(project)
    assert _shown(Project(path).device_columns()) == _from_rows(path)


def test_an_import_into_an_empty_project_that_fails_keeps_every_change_listed(tmp_path):
    path = tmp_path / "site.vetted"
    project = Project(path)

    def failing():
        yield from _inventory(10)
        raise OSError("the file went away")

    with pytest.raises(OSError):
        project.import_devices(failing(), "cams.xlsx")
    assert saved_columns.tracked(project.conn)
    project.add_device(Device(manufacturer="Dahua", site="Roof"), FLAG)
    assert project.conn.execute("SELECT id FROM changed_devices").fetchall() == [(1,)]


def test_the_first_import_undone_and_redone_leaves_columns_that_show_what_the_rows_say(tmp_path, monkeypatch):
    from app.core.store.import_history import redo_import

    path = tmp_path / "site.vetted"
    project = Project(path)
    with recording(project) as record:
        project.import_devices(_inventory(300), "cams.xlsx")  # into the empty project
    project.device_columns()
    after = undo_import(project, record)
    assert _shown(project.device_columns()) == _from_rows(path) == []
    redo_import(project, record, after)
    assert len(_shown(project.device_columns())) == 300
    monkeypatch.setattr(saved_columns, "coded_from_rows", lambda conn: pytest.fail("read every row"))
    assert _shown(Project(path).device_columns()) == _from_rows(path)
