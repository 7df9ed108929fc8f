"""Cell values from any reader turned into the text Vetted stores and shows."""

from datetime import date, datetime, time

# Excel's own limit on a cell; longer text (a manual pasted into a notes cell) is kept up to this many
# characters, so the file still imports and the table and the project stay a sensible size.
CELL_LIMIT = 32_767


def capped(row: list) -> list:
    """The row with any text longer than CELL_LIMIT cut to it (the row itself when none is)."""
    for cell in row:  # a loop, not any() over a generator: this runs for every cell of every row
        if cell.__class__ is str and len(cell) > CELL_LIMIT:
            return [cell[:CELL_LIMIT] if cell.__class__ is str else cell for cell in row]
    return row


def cell_text(value: object) -> str:
    """Text as a person would type it: 1234.0 -> '1234', a date -> '2024-03-01', None -> ''."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds").removesuffix(" 00:00:00")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value).strip()
