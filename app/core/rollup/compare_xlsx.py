"""The progress workbook: a one-page Summary counted live from the Changes sheet, and the Changes themselves."""

from pathlib import Path

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError

from app.core.export.output import report_file
from app.core.export.xlsx_cells import Cells
from app.core.pricing.price_book import category_name
from app.core.rollup.compare import NEW, STATUSES, Comparison

SUMMARY, CHANGES = "Progress", "Changes"
CHANGE_COLUMNS = (
    ("Status", 16),
    ("Matched by", 20),
    ("Vendor", 16),
    ("Category", 22),
    ("Site", 18),
    ("Location", 18),
    ("Before: make and model", 26),
    ("Before: serial", 16),
    ("Before: MAC address", 18),
    ("Before: asset tag", 12),
    ("Now: make and model", 26),
    ("Now: serial", 16),
    ("Now: MAC address", 18),
    ("Now: asset tag", 12),
)
_ORDER = {status: n for n, status in enumerate(STATUSES)}


def write_compare_xlsx(comparison: Comparison, path: Path) -> None:
    """Write the progress workbook; ExportError with one sentence if it cannot be written."""
    with report_file(path) as temporary:
        workbook = xlsxwriter.Workbook(str(temporary), {"constant_memory": True})
        workbook.set_properties({"title": "Replacement progress", "author": "Vetted"})
        cells = Cells(workbook, "USD")
        summary = workbook.add_worksheet(SUMMARY)
        changes = workbook.add_worksheet(CHANGES)
        ordered = sorted(comparison.changes, key=lambda c: _ORDER[c.status])
        _write_changes(changes, cells, ordered)
        _write_summary(summary, cells, comparison, len(ordered))
        summary.activate()
        try:
            workbook.close()
        except FileCreateError as error:
            raise error.args[0] from None


def _write_summary(ws, cells: Cells, comparison: Comparison, rows: int) -> None:
    ws.set_column(0, 0, 40)
    ws.set_column(1, 1, 12)
    ws.write_string(0, 0, "Replacement progress", cells.title)
    cells.text(ws, 1, 0, comparison.summary(), cells.bold)
    cells.text(ws, 2, 0, comparison.details())
    ws.write_string(3, 0, "Earlier snapshot")
    cells.text(ws, 3, 1, f"{comparison.old_path.name} (saved {comparison.since})")
    ws.write_string(4, 0, "Now")
    cells.text(ws, 4, 1, comparison.new_path.name)
    row = 6
    if comparison.warning:
        cells.text(ws, 5, 0, comparison.warning, cells.note)
    cells.headers(ws, row, (("Flagged devices", 40), ("Devices", 12)), numbers_from=1)
    counts = comparison.counts
    before = comparison.flagged_before
    ws.write_string(row + 1, 0, "To replace in the earlier snapshot")
    ws.write_formula(
        row + 1,
        1,
        f'=COUNTA({CHANGES}!$A$2:$A${rows + 1})-COUNTIF({CHANGES}!$A$2:$A${rows + 1},"{NEW}")',
        cells.count,
        before,
    )
    for offset, status in enumerate(STATUSES, start=2):
        ws.write_string(row + offset, 0, status)
        ws.write_formula(
            row + offset, 1, f'=COUNTIF({CHANGES}!$A$2:$A${rows + 1},"{status}")', cells.count, counts[status]
        )
    ws.write_string(
        row + len(STATUSES) + 3,
        0,
        "Matched by serial number, then MAC address, then asset tag, then make, model and location.",
        cells.note,
    )
    ws.fit_to_pages(1, 1)


def _write_changes(ws, cells: Cells, changes) -> None:
    cells.headers(ws, 0, CHANGE_COLUMNS)
    for row, change in enumerate(changes, start=1):
        device = change.device
        ws.write_string(row, 0, change.status)
        cells.text(ws, row, 1, change.matched_by)
        cells.text(ws, row, 2, (change.new or change.old).vendor_name)
        cells.text(ws, row, 3, category_name(device.category))
        cells.text(ws, row, 4, device.site)
        cells.text(ws, row, 5, device.location)
        for start, side in ((6, change.old), (10, change.new)):
            if side is not None:
                for column, value in enumerate((side.label(), side.serial, side.mac, side.asset_tag), start=start):
                    cells.text(ws, row, column, value)
    ws.freeze_panes(1, 1)
    ws.autofilter(0, 0, max(len(changes), 1), len(CHANGE_COLUMNS) - 1)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)
