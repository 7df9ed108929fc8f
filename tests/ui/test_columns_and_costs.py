"""The columns a manager needs show first, the rest are one menu away and remembered; Costs shows its panel."""

from PySide6.QtGui import QColor, QPalette

from app.ui.device_model import COLUMN
from tests.ui.conftest import wait_for_import


def test_default_columns_and_view_columns_are_remembered(qtbot, window, kb):
    table = window.view.table
    for attribute in ("verdict", "vendor_name", "manufacturer", "model", "site", "location", "decision", "explanation"):
        assert not table.isColumnHidden(COLUMN[attribute]), attribute
    assert table.isColumnHidden(COLUMN["serial"])
    window.column_actions["serial"].setChecked(True)
    window.column_actions["model"].setChecked(False)
    assert not table.isColumnHidden(COLUMN["serial"]) and table.isColumnHidden(COLUMN["model"])

    from app.ui.main_window import MainWindow

    again = MainWindow(kb)
    qtbot.addWidget(again)
    assert not again.view.table.isColumnHidden(COLUMN["serial"])
    assert again.view.table.isColumnHidden(COLUMN["model"])


def test_costs_on_the_toolbar_shows_the_costs_panel(qtbot, window):
    window.try_sample()
    wait_for_import(qtbot, window)
    costs = next(a for a in window.toolbar.actions() if a.text() == "Costs")
    costs.trigger()
    qtbot.waitUntil(window.costs.isVisible)
    assert "converts nothing" in window.costs.note.text()


def test_the_cost_chart_follows_a_dark_palette(qtbot, window):
    window.try_sample()
    wait_for_import(qtbot, window)
    window.show_costs()
    chart = window.costs.chart
    palette = chart.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    chart.setPalette(palette)
    image = chart.grab().toImage()
    assert image.pixelColor(2, 2).lightness() < 64  # no bright white block
