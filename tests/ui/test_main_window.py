"""A facility manager's first minutes: the sample, what is flagged and why, filters, decisions that stick."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from app.ui.device_model import COLUMN
from tests.ui.conftest import wait_for_import


def _rows(window, verdict):
    model = window.view.model
    return [row for row, device in enumerate(model.devices) if device.verdict == verdict]


def test_welcome_page_offers_the_four_ways_to_start(window):
    assert window.stack.currentWidget() is window.welcome
    assert set(window.welcome.buttons) == {"import", "add", "open", "sample"}


def test_sample_inventory_shows_flagged_devices_by_colour_icon_and_word(qtbot, window):
    qtbot.mouseClick(window.welcome.buttons["sample"], Qt.MouseButton.LeftButton)
    wait_for_import(qtbot, window)
    assert window.stack.currentWidget() is window.view
    model = window.view.model
    flagged, clear = _rows(window, "flagged"), _rows(window, "clear")
    assert flagged and clear
    flagged_cell = model.index(flagged[0], COLUMN["verdict"])
    clear_cell = model.index(clear[0], COLUMN["verdict"])
    assert flagged_cell.data() == "Flagged"
    assert flagged_cell.data(Qt.ItemDataRole.DecorationRole) is not None
    assert flagged_cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert clear_cell.data(Qt.ItemDataRole.BackgroundRole) is None
    assert f"{len(flagged)} flagged" in window.view.summary.buttons["flagged"].text()


def test_filters_narrow_the_table(qtbot, window):
    window.try_sample()
    wait_for_import(qtbot, window)
    proxy = window.view.proxy
    total = proxy.rowCount()
    window.view.filters.show_verdict("flagged")
    assert proxy.rowCount() == len(_rows(window, "flagged")) < total
    window.view.filters.show_verdict("")
    qtbot.keyClicks(window.view.filters.text, "axis")
    assert 0 < proxy.rowCount() < total
    assert all("axis" in proxy.index(r, COLUMN["manufacturer"]).data().lower() for r in range(proxy.rowCount()))


def test_detail_panel_explains_and_cites_sources(qtbot, window):
    window.try_sample()
    wait_for_import(qtbot, window)
    window.view.filters.show_verdict("flagged")
    window.view.table.selectRow(0)
    text = window.details.browser.toPlainText()
    assert "Flagged" in text and "Rules and calls for a ban" in text
    assert "NDAA" in text or "Law or regulation in force" in text


def test_sorting_by_verdict_puts_flagged_first(qtbot, window):
    window.try_sample()
    wait_for_import(qtbot, window)
    window.view.table.sortByColumn(COLUMN["verdict"], Qt.SortOrder.AscendingOrder)
    assert window.view.proxy.index(0, COLUMN["verdict"]).data() == "Flagged"


def test_dismissal_with_a_note_is_kept_after_reopening(qtbot, window, kb, monkeypatch):
    window.try_sample()
    wait_for_import(qtbot, window)
    path = window.project.path
    device = window.view.model.devices[_rows(window, "flagged")[0]]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Checked the label: Bosch", True))
    window.decide(device.id, "dismiss")
    window.close()

    from app.ui.main_window import MainWindow

    again = MainWindow(kb)
    qtbot.addWidget(again)
    assert again.open_project(path)
    stored = next(d for d in again.view.model.devices if d.id == device.id)
    assert (stored.decision, stored.note) == ("dismiss", "Checked the label: Bosch")
    row = again.view.model.devices.index(stored)
    assert again.view.model.index(row, COLUMN["decision"]).data() == "Dismissed — Checked the label: Bosch"


def test_delete_can_be_undone(qtbot, window):
    window.try_sample()
    wait_for_import(qtbot, window)
    count = window.project.count()
    window.view.table.selectRow(0)
    window.delete_devices()
    assert window.project.count() == count - 1
    window.undo_stack.undo()
    assert window.project.count() == count
    assert window.view.model.rowCount() == count


def test_the_files_own_columns_show_on_demand(qtbot, window):
    window.try_sample()
    wait_for_import(qtbot, window)
    model = window.view.model
    before = model.columnCount()
    window.original_columns.trigger()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(before, model.columnCount())]
    assert "Asset Tag" in headers and "Notes" in headers
    column = before + headers.index("Asset Tag")
    row = next(r for r, d in enumerate(model.devices) if d.model == "DS-2CD2143G2-I")
    assert model.index(row, column).data() == "RCC-0101"
    window.original_columns.trigger()
    assert model.columnCount() == before


def test_checking_all_devices_again_keeps_decisions(qtbot, window):
    window.try_sample()
    wait_for_import(qtbot, window)
    device = next(d for d in window.view.model.devices if d.verdict == "flagged")
    window.decide(device.id, "replace")
    window.recheck_action.trigger()
    qtbot.waitUntil(lambda: window.job is None, timeout=20_000)
    assert "0 verdicts changed" in window.statusBar().currentMessage()
    assert window.project.device(device.id).decision == "replace"


def test_dropping_a_spreadsheet_on_the_window_opens_the_import(qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from app.ui.import_wizard import ImportWizard

    opened = []
    monkeypatch.setattr(ImportWizard, "exec", lambda wizard: opened.append(wizard.file_page.path.text()) or 0)
    path = tmp_path / "dropped.csv"
    path.write_text("Make,Model\nHikvision,DS-2CD2143G2-I\n", encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    assert opened == [str(path)]


def test_the_files_own_columns_are_read_for_the_rows_on_screen_and_sorted_by_the_project(qtbot, window, monkeypatch):
    """A million devices' own columns would take seconds and a gigabyte to read at once."""
    from app.core.store.project import Project
    from app.ui import device_model

    window.try_sample()
    wait_for_import(qtbot, window)
    asked = []
    originals_by_id = Project.originals_by_id
    monkeypatch.setattr(
        Project, "originals_by_id", lambda self, ids: asked.append(len(ids)) or originals_by_id(self, ids)
    )
    monkeypatch.setattr(device_model, "_SORT_LATER_FROM", 0)  # sorted in the background, as a large table is
    model = window.view.model
    before = model.columnCount()
    window.original_columns.trigger()
    column = before + [
        model.headerData(c, Qt.Orientation.Horizontal) for c in range(before, model.columnCount())
    ].index("Asset Tag")
    assert asked == []  # nothing read until a row is shown
    row = next(r for r, d in enumerate(model.devices) if d.model == "DS-2CD2143G2-I")
    assert model.index(row, column).data() == "RCC-0101"
    assert len(asked) == 1  # the rows around it, once
    window.view.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: model._sort_job is None)
    tags = [model.index(r, column).data() for r in range(model.rowCount())]
    assert tags == sorted(tags, key=str.casefold) and any(tags)


def test_deleting_and_putting_back_devices_shows_them_without_reading_the_whole_table(qtbot, window, monkeypatch):
    """The table takes the deleted devices out, and undo puts them back, in place: with a million devices a new
    read and count would freeze the window for 0.3 s each time."""
    from collections import Counter

    import pytest

    from app.core.store.columns import load
    from app.core.store.project import Project
    from app.ui.device_model import _COUNTED, counted

    window.try_sample()
    wait_for_import(qtbot, window)
    model = window.view.model

    def shown():
        return sorted(d.id for d in model.devices)

    def by_value(columns, counts):
        return Counter(
            {
                tuple(columns.coded[n].values[c] for n, c in zip(_COUNTED, key, strict=True)): k
                for key, k in counts.items()
            }
        )

    def true_to_the_project():
        columns = load(window.project.conn)
        assert list(model.columns.ids) == list(columns.ids) == shown()
        assert by_value(model.columns, model._counted()) == by_value(columns, counted(columns))

    all_ids = shown()
    monkeypatch.setattr(Project, "device_columns", lambda self: pytest.fail("read the whole table again"))
    window.view.table.selectRow(0)
    flags = window.view.table.selectionModel().SelectionFlag
    window.view.table.selectionModel().select(window.view.proxy.index(2, 0), flags.Select | flags.Rows)
    gone = [d.id for d in window.view.selected()]
    window.delete_devices()
    assert len(gone) == 2 and shown() == [i for i in all_ids if i not in gone]
    true_to_the_project()
    window.undo_stack.undo()
    assert shown() == all_ids
    true_to_the_project()
    window.undo_stack.redo()
    assert shown() == [i for i in all_ids if i not in gone]
    true_to_the_project()
