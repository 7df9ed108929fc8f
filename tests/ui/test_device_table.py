"""The device table over a project's columns: search any field, sort on any column, selection kept."""

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
