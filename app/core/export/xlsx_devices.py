"""The report's device sheets: the devices to replace, each priced by a formula, and the whole inventory.

These sheets hold nearly every cell of a large report, so rows are written straight from tuples with
each value's writer chosen once per column; see benchmarks/bench_export.py.
"""

from collections.abc import Callable
from operator import attrgetter

from xlsxwriter.worksheet import Worksheet

from app.core.export.report import Report
from app.core.export.xlsx_cells import Cells
from app.core.export.xlsx_rows import DeviceRows
from app.core.language import QT_TRANSLATE_NOOP
from app.core.pricing import sheet
from app.core.pricing.estimate import GroupNames, site_name, unit_estimate, vendor_label
from app.core.pricing.price_book import category_name
from app.core.where import LETTER_COUNTRIES

FLAGGED_SHEET = QT_TRANSLATE_NOOP("Report", "Flagged devices")
FLAGGED_COLUMNS = (
    (QT_TRANSLATE_NOOP("Report", "Site"), 18),
    (QT_TRANSLATE_NOOP("Report", "Location"), 18),
    (QT_TRANSLATE_NOOP("Report", "Vendor"), 16),
    (QT_TRANSLATE_NOOP("Report", "Category"), 22),
    (QT_TRANSLATE_NOOP("Report", "Manufacturer"), 18),
    (QT_TRANSLATE_NOOP("Report", "Model"), 20),
    (QT_TRANSLATE_NOOP("Report", "Serial"), 16),
    (QT_TRANSLATE_NOOP("Report", "MAC address"), 18),
    (QT_TRANSLATE_NOOP("Report", "Installed"), 11),
    (QT_TRANSLATE_NOOP("Report", "Verdict"), 10),
    (QT_TRANSLATE_NOOP("Report", "Decision"), 10),
    (QT_TRANSLATE_NOOP("Report", "Why"), 70),
    (QT_TRANSLATE_NOOP("Report", "Estimated cost (typical)"), 14),
    (QT_TRANSLATE_NOOP("Report", "Inventory sheet"), 16),
    (QT_TRANSLATE_NOOP("Report", "Inventory row"), 10),
)
_FLAGGED = {title: column for column, (title, _) in enumerate(FLAGGED_COLUMNS)}
SITE, VENDOR, CATEGORY, COST = (_FLAGGED[t] for t in ("Site", "Vendor", "Category", "Estimated cost (typical)"))
_FLAGGED_TEXT = attrgetter("manufacturer", "model", "serial", "mac")
_FLAGGED_TEXT_COLUMNS = tuple(_FLAGGED[t] for t in ("Manufacturer", "Model", "Serial", "MAC address"))

ALL_SHEET = QT_TRANSLATE_NOOP("Report", "All devices")
ALL_COLUMNS = (
    (QT_TRANSLATE_NOOP("Report", "Inventory sheet"), 16),
    (QT_TRANSLATE_NOOP("Report", "Row"), 7),
    (QT_TRANSLATE_NOOP("Report", "Site"), 18),
    (QT_TRANSLATE_NOOP("Report", "Location"), 18),
    (QT_TRANSLATE_NOOP("Report", "Name"), 16),
    (QT_TRANSLATE_NOOP("Report", "Asset tag"), 12),
    (QT_TRANSLATE_NOOP("Report", "Manufacturer"), 18),
    (QT_TRANSLATE_NOOP("Report", "Brand"), 12),
    (QT_TRANSLATE_NOOP("Report", "Model"), 20),
    (QT_TRANSLATE_NOOP("Report", "Serial"), 16),
    (QT_TRANSLATE_NOOP("Report", "MAC address"), 18),
    (QT_TRANSLATE_NOOP("Report", "IP address"), 14),
    (QT_TRANSLATE_NOOP("Report", "Device type"), 16),
    (QT_TRANSLATE_NOOP("Report", "Installed"), 11),
    (QT_TRANSLATE_NOOP("Report", "Category"), 22),
    (QT_TRANSLATE_NOOP("Report", "Verdict"), 10),
    (QT_TRANSLATE_NOOP("Report", "Vendor"), 16),
    (QT_TRANSLATE_NOOP("Report", "Why"), 70),
    (QT_TRANSLATE_NOOP("Report", "Decision"), 10),
    (QT_TRANSLATE_NOOP("Report", "Note"), 24),
    (QT_TRANSLATE_NOOP("Report", "Decided on"), 11),
)
_ALL = {title: column for column, (title, _) in enumerate(ALL_COLUMNS)}
VERDICT, DECISION = _ALL["Verdict"], _ALL["Decision"]
_ALL_TEXT = attrgetter(
    "site",
    "location",
    "name",
    "asset_tag",
    "manufacturer",
    "brand",
    "model",
    "serial",
    "mac",
    "ip",
    "device_type",
)
_ALL_TEXT_COLUMNS = tuple(
    _ALL[t]
    for t in (
        "Site",
        "Location",
        "Name",
        "Asset tag",
        "Manufacturer",
        "Brand",
        "Model",
        "Serial",
        "MAC address",
        "IP address",
        "Device type",
    )
)


PROGRESS_EVERY = 5000  # device rows between two progress reports


def _no_progress(rows: int) -> None:
    pass


def write_flagged(ws: Worksheet, cells: Cells, report: Report, progress: Callable[[int], None] = _no_progress) -> int:
    """The devices the estimate covers, one a row, each costed by a formula on the Price book; returns the rows.

    One cost a device (the typical one) keeps the sheet readable and the export fast; the Summary adds
    the low and high ends from the Price book by category.
    """
    cells.headers(ws, 0, FLAGGED_COLUMNS)
    book = report.price_book
    cost_range, cost_index = sheet.lookup_range("typical", report.words.translate("Report", sheet.SHEET_NAME))
    units: dict[str, float] = {}
    groups = GroupNames()  # the same names, in the same order, as report.totals: the Summary matches on them
    out = DeviceRows(ws, cells, len(FLAGGED_COLUMNS))
    text, date_or_text, formula, number = out.text, out.date_or_text, out.formula, out.number
    for row, device in enumerate(report.replaced, start=1):
        unit = units.get(device.category)
        if unit is None:
            unit = units[device.category] = unit_estimate(book, device.category).typical
        out.start(row)  # cells in column order, as the sheet's XML has them
        text(SITE, groups.site(site_name(device)))
        text(_FLAGGED["Location"], device.location)
        text(VENDOR, groups.vendor(vendor_label(device)))
        text(CATEGORY, category_name(device.category, report.lang))
        for column, value in zip(_FLAGGED_TEXT_COLUMNS, _FLAGGED_TEXT(device), strict=True):
            text(column, value)
        if device.install_date:
            date_or_text(_FLAGGED["Installed"], device.install_date)
        text(_FLAGGED["Verdict"], report.verdict(device.verdict))
        if device.decision:
            text(_FLAGGED["Decision"], report.decision(device.decision))
        text(_FLAGGED["Why"], device.explanation)
        formula(COST, f"=VLOOKUP($D{row + 1},{cost_range},{cost_index},FALSE)", cells.money, unit)
        text(_FLAGGED["Inventory sheet"], device.sheet)
        number(_FLAGGED["Inventory row"], device.row)
        out.end()
        if row % PROGRESS_EVERY == 0:
            progress(row)
    progress(len(report.replaced))
    return _finish(ws, len(report.replaced), FLAGGED_COLUMNS, report)


def write_all(ws: Worksheet, cells: Cells, report: Report, progress: Callable[[int], None] = _no_progress) -> int:
    """Every device with its verdict, vendor, reason and decision; returns the row count."""
    cells.headers(ws, 0, ALL_COLUMNS)
    out = DeviceRows(ws, cells, len(ALL_COLUMNS))
    text, date_or_text, number = out.text, out.date_or_text, out.number
    for row, device in enumerate(report.devices, start=1):
        out.start(row)  # cells in column order, as the sheet's XML has them
        text(_ALL["Inventory sheet"], device.sheet)
        number(_ALL["Row"], device.row)
        for column, value in zip(_ALL_TEXT_COLUMNS, _ALL_TEXT(device), strict=True):
            text(column, value)  # most inventories leave several of these columns empty: no cell
        if device.install_date:
            date_or_text(_ALL["Installed"], device.install_date)
        text(_ALL["Category"], category_name(device.category, report.lang))
        text(VERDICT, report.verdict(device.verdict))
        text(_ALL["Vendor"], device.vendor_name)
        text(_ALL["Why"], device.explanation)
        if device.decision:
            text(DECISION, report.decision(device.decision))
            text(_ALL["Note"], device.note)
            date_or_text(_ALL["Decided on"], device.decided_at)
        out.end()
        if row % PROGRESS_EVERY == 0:
            progress(row)
    progress(len(report.devices))
    return _finish(ws, len(report.devices), ALL_COLUMNS, report)


def _finish(ws: Worksheet, rows: int, columns: tuple, report: Report) -> int:
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(rows, 1), len(columns) - 1)
    set_printing(ws, rows, len(columns), report)
    return rows


def set_printing(ws: Worksheet, rows: int, columns: int, report: Report) -> None:
    """Printed, a device list reads across: landscape, one page wide and as many long as it takes, the
    header row on every page, gridlines to follow a row, narrow margins, and Letter or A4 where the user
    said they are (else the printer's own paper)."""
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)
    ws.print_area(0, 0, max(rows, 1), columns - 1)
    ws.hide_gridlines(0)  # shown on screen and printed
    ws.set_margins(left=0.3, right=0.3, top=0.5, bottom=0.5)
    if report.where.country:
        ws.set_paper(1 if report.where.country in LETTER_COUNTRIES else 9)  # Letter, A4
