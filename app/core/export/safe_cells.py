"""The one rule every report writer follows: text from an inventory is never run as a formula.

A spreadsheet takes a cell that starts with =, +, -, @, a tab or a carriage return for a formula
(CSV and formula injection, OWASP), so `=HYPERLINK(...)` typed into an inventory could run on a
manager's machine. Writers ask `formula_like` of every text cell: the Excel report writes such text as a
string marked with Excel's quote prefix, and the CSV puts a single quote in front of it.
"""

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def formula_like(text: str) -> bool:
    """True if a spreadsheet would read this text as the start of a formula."""
    return text.startswith(_FORMULA_STARTS)
