"""A project file keeps everything the manager did, survives reopening, and never half-imports."""

import sqlite3

import pytest

from app.core.domain import Device, Match, Verdict
from app.core.store.project import Cancelled, ImportResult, Project, ProjectError

FLAG = Match(Verdict.FLAGGED, "hikvision", "Hikvision", "The make is Hikvision.", (), ())
CLEAR = Match(Verdict.CLEAR, "axis", "Axis", "Axis is a recognised manufacturer.", (), ())


def _devices(count, prefix="SN"):
    return [
        (
            Device(
                sheet="Cams",
                row=i + 2,
                manufacturer="Hikvision",
                serial=f"{prefix}{i:06d}",
                headers=("Make", "Serial"),
                cells=("Hikvision", f"{prefix}{i:06d}"),
            ),
            FLAG,
        )
        for i in range(count)
    ]


def test_devices_and_decisions_survive_reopening(tmp_path):
    path = tmp_path / "site.vetted"
    project = Project(path)
    project.import_devices(_devices(3), "cams.xlsx")
    first = project.devices()[0]
    project.set_decision(first.id, "dismiss", "Checked the label: it is a Bosch camera")
    project.close()

    reopened = Project(path)
    devices = reopened.devices()
    assert len(devices) == 3
    assert (devices[0].decision, devices[0].note) == ("dismiss", "Checked the label: it is a Bosch camera")
    assert devices[0].decided_at
    assert reopened.details(first.id)[2] == {"Make": "Hikvision", "Serial": "SN000000"}


def test_reimporting_the_same_file_updates_instead_of_duplicating(tmp_path):
    project = Project(tmp_path / "p.vetted")
    assert project.import_devices(_devices(5), "a.xlsx").added == 5
    device_id = project.devices()[0].id
    project.set_decision(device_id, "replace")
    again = project.import_devices(_devices(5), "a.xlsx")
    assert (again.added, again.updated) == (0, 5)
    assert project.count() == 5
    assert project.device(device_id).decision == "replace"  # a re-scan never overwrites a decision


def test_devices_sharing_a_mac_in_one_file_are_all_kept(tmp_path):
    project = Project(tmp_path / "p.vetted")
    rows = [(Device(mac="de:ad:be:af:de:ad", ip=f"10.0.0.{i}"), CLEAR) for i in range(3)]
    assert project.import_devices(rows, "dnsmasq.leases").added == 3


def test_a_cancelled_import_changes_nothing(tmp_path):
    project = Project(tmp_path / "p.vetted")
    project.import_devices(_devices(2, "OLD"), "old.xlsx")
    with pytest.raises(Cancelled):
        project.import_devices(_devices(10_000, "NEW"), "new.xlsx", cancelled=lambda: True)
    assert project.count() == 2


def test_snapshot_and_restore_undo_a_deletion(tmp_path):
    project = Project(tmp_path / "p.vetted")
    project.import_devices(_devices(2), "a.xlsx")
    ids = [d.id for d in project.devices()]
    project.set_decision(ids[0], "replace", "budget 2025")
    before = project.snapshot(ids)
    project.delete_devices(ids)
    assert project.count() == 0
    project.restore(ids, before)
    assert project.count() == 2 and project.device(ids[0]).note == "budget 2025"


def test_a_file_that_is_not_a_project_gets_a_sentence(tmp_path):
    path = tmp_path / "notes.vetted"
    path.write_text("shopping list")
    with pytest.raises(ProjectError, match="not a Vetted project"):
        Project(path)


def test_a_project_from_a_newer_vetted_is_refused_politely(tmp_path):
    path = tmp_path / "future.vetted"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(ProjectError, match="newer version"):
        Project(path)


def test_settings_are_kept_in_the_project(tmp_path):
    project = Project(tmp_path / "p.vetted")
    project.set_setting("price_book", {"currency": "CAD"})
    assert project.setting("price_book") == {"currency": "CAD"}
    assert project.setting("missing", 3) == 3


def test_every_change_is_on_disk_before_the_next_one(tmp_path):
    # As after a crash: the project is never closed, and another connection reads the file.
    path = tmp_path / "p.vetted"
    project = Project(path)
    project.import_devices(_devices(1), "a.xlsx")
    device_id = project.devices()[0].id
    project.set_decision(device_id, "replace", "quote requested")
    survivor = Project(path)
    assert survivor.device(device_id).note == "quote requested"


def test_a_category_set_by_hand_survives_reimport(tmp_path):
    project = Project(tmp_path / "p.vetted")
    project.import_devices(_devices(1), "a.xlsx")
    device_id = project.devices()[0].id
    project.set_category(device_id, "ptz_camera")
    project.import_devices(_devices(1), "a.xlsx")
    assert project.device(device_id).category == "ptz_camera"
    project.set_category(device_id, "")
    assert project.device(device_id).category == FLAG.category


def test_a_project_saved_by_the_first_version_opens_and_is_upgraded(tmp_path):
    from app.core.store.migrations import MIGRATIONS

    path = tmp_path / "old.vetted"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0])
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO devices (manufacturer, verdict) VALUES ('Hikvision', 'flagged')")
    conn.commit()
    conn.close()
    (device,) = Project(path).devices()
    assert (device.manufacturer, device.verdict, device.category) == ("Hikvision", "flagged", "other")


def test_checking_again_updates_verdicts_and_keeps_decisions(tmp_path, matcher):
    project = Project(tmp_path / "p.vetted")
    stale = Match(Verdict.UNKNOWN, "", "", "Not recognised (an older knowledge base).", (), ())
    project.import_devices(
        [
            (Device(manufacturer="EZVIZ", serial="EZ-000001"), stale),
            (Device(manufacturer="Axis", serial="AX-000002"), stale),
        ],
        "old.xlsx",
    )
    first = project.devices()[0].id
    project.set_decision(first, "replace", "budget 2026")
    assert project.rematch(matcher.match) == 2
    devices = {d.manufacturer: d for d in project.devices()}
    assert (devices["EZVIZ"].verdict, devices["EZVIZ"].vendor_name) == ("flagged", "Hikvision")
    assert devices["Axis"].verdict == "clear"
    assert (devices["EZVIZ"].decision, devices["EZVIZ"].note) == ("replace", "budget 2026")


def test_checking_again_writes_only_the_devices_whose_match_changed(tmp_path, matcher):
    """Writing a million unchanged devices would also make the table read every one of them again."""
    project = Project(tmp_path / "p.vetted")
    rows = [(Device(manufacturer="Axis", serial=f"AX-{i:06d}"), None) for i in range(5)]
    project.import_devices([(d, matcher.match(d)) for d, _ in rows], "a.xlsx")
    project.device_columns()  # the table's columns saved: no device listed as changed
    stale = Match(Verdict.UNKNOWN, "", "", "Not recognised (an older knowledge base).", (), ())
    project.update_device(project.devices()[3].id, Device(manufacturer="EZVIZ", serial="EZ-000001"), stale)
    listed = project.conn.execute("SELECT id FROM changed_devices").fetchall()
    assert project.rematch(matcher.match) == 1
    assert project.conn.execute("SELECT id FROM changed_devices").fetchall() == listed  # the others untouched
    assert project.devices()[3].verdict == "flagged"
    assert project.rematch(matcher.match) == 0


def test_a_cancelled_check_changes_nothing(tmp_path, matcher):
    project = Project(tmp_path / "p.vetted")
    stale = Match(Verdict.UNKNOWN, "", "", "", (), ())
    project.import_devices([(Device(manufacturer="Hikvision", serial=f"S{i:06d}"), stale) for i in range(5000)], "a")
    with pytest.raises(Cancelled):
        project.rematch(matcher.match, cancelled=lambda: True)
    assert {d.verdict for d in project.devices()} == {"unknown"}


def test_checking_again_goes_in_batches_and_a_cancel_after_some_undoes_them_all(tmp_path, matcher, monkeypatch):
    from app.core.store import project as store

    monkeypatch.setattr(store, "WRITE_BATCH", 4)
    project = Project(tmp_path / "p.vetted")
    stale = Match(Verdict.UNKNOWN, "", "", "", (), ())
    project.import_devices([(Device(manufacturer="Hikvision", serial=f"S{i:06d}"), stale) for i in range(10)], "a")
    project.delete_devices([project.devices()[4].id])  # a gap in the ids
    calls, reported = [], []

    def cancelled():  # after two batches were written inside the transaction
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        project.rematch(matcher.match, cancelled=cancelled)
    assert len(calls) == 3
    assert {d.verdict for d in project.devices()} == {"unknown"}
    assert project.rematch(matcher.match, progress=reported.append) == 9
    assert reported == [4, 8, 9]
    assert {d.verdict for d in project.devices()} == {"flagged"}


def test_a_large_import_is_written_in_batches_and_still_all_or_nothing(tmp_path, monkeypatch):
    from app.core.store import project as store

    monkeypatch.setattr(store, "WRITE_BATCH", 4)
    monkeypatch.setattr(store, "PROGRESS_EVERY", 10)
    project = Project(tmp_path / "p.vetted")
    assert project.import_devices(_devices(7), "a.xlsx").added == 7
    # Matches across batches are found; new rows of the file never match each other.
    again = project.import_devices(_devices(9) + _devices(3, prefix="NEW") + _devices(3, prefix="NEW"), "b.xlsx")
    assert (again.added, again.updated) == (2 + 6, 7)
    assert project.count() == 15
    calls = []

    def cancelled():  # after two batches were written inside the transaction
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Cancelled):
        project.import_devices(_devices(30, prefix="X"), "c.xlsx", cancelled=cancelled)
    assert project.count() == 15


def test_a_large_import_has_a_larger_page_cache_only_while_it_runs(tmp_path, monkeypatch):
    from app.core.store import project as store

    monkeypatch.setattr(store, "WRITE_BATCH", 4)
    monkeypatch.setattr(store, "BULK_CACHE_FROM", 8)
    project = Project(tmp_path / "p.vetted")
    sizes = []
    original = project._write_batch

    def write_batch(*args):
        sizes.append(project.conn.execute("PRAGMA cache_size").fetchone()[0])
        return original(*args)

    monkeypatch.setattr(project, "_write_batch", write_batch)
    default = project.conn.execute("PRAGMA cache_size").fetchone()[0]
    assert project.import_devices(_devices(13), "a.xlsx").added == 13
    assert sizes == [default, default, -store.BULK_CACHE_KB, -store.BULK_CACHE_KB]
    assert project.conn.execute("PRAGMA cache_size").fetchone()[0] == default


def test_a_write_that_fails_mid_import_is_one_sentence_and_leaves_the_project_as_it_was(tmp_path, monkeypatch):
    import sqlite3

    from app.core.store import project as store

    monkeypatch.setattr(store, "WRITE_BATCH", 4)
    project = Project(tmp_path / "p.vetted")
    project.import_devices(_devices(3, prefix="OLD"), "a.xlsx")
    original, calls = project._write_batch, []

    def failing(*args):
        calls.append(1)
        if len(calls) == 2:
            raise sqlite3.OperationalError("disk I/O error")
        return original(*args)

    monkeypatch.setattr(project, "_write_batch", failing)
    with pytest.raises(ProjectError, match="disk I/O error"):
        project.import_devices(_devices(30, prefix="X"), "b.xlsx")
    assert project.count() == 3
    monkeypatch.setattr(project, "_write_batch", original)
    assert project.import_devices(_devices(9, prefix="Y"), "c.xlsx").added == 9


def _indexes(project: Project) -> list[tuple]:
    return sorted(project.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'").fetchall())


def test_an_import_into_an_empty_project_builds_the_key_indexes_a_new_project_has(tmp_path):
    """They are built once at the end of such an import: a re-import still finds its devices through them."""
    expected = _indexes(Project(tmp_path / "new.vetted"))
    project = Project(tmp_path / "p.vetted")

    def failing():
        yield from _devices(10)
        raise OSError("the file went away")

    with pytest.raises(OSError):
        project.import_devices(failing(), "a.xlsx")
    assert _indexes(project) == expected
    project.import_devices(_devices(20), "a.xlsx")
    assert _indexes(project) == expected
    plan = project.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM devices WHERE serial_key != '' AND serial_key = ?", ("X",)
    )
    assert "devices_serial" in str(plan.fetchall())
    assert project.import_devices(_devices(20), "a.xlsx") == ImportResult(0, 20)


def test_the_files_own_columns_are_read_by_device_and_sorted_across_files_with_other_layouts(tmp_path):
    project = Project(tmp_path / "p.vetted")

    def device(serial, headers, cells):
        return Device(serial=serial, headers=headers, cells=cells), FLAG

    project.import_devices(
        [device("A1", ("Serial", "Room"), ("A1", "b-12")), device("A2", ("Serial", "Room"), ("A2", "C-1"))], "a.xlsx"
    )
    project.import_devices([device("B1", ("Room", "Serial"), ("a-3", "B1"))], "b.xlsx")
    project.import_devices([device("C1", ("Serial",), ("C1",))], "c.xlsx")  # no Room column
    ids = {d.serial: d.id for d in project.devices()}
    assert project.original_names() == ["Serial", "Room"]
    assert project.originals_by_id([ids["B1"], ids["C1"]]) == {
        ids["B1"]: {"Room": "a-3", "Serial": "B1"},
        ids["C1"]: {"Serial": "C1"},
    }
    by_room = [ids[s] for s in ("C1", "B1", "A1", "A2")]  # without it first, then letter case ignored
    assert list(project.ids_sorted_on_original("Room")) == by_room
    assert list(project.ids_sorted_on_original("Asset")) == sorted(ids.values())  # a column no file had
