"""Excel and OpenDocument workbooks (.xlsx .xlsm .xlsb .xls .ods), read with python-calamine."""

import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import python_calamine as calamine

from app.core.importing.cells import capped
from app.core.importing.errors import InventoryError, display_name
from app.core.importing.readers import xlsx_book, xlsx_stream, xlsx_values
from app.core.importing.table import Table
from app.core.language import QT_TRANSLATE_NOOP, Number

_ZIP = b"PK\x03\x04"
MAX_EXPANDED_BYTES = 2 * 2**30  # a 100,000-row sheet is about 60 MB of XML
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls, and also any password-protected workbook
_STREAMED = {".xlsx", ".xlsm"}  # read by calamine's xlsx reader, which xlsx_stream follows

# calamine holds a sheet as one grid from its first used cell to its last, 32 bytes a cell, before
# yielding a row: one cell at A1 and one at XFD1048576 ask for 512 GB and abort the process. Sheets
# whose grid would pass this many cells (about 1 GB) are refused before calamine reads them.
MAX_CELLS = 30_000_000
# Every cell of an ordinary sheet opens with a reference in columns A-Z and a row under 1,100,000 (Excel
# stops at 1,048,576): such a grid is at most 26 x 1,099,999 cells, within MAX_CELLS, so one search for
# any other cell settles it. (Two searches, each starting with a literal, run many times faster than one
# with alternatives.) A million-row sheet is ordinary: followed cell by cell, it took 16 s.
_UNUSUAL_CELL = re.compile(rb'<c(?! r="[A-Z](?:\d{1,6}|10\d{5})")(?=[\s>/])')
_PREFIXED_CELL = xlsx_stream.PREFIXED_CELL  # <x:c ...>: rare, and followed cell by cell when seen
_ELEMENT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c)(?=[\s>/])([^>]*)")
_REFERENCE = re.compile(rb'\sr="([A-Z]*)(\d*)"')
_NOT_SHEETS = ("sharedStrings.xml", "styles.xml", ".rels", "[Content_Types].xml")
_CHUNK = 4 * 2**20
_U32 = struct.Struct("<I").unpack_from
_BINARY_HEAD = 14  # a record's type (2 bytes), size (4) and the 8 bytes a row or cell opens with


def looks_like_workbook(head: bytes) -> bool:
    return head.startswith(_ZIP) or head.startswith(_OLE)


def read(path: Path, head: bytes, sheet: str | None = None) -> list[Table]:
    suffix, file = path.suffix.lower(), display_name(path)
    if head.startswith(_OLE) and suffix in {".xlsx", ".xlsm", ".xlsb"}:
        # Excel wraps an encrypted .xlsx in an OLE container: the zip inside cannot be read.
        raise InventoryError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is password-protected; open it in Excel, remove the password and save a copy to import.",
            ),
            name=file,
        )
    if not looks_like_workbook(head):
        raise InventoryError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} is not a spreadsheet Vetted can read (it is not an Excel or OpenDocument file)."
            ),
            name=file,
        )
    streamed: dict[str, xlsx_stream.Survey] = {}
    if head.startswith(_ZIP):
        _check_expanded_size(path)
        streamed = _check_grid_size(path, stream=suffix in _STREAMED)
    if streamed and (tables := _streamed_tables(path, streamed, sheet)) is not None:
        return tables
    book = _open(path)
    names = _chosen([m.name for m in book.sheets_metadata if m.typ == calamine.SheetTypeEnum.WorkSheet], sheet, file)
    return [Table(name, _rows(book, name, path)) for name in names]


def _open(path: Path) -> calamine.CalamineWorkbook:
    try:
        return calamine.CalamineWorkbook.from_path(str(path))
    except calamine.PasswordError:
        raise InventoryError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} is password-protected; remove the password in Excel and save a copy to import."
            ),
            name=display_name(path),
        ) from None
    except (calamine.CalamineError, calamine.ZipError, calamine.XmlError, ValueError, OSError) as error:
        raise InventoryError(
            QT_TRANSLATE_NOOP("Errors", "{name} is damaged or not a complete spreadsheet ({reason})."),
            name=display_name(path),
            reason=_short(error),
        ) from None


def _chosen(names: list[str], sheet: str | None, file: str) -> list[str]:
    if sheet is not None and sheet not in names:
        raise InventoryError(
            QT_TRANSLATE_NOOP("Errors", "{name} has no sheet named “{sheet}”; its sheets are {sheets}."),
            name=file,
            sheet=sheet,
            sheets=", ".join(names),
        )
    return names if sheet is None else [sheet]


def _streamed_tables(path: Path, streamed: dict[str, xlsx_stream.Survey], sheet: str | None) -> list[Table] | None:
    """The sheets of a workbook with a big sheet: those surveyed streamed, any other read by calamine;
    None when the workbook's parts are not read alike by both (then calamine reads it all)."""
    try:
        with zipfile.ZipFile(path) as archive:
            book = xlsx_book.load(archive)
    except Exception:
        return None
    parts = {name: member for name, member, worksheet in book.sheets if worksheet}
    tables = []
    for name in _chosen(list(parts), sheet, display_name(path)):
        found = streamed.get(parts[name])
        rows = _streamed_rows(path, parts[name], found, book, name) if found is not None else _later(path, name)
        tables.append(Table(name, rows))
    return tables


def _streamed_rows(
    path: Path, member: str, found: xlsx_stream.Survey, book: xlsx_book.Book, name: str
) -> Iterator[tuple[int, list[object]]]:
    try:
        for number, row in xlsx_stream.read_part(str(path), member, found, book):
            yield number, capped(row)
    except (xlsx_values.Damaged, zipfile.BadZipFile, zlib.error, EOFError, ValueError) as error:
        raise _damaged_sheet(name, path, error) from None


def _later(path: Path, name: str) -> Iterator[tuple[int, list[object]]]:
    yield from _rows(_open(path), name, path)


def _check_expanded_size(path: Path) -> None:
    """Refuse a workbook whose parts would expand beyond what a desktop can hold (a 'zip bomb')."""
    try:
        with zipfile.ZipFile(path) as archive:
            expanded = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise InventoryError(
            QT_TRANSLATE_NOOP("Errors", "{name} is damaged or not a complete spreadsheet."), name=display_name(path)
        ) from None
    if expanded > MAX_EXPANDED_BYTES:
        raise InventoryError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} expands to {size} GB, more than Vetted can read ({limit} GB); save a smaller copy."
            ),
            name=display_name(path),
            size=Number(expanded / 2**30, 1),
            limit=MAX_EXPANDED_BYTES // 2**30,
        )


def _check_grid_size(path: Path, stream: bool = False) -> dict[str, xlsx_stream.Survey]:
    """Refuse a workbook with a sheet whose grid of cells would not fit in memory (see MAX_CELLS).

    With `stream`, a sheet part too big for calamine's grid is surveyed for the streaming reader in the
    same reading; returns the surveys, by zip member.
    """
    surveys = {}
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if info.filename.endswith(".xml") and not info.filename.endswith(_NOT_SHEETS):
                    found = None
                    if stream and info.file_size > xlsx_stream.STREAM_BYTES:
                        with archive.open(info) as part:
                            found = xlsx_stream.survey(part)
                    if found is not None:
                        surveys[info.filename] = found
                        rows, columns = found.rows, found.columns
                    else:
                        rows, columns = _grid(archive, info)
                elif _is_binary_sheet(info.filename):
                    rows, columns = _binary_grid(archive, info)
                else:
                    continue
                if rows * columns > MAX_CELLS:
                    raise InventoryError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{name} has cells spread over {rows} rows and {columns} columns, more than Vetted "
                            "can read at once; delete the stray cells far from the table (Ctrl+End in Excel "
                            "finds them) and save a copy.",
                        ),
                        name=display_name(path),
                        rows=rows,
                        columns=columns,
                    )
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        raise InventoryError(
            QT_TRANSLATE_NOOP("Errors", "{name} is damaged or not a complete spreadsheet."), name=display_name(path)
        ) from None
    return surveys


def _grid(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[int, int]:
    """At least the (rows, columns) of the grid calamine would build for this part; (0, 0) if it is ordinary."""
    with archive.open(info) as part:
        carry = b""
        while chunk := part.read(_CHUNK):
            data = carry + chunk
            cut = data.rfind(b"<")  # a tag cut between two chunks is searched whole with the next
            end = cut if cut > 0 else len(data)
            if _UNUSUAL_CELL.search(data, 0, end) or _PREFIXED_CELL.search(data, 0, end):
                break
            carry = data[cut:] if cut > 0 else b""
        else:
            return 0, 0
    # An unusual sheet (wide, very long, or cells without references): follow every row and cell as
    # calamine does, a row or cell without a reference coming just after the one before it.
    rows = columns = row = column = 0
    with archive.open(info) as part:
        carry = b""
        while chunk := part.read(_CHUNK):
            data = carry + chunk
            cut = data.rfind(b"<")
            data, carry = data[:cut], data[cut:]
            for tag, attributes in _ELEMENT.findall(data):
                reference = _REFERENCE.search(attributes)
                if tag == b"row":
                    row = int(reference[2] or 0) if reference else row + 1
                    column = 0
                else:
                    if reference:
                        column = xlsx_stream.column_number(reference[1])
                        row = int(reference[2]) if reference[2] else row
                    else:
                        column += 1
                    rows, columns = max(rows, row), max(columns, column)
    return rows, columns


def _is_binary_sheet(filename: str) -> bool:
    # calamine opens an .xlsb sheet as "xl/" + its target, matched without regard to case or slashes,
    # and reads it as a worksheet only under xl/worksheets/.
    name = filename.replace("\\", "/").lower()
    return name.startswith("xl/worksheets/") and name.endswith(".bin")


def _binary_grid(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[int, int]:
    """The (rows, columns) of the grid calamine would build for an .xlsb sheet: its highest cell (MS-XLSB 2.1.4).

    Each record is a type (1-2 bytes), a size (1-4 bytes), 7 bits a byte and the high bit meaning more, then
    the payload. A row record (BrtRowHdr, 0) opens with its row, a cell record (1-11) with its column, both
    uint32. The short cell records (12-18) carry no column; calamine skips them, so they add nothing here.
    Like calamine, reading stops at the end of the sheet data (0x92) and at a row past Excel's last.
    A record cut short raises EOFError.
    """
    rows = columns = row = 0
    with archive.open(info) as part:
        data, pos, end = b"", 0, 0
        while True:
            skip = pos - len(data)
            while skip > 0:  # the rest of a record longer than the buffer
                skipped = len(part.read(min(skip, _CHUNK)))
                if not skipped:
                    raise EOFError
                skip -= skipped
            chunk = part.read(_CHUNK)
            data, pos = data[max(pos, 0) :] + chunk, 0
            if chunk:
                end = len(data) - _BINARY_HEAD  # every record opening before end has its head in data
            else:
                end = len(data)  # the last records: zeros after them keep the reads below in bounds
                data += bytes(_BINARY_HEAD)
            while pos < end:
                kind = data[pos]
                if kind & 0x80:
                    kind = (kind & 0x7F) | (data[pos + 1] & 0x7F) << 7
                    pos += 2
                else:
                    pos += 1
                size = data[pos]
                pos += 1
                if size & 0x80:
                    size &= 0x7F
                    for shift in (7, 14, 21):
                        byte = data[pos]
                        pos += 1
                        size |= (byte & 0x7F) << shift
                        if not byte & 0x80:
                            break
                if kind <= 11:
                    if size < 4:
                        raise EOFError
                    number = _U32(data, pos)[0]
                    if kind:
                        if number >= columns:
                            columns = number + 1
                        if row >= rows:
                            rows = row + 1
                    elif number > 0x10_0000:
                        return rows, columns
                    else:
                        row = number
                elif kind == 0x92:
                    return rows, columns
                pos += size
            if not chunk:
                if pos > end:
                    raise EOFError  # the last record is cut short
                return rows, columns


def _rows(book: calamine.CalamineWorkbook, name: str, path: Path) -> Iterator[tuple[int, list[object]]]:
    try:
        sheet = book.get_sheet_by_name(name)
        # calamine yields rows from the sheet's first row, so row numbers are positions + 1;
        # leading empty columns are cut, which changes nothing the user sees.
        for number, row in enumerate(sheet.iter_rows(), start=1):
            yield number, capped(row)
    except (calamine.CalamineError, calamine.ZipError, calamine.XmlError, ValueError) as error:
        raise _damaged_sheet(name, path, error) from None


def _damaged_sheet(name: str, path: Path, error: Exception) -> InventoryError:
    return InventoryError(
        QT_TRANSLATE_NOOP("Errors", "Sheet “{sheet}” of {name} is damaged ({reason})."),
        sheet=name,
        name=display_name(path),
        reason=_short(error),
    )


def _short(error: Exception) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:120]
