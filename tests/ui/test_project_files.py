"""The window with awkward project files: damaged, read-only, a full disk, an import under way, copies."""

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.core.kb.paths import SAMPLE_INVENTORY
from app.core.store import project as project_module
from app.core.store.project import Project
from tests.ui.conftest import wait_for_import


def _warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


def _sample_project(qtbot, window):
    window.try_sample()
    wait_for_import(qtbot, window)
    return window.project.path


def test_a_damaged_project_is_refused_on_opening_with_one_sentence(qtbot, window, monkeypatch, tmp_path):
    path = _sample_project(qtbot, window)
    window.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE devices SET evidence = 'not json' WHERE id = 1")
    conn.commit()
    conn.close()
    from app.ui.main_window import MainWindow

    again = MainWindow(window.kb)
    qtbot.addWidget(again)
    shown = _warnings(monkeypatch)
    assert not again.open_project(path)
    assert shown == [
        f"{path.name} is damaged (its devices table holds unreadable data); open a backup copy of it instead."
    ]
    assert again.project is None


def test_a_read_only_project_opens_with_decisions_and_edits_disabled(qtbot, window, monkeypatch):
    path = _sample_project(qtbot, window)
    window.project.close()
    window.project = None
    monkeypatch.setattr(project_module, "_writable", lambda p: False)
    assert window.open_project(path)
    assert window.project.read_only
    assert "read-only" in window.read_only_label.text() and "read-only" in window.windowTitle()
    window.view.table.selectRow(0)
    for action in (window.replace_action, window.dismiss_action, window.edit_action, window.delete_action):
        assert not action.isEnabled()
    assert not window.details.replace.isEnabled() and not window.details.dismiss.isEnabled()
    assert window.export_menu.menuAction().isEnabled() and window.save_copy_action.isEnabled()


def test_decisions_are_disabled_while_an_import_runs(qtbot, window):
    _sample_project(qtbot, window)
    window.view.table.selectRow(0)
    assert window.replace_action.isEnabled()
    window.check_again()  # a background job writing to the project
    assert window.job is not None
    assert not window.replace_action.isEnabled() and not window.details.replace.isEnabled()
    qtbot.waitUntil(lambda: window.job is None, timeout=20_000)
    window.view.table.selectRow(0)
    assert window.replace_action.isEnabled()


def test_a_decision_that_cannot_be_saved_says_why_and_nothing_is_shown_as_decided(qtbot, window, monkeypatch):
    _sample_project(qtbot, window)
    device = window.view.model.devices[0]
    conn = window.project.conn
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    monkeypatch.setattr(
        window.project, "set_decision", lambda *a: Project.set_decision(window.project, a[0], a[1], "x" * 100_000)
    )
    shown = _warnings(monkeypatch)
    changes = window.undo_stack.count()  # the sample's import is one
    window.decide(device.id, "replace")
    assert len(shown) == 1 and shown[0].startswith(f"The disk holding {window.project.path.name} is full")
    assert window.project.device(device.id).decision == ""
    assert window.undo_stack.count() == changes


def test_save_a_copy_writes_a_complete_project_and_keeps_working_here(qtbot, window, monkeypatch, tmp_path):
    path = _sample_project(qtbot, window)
    window.view.table.selectRow(0)
    device = window.view.current()
    window.decide(device.id, "replace")
    target = tmp_path / "backup.vetted"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.save_copy()
    assert window.project.path == path
    copy = Project(target)
    assert copy.count() == window.project.count()
    assert copy.device(device.id).decision == "replace"


def test_an_undo_that_cannot_be_saved_says_why_and_leaves_the_stack_true(qtbot, window, monkeypatch):
    _sample_project(qtbot, window)
    device = window.view.model.devices[0]
    window.decide(device.id, "replace")
    changes = window.undo_stack.count()

    def full(*_):
        raise project_module.ProjectError(f"The disk holding {window.project.path.name} is full, so this change …")

    monkeypatch.setattr(window.project, "restore", full)
    shown = _warnings(monkeypatch)
    window.undo_stack.undo()  # Edit > Undo
    assert len(shown) == 1 and "is full" in shown[0]
    assert window.project.device(device.id).decision == "replace"  # still decided, as the table says
    assert window.undo_stack.count() == changes - 1  # the undo step that could not be done is gone


def test_a_large_project_shows_at_once_and_is_closed_with_one_sentence_if_its_check_finds_damage(
    qtbot, window, monkeypatch, tmp_path
):
    from app.ui import main_window
    from tests.core.store.test_damaged import _saved, _scribbled_in_the_middle

    monkeypatch.setattr(main_window, "PAGES_CHECKED_LATER_FROM", 0)  # every project counts as large
    shown = _warnings(monkeypatch)
    sound = _saved(tmp_path / "sound.vetted", 3000)
    assert window.open_project(sound)
    with qtbot.waitSignal(window._page_check.finished, timeout=10_000):
        pass  # its pages read on a worker thread
    assert window.project is not None and window.stack.currentWidget() is window.view and shown == []

    damaged = _scribbled_in_the_middle(tmp_path / "damaged.vetted")
    assert window.open_project(damaged)
    assert window.stack.currentWidget() is window.view and window.view.model.rowCount() == 3000  # shown at once
    qtbot.waitUntil(lambda: window.project is None)
    assert window.stack.currentWidget() is window.welcome
    assert shown == [f"{damaged.name} is damaged (part of the file is corrupt); open a backup copy of it instead."]


def test_damage_found_while_an_import_runs_closes_the_project_once_the_import_has_ended(
    qtbot, window, monkeypatch, tmp_path
):
    from app.ui import main_window
    from tests.core.store.test_damaged import _scribbled_in_the_middle

    monkeypatch.setattr(main_window, "PAGES_CHECKED_LATER_FROM", 0)
    shown = _warnings(monkeypatch)
    damaged = _scribbled_in_the_middle(tmp_path / "damaged.vetted")
    checked = []
    monkeypatch.setattr(main_window.MainWindow, "_check_pages_later", lambda self, project: checked.append(project))
    assert window.open_project(damaged)
    window.import_directly(Path(shutil.copy(SAMPLE_INVENTORY, tmp_path / "depot.xlsx")))
    assert window.job is not None
    window._damaged(checked[0], "damaged.vetted is damaged (part of the file is corrupt).")  # as its check says
    assert window.project is not None and shown == []  # the import goes on to its end
    qtbot.waitUntil(lambda: window.job is None, timeout=20_000)
    assert window.project is None and window.stack.currentWidget() is window.welcome
    assert shown[-1] == "damaged.vetted is damaged (part of the file is corrupt)."
