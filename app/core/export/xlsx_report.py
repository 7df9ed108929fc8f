"""The Excel report: Summary, Flagged devices, All devices, Price book and Sources, with live totals."""

import re
import tempfile
import zipfile
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.utility import xl_rowcol_to_cell_fast
from xlsxwriter.worksheet import Worksheet

from app.core.export.output import report_file
from app.core.export.report import Report
from app.core.export.xlsx_cells import Cells
from app.core.export.xlsx_devices import ALL_SHEET, FLAGGED_SHEET, write_all, write_flagged
from app.core.export.xlsx_reference import SOURCES_SHEET, write_price_book, write_sources
from app.core.export.xlsx_summary import SHEET as SUMMARY_SHEET
from app.core.export.xlsx_summary import write_summary
from app.core.pricing.sheet import SHEET_NAME as PRICE_BOOK_SHEET


def write_xlsx(report: Report, path: Path, progress: Callable[[int, int], None] | None = None) -> None:
    """Write the report workbook to `path`; ExportError with one sentence if it cannot be written.

    Each cost and total is an Excel formula over the Price book sheet, carrying the value Vetted
    computed, so Excel (which recalculates on opening) and Vetted agree until someone changes a price.
    `progress(done, total)` hears, every few thousand, how many device rows of both device sheets are written.
    """
    # xlsxwriter's scratch files go in a folder of their own, removed however the export ends.
    with (
        report_file(path, complete=zipfile.is_zipfile) as temporary,
        tempfile.TemporaryDirectory(prefix="vetted-xlsx-", ignore_cleanup_errors=True) as scratch,
    ):
        # constant_memory streams each sheet's rows to disk as they are written: 100,000 devices
        # stay well under 200 MB, and rows must therefore be written top to bottom.
        workbook = xlsxwriter.Workbook(str(temporary), {"constant_memory": True, "tmpdir": scratch})
        try:
            _write(workbook, report, progress)
            workbook.close()
        except BaseException as error:
            _abandon(workbook)
            if isinstance(error, FileCreateError):
                raise error.args[0] from None  # the OSError itself, which report_file puts in a sentence
            raise


def _write(workbook: xlsxwriter.Workbook, report: Report, progress: Callable[[int, int], None] | None) -> None:
    workbook.set_properties(
        {
            "title": report.words.translate("Report", "Replacement estimate: %1").replace("%1", report.title),
            "author": "Vetted",
            "comments": report.words.translate("Report", "Estimates, not quotes."),
        }
    )
    cells = Cells(workbook, report.price_book.currency, report.lang)
    name = report.words.translate  # sheet names in the report's language; the formulas use the same
    summary = workbook.add_worksheet(name("Report", SUMMARY_SHEET))
    flagged = workbook.add_worksheet(name("Report", FLAGGED_SHEET), worksheet_class=_PlainFormulaSheet)
    everything = workbook.add_worksheet(name("Report", ALL_SHEET), worksheet_class=_PlainFormulaSheet)
    prices = workbook.add_worksheet(name("Report", PRICE_BOOK_SHEET))
    sources = workbook.add_worksheet(name("Report", SOURCES_SHEET))
    total = len(report.replaced) + len(report.devices)
    done = write_flagged(flagged, cells, report, _Progress(progress, 0, total))
    write_all(everything, cells, report, _Progress(progress, done, total))
    write_price_book(workbook, prices, cells, report)
    write_sources(sources, cells, report)
    write_summary(workbook, summary, cells, report)


def _abandon(workbook: xlsxwriter.Workbook) -> None:
    """Close each sheet's row file after a failure (report_file closes the zip file itself). Left to the
    garbage collector, each would try again to write to the full disk and print "Exception ignored"."""
    for sheet in workbook.worksheets():
        with suppress(OSError, ValueError, AttributeError):
            sheet.row_data_fh.close()


class _Progress:
    """Rows written on one sheet, reported as rows of the whole report."""

    def __init__(self, report: Callable[[int, int], None] | None, before: int, total: int):
        self.report, self.before, self.total = report, before, total

    def __call__(self, rows: int) -> None:
        if self.report is not None:
            self.report(self.before + rows, self.total)


# Text xlsxwriter must work on: XML-special and control characters, its own _xHHHH_ escapes, and
# leading or trailing white space. Anything else is written as it is.
_NEEDS_ESCAPING = re.compile(r"[&<>\x00-\x1f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_|^\s|\s$")


class _PlainFormulaSheet(Worksheet):
    """A device sheet with xlsxwriter's two slowest per-cell steps cut short.

    Formulas: xlsxwriter rewrites every formula through some thirty regular expressions to prefix
    Excel 365 function names; the device costs use only VLOOKUP, so they are written as given (five
    times cheaper). Text: ordinary text goes straight out as an inline string,
    skipping four escaping passes that would change nothing; any other cell takes xlsxwriter's own path.
    Should xlsxwriter stop calling these methods, the report stays correct, only slower.
    """

    def _prepare_formula(self, formula: str, expand_future_functions: bool = False) -> str:
        return formula.removeprefix("=")

    def _write_cell(self, row: int, col: int, cell) -> None:
        if not (self.constant_memory and type(cell).__name__ == "String" and not _NEEDS_ESCAPING.search(cell.string)):
            super()._write_cell(row, col, cell)
        elif cell.format is not None:
            self.fh.write(
                f'<c r="{xl_rowcol_to_cell_fast(row, col)}" s="{cell.format._get_xf_index()}" '
                f't="inlineStr"><is><t>{cell.string}</t></is></c>'
            )
        elif row in self.row_info or getattr(self.col_info.get(col), "column_format", None) is not None:
            super()._write_cell(row, col, cell)  # the row's or column's own format applies
        else:
            self.fh.write(f'<c r="{xl_rowcol_to_cell_fast(row, col)}" t="inlineStr"><is><t>{cell.string}</t></is></c>')
