"""The report's Price book and Sources sheets: what the estimate and the flags rest on."""

from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from app.core.export.report import Report
from app.core.export.xlsx_cells import Cells
from app.core.kb.kinds import KIND_LABELS
from app.core.language import QT_TRANSLATE_NOOP
from app.core.pricing import sheet
from app.core.pricing.estimate import unit_estimate
from app.core.pricing.price_book import CATEGORIES, category_name

_PERCENT_RATES = ("contingency_pct", "tax_pct")
SOURCES_SHEET = QT_TRANSLATE_NOOP("Report", "Sources")
_SOURCE_COLUMNS = (
    (QT_TRANSLATE_NOOP("Report", "Source"), 26),
    (QT_TRANSLATE_NOOP("Report", "Kind"), 18),
    (QT_TRANSLATE_NOOP("Report", "Jurisdiction"), 11),
    (QT_TRANSLATE_NOOP("Report", "Date"), 11),
    (QT_TRANSLATE_NOOP("Report", "Vendors in this report"), 22),
    (QT_TRANSLATE_NOOP("Report", "Title"), 40),
    (QT_TRANSLATE_NOOP("Report", "Publisher"), 24),
    (QT_TRANSLATE_NOOP("Report", "Quote"), 80),
    (QT_TRANSLATE_NOOP("Report", "Link"), 40),
)


def write_price_book(workbook: Workbook, ws: Worksheet, cells: Cells, report: Report) -> None:
    """The price book in the layout read_price_book imports, with the names the cost formulas use."""
    book = report.price_book
    cells.headers(ws, 0, tuple(zip(sheet.HEADERS, sheet.COLUMN_WIDTHS, strict=True)))
    for row, code in enumerate(CATEGORIES, start=sheet.FIRST_CATEGORY_ROW):
        price = book.categories[code]
        unit = unit_estimate(book, code)
        cells.text(ws, row, 0, category_name(code, report.lang))
        cells.text(ws, row, 1, code)
        for band, column in sheet.UNIT_COLUMNS.items():
            ws.write_number(row, column, getattr(price, band), cells.unit_money)
        ws.write_number(row, sheet.HOURS_COLUMN, price.labour_hours, cells.hours)
        for band, column in sheet.ALL_IN_COLUMNS.items():
            ws.write_formula(row, column, sheet.all_in_formula(row, band), cells.money, getattr(unit, band))
        cells.text(ws, row, sheet.SOURCE_COLUMN, price.source)
        cells.text(ws, row, sheet.DATED_COLUMN, price.dated)
    w = report.words
    for column, title in enumerate(sheet.RATES_HEADERS):
        ws.write_string(sheet.RATES_HEADER_ROW, column, w.translate("Report", title), cells.header)
    for number, (field, label, _) in enumerate(sheet.RATES):
        row = sheet.rate_row(field)
        value = getattr(book, field)
        ws.write_string(row, 0, w.translate("Report", label))
        if field == "currency":
            cells.text(ws, row, 1, value)
        elif field in _PERCENT_RATES:
            ws.write_number(row, 1, value / 100, cells.percent)
        else:
            ws.write_number(row, 1, value, cells.unit_money)
        if number == 0:  # one source covers every rate, on the first rate's row as read_price_book expects
            cells.text(ws, row, 2, book.rates_source)
            cells.text(ws, row, 3, book.rates_dated)
    ws.write_string(sheet.NOTE_ROW, 0, w.translate("Report", sheet.NOTE), cells.note)
    for name, reference in sheet.defined_names(w.translate("Report", sheet.SHEET_NAME)).items():
        workbook.define_name(name, reference)
    ws.freeze_panes(1, 0)


def write_sources(ws: Worksheet, cells: Cells, report: Report) -> None:
    """The laws and calls for bans behind the flags, with the words each source uses."""
    cells.headers(ws, 0, _SOURCE_COLUMNS)
    for row, cited in enumerate(report.sources, start=1):
        source = cited.source
        cells.text(ws, row, 0, source.short)
        cells.text(ws, row, 1, report.words.translate("Kind", KIND_LABELS.get(source.kind, source.kind)))
        cells.text(ws, row, 2, source.jurisdiction)
        cells.date_or_text(ws, row, 3, source.date)
        cells.text(ws, row, 4, ", ".join(cited.vendors), cells.wrap)
        cells.text(ws, row, 5, source.title, cells.wrap)
        cells.text(ws, row, 6, source.publisher, cells.wrap)
        cells.text(ws, row, 7, source.quote, cells.wrap)
        if source.url.startswith(("https://", "http://")) and len(source.url) <= 2079:  # Excel's URL limit
            ws.write_url(row, 8, source.url)
        else:
            cells.text(ws, row, 8, source.url)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(len(report.sources), 1), len(_SOURCE_COLUMNS) - 1)
