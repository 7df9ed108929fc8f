"""A price book as an Excel workbook, so an organisation can share its own prices between projects."""

import zipfile
from dataclasses import replace
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.workbook.defined_name import DefinedName

from app.core.export.output import report_file
from app.core.language import QT_TRANSLATE_NOOP, Sentence, words
from app.core.pricing import sheet
from app.core.pricing.money import excel_money_format
from app.core.pricing.price_book import CATEGORIES, CategoryPrice, PriceBook, PriceBookError, category_name, price_name
from app.core.pricing.sheet import RATES, SHEET_NAME

_HEADER_FILL = PatternFill("solid", fgColor="1F3864")
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_PERCENT_RATES = ("contingency_pct", "tax_pct")


def write_price_book(book: PriceBook, path: Path) -> None:
    """Save the price book as a one-sheet workbook, replacing `path` only once complete; ExportError with
    one sentence if it cannot be written."""
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = SHEET_NAME
    money, unit_money = excel_money_format(book.currency), excel_money_format(book.currency, 2)
    _header(ws, 0, sheet.HEADERS)
    for row, code in enumerate(CATEGORIES, start=sheet.FIRST_CATEGORY_ROW):
        price = book.categories[code]
        values = [category_name(code), code, price.low, price.typical, price.high, price.labour_hours]
        values += [sheet.all_in_formula(row, band) for band in sheet.ALL_IN_COLUMNS]
        values += [price.source, price.dated]
        for column, value in enumerate(values):
            cell = ws.cell(row + 1, column + 1, value)
            if column in sheet.UNIT_COLUMNS.values():
                cell.number_format = unit_money
            elif column in sheet.ALL_IN_COLUMNS.values():
                cell.number_format = money
    _header(ws, sheet.RATES_HEADER_ROW, sheet.RATES_HEADERS)
    for field, label, _ in RATES:
        row = sheet.rate_row(field) + 1
        value = getattr(book, field)
        ws.cell(row, 1, label)
        cell = ws.cell(row, 2, value / 100 if field in _PERCENT_RATES else value)
        cell.number_format = "0.0%" if field in _PERCENT_RATES else ("@" if field == "currency" else unit_money)
    # One source covers all the rates: written once, on the first rate's row, where read_price_book looks.
    first = sheet.rate_row(RATES[0][0]) + 1
    ws.cell(first, 3, book.rates_source)
    ws.cell(first, 4, book.rates_dated)
    ws.cell(sheet.NOTE_ROW + 1, 1, sheet.NOTE).font = Font(italic=True)
    for name, reference in sheet.defined_names().items():
        workbook.defined_names[name] = DefinedName(name, attr_text=reference.removeprefix("="))
    for column, width in enumerate(sheet.COLUMN_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.freeze_panes = "A2"
    with report_file(path, complete=zipfile.is_zipfile) as temporary:
        workbook.save(temporary)


def read_price_book(path: Path) -> PriceBook:
    """A price book from a workbook written by Vetted (or its report), edited or not.

    Categories and rates the file leaves out keep Vetted's defaults. Raises ValueError with one plain
    sentence when the file is not a readable price book.
    """
    try:
        workbook = openpyxl.load_workbook(path, data_only=True)
    except FileNotFoundError:
        raise PriceBookError(QT_TRANSLATE_NOOP("Errors", "{name} does not exist."), name=Path(path).name) from None
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError):
        raise PriceBookError(
            QT_TRANSLATE_NOOP("Errors", "{name} is not an Excel workbook Vetted can read."), name=Path(path).name
        ) from None
    names = {_french(SHEET_NAME).casefold(), SHEET_NAME.casefold()}  # a French report's sheet too
    ws = next((w for w in workbook.worksheets if w.title.casefold() in names), None)
    if ws is None and len(workbook.worksheets) == 1:
        ws = workbook.worksheets[0]
    rows = list(ws.iter_rows()) if ws is not None else []
    columns = _columns(rows)
    if ws is None or columns is None:
        raise PriceBookError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} has no price book: Vetted looks for a “{sheet}” sheet "
                "with Code, Unit cost and Install labour hours columns.",
            ),
            name=Path(path).name,
            sheet=Sentence(SHEET_NAME, context="Report"),
        )
    header_row, found = columns
    book = PriceBook.from_dict({})
    categories = dict(book.categories)
    rates: dict[str, object] = {}
    labels = {label.casefold(): field for field, label, _ in RATES}
    labels |= {_french(label).casefold(): field for field, label, _ in RATES}
    for cells in rows[header_row + 1 :]:
        code = _text(cells, found.get("code")).lower() or _code_for(_text(cells, found.get("category")))
        if code in categories:
            categories[code] = _price(cells, found, categories[code], code, path)
        field = labels.get(_text(cells, 0).casefold())
        if field and len(cells) > 1 and cells[1].value not in (None, ""):
            rates[field] = _rate(field, cells[1])
        if field == RATES[0][0]:
            rates["rates_source"], rates["rates_dated"] = _text(cells, 2), _text(cells, 3)
    try:
        return replace(book, categories=categories, **rates)
    except ValueError as error:
        problem = error.sentence if isinstance(error, PriceBookError) else str(error)
        raise PriceBookError(
            QT_TRANSLATE_NOOP("Errors", "In {name}: {problem}"), name=Path(path).name, problem=problem
        ) from None


def _header(ws, row: int, headers: tuple[str, ...]) -> None:
    for column, title in enumerate(headers, start=1):
        cell = ws.cell(row + 1, column, title)
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)


def _french(text: str) -> str:
    return words("fr").translate("Report", text)


def _columns(rows: list) -> tuple[int, dict[str, int]] | None:
    """The header row and the column of each field, found by header text wherever the columns moved."""
    wanted = {
        "category": "category",
        "code": "code",
        "unit cost low": "low",
        "unit cost typical": "typical",
        "unit cost high": "high",
        "install labour hours": "labour_hours",
        "source (estimate)": "source",
        "source": "source",
        "dated": "dated",
    }
    wanted |= {
        _french(title).casefold(): wanted[title.casefold()] for title in sheet.HEADERS if title.casefold() in wanted
    }
    for number, cells in enumerate(rows[:10]):
        found = {wanted[t]: i for i, c in enumerate(cells) if (t := str(c.value or "").strip().casefold()) in wanted}
        if {"low", "typical", "high", "labour_hours"} <= found.keys() and found.keys() & {"code", "category"}:
            return number, found
    return None


def _price(cells, found: dict[str, int], default: CategoryPrice, code: str, path: Path) -> CategoryPrice:
    values = {}
    for field in ("low", "typical", "high", "labour_hours"):
        value = cells[found[field]].value if found[field] < len(cells) else None
        if value in (None, ""):
            continue
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise PriceBookError(
                QT_TRANSLATE_NOOP("Errors", "{what} in {name} is not a number (cell {cell})."),
                what=price_name(field, code),
                name=Path(path).name,
                cell=cells[found[field]].coordinate,
            )
        values[field] = value
    for field in ("source", "dated"):
        if field in found:
            values[field] = _text(cells, found[field])
    return replace(default, **values)


def _rate(field: str, cell) -> object:
    value = cell.value
    if field == "currency":
        return str(value).strip().upper()
    if field in _PERCENT_RATES and isinstance(value, int | float) and "%" in cell.number_format:
        # A cell shown as 10 % holds 0.1; round away the float noise of multiplying it back.
        return round(value * 100, 9)
    return value


def _text(cells, column: int | None) -> str:
    if column is None or column >= len(cells) or cells[column].value is None:
        return ""
    return str(cells[column].value).strip()


_CODES_BY_NAME = {category_name(code).casefold(): code for code in CATEGORIES}


def _code_for(name: str) -> str:
    return _CODES_BY_NAME.get(name.casefold(), "")
