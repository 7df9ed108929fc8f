"""Excel and OpenDocument workbooks (.xlsx .xlsm .xlsb .xls .ods), read with python-calamine."""

import zipfile
from collections.abc import Iterator
from pathlib import Path

import python_calamine as calamine

from app.core.importing.errors import InventoryError
from app.core.importing.table import Table

_ZIP = b"PK\x03\x04"
MAX_EXPANDED_BYTES = 2 * 2**30  # a 100,000-row sheet is about 60 MB of XML
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls, and also any password-protected workbook


def looks_like_workbook(head: bytes) -> bool:
    return head.startswith(_ZIP) or head.startswith(_OLE)


def read(path: Path, head: bytes, sheet: str | None = None) -> list[Table]:
    suffix = path.suffix.lower()
    if head.startswith(_OLE) and suffix in {".xlsx", ".xlsm", ".xlsb"}:
        # Excel wraps an encrypted .xlsx in an OLE container: the zip inside cannot be read.
        raise InventoryError(
            f"{path.name} is password-protected; open it in Excel, remove the password and save a copy to import."
        )
    if not looks_like_workbook(head):
        raise InventoryError(
            f"{path.name} is not a spreadsheet Vetted can read (it is not an Excel or OpenDocument file)."
        )
    if head.startswith(_ZIP):
        _check_expanded_size(path)
    try:
        book = calamine.CalamineWorkbook.from_path(str(path))
        names = [m.name for m in book.sheets_metadata if m.typ == calamine.SheetTypeEnum.WorkSheet]
    except calamine.PasswordError:
        raise InventoryError(
            f"{path.name} is password-protected; remove the password in Excel and save a copy to import."
        ) from None
    except (calamine.CalamineError, calamine.ZipError, calamine.XmlError, ValueError, OSError) as error:
        raise InventoryError(f"{path.name} is damaged or not a complete spreadsheet ({_short(error)}).") from None
    if sheet is not None:
        if sheet not in names:
            raise InventoryError(f"{path.name} has no sheet named “{sheet}”; its sheets are {', '.join(names)}.")
        names = [sheet]
    return [Table(name, _rows(book, name, path)) for name in names]


def _check_expanded_size(path: Path) -> None:
    """Refuse a workbook whose parts would expand beyond what a desktop can hold (a 'zip bomb')."""
    try:
        with zipfile.ZipFile(path) as archive:
            expanded = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise InventoryError(f"{path.name} is damaged or not a complete spreadsheet.") from None
    if expanded > MAX_EXPANDED_BYTES:
        raise InventoryError(
            f"{path.name} expands to {expanded / 2**30:.1f} GB, more than Vetted can read "
            f"({MAX_EXPANDED_BYTES // 2**30} GB); save a smaller copy."
        )


def _rows(book: calamine.CalamineWorkbook, name: str, path: Path) -> Iterator[tuple[int, list[object]]]:
    try:
        sheet = book.get_sheet_by_name(name)
        # calamine yields rows from the sheet's first row, so row numbers are positions + 1;
        # leading empty columns are cut, which changes nothing the user sees.
        yield from enumerate(sheet.iter_rows(), start=1)
    except (calamine.CalamineError, calamine.ZipError, calamine.XmlError, ValueError) as error:
        raise InventoryError(f"Sheet “{name}” of {path.name} is damaged ({_short(error)}).") from None


def _short(error: Exception) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:120]
