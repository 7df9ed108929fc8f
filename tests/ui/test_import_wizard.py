"""The import wizard: preview, fix a column the guess missed, see verdicts change, import; cancel halfway."""

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.core.store.project import Project
from app.ui.import_wizard import ImportWizard
from benchmarks.generate_inventory import write


def _workbook(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Site survey"
    sheet.append(["Camera list — depot"])
    sheet.append(["Who made it", "Model", "Serial", "Where"])  # "Who made it" is not a header Vetted knows
    sheet.append(["Hikvision", "", "A1000001", "Gate"])
    sheet.append(["Axis", "P3245-V", "A1000002", "Yard"])
    book.save(path)
    return path


def _wizard(qtbot, matcher, tmp_path, source):
    wizard = ImportWizard(matcher, tmp_path / "p.vetted", source)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_import_with_one_mapping_changed_by_hand(qtbot, matcher, tmp_path):
    wizard = _wizard(qtbot, matcher, tmp_path, _workbook(tmp_path / "survey.xlsx"))
    wizard.next()  # file -> preview
    assert wizard.currentPage().tabs.tabText(0) == "Site survey"
    wizard.next()  # preview -> columns
    mapping_page = wizard.currentPage()
    preview = mapping_page.preview.itemAt(0).widget().model()
    assert preview.index(0, 0).data() == "Unknown"  # the make column is not used yet
    combo = mapping_page.combos["manufacturer"]
    combo.setCurrentIndex(combo.findText("Who made it"))
    preview = mapping_page.preview.itemAt(0).widget().model()
    assert preview.index(0, 0).data() == "Flagged" and preview.index(1, 0).data() == "Clear"
    assert preview.headerData(0, Qt.Orientation.Vertical) == "3"  # the row number Excel shows
    wizard.next()  # import
    qtbot.waitUntil(lambda: wizard.progress_page.done, timeout=10_000)
    assert wizard.result.added == 2
    assert "2 new" in wizard.progress_page.status.text() or "Imported" in wizard.progress_page.status.text()
    devices = Project(tmp_path / "p.vetted").devices()
    assert [(d.manufacturer, d.location, d.verdict) for d in devices] == [
        ("Hikvision", "Gate", "flagged"),
        ("Axis", "Yard", "clear"),
    ]


def test_a_bad_file_is_explained_on_the_first_page(qtbot, matcher, tmp_path):
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"not a workbook at all")
    wizard = _wizard(qtbot, matcher, tmp_path, bad)
    wizard.next()
    assert wizard.currentId() == 0
    assert "not a spreadsheet" in wizard.file_page.error.text()


def test_cancelling_an_import_halfway_leaves_the_project_as_it_was(qtbot, matcher, tmp_path):
    project = Project(tmp_path / "p.vetted")
    before = project.count()
    big = write(30_000, tmp_path / "big.csv")
    wizard = _wizard(qtbot, matcher, tmp_path, big)
    wizard.next()
    wizard.next()
    wizard.next()
    page = wizard.progress_page
    assert not page.done  # the import runs in the background; the wizard stays responsive
    page.cancel.click()
    qtbot.waitUntil(lambda: page.done, timeout=20_000)
    assert "cancelled" in page.status.text()
    assert wizard.result is None
    assert project.count() == before
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
