"""Real data never mixes silently with the sample, and an import can be taken back like any other change."""

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox, QWizard

from app.ui.import_wizard import ImportWizard
from tests.ui.conftest import wait_for_import


def _workbook(path, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Manufacturer", "Model", "Serial", "Location"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def wizard_runs(qtbot, monkeypatch):
    """The wizard, driven through its pages as a user would: file, preview, columns, Import, Finish."""
    seen = []

    def run(wizard):
        seen.append(wizard)
        wizard.show()
        wizard.next()
        wizard.next()
        wizard.next()
        qtbot.waitUntil(lambda: wizard.progress_page.done, timeout=20_000)
        seen.append(wizard.button(QWizard.WizardButton.CancelButton).isVisible())
        wizard.accept()
        return 1

    monkeypatch.setattr(ImportWizard, "exec", run)
    return seen


def _answer(monkeypatch, text):
    """Answer the next question box by clicking the button that reads `text`; record what was asked."""
    asked = []

    def click(box):
        asked.append(box.text())
        for button in box.buttons():
            if button.text() == text:
                button.click()
                return 0
        raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")

    monkeypatch.setattr(QMessageBox, "exec", click)
    return asked


def test_the_sample_is_a_marked_demo_and_an_import_goes_to_a_new_project(qtbot, window, tmp_path, wizard_runs):
    window.try_sample()
    wait_for_import(qtbot, window)
    sample_path, sample_count = window.project.path, window.project.count()
    assert window.sample_banner.isVisible()
    assert "Sample" in window.windowTitle()

    window.import_spreadsheet(_workbook(tmp_path / "depot.xlsx", [["Hikvision", "DS-2CD2043", "SN0001", "Gate"]]))
    assert window.project.path != sample_path and window.project.path.stem == "depot"
    assert window.project.count() == 1
    assert not window.sample_banner.isVisible() and "depot" in window.windowTitle()
    assert wizard_runs[1] is False  # no Cancel button once the import is done

    window.open_project(sample_path)
    assert window.project.count() == sample_count  # the sample was not touched


def test_an_import_into_a_full_project_asks_and_can_be_undone(qtbot, window, tmp_path, wizard_runs, monkeypatch):
    window.import_spreadsheet(
        _workbook(
            tmp_path / "site.xlsx", [["Hikvision", "DS-2CD2043", "SN0001", "Gate"], ["Axis", "P3245", "SN0002", "Yard"]]
        )
    )
    assert window.project.count() == 2
    project_path = window.project.path

    asked = _answer(monkeypatch, "Add to this project")
    # SN0001 again, moved; SN0003 is new
    window.import_spreadsheet(
        _workbook(
            tmp_path / "more.xlsx", [["Hikvision", "DS-2CD2043", "SN0001", "Roof"], ["Dahua", "IPC", "SN0003", "Hall"]]
        )
    )
    assert asked and "Add the devices of more.xlsx" in asked[0]
    assert window.project.path == project_path and window.project.count() == 3
    assert window.undo_stack.undoText() == "Import more.xlsx"

    window.undo_stack.undo()
    devices = window.project.devices()
    assert sorted((d.serial, d.location) for d in devices) == [("SN0001", "Gate"), ("SN0002", "Yard")]
    assert window.view.model.rowCount() == 2
    window.undo_stack.redo()
    assert sorted((d.serial, d.location) for d in window.project.devices()) == [
        ("SN0001", "Roof"),
        ("SN0002", "Yard"),
        ("SN0003", "Hall"),
    ]


def test_new_project_is_offered_too(qtbot, window, tmp_path, wizard_runs, monkeypatch):
    window.import_spreadsheet(_workbook(tmp_path / "a.xlsx", [["Hikvision", "DS-2CD2043", "SN0001", "Gate"]]))
    _answer(monkeypatch, "New project")
    window.import_spreadsheet(_workbook(tmp_path / "b.xlsx", [["Axis", "P3245", "SN0002", "Yard"]]))
    assert window.project.path.stem == "b" and window.project.count() == 1


def test_cancelling_the_wizard_from_the_welcome_page_makes_no_project(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(ImportWizard, "exec", lambda wizard: 0)
    window.import_spreadsheet(_workbook(tmp_path / "depot.xlsx", [["Hikvision", "DS-2CD2043", "SN0001", "Gate"]]))
    assert window.project is None
    assert window.stack.currentWidget() is window.welcome
    assert not list((tmp_path / "Vetted").glob("*.vetted*"))


def test_the_same_spreadsheet_twice_reopens_its_project(qtbot, window, kb, tmp_path):
    source = _workbook(tmp_path / "depot.xlsx", [["Hikvision", "DS-2CD2043", "SN0001", "Gate"]])
    window.import_directly(source)
    wait_for_import(qtbot, window)
    first = window.project.path
    qtbot.waitUntil(window.undo_stack.canUndo)  # the command-line import can be undone too
    window.close()

    from app.ui.main_window import MainWindow

    again = MainWindow(kb)
    qtbot.addWidget(again)
    again.import_directly(source)
    assert again.project.path == first and again.project.count() == 1
    assert sorted(p.name for p in first.parent.glob("*.vetted")) == ["depot.vetted"]


def test_after_the_wizard_the_window_shows_the_table_its_job_read(qtbot, window, tmp_path, wizard_runs, monkeypatch):
    """A million devices take a second to read and count: the wizard's worker did it, not the window's thread."""
    import threading

    from app.core.store.project import Project

    readers = []
    device_columns = Project.device_columns
    monkeypatch.setattr(
        Project, "device_columns", lambda self: readers.append(threading.get_ident()) or device_columns(self)
    )
    window.import_spreadsheet(_workbook(tmp_path / "a.xlsx", [["Hikvision", "DS-2CD2043", "SN0001", "Gate"]]))
    assert [d.serial for d in window.view.model.devices] == ["SN0001"]
    _answer(monkeypatch, "Add to this project")
    window.import_spreadsheet(_workbook(tmp_path / "b.xlsx", [["Axis", "P3245", "SN0002", "Yard"]]))
    assert [d.serial for d in window.view.model.devices] == ["SN0001", "SN0002"]
    assert len(readers) == 2 and threading.main_thread().ident not in readers
