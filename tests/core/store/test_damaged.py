"""Opening checks the whole project first and answers with one sentence; awkward files are handled."""

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.core.store import project as project_module
from app.core.store.project import Project, ProjectError
from tests.core.store.test_project import FLAG, _devices

ROOT = Path(__file__).resolve().parents[3]


def _saved(path: Path, count: int = 3) -> Path:
    project = Project(path)
    project.import_devices(_devices(count), "cams.xlsx")
    project.set_decision(project.devices()[0].id, "replace", "budget 2026")
    project.close()
    return path


def _tamper(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_a_missing_table_is_found_on_opening(tmp_path):
    path = _saved(tmp_path / "p.vetted")
    _tamper(path, "PRAGMA foreign_keys = OFF", "DROP TABLE decisions")
    with pytest.raises(ProjectError, match=r"^p.vetted is damaged \(its decisions table is missing\)"):
        Project(path)


def test_a_missing_column_is_found_on_opening(tmp_path):
    path = _saved(tmp_path / "p.vetted")
    _tamper(path, "ALTER TABLE devices DROP COLUMN install_date")
    with pytest.raises(ProjectError, match="its devices table has no install_date column"):
        Project(path)


def test_text_that_is_not_json_is_found_on_opening_not_on_the_first_click(tmp_path):
    path = _saved(tmp_path / "p.vetted")
    _tamper(path, "UPDATE devices SET cells = '[\"Hikvision\", broken' WHERE id = 2")
    with pytest.raises(ProjectError, match="its devices table holds unreadable data"):
        Project(path)


def test_a_corrupt_page_is_found_on_opening(tmp_path):
    path = _saved(tmp_path / "p.vetted", 3000)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(3, len(data) // page_size, 3):  # scribble over every third page's cells
        start = page * page_size + page_size // 2
        data[start : start + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))
    with pytest.raises(ProjectError, match=r"^p.vetted is damaged \(.*\); open a backup copy of it instead.$"):
        Project(path)


@pytest.mark.parametrize("application_id", [0, 0x4D505442])
def test_another_programs_database_is_refused_without_writing_a_byte(tmp_path, application_id):
    path = tmp_path / "photos.vetted"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {application_id}")
    conn.execute("PRAGMA user_version = 1")  # as Vetted's own first version
    conn.execute("CREATE TABLE albums (id INTEGER PRIMARY KEY, title TEXT)")
    conn.execute("INSERT INTO albums (title) VALUES ('Summer')")
    conn.commit()
    conn.close()
    before, stat = path.read_bytes(), path.stat()
    with pytest.raises(ProjectError, match=r"^photos.vetted is not a Vetted project: it is another program's database"):
        Project(path)
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == stat.st_mtime_ns
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photos.vetted"]  # no journal left beside it


def test_an_empty_file_becomes_a_new_project(tmp_path):
    path = tmp_path / "new.vetted"
    path.touch()
    assert Project(path).count() == 0


def test_a_new_project_where_a_deleted_one_left_its_journal_opens_empty(tmp_path):
    # A project that ended without closing (a crash) keeps changes in its journal beside it; the user then
    # deletes the project and makes a new one of the same name.
    path = tmp_path / "site.vetted"
    old = Project(path)
    old.conn.execute("PRAGMA wal_autocheckpoint = 0")
    old.import_devices(_devices(3), "cams.xlsx")
    journal = path.with_name("site.vetted-wal")
    left = journal.read_bytes()
    old.conn.close()
    path.unlink()
    journal.write_bytes(left)

    assert Project(path).count() == 0


def _read_only_folder(folder: Path) -> None:
    """Make `folder` and its files read-only for this process, as a real user meets them."""
    if os.geteuid() != 0:
        for file in folder.iterdir():
            file.chmod(0o444)
        folder.chmod(0o555)
        return
    # root may write anything it can chmod: a read-only mount is what stops it
    copy = folder.with_name(folder.name + "-files")
    shutil.copytree(folder, copy)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode:
        pytest.skip("running as root where no read-only file system can be mounted")
    for file in copy.iterdir():
        shutil.copy2(file, folder / file.name)
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


@pytest.fixture
def read_only_folder(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    yield folder
    if os.geteuid() == 0:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)
    else:
        folder.chmod(0o755)


def test_a_good_project_in_a_read_only_folder_opens_read_only(read_only_folder):
    path = _saved(read_only_folder / "site.vetted")
    _read_only_folder(read_only_folder)
    project = Project(path)
    assert project.read_only
    assert project.count() == 3 and project.devices()[0].note == "budget 2026"
    with pytest.raises(ProjectError, match=r"^site.vetted is read-only: Vetted can show it"):
        project.set_decision(project.devices()[1].id, "dismiss")
    project.close()


def test_a_read_only_file_opens_read_only_and_is_never_written(tmp_path, monkeypatch):
    path = _saved(tmp_path / "site.vetted")
    before = path.read_bytes()
    monkeypatch.setattr(project_module, "_writable", lambda p: False)  # as os.access says for a read-only file
    project = Project(path)
    assert project.read_only
    with pytest.raises(ProjectError, match="read-only"):
        project.set_decision(project.devices()[0].id, "dismiss", "a note")
    project.close()
    assert path.read_bytes() == before


def test_a_full_disk_while_saving_a_decision_gives_one_sentence_and_keeps_the_project(tmp_path):
    project = Project(tmp_path / "p.vetted")
    project.import_devices(_devices(3), "cams.xlsx")
    first, second = (d.id for d in project.devices()[:2])
    project.set_decision(first, "replace", "budget 2026")
    pages = project.conn.execute("PRAGMA page_count").fetchone()[0]
    project.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk holds not one page more
    with pytest.raises(ProjectError, match=r"^The disk holding p.vetted is full, so this change was not saved"):
        project.set_decision(second, "dismiss", "x" * 100_000)
    assert project.device(first).note == "budget 2026"
    assert project.device(second).decision == ""
    project.conn.execute("PRAGMA max_page_count = 1000000")
    project.set_decision(second, "dismiss", "room again")
    assert project.device(second).note == "room again"


def test_a_copy_of_the_file_made_while_vetted_is_open_is_the_whole_project(tmp_path):
    path = tmp_path / "site.vetted"
    project = Project(path)  # left open, as while Vetted runs
    project.import_devices(_devices(50), "cams.xlsx")
    project.set_decision(project.devices()[7].id, "dismiss", "checked the label")
    copy = tmp_path / "backup" / "site.vetted"
    copy.parent.mkdir()
    shutil.copyfile(path, copy)  # the .vetted file alone, as a user copies it
    backup = Project(copy)
    assert backup.count() == 50
    assert backup.devices()[7].note == "checked the label"


def test_save_a_copy_is_one_complete_file_even_while_another_window_imports(tmp_path):
    path = tmp_path / "site.vetted"
    project = Project(path)
    project.import_devices(_devices(20), "cams.xlsx")
    importing = Project(path)
    importing.conn.execute("BEGIN IMMEDIATE")
    importing.conn.execute("DELETE FROM devices")  # not committed: the copy must not see it
    copy = project.save_copy(tmp_path / "copy.vetted")
    importing.conn.execute("ROLLBACK")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == ["copy.vetted"]
    assert Project(copy).count() == 20


def test_two_imports_of_the_same_file_at_once_store_each_device_once(tmp_path):
    path = tmp_path / "site.vetted"
    Project(path).close()
    first, second = Project(path), Project(path)
    halfway, go_on = threading.Event(), threading.Event()

    def slow_devices():
        for number, item in enumerate(_devices(500)):
            if number == 250:
                halfway.set()
                go_on.wait(10)
            yield item

    thread = threading.Thread(target=first.import_devices, args=(slow_devices(), "cams.xlsx"))
    thread.start()
    assert halfway.wait(10)
    threading.Timer(0.3, go_on.set).start()  # the first import ends while the second waits for it
    result = second.import_devices(_devices(500), "cams.xlsx")
    thread.join()
    assert (result.added, result.updated) == (0, 500)
    assert Project(path).count() == 500


def test_a_decision_while_another_window_imports_is_refused_with_a_sentence(tmp_path):
    path = tmp_path / "site.vetted"
    window = Project(path, timeout=0.2)
    window.import_devices(_devices(3), "cams.xlsx")
    device_id = window.devices()[0].id
    importing = Project(path)
    importing.conn.execute("BEGIN IMMEDIATE")  # an import under way in another window
    started = time.perf_counter()
    with pytest.raises(ProjectError, match=r"^Another Vetted window is importing into site.vetted"):
        window.set_decision(device_id, "replace")
    assert time.perf_counter() - started < 2
    importing.conn.execute("ROLLBACK")
    window.set_decision(device_id, "replace")
    assert Project(path).device(device_id).decision == "replace"


def test_a_new_project_killed_at_any_moment_is_absent_or_opens():
    sys.path.insert(0, str(ROOT))
    from benchmarks.kill_new_project import run

    outcomes = run(20, seed=7)
    assert set(outcomes) <= {"absent", "opens"}, outcomes
    assert sum(outcomes.values()) == 20


def test_an_old_project_keeps_opening_and_gets_the_application_id(tmp_path):
    from app.core.store.migrations import APPLICATION_ID, MIGRATIONS

    path = tmp_path / "old.vetted"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0])
    conn.execute("PRAGMA user_version = 1")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.commit()
    conn.close()
    project = Project(path)
    assert project.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    project.add_device(_devices(1)[0][0], FLAG)
    assert project.count() == 1


def _scribbled_in_the_middle(path: Path) -> Path:
    """A project with one page in the middle of its file (its devices) scribbled over."""
    _saved(path, 3000)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    start = (len(data) // page_size // 2) * page_size + page_size // 2
    data[start : start + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))
    return path


def test_a_project_opened_before_its_pages_are_read_is_found_damaged_by_the_check_left_for_later(tmp_path):
    path = _scribbled_in_the_middle(tmp_path / "p.vetted")
    with pytest.raises(ProjectError, match=r"^p.vetted is damaged \(part of the file is corrupt\)"):
        Project(path)
    project = Project(path, pages_checked=False)  # what the window does with a large project
    assert len(project.device_columns()) == 3000
    with pytest.raises(ProjectError, match=r"^p.vetted is damaged \(part of the file is corrupt\)"):
        project.check_pages()
    Project(_saved(tmp_path / "sound.vetted", 3000), pages_checked=False).check_pages()


def test_the_check_of_a_projects_pages_stops_when_cancelled(tmp_path):
    project = Project(_saved(tmp_path / "p.vetted", 3000), pages_checked=False)
    with pytest.raises(project_module.Cancelled):
        project.check_pages(cancelled=lambda: True)
