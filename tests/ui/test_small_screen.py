"""On a 1024×700 screen the whole window fits, and the table shows Why beside the detail panel."""

import pytest
from PySide6.QtCore import Qt

from app.ui import i18n
from app.ui.device_model import COLUMN
from app.ui.project_view import fitted_widths
from tests.ui.conftest import wait_for_import


@pytest.fixture(params=["en", "fr"])
def small_window(request, qtbot, kb):
    assert i18n.install(request.param) == request.param
    from app.ui.main_window import MainWindow

    main = MainWindow(kb)
    qtbot.addWidget(main)
    main.resize(1024, 700)
    main.show()
    yield main
    i18n.install("en")


def test_the_window_fits_1024_by_700_and_why_shows_beside_the_panel(qtbot, small_window):
    window = small_window
    window.try_sample()
    wait_for_import(qtbot, window)
    window.view.table.selectRow(0)
    qtbot.waitUntil(lambda: window.details.device is not None)
    assert window.dock.isVisible()
    for hint in (window.minimumSizeHint(), window.minimumSize()):
        assert hint.width() <= 1024 and hint.height() <= 700, hint
    assert window.width() == 1024
    assert window.dock.width() <= 320  # the table gets the rest
    table = window.view.table
    why = COLUMN["explanation"]
    left = table.horizontalHeader().sectionViewportPosition(why)
    assert left >= 0 and left + table.columnWidth(why) <= table.viewport().width(), (left, table.viewport().width())
    assert table.columnWidth(why) >= 120
    assert table.textElideMode() == Qt.TextElideMode.ElideRight
    # The detail panel's buttons stack rather than widen it, and each shows its whole text.
    for button in (window.details.replace, window.details.dismiss, window.details.undo):
        assert button.width() >= button.sizeHint().width(), button.text()
    window.show_costs()  # the Costs panel shares the dock area: it must not widen it either
    qtbot.waitUntil(window.costs.isVisible)
    assert window.minimumSizeHint().width() <= 1024


def test_columns_take_their_usual_widths_when_there_is_room_and_narrow_when_not():
    shown = ["verdict", "vendor_name", "manufacturer", "model", "site", "location", "decision", "explanation"]
    wide = fitted_widths(shown, 1500)
    assert wide["model"] == 150 and wide["explanation"] >= 600
    narrow = fitted_widths(shown, 690)
    assert sum(narrow.values()) <= 690 and narrow["explanation"] >= 120
    assert all(narrow[c] <= wide[c] for c in shown if c != "explanation")


def test_a_column_the_user_sized_keeps_its_width(qtbot, window):
    window.try_sample()
    wait_for_import(qtbot, window)
    view = window.view
    view.user_sized = True
    view.table.horizontalHeader().resizeSection(COLUMN["model"], 333)
    window.resize(1100, 700)
    qtbot.waitUntil(lambda: window.width() == 1100)
    assert view.table.columnWidth(COLUMN["model"]) == 333


def test_a_filter_narrower_than_its_choice_shows_it_cut_with_an_ellipsis(qtbot):
    from app.ui.filter_bar import FilterBar

    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.set_choices(["Hangzhou Hikvision Digital Technology"], [])
    bar.vendor.setCurrentIndex(1)
    bar.vendor.setFixedWidth(400)
    assert bar.vendor.shown_text() == "Hangzhou Hikvision Digital Technology"
    bar.vendor.setFixedWidth(120)
    shown = bar.vendor.shown_text()
    assert shown.endswith("…") and "Hangzhou Hikvision Digital Technology".startswith(shown[:-1])
    bar.verdict.setCurrentIndex(1)  # with its icon
    bar.verdict.setFixedWidth(60)
    assert bar.verdict.shown_text().endswith("…")
