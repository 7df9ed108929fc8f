"""Device rows written straight into a constant_memory sheet's XML, one string per row.

xlsxwriter spends ~10 µs on each cell (argument checks, a cell tuple, a table, then the XML through
generic writers); a report of 100,000 devices has some 2.4 million cells. A row here is its cells' XML
joined once: the same bytes xlsxwriter would write (tests/core/test_export_xlsx_rows.py compares them),
for the cells it writes in the ordinary way, and xlsxwriter's own path for any cell that is not ordinary
(text to escape, over-long text) or any sheet that is not a plain constant_memory one.
"""

import io
import re

from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet

from app.core.export.safe_cells import formula_like
from app.core.export.xlsx_cells import Cells

# Text xlsxwriter must work on: XML-special and control characters, its own _xHHHH_ escapes, leading
# or trailing white space, and text long enough that it might be cut at Excel's limit. Most text has none
# of the characters of _RARE, which one search tells; only text with one of them is searched again.
_RARE = re.compile(r"[&<>_\x00-\x1f\ufffe\uffff]")
_NEEDS_XLSXWRITER = re.compile(r"[&<>\x00-\x1f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_")
_SHORT = 16_383  # xlsxwriter looks at no text shorter than this for cutting


class DeviceRows:
    """Writes one row at a time, top to bottom: `start(row)`, then its cells in column order, then `end()`."""

    def __init__(self, ws: Worksheet, cells: Cells, columns: int):
        self.ws, self.cells = ws, cells
        self.direct = bool(getattr(ws, "constant_memory", False)) and all(
            getattr(info, "column_format", None) is None for info in ws.col_info.values()
        )
        self.letters = [xl_col_to_name(column) for column in range(columns)]
        self.parts: list[tuple[int, str]] = []  # (column, the cell's XML)
        self.last = -1  # the column of the row's last cell so far
        self.ordered = True  # whether the cells came in column order, as the XML must have them
        self.row = 0
        self.number_row = "1"
        self._styles: dict[Format | None, str] = {None: ""}

    def _style(self, cell_format: Format | None) -> str:
        style = self._styles.get(cell_format)
        if style is None:
            style = self._styles[cell_format] = f' s="{cell_format._get_xf_index()}"'
        return style

    def start(self, row: int) -> None:
        self.row, self.number_row = row, str(row + 1)
        if not self.direct:
            return
        ws = self.ws
        if row <= ws.previous_row or row in ws.row_info:
            self.direct = False  # rows out of order or with formats of their own: xlsxwriter's way
            return
        if ws.table:
            ws._write_single_row(row)  # the rows xlsxwriter still holds (the header) go first
        ws.previous_row = row

    def end(self) -> None:
        if self.direct and self.parts:
            parts, ws = self.parts, self.ws
            if not self.ordered:
                parts.sort(key=_first)
                self.ordered = True
            row = self.row
            if ws.dim_rowmin is None or row < ws.dim_rowmin:
                ws.dim_rowmin = row
            if ws.dim_rowmax is None or row > ws.dim_rowmax:
                ws.dim_rowmax = row
            if ws.dim_colmin is None or parts[0][0] < ws.dim_colmin:
                ws.dim_colmin = parts[0][0]
            if ws.dim_colmax is None or parts[-1][0] > ws.dim_colmax:
                ws.dim_colmax = parts[-1][0]
            ws._write_row(row, None)
            ws.fh.write("".join([xml for _, xml in parts]) + "</row>")
            parts.clear()
            self.last = -1

    def _add(self, column: int, xml: str) -> None:
        if column < self.last:
            self.ordered = False
        self.last = column
        self.parts.append((column, xml))

    def text(self, column: int, value: str, cell_format: Format | None = None) -> None:
        """Text as a string cell (formula-like text keeps Excel's quote prefix); empty text, no cell."""
        if not value:
            return
        if (
            not self.direct
            or len(value) > _SHORT
            or value[0].isspace()
            or value[-1].isspace()
            or (_RARE.search(value) and _NEEDS_XLSXWRITER.search(value))
        ):
            self._by_xlsxwriter(lambda: self.cells.text(self.ws, self.row, column, value, cell_format))
            return
        if formula_like(value):
            cell_format = self.cells.quoted(cell_format)
        style = self._styles.get(cell_format)
        if style is None:
            style = self._style(cell_format)
        if column < self.last:
            self.ordered = False
        self.last = column
        self.parts.append(
            (column, f'<c r="{self.letters[column]}{self.number_row}"{style} t="inlineStr"><is><t>{value}</t></is></c>')
        )

    def number(self, column: int, value: float, cell_format: Format | None = None) -> None:
        if not self.direct:
            self.ws.write_number(self.row, column, value, cell_format)
            return
        self._add(
            column, f'<c r="{self.letters[column]}{self.number_row}"{self._style(cell_format)}><v>{value:.16G}</v></c>'
        )

    def date_or_text(self, column: int, value: str) -> None:
        """An ISO date as an Excel date, anything else as its text (as Cells.date_or_text)."""
        serial = self.cells.serial(value)
        if serial is None:
            self.text(column, value)
        else:
            self.number(column, serial, self.cells.date)

    def formula(self, column: int, formula: str, cell_format: Format | None, value: float) -> None:
        """A formula carrying its computed value; the formula is written as given (no future functions)."""
        if not self.direct or not isinstance(value, int | float) or isinstance(value, bool):
            self._by_xlsxwriter(lambda: self.ws.write_formula(self.row, column, formula, cell_format, value))
            return
        body = formula.removeprefix("=")
        if "&" in body or "<" in body or ">" in body:
            body = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        self._add(
            column,
            f'<c r="{self.letters[column]}{self.number_row}"{self._style(cell_format)}><f>{body}</f><v>{value}</v></c>',
        )

    def _by_xlsxwriter(self, write) -> None:
        """One cell through xlsxwriter's own path: stored by it, then its XML taken in its place in the row."""
        write()
        if not self.direct:
            return
        ws = self.ws
        stream, ws.fh = ws.fh, io.StringIO()
        try:
            for column, cell in ws.table[self.row].items():
                ws._write_cell(self.row, column, cell)
                self._add(column, ws.fh.getvalue())
                ws.fh.seek(0)
                ws.fh.truncate()
        finally:
            ws.fh = stream
            ws.table.clear()


def _first(part: tuple[int, str]) -> int:
    return part[0]
