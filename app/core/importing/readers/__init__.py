"""One reader per file format behind one function: `read_tables(path)` picks the reader."""

from pathlib import Path

from app.core.importing.errors import InventoryError, check_regular_file, display_name, file_problem
from app.core.importing.readers import delimited, network_text, nmap_xml, workbook
from app.core.importing.table import Table
from app.core.language import QT_TRANSLATE_NOOP

# Beyond this a file is not an inventory a desktop can hold; say so instead of exhausting memory.
MAX_BYTES = {"workbook": 200 * 2**20, "text": 1024 * 2**20}

_WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"}


def read_tables(path: Path, sheet: str | None = None) -> list[Table]:
    """Every table in the file (every sheet of a workbook); raises InventoryError with a sentence."""
    path = Path(path)
    size = check_regular_file(path)
    name = display_name(path)
    if size == 0:
        raise InventoryError(QT_TRANSLATE_NOOP("Errors", "The file {name} is empty."), name=name)
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError as error:
        raise file_problem(path, error) from None
    kind = "workbook" if path.suffix.lower() in _WORKBOOK_SUFFIXES or workbook.looks_like_workbook(head) else "text"
    if size > MAX_BYTES[kind]:
        raise InventoryError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {name} is {size} MB, larger than Vetted can import ({limit} MB); "
                "split it into smaller files.",
            ),
            name=name,
            size=round(size / 2**20),
            limit=MAX_BYTES[kind] // 2**20,
        )
    if kind == "workbook":
        return workbook.read(path, head, sheet)
    text = delimited.decode_head(head)
    for reader in (nmap_xml, network_text):
        if reader.recognises(path, text):
            return [reader.read(path)]
    return [delimited.read(path)]
