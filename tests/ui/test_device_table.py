"""The device table over a project's columns: search any field, sort on any column, selection kept."""

import threading

from PySide6.QtCore import Qt

from app.core.domain import Device, Match, Verdict
from app.core.store.project import Project
from app.ui.device_filter import DeviceFilter
from app.ui.device_model import COLUMN
from app.ui.project_view import ProjectView

FLAG = Match(Verdict.FLAGGED, "hikvision", "Hikvision", "The make is Hikvision.", (), ())
CLEAR = Match(Verdict.CLEAR, "axis", "Axis", "Axis is a recognised manufacturer.", (), ())


def _view(qtbot, tmp_path):
    project = Project(tmp_path / "p.vetted")
    rows = [
        (Device(manufacturer="Hikvision", serial="ZZ-9", mac="44:19:b6:00:00:01", site="HQ"), FLAG),
        (Device(manufacturer="Axis", serial="aa-1", mac="00:40:8c:00:00:02", site="Depot"), CLEAR),
        (Device(manufacturer="Hikvision", serial="MM-5", ip="10.1.2.3", site="HQ"), FLAG),
    ]
    project.import_devices(rows, "a.xlsx")
    view = ProjectView()
    qtbot.addWidget(view)
    view.show_project(project)
    return view, project


def _column(view, name):
    return [view.proxy.index(r, COLUMN[name]).data() for r in range(view.proxy.rowCount())]


def test_search_finds_fields_the_table_reads_on_demand(qtbot, tmp_path):
    view, _ = _view(qtbot, tmp_path)
    view.proxy.set_filter(DeviceFilter(text="B6:00"))  # a MAC, in another letter case
    assert _column(view, "serial") == ["ZZ-9"]
    view.proxy.set_filter(DeviceFilter(text="10.1.2"))
    assert _column(view, "serial") == ["MM-5"]
    view.proxy.set_filter(DeviceFilter(verdict="flagged", text="hik"))
    assert _column(view, "serial") == ["ZZ-9", "MM-5"]
    view.proxy.set_filter(DeviceFilter(site="Depot"))
    assert _column(view, "manufacturer") == ["Axis"]


def test_sorting_on_stored_and_coded_columns_keeps_the_filter(qtbot, tmp_path):
    view, _ = _view(qtbot, tmp_path)
    view.table.sortByColumn(COLUMN["serial"], Qt.SortOrder.AscendingOrder)
    assert _column(view, "serial") == ["aa-1", "MM-5", "ZZ-9"]  # letter case ignored
    view.table.sortByColumn(COLUMN["serial"], Qt.SortOrder.DescendingOrder)
    assert _column(view, "serial") == ["ZZ-9", "MM-5", "aa-1"]
    view.proxy.set_filter(DeviceFilter(verdict="flagged"))
    assert _column(view, "serial") == ["ZZ-9", "MM-5"]
    view.table.sortByColumn(COLUMN["manufacturer"], Qt.SortOrder.AscendingOrder)
    view.proxy.set_filter(DeviceFilter())
    assert _column(view, "manufacturer") == ["Axis", "Hikvision", "Hikvision"]


def test_the_selected_device_stays_selected_through_filters_and_sorts(qtbot, tmp_path):
    view, _ = _view(qtbot, tmp_path)
    view.table.sortByColumn(COLUMN["serial"], Qt.SortOrder.AscendingOrder)
    view.table.selectRow(1)
    assert view.current().serial == "MM-5"
    view.proxy.set_filter(DeviceFilter(verdict="flagged"))
    assert view.current().serial == "MM-5"
    view.table.sortByColumn(COLUMN["serial"], Qt.SortOrder.DescendingOrder)
    assert view.current().serial == "MM-5"
    assert view.summary.buttons["flagged"].text().startswith("2 ")


def _held_back(monkeypatch, project, method: str, threshold: str):
    """Every table treated as large for `threshold` (so that work is done in the background), and the project's
    `method` held back until `go` is set; the threads that call it are noted."""
    from app.ui import device_model

    monkeypatch.setattr(device_model, threshold, 0)
    go, callers = threading.Event(), []
    original = getattr(project, method)

    def held_back(*args):
        callers.append(threading.get_ident())
        go.wait(10)
        return original(*args)

    monkeypatch.setattr(project, method, held_back)
    return go, callers


def _slow_search_text(monkeypatch, project):
    return _held_back(monkeypatch, project, "search_texts", "_SEARCH_NOW_UNDER")


def _slow_sort(monkeypatch, project):
    return _held_back(monkeypatch, project, "ids_sorted_on", "_SORT_LATER_FROM")


def test_a_search_typed_right_after_opening_waits_for_the_search_text_then_shows_the_right_rows(
    qtbot, tmp_path, monkeypatch
):
    project = Project(tmp_path / "p.vetted")
    project.import_devices(
        [
            (Device(manufacturer="Hikvision", serial="ZZ-9", mac="44:19:b6:00:00:01", site="HQ"), FLAG),
            (Device(manufacturer="Axis", serial="aa-1", mac="00:40:8c:00:00:02", site="Depot"), CLEAR),
        ],
        "a.xlsx",
    )
    go, readers = _slow_search_text(monkeypatch, project)
    view = ProjectView()
    qtbot.addWidget(view)
    view.show_project(project)
    view.proxy.set_filter(DeviceFilter(text="4419b6"))  # found only in the text read in the background
    assert view.proxy.rowCount() == 2 and view.summary.total.text() == "Searching…"  # the window answers meanwhile
    view.proxy.set_filter(DeviceFilter(text="AA-1"))  # typed on: the last search is the one applied
    go.set()
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1)
    assert _column(view, "serial") == ["aa-1"]
    assert view.summary.total.text() == "<b>1</b> of 2 shown"
    assert readers and threading.main_thread().ident not in readers
    view.proxy.set_filter(DeviceFilter(text="b6:00"))  # the text is read once: later searches are immediate
    assert _column(view, "serial") == ["ZZ-9"]


def test_an_edit_made_while_the_search_text_is_read_is_found(qtbot, tmp_path, monkeypatch):
    view, project = _view(qtbot, tmp_path)
    go, _ = _slow_search_text(monkeypatch, project)
    view.show_project(project)
    device = next(d for d in view.model.devices if d.serial == "aa-1")
    project.update_device(device.id, Device(manufacturer="Axis", serial="NEW-7", site="Depot"), CLEAR)
    view.replace_device(project.device(device.id))
    go.set()
    view.proxy.set_filter(DeviceFilter(text="new-7"))
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1)
    assert _column(view, "manufacturer") == ["Axis"]
    edited = project.device(device.id)
    project.update_device(device.id, Device(manufacturer="Axis", serial="OLD-3", site="Depot"), CLEAR)
    view.replace_device(project.device(device.id))  # once read, the text follows edits too
    view.proxy.set_filter(DeviceFilter(text="old-3"))
    assert _column(view, "serial") == ["OLD-3"]
    view.proxy.set_filter(DeviceFilter(text=edited.serial))
    assert view.proxy.rowCount() == 0


def test_a_large_table_sorts_in_the_background_keeping_its_rows_and_selection_meanwhile(qtbot, tmp_path, monkeypatch):
    view, project = _view(qtbot, tmp_path)
    go, sorters = _slow_sort(monkeypatch, project)
    view.show_project(project)
    view.table.selectRow(2)
    assert view.current().serial == "MM-5"
    view.table.sortByColumn(COLUMN["serial"], Qt.SortOrder.AscendingOrder)
    assert _column(view, "serial") == ["ZZ-9", "aa-1", "MM-5"]  # as they were: the window answers meanwhile
    assert view.summary.total.text() == "Sorting…"
    go.set()
    qtbot.waitUntil(lambda: _column(view, "serial") == ["aa-1", "MM-5", "ZZ-9"])
    assert view.current().serial == "MM-5"
    assert view.summary.total.text() == "<b>3 devices</b>"
    assert sorters and threading.main_thread().ident not in sorters
    view.table.sortByColumn(COLUMN["serial"], Qt.SortOrder.DescendingOrder)  # an order worked out is kept
    assert _column(view, "serial") == ["ZZ-9", "MM-5", "aa-1"]


def test_the_last_sort_asked_for_is_the_one_shown(qtbot, tmp_path, monkeypatch):
    view, project = _view(qtbot, tmp_path)
    go, _ = _slow_sort(monkeypatch, project)
    view.show_project(project)
    view.table.sortByColumn(COLUMN["serial"], Qt.SortOrder.AscendingOrder)  # held back
    view.table.sortByColumn(COLUMN["site"], Qt.SortOrder.AscendingOrder)  # asked for while it is worked out
    qtbot.waitUntil(lambda: _column(view, "site") == ["Depot", "HQ", "HQ"])
    go.set()
    qtbot.wait(200)  # the serial order arrives: it is no longer asked for
    assert _column(view, "site") == ["Depot", "HQ", "HQ"]
    assert view.summary.total.text() == "<b>3 devices</b>"


def test_an_edit_in_a_large_sorted_table_keeps_the_rows_until_the_new_order_is_known(qtbot, tmp_path, monkeypatch):
    view, project = _view(qtbot, tmp_path)
    go, _ = _slow_sort(monkeypatch, project)
    go.set()
    view.show_project(project)
    view.table.sortByColumn(COLUMN["serial"], Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: _column(view, "serial") == ["aa-1", "MM-5", "ZZ-9"])
    device = next(d for d in view.model.devices if d.serial == "aa-1")
    project.update_device(device.id, Device(manufacturer="Axis", serial="ZZZ-0", site="Depot"), CLEAR)
    view.replace_device(project.device(device.id))
    view.refresh()
    qtbot.waitUntil(lambda: _column(view, "serial") == ["MM-5", "ZZ-9", "ZZZ-0"])
