"""Costs in the window: the estimate shows, follows the price book, and exports hand on to the boss."""

import openpyxl
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

from app.core.pricing.price_book import PriceBook
from app.ui.device_model import COLUMN
from app.ui.price_book_dialog import PriceBookDialog
from tests.ui.conftest import wait_for_import


def _sample(qtbot, window):
    window.try_sample()
    wait_for_import(qtbot, window)


def test_the_estimate_shows_in_the_summary_and_the_costs_panel(qtbot, window):
    _sample(qtbot, window)
    flagged = sum(d.verdict == "flagged" for d in window.view.model.devices)
    assert window.view.summary.cost.text().startswith("Estimated replacement: $")
    assert f"{flagged} devices" in window.costs.headline.text()
    assert window.costs.categories.rowCount() >= 3
    window.view.summary.cost.click()
    assert window.costs_dock.isVisible()


def test_a_price_changed_in_the_price_book_changes_the_estimate_and_is_kept(qtbot, window, monkeypatch):
    _sample(qtbot, window)
    before = window.view.summary.cost.text()

    def raise_camera_prices(dialog):
        row = dialog.model.codes.index("fixed_camera")
        for column in (3, 2):  # high first, so low <= typical <= high holds at every step
            dialog.model.setData(dialog.model.index(row, column), 9000)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PriceBookDialog, "exec", raise_camera_prices)
    window.edit_price_book()
    assert window.view.summary.cost.text() != before
    saved = PriceBook.from_dict(window.project.setting("price_book"))
    assert saved.categories["fixed_camera"].typical == 9000


def test_the_price_book_refuses_low_above_high(qtbot, window):
    _sample(qtbot, window)
    dialog = PriceBookDialog(window.price_book(), window)
    qtbot.addWidget(dialog)
    row = dialog.model.codes.index("nvr")
    dialog.model.setData(dialog.model.index(row, 1), 10**6)  # low above typical and high
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "low ≤ typical ≤ high" in dialog.error.text()


def test_export_the_excel_report_from_the_file_menu(qtbot, window, monkeypatch, tmp_path):
    _sample(qtbot, window)
    target = tmp_path / "for the boss.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export("xlsx")
    qtbot.waitUntil(lambda: window.job is None, timeout=20_000)
    book = openpyxl.load_workbook(target)
    assert {"Summary", "Flagged devices", "All devices", "Price book", "Sources"} <= set(book.sheetnames)


def test_a_category_corrected_by_hand_is_used_and_can_be_undone(qtbot, window, monkeypatch):
    _sample(qtbot, window)
    window.view.filters.show_verdict("flagged")
    window.view.table.selectRow(0)
    device = window.view.current()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("PTZ camera", True))
    window.change_category()
    row = [d.id for d in window.view.model.devices].index(device.id)
    assert window.view.model.index(row, COLUMN["category"]).data() == "PTZ camera"
    window.undo_stack.undo()
    assert window.project.device(device.id).category == device.category


def test_each_flagged_device_shows_its_estimate_and_clear_ones_none(qtbot, window):
    _sample(qtbot, window)
    model = window.view.model
    column = COLUMN["estimate"]
    for row, device in enumerate(model.devices):
        shown = model.index(row, column).data()
        assert shown.startswith("$") if device.verdict == "flagged" else shown == ""
