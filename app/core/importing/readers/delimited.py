"""CSV, TSV and text tables: the encoding and the delimiter are found, not asked for."""

import codecs
import csv
from collections.abc import Iterator
from pathlib import Path

from app.core.importing.cells import CELL_LIMIT
from app.core.importing.errors import InventoryError, display_name
from app.core.importing.table import Table
from app.core.language import QT_TRANSLATE_NOOP

_DELIMITERS = ",;\t|"
_SAMPLE = 64 * 1024
_FIELD_LIMIT = 2**31 - 1  # the largest the csv module accepts; the file size limit bounds it anyway


def detect_encoding(head: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 by its BOM, else Windows-1252 (Excel's 'CSV' on Western Windows)."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if len(head) > 3 and head[1::2].count(0) > len(head) // 4:  # UTF-16 without a BOM: every other byte zero
        return "utf-16-le" if head[1] == 0 else "utf-16-be"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 3:  # not just a character cut at the end of the sample
            return "cp1252"
    return "utf-8"


def decode_head(head: bytes) -> str:
    return head.decode(detect_encoding(head), errors="replace")


def detect_delimiter(sample: str) -> str:
    """The delimiter that splits the sample's lines most consistently into more than one field."""
    lines = [line for line in sample.splitlines()[:50] if line.strip()]
    best, best_score = ",", 0.0
    for delimiter in _DELIMITERS:
        counts = [len(next(csv.reader([line], delimiter=delimiter))) for line in lines]
        wide = [c for c in counts if c > 1]
        if not wide:
            continue
        # Many lines split, into the same number of fields: a table.
        common = max(set(wide), key=wide.count)
        score = wide.count(common) * (1 + min(common, 30) / 30)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def looks_binary(sample: str) -> bool:
    """Text tables hold few control characters; images, archives and programs hold many."""
    odd = sum(1 for c in sample if (c < " " and c not in "\t\r\n") or c == "\ufffd")
    return odd > max(2, len(sample) // 100)


def read(path: Path) -> Table:
    with open(path, "rb") as handle:
        head = handle.read(_SAMPLE)
    encoding = detect_encoding(head)
    sample = head.decode(encoding, errors="replace")
    if looks_binary(sample):
        raise InventoryError(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a spreadsheet or a text table Vetted can read."),
            name=display_name(path),
        )
    delimiter = detect_delimiter(sample)
    return Table(display_name(path), _rows(path, encoding, delimiter))


def _rows(path: Path, encoding: str, delimiter: str) -> Iterator[tuple[int, list[object]]]:
    # A file that is mostly one encoding but has a stray byte still imports; the byte shows as '�'.
    # A cell may hold any amount of text (a manual pasted into the notes): the csv module's own limit
    # (128 KB) would call the file broken. Whole cells are read, then cut to what a cell keeps.
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    with open(path, encoding=encoding, errors="replace", newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        try:
            # Records, not physical lines: a quoted line break stays inside one row, as Excel shows it.
            for number, row in enumerate(reader, start=1):
                # One length test for the row (every cell is text here): cut only rows that hold a long cell.
                if row and len(max(row, key=len)) > CELL_LIMIT:
                    row = [cell[:CELL_LIMIT] for cell in row]
                yield number, row
        except csv.Error as error:
            reason = str(error).rstrip(".")
            raise InventoryError(
                QT_TRANSLATE_NOOP("Errors", "{name} has a broken line near line {line} ({reason})."),
                name=display_name(path),
                line=reader.line_num,
                reason=reason,
            ) from None
