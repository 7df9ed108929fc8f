"""Filters never leave actions on a hidden row; the keyboard and screen readers reach every control."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import QApplication

from app.ui.device_model import COLUMN
from tests.ui.conftest import wait_for_import


def _name(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def _labels(widget) -> list[str]:
    """The labels a screen reader announces for a widget (Qt names a combo by its value on Linux, and
    by its label relation)."""
    relations = QAccessible.queryAccessibleInterface(widget).relations(QAccessible.Relation.Label)
    return [other.text(QAccessible.Text.Name).replace("&", "") for other, _ in relations]


def _sample(qtbot, window):
    window.try_sample()
    wait_for_import(qtbot, window)
    return window.view


def test_a_filter_that_hides_the_selected_device_lets_go_of_it(qtbot, window):
    view = _sample(qtbot, window)
    clear = next(d for d in view.model.devices if d.verdict == "clear")
    view.select(clear.id)
    assert window.details.device.id == clear.id and window.replace_action.isEnabled()
    view.filters.show_verdict("flagged")
    assert view.current() is None
    assert window.details.device is None
    assert not window.replace_action.isEnabled() and not window.details.replace.isEnabled()


def test_an_empty_result_says_so_and_clears_with_one_click(qtbot, window):
    view = _sample(qtbot, window)
    total = view.model.rowCount()
    qtbot.keyClicks(view.filters.text, "no such device anywhere")
    assert view.model.rowCount() == 0 and view.empty.isVisible()
    assert view.empty_label.text() == "No device matches these filters."
    assert f"0</b> of {total} shown" in view.summary.total.text()
    button = next(b for b in view.empty.findChildren(type(window.cancel_button)) if b.text() == "Clear filters")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == total and not view.empty.isVisible()
    assert view.filters.text.text() == ""


def test_the_count_says_how_many_are_shown(qtbot, window):
    view = _sample(qtbot, window)
    total = view.model.rowCount()
    view.filters.show_verdict("flagged")
    shown = view.model.rowCount()
    assert view.summary.total.text() == f"<b>{shown}</b> of {total} shown"
    view.filters.show_verdict("")
    assert view.summary.total.text() == f"<b>{total} devices</b>"


def test_a_mac_address_is_found_with_or_without_separators(qtbot, window):
    view = _sample(qtbot, window)
    device = next(d for d in view.model.devices if len("".join(c for c in d.mac if c.isalnum())) == 12)
    digits = "".join(c for c in device.mac if c.isalnum())
    for typed in (
        digits[:6].upper(),
        ":".join([digits[0:2], digits[2:4], digits[4:6]]),
        "-".join([digits[0:2], digits[2:4]]),
    ):
        view.filters.text.setText(typed)
        macs = [view.model.index(r, COLUMN["mac"]).data() for r in range(view.model.rowCount())]
        assert device.mac in macs, typed


def test_ctrl_f_goes_to_the_search_box_and_tab_leaves_the_table(qtbot, window):
    view = _sample(qtbot, window)
    window.activateWindow()
    view.table.setFocus()
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Find))
    assert QApplication.focusWidget() is view.filters.text
    assert not view.table.tabKeyNavigation()
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not view.table


def test_every_control_has_a_name_a_screen_reader_reads(qtbot, window):
    welcome = window.welcome
    assert _name(welcome.buttons["import"]) == "Import a spreadsheet"
    view = _sample(qtbot, window)
    filters = view.filters
    assert (_labels(filters.verdict), _labels(filters.vendor), _labels(filters.site)) == (
        ["Show:"],
        ["Vendor:"],
        ["Site:"],
    )
    assert filters.verdict.accessibleName() == "Show verdict"  # the name Windows and macOS read
    assert _name(filters.text) == "Search devices"
    assert _name(view.table) == "Devices"
    assert _name(window.details.browser) == "Why this verdict"


def test_the_welcome_page_shows_where_the_keyboard_is(qtbot, window):
    button = window.welcome.buttons["sample"]
    plain = button.grab().toImage()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    assert button.grab().toImage() != plain  # a focus ring is drawn
