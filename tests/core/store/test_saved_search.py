"""A large project's search text is read from its rows once, kept, and read back while it still holds."""

import pytest

from app.core.domain import Device
from app.core.store import project as project_module
from app.core.store import saved_search
from app.core.store.project import Project
from tests.core.store.test_saved_columns import CLEAR, _ids, _inventory

FIELDS = ("serial", "location")


@pytest.fixture(autouse=True)
def every_project_is_large(monkeypatch):
    monkeypatch.setattr(saved_search, "KEPT_FROM", 10)


def _text(project: Project) -> str:
    return "\x1e".join(text for _, text in project.search_texts(FIELDS))


def _from_rows_only(monkeypatch) -> None:
    monkeypatch.setattr(project_module, "search_texts", lambda conn, fields: pytest.fail("read every row"))


def _imported(path, count: int = 300) -> Project:
    project = Project(path)
    project.import_devices(_inventory(count), "cams.xlsx")
    return project


def _kept(project: Project) -> int:
    return project.conn.execute("SELECT count(*) FROM search_texts").fetchone()[0]


def test_the_search_text_read_once_is_read_back_from_the_project(tmp_path, monkeypatch):
    path = tmp_path / "site.vetted"
    first = _text(_imported(path))
    assert "sn000299\x1ffloor 4" in first.casefold()
    with monkeypatch.context() as patched:
        _from_rows_only(patched)
        assert _text(Project(path)) == first


def test_a_change_since_it_was_kept_reads_the_rows_again_and_shows_the_change(tmp_path, monkeypatch):
    path = tmp_path / "site.vetted"
    project = _imported(path)
    _text(project)
    project.update_device(_ids(project)[5], Device(serial="NEW-7", location="Gate"), CLEAR)
    assert "NEW-7\x1fGate" in _text(Project(path))
    project.import_devices(_inventory(4, "MORE"), "more.xlsx")
    project.device_columns()  # the columns saved again: the kept text is gone
    assert _kept(project) == 0
    assert "MORE000003" in _text(Project(path))


def test_a_change_made_while_it_is_read_keeps_nothing(tmp_path):
    path = tmp_path / "site.vetted"
    project = _imported(path, 50_000)  # several ranges
    pieces = Project(path).search_texts(FIELDS)
    next(pieces)
    project.update_device(_ids(project)[-1], Device(serial="LATE-1"), CLEAR)
    list(pieces)
    assert _kept(project) == 0
    assert "LATE-1" in _text(Project(path))


def test_a_small_or_read_only_project_keeps_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(saved_search, "KEPT_FROM", 1000)
    small = _imported(tmp_path / "small.vetted", 300)
    _text(small)
    assert _kept(small) == 0
    monkeypatch.setattr(saved_search, "KEPT_FROM", 10)
    path = _imported(tmp_path / "shared.vetted").path
    monkeypatch.setattr(project_module, "_writable", lambda p: False)
    read_only = Project(path)
    assert read_only.read_only and "SN000001" in _text(read_only)
    assert _kept(read_only) == 0
