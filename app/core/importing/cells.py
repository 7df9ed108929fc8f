"""Cell values from any reader turned into the text Vetted stores and shows."""

from datetime import date, datetime, time


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
