"""The report's device sheets: the devices to replace, each priced by a formula, and the whole inventory.

These sheets hold nearly every cell of a large report, so rows are written straight from tuples with
each value's writer chosen once per column; see benchmarks/bench_export.py.
"""

from operator import attrgetter

from xlsxwriter.worksheet import Worksheet

from app.core.export.report import DECISION_LABELS, VERDICT_LABELS, Report
from app.core.export.xlsx_cells import Cells
from app.core.pricing import sheet
from app.core.pricing.estimate import GroupNames, site_name, unit_estimate, vendor_label
from app.core.pricing.price_book import category_name

FLAGGED_SHEET = "Flagged devices"
FLAGGED_COLUMNS = (
    ("Site", 18), ("Location", 18), ("Vendor", 16), ("Category", 22), ("Manufacturer", 18), ("Model", 20),
    ("Serial", 16), ("MAC address", 18), ("Installed", 11), ("Verdict", 10), ("Decision", 10), ("Why", 70),
    ("Estimate low", 13), ("Estimate typical", 13), ("Estimate high", 13), ("Inventory sheet", 16),
    ("Inventory row", 10),
)
SITE, VENDOR, CATEGORY = 0, 2, 3
COST_COLUMNS = {"low": 12, "typical": 13, "high": 14}
_FLAGGED_TEXT = attrgetter("location", "manufacturer", "model", "serial", "mac")  # columns 1, 4-7
_FLAGGED_TEXT_COLUMNS = (1, 4, 5, 6, 7)

ALL_SHEET = "All devices"
ALL_COLUMNS = (
    ("Inventory sheet", 16), ("Row", 7), ("Site", 18), ("Location", 18), ("Name", 16), ("Asset tag", 12),
    ("Manufacturer", 18), ("Brand", 12), ("Model", 20), ("Serial", 16), ("MAC address", 18), ("IP address", 14),
    ("Device type", 16), ("Installed", 11), ("Category", 22), ("Verdict", 10), ("Vendor", 16), ("Why", 70),
    ("Decision", 10), ("Note", 24), ("Decided on", 11),
)
VERDICT, DECISION = 15, 18
_ALL_TEXT = attrgetter("sheet", "site", "location", "name", "asset_tag", "manufacturer", "brand", "model", "serial",
                       "mac", "ip", "device_type")
_ALL_TEXT_COLUMNS = (0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)


def write_flagged(ws: Worksheet, cells: Cells, report: Report) -> int:
    """The devices the estimate covers, one a row, with their cost from the Price book; returns the row count."""
    cells.headers(ws, 0, FLAGGED_COLUMNS)
    book = report.price_book
    lookup = {band: sheet.lookup_range(band) for band in COST_COLUMNS}
    units = {}
    groups = GroupNames()  # the same names, in the same order, as report.totals: the Summary matches on them
    text, write_formula, write_number = cells.text, ws.write_formula, ws.write_number
    for row, device in enumerate(report.replaced, start=1):
        unit = units.get(device.category)
        if unit is None:
            unit = units[device.category] = unit_estimate(book, device.category)
        text(ws, row, SITE, groups.site(site_name(device)))
        text(ws, row, VENDOR, groups.vendor(vendor_label(device)))
        text(ws, row, CATEGORY, category_name(device.category))
        for column, value in zip(_FLAGGED_TEXT_COLUMNS, _FLAGGED_TEXT(device), strict=True):
            text(ws, row, column, value)
        cells.date_or_text(ws, row, 8, device.install_date)
        text(ws, row, 9, VERDICT_LABELS.get(device.verdict, device.verdict))
        text(ws, row, 10, DECISION_LABELS.get(device.decision, device.decision))
        text(ws, row, 11, device.explanation)
        for band, column in COST_COLUMNS.items():
            cells_range, index = lookup[band]
            write_formula(row, column, f"=VLOOKUP($D{row + 1},{cells_range},{index},FALSE)", cells.money,
                          getattr(unit, band))
        text(ws, row, 15, device.sheet)
        write_number(row, 16, device.row)
    return _finish(ws, len(report.replaced), FLAGGED_COLUMNS)


def write_all(ws: Worksheet, cells: Cells, report: Report) -> int:
    """Every device with its verdict, vendor, reason and decision; returns the row count."""
    cells.headers(ws, 0, ALL_COLUMNS)
    text, write_number = cells.text, ws.write_number
    for row, device in enumerate(report.devices, start=1):
        for column, value in zip(_ALL_TEXT_COLUMNS, _ALL_TEXT(device), strict=True):
            text(ws, row, column, value)
        write_number(row, 1, device.row)
        cells.date_or_text(ws, row, 13, device.install_date)
        text(ws, row, 14, category_name(device.category))
        text(ws, row, VERDICT, VERDICT_LABELS.get(device.verdict, device.verdict))
        text(ws, row, 16, device.vendor_name)
        text(ws, row, 17, device.explanation)
        text(ws, row, DECISION, DECISION_LABELS.get(device.decision, device.decision))
        text(ws, row, 19, device.note)
        cells.date_or_text(ws, row, 20, device.decided_at)
    return _finish(ws, len(report.devices), ALL_COLUMNS)


def _finish(ws: Worksheet, rows: int, columns: tuple) -> int:
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(rows, 1), len(columns) - 1)
    return rows
