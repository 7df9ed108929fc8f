"""Vetted remembers recent projects and reopens the last one."""

from app.ui import app_settings


def test_recent_projects_newest_first_and_the_last_one_remembered(tmp_path):
    first, second = tmp_path / "a.vetted", tmp_path / "b.vetted"
    for path in (first, second):
        path.touch()
        app_settings.remember_project(path)
    app_settings.remember_project(first)
    assert app_settings.recent_projects() == [first, second]
    assert app_settings.last_project() == first


def test_a_deleted_project_is_not_offered(tmp_path):
    gone = tmp_path / "gone.vetted"
    gone.touch()
    app_settings.remember_project(gone)
    gone.unlink()
    assert app_settings.recent_projects() == [] and app_settings.last_project() is None


def test_new_projects_never_overwrite_an_existing_one(isolated_settings):
    (isolated_settings / "Inventory.vetted").touch()
    assert app_settings.unused_project_path("Inventory").name == "Inventory (2).vetted"
