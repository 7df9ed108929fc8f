"""What every reader produces: named tables of rows, each row with the number the user sees."""

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass
class Table:
    """One sheet of a workbook, or the whole of a CSV or scan file."""

    name: str
    rows: Iterator[tuple[int, list[object]]]  # (row number as the file shows it, cells)
    # Readers of files with fixed fields (scans, leases) know their columns; spreadsheets find them.
    headers: list[str] | None = None
