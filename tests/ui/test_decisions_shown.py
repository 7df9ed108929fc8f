"""A manager's decision shows where people look: the verdict column, the decision column, the counts."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.ui.device_model import COLUMN
from tests.ui.conftest import wait_for_import


def _first(window, verdict):
    return next(d for d in window.view.model.devices if d.verdict == verdict)


def _cell(window, device_id, column):
    row = window.view.model.row_of(device_id)
    return window.view.model.index(row, COLUMN[column])


def test_a_dismissed_device_reads_dismissed_and_leaves_the_flagged_count(qtbot, window, monkeypatch):
    window.try_sample()
    wait_for_import(qtbot, window)
    summary = window.view.summary
    flagged = int(summary.buttons["flagged"].text().split()[0])
    assert not summary.buttons["dismissed"].isVisible()
    device = _first(window, "flagged")
    window.view.select(device.id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Bosch label", True))
    window.decide(device.id, "dismiss")

    assert _cell(window, device.id, "verdict").data() == "Dismissed"
    assert _cell(window, device.id, "decision").data() == "Dismissed — Bosch label"
    assert "decided" in _cell(window, device.id, "decision").data(Qt.ItemDataRole.ToolTipRole)
    assert summary.buttons["flagged"].text() == f"{flagged - 1} flagged"
    assert summary.buttons["dismissed"].text() == "· 1 dismissed" and summary.buttons["dismissed"].isVisible()
    text = window.details.browser.toPlainText()
    assert "Your decision: Dismissed — Bosch label" in text
    assert not re.search(r"\d{4}-\d\d-\d\dT\d", text)  # a date as people write it, not ISO

    window.view.filters.show_verdict("flagged")
    assert window.view.model.rowCount() == flagged - 1  # the count and the filter agree
    window.view.filters.show_verdict("dismissed")
    assert window.view.model.rowCount() == 1


def test_confirming_a_clear_device_asks_first(qtbot, window, monkeypatch):
    window.try_sample()
    wait_for_import(qtbot, window)
    device = _first(window, "clear")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.No)
    window.decide(device.id, "replace")
    assert asked == ["Replace a device Vetted did not flag?"]
    assert window.project.device(device.id).decision == ""

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.decide(device.id, "replace")
    assert _cell(window, device.id, "decision").data() == "Replace"


def test_dismissing_with_an_empty_note_asks_first(qtbot, window, monkeypatch):
    window.try_sample()
    wait_for_import(qtbot, window)
    device = _first(window, "flagged")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  ", True))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.No)
    window.decide(device.id, "dismiss")
    assert asked == ["Dismiss without a note?"]
    assert window.project.device(device.id).decision == ""


def test_a_decision_and_its_undo_update_the_counts_in_place_without_reading_the_table_again(qtbot, window, monkeypatch):
    """Reading a million devices' columns and counting them again takes a window-freezing 0.3 s."""
    from app.core.store.project import Project
    from app.ui.device_model import counted

    window.try_sample()
    wait_for_import(qtbot, window)
    summary = window.view.summary
    flagged = int(summary.buttons["flagged"].text().split()[0])
    device = _first(window, "flagged")
    monkeypatch.setattr(Project, "device_columns", lambda self: pytest.fail("read the whole table again"))
    window.decide(device.id, "replace")
    assert _cell(window, device.id, "decision").data().startswith("Replace")
    assert window.view.model._counted() == counted(window.view.model.columns)  # as a count from scratch says
    window.undo_stack.undo()
    assert _cell(window, device.id, "decision").data() == ""
    assert summary.buttons["flagged"].text() == f"{flagged} flagged"
    assert window.view.model._counted() == counted(window.view.model.columns)
    window.undo_stack.redo()
    assert _cell(window, device.id, "decision").data().startswith("Replace")
