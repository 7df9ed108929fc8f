"""The Excel report's formats, and the only way it writes text: always as a string, never as a formula."""

from datetime import date

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from app.core.export.safe_cells import formula_like
from app.core.language import words
from app.core.pricing.money import excel_money_format

_EXCEL_EPOCH = date(1899, 12, 30)  # day 0 of Excel's date serials (its 1900 leap-year bug included)
HEADER_COLOUR = "#1F3864"
_UNSEEN = object()


class Cells:
    """Formats shared by every sheet, and writers for text, dates and headers."""

    def __init__(self, workbook: Workbook, currency: str, lang: str = "en"):
        self.words = words(lang)
        add = workbook.add_format
        self.header = add(
            {
                "bold": True,
                "font_color": "white",
                "bg_color": HEADER_COLOUR,
                "text_wrap": True,
                "valign": "top",
                "border": 1,
                "border_color": "#BFBFBF",
            }
        )
        self.header_number = add(
            {
                "bold": True,
                "font_color": "white",
                "bg_color": HEADER_COLOUR,
                "text_wrap": True,
                "valign": "top",
                "align": "right",
                "border": 1,
                "border_color": "#BFBFBF",
            }
        )
        self.title = add({"bold": True, "font_size": 16, "font_color": HEADER_COLOUR})
        self.heading = add({"bold": True, "font_size": 12, "font_color": HEADER_COLOUR})
        self.note = add({"italic": True, "font_color": "#595959"})
        self.bold = add({"bold": True})
        self.wrap = add({"text_wrap": True, "valign": "top"})
        self.money = add({"num_format": excel_money_format(currency, 0, lang)})
        self.money_bold = add({"num_format": excel_money_format(currency, 0, lang), "bold": True, "top": 1})
        self.unit_money = add({"num_format": excel_money_format(currency, 2, lang)})
        self.hours = add({"num_format": "0.0"})
        self.percent = add({"num_format": "0.0%"})
        self.count = add({"num_format": "#,##0"})
        self.count_bold = add({"num_format": "#,##0", "bold": True, "top": 1})
        self.date = add({"num_format": "yyyy-mm-dd", "align": "left"})
        # The quote prefix keeps formula-like text a string even after someone edits the cell in Excel.
        self._quoted = {
            None: add({"quote_prefix": True}),
            self.wrap: add({"quote_prefix": True, "text_wrap": True, "valign": "top"}),
        }
        self._serials: dict[str, int | None] = {}

    def text(self, ws: Worksheet, row: int, column: int, value: str, cell_format: Format | None = None) -> None:
        """Write text as a string cell; empty text leaves the cell empty."""
        if value:
            if formula_like(value):
                cell_format = self.quoted(cell_format)
            ws.write_string(row, column, value, cell_format)

    def quoted(self, cell_format: Format | None) -> Format:
        """The format for formula-like text in a cell of `cell_format`: the same, with the quote prefix."""
        return self._quoted.get(cell_format, self._quoted[None])

    def serial(self, value: str) -> int | None:
        """The Excel date serial of an ISO date ('2024-03-01', or a date and time); None for other text."""
        serial = self._serials.get(value, _UNSEEN)
        if serial is _UNSEEN:  # inventories repeat their dates; parse each once
            serial = self._serials[value] = _serial(value)
        return serial

    def date_or_text(self, ws: Worksheet, row: int, column: int, value: str) -> None:
        """An ISO date ('2024-03-01', or a date and time) as an Excel date; anything else as the text it is."""
        serial = self.serial(value)
        if serial is None:
            self.text(ws, row, column, value)
        else:
            ws.write_number(row, column, serial, self.date)

    def headers(
        self, ws: Worksheet, row: int, columns: tuple[tuple[str, float], ...], numbers_from: int | None = None
    ) -> None:
        """A header row with its column widths, its titles in the report's language; headers from column
        `numbers_from` on sit right, over numbers."""
        for column, (title, width) in enumerate(columns):
            numeric = numbers_from is not None and column >= numbers_from
            title = self.words.translate("Report", title)
            ws.write_string(row, column, title, self.header_number if numeric else self.header)
            ws.set_column(column, column, width)


def _serial(value: str) -> int | None:
    if len(value) < 10 or (len(value) > 10 and value[10] not in " T"):
        return None
    try:
        return (date.fromisoformat(value[:10]) - _EXCEL_EPOCH).days
    except ValueError:
        return None
