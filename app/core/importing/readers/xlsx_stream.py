"""A big .xlsx sheet read row by row straight from the zip, in the rows python-calamine would give.

calamine builds a sheet's whole grid before it yields a row (about 1 GB for a million rows of eleven
columns). Here the sheet's XML is read twice in pieces of a few MB: `survey` finds the columns calamine's
range spans (its first and last column holding a value) and whether every cell is in the plain form this
reader knows; `rows` then yields each row as python-calamine would, cut to those columns, with the same
Python values.
"""

import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO

from app.core.importing.readers import xlsx_values as xv
from app.core.importing.readers.xlsx_book import Book, complete

# A sheet part larger than this is streamed. calamine reads faster (1,000,000 rows of 11 columns, 620 MB
# of XML: 13.4 s against 16.6 s) but holds about 1.7 bytes a byte of XML (1,070 MB against 95 MB): a
# 100,000-row sheet (65 MB, 120 MB held) stays with calamine, and anything far bigger is streamed.
STREAM_BYTES = 100 * 2**20

PREFIXED_CELL = re.compile(rb":c[\s>/]")  # <x:c ...>: not in the plain form
_WHOLE_CELL = re.compile(rb'<c r="([A-Z]{1,3})(\d+)"([^>]*?)(?:/>|>(.*?)</c>)', re.S)
# The forms nearly every cell takes get their own groups: a number or string index in <v> (after a
# formula), and an inline string; anything else is decoded whole, as calamine would.
_CELL = re.compile(
    rb'<c r="([A-Z]{1,3})(\d+)"(?:[^>]*?><is><t>([^<&\r]+)</t></is></c>|([^>]*?)(?:/>|>(?:'
    rb"(?:<f[^>]*/>|<f[^>]*>[^<]*</f>)?<v>([^<&\r]+)</v>|(.*?))</c>))",
    re.S,
)
_CELL_START = b'<c r="'
_NOT_UTF8 = re.compile(rb'\s*<\?xml[^>]*encoding\s*=\s*["\'](?!utf-8["\'])', re.I)
_LETTERS = re.compile(r"[A-Z]+")
_CACHE = 4096  # decoded values kept by their XML: blank strings, dates and odd cells repeat
# Rows are read in pieces this big: one findall over a piece holds the GIL throughout (4 MB: ~50 ms, which a
# window importing in the background waited for), 512 KB ~6 ms, at the same speed overall.
ROWS_PIECE = 2**19


@dataclass
class Survey:
    """What the first reading of a sheet found."""

    first: int = 0  # the first and last column (from 1) holding a value in calamine's terms; 0: none
    last: int = 0
    rows: int = 0  # the highest row and column of any cell, as the grid check measures a sheet
    columns: int = 0
    strings: int = 0  # how many shared strings the cells looked at need


class _Strings:
    """Shared strings for the survey, which reads the sheet before them: any index, counted."""

    def __init__(self, found: Survey) -> None:
        self.found = found

    def __len__(self) -> int:
        return 2**63 - 1

    def __getitem__(self, index: int) -> str:
        self.found.strings = max(self.found.strings, index + 1)
        return ""


def survey(part: IO[bytes]) -> Survey | None:
    """The sheet's columns and size, or None when a cell is not in the plain form (then calamine reads it).

    Only cells outside the columns found so far are looked at one by one (one search skips the others),
    so a sheet is surveyed about as fast as it is inflated.
    """
    found = Survey()
    search, strings = _outside(found), _Strings(found)
    for number, piece in enumerate(complete(part, b"</row>")):
        if (number == 0 and (piece.startswith((b"\xff\xfe", b"\xfe\xff")) or _NOT_UTF8.match(piece))) or (
            PREFIXED_CELL.search(piece)
        ):
            return None
        position = 0
        while match := search.search(piece, position):
            cell = _WHOLE_CELL.match(piece, match.start())
            if cell is None:
                return None
            letters, row, attributes, inner = cell.groups()
            column = column_number(letters)
            found.columns, found.rows = max(found.columns, column), max(found.rows, int(row))
            try:
                value = xv.cell(xv.attributes(attributes).get(b"t"), 0, inner or b"", strings, False)
            except xv.Damaged:
                return None  # calamine says what is wrong with it
            if value is not xv.EMPTY and not found.first <= column <= found.last:
                found.first = min(found.first or column, column)
                found.last = max(found.last, column)
                search = _outside(found)
            position = cell.end()
        last = piece.rfind(_CELL_START)
        if last >= 0 and (cell := _WHOLE_CELL.match(piece, last)):
            found.rows = max(found.rows, int(cell[2]))
    return found


def rows(part: IO[bytes], found: Survey, book: Book) -> Iterator[tuple[int, list[object]]]:
    """Every row of the sheet to its last holding a value, numbered as in Excel (python-calamine yields
    blank rows above its range), cut to the surveyed columns. Raises xv.Damaged where calamine would fail."""
    if found.strings > len(book.strings):
        raise xv.Damaged("Cell string index not found in shared strings table")
    if not found.first:
        return
    width = found.last - found.first + 1
    strings, is_1904 = book.strings, book.is_1904
    places: dict[bytes, int] = {}
    converters: dict[bytes, Callable[[bytes], object]] = {}
    decoded: dict[tuple[bytes, bytes], object] = {}
    previous = current = 0
    row: list[object] = []
    filled = False
    row_text = b""
    for piece in complete(part, b"</row>", ROWS_PIECE):
        stop = piece.find(b"</sheetData>")
        matches = _CELL.findall(piece, 0, len(piece) if stop < 0 else stop)
        if len(matches) != piece.count(_CELL_START, 0, len(piece) if stop < 0 else stop):
            raise xv.Damaged("a cell in an unreadable form")
        for letters, number, t, attributes, v, other in matches:
            if number != row_text:
                row_text, new = number, int(number)
                if new != current:
                    if new < current or not new:
                        raise xv.Damaged("rows out of order")
                    if filled:
                        for blank in range(previous + 1, current):
                            yield blank, [""] * width
                        yield current, row
                        previous = current
                    current, row, filled = new, [""] * width, False
            if t:
                value = t.strip(b" \t\n").decode()
                if b"_x00" in t:
                    value = xv.unescape(value)
            elif v:
                convert = converters.get(attributes) or converters.setdefault(attributes, _converter(attributes, book))
                try:
                    value = convert(v)
                except (ValueError, IndexError):
                    value = xv.read_v(v, *_details(attributes, book), strings, is_1904)
                if value is None:
                    continue
            elif other:
                key = (attributes, other)
                value = decoded.get(key, decoded)
                if value is decoded:
                    value = xv.cell(*_details(attributes, book), other, strings, is_1904)
                    if len(decoded) < _CACHE and len(other) < 200:
                        decoded[key] = value
                if value is None:
                    continue
            else:
                continue
            place = places.get(letters)
            if place is None:
                place = places[letters] = column_number(letters) - found.first
                if not 0 <= place < width:
                    raise xv.Damaged("the sheet changed while it was read")
            row[place] = value
            filled = True
        if stop >= 0:
            break
    else:
        raise xv.Damaged("the sheet ends before its last row")
    if filled:
        for blank in range(previous + 1, current):
            yield blank, [""] * width
        yield current, row


def read_part(path: str, member: str, found: Survey, book: Book) -> Iterator[tuple[int, list[object]]]:
    """`rows` of one zip member, the file opened only once rows are asked for."""
    with zipfile.ZipFile(path) as archive, archive.open(member) as part:
        yield from rows(part, found, book)


def column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _column_name(number: int) -> str:
    name = ""
    while number:
        number, remainder = divmod(number - 1, 26)
        name = chr(65 + remainder) + name
    return name


def _outside(found: Survey) -> re.Pattern[bytes]:
    """A search for cells outside the columns found so far (and any cell not in the plain form)."""
    if not found.first:
        return re.compile(rb"<c(?=[\s>/])")
    groups: dict[str, list[str]] = {}
    for number in range(found.first, found.last + 1):
        name = _column_name(number)
        groups.setdefault(name[:-1], []).append(name[-1])
    inside = "|".join(f"{prefix}[{letters[0]}-{letters[-1]}]" for prefix, letters in groups.items())
    return re.compile(rb'<c(?! r="(?:' + inside.encode() + rb')\d+")(?=[\s>/])')


def _details(raw: bytes, book: Book) -> tuple[bytes | None, int]:
    """A cell's t="" and its style's number format."""
    attributes = xv.attributes(raw)
    return attributes.get(b"t"), xv.style_format(attributes.get(b"s"), book.formats)


def _converter(raw: bytes, book: Book) -> Callable[[bytes], object]:
    """How the <v> of a cell with these attributes becomes its value, for the usual values; ValueError or
    IndexError for any other, which xv.read_v then decodes (or refuses) as calamine would."""
    kind_t, number_format = _details(raw, book)
    strings, is_1904 = book.strings, book.is_1904
    if kind_t in (None, b"n") and number_format:
        dates: dict[bytes, object] = {}

        def convert(v: bytes) -> object:
            value = dates.get(v)
            if value is None:
                value = xv.number(v, number_format, is_1904) if v.isdigit() else _unusual(v)
                if len(dates) < _CACHE:
                    dates[v] = value
            return value

        return convert
    if kind_t in (None, b"n"):
        return lambda v: float(v) if v.isdigit() else _unusual(v)
    if kind_t == b"s":
        return lambda v: strings[int(v)] if v.isdigit() else _unusual(v)
    if kind_t == b"str":
        return lambda v: xv.unescape(v.decode())
    if kind_t in (b"inlineStr", b"is"):
        return lambda v: None  # calamine ignores a <v> in an inline string cell
    return _unusual


def _unusual(v: bytes) -> object:
    raise ValueError
