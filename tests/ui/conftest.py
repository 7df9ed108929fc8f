import pytest
from PySide6.QtCore import QSettings

from app.ui import app_settings


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Each test gets its own recent-projects list and its own Documents/Vetted folder."""
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    folder = tmp_path / "Vetted"
    folder.mkdir()
    monkeypatch.setattr(app_settings, "projects_folder", lambda: folder)
    return folder


@pytest.fixture
def window(qtbot, kb):
    from app.ui.main_window import MainWindow

    main = MainWindow(kb)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    return main


def wait_for_import(qtbot, window):
    qtbot.waitUntil(
        lambda: window.job is None and window.project is not None and window.project.count() > 0, timeout=20_000
    )
