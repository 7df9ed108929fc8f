"""Amounts as people read them, in the price book's currency, for reports and spreadsheets."""

from decimal import ROUND_HALF_UP, Decimal

# Codes whose symbol comes first; any other currency is written after the amount ("1,250 CHF").
_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "CAD": "CA$", "AUD": "A$", "NZD": "NZ$", "JPY": "¥", "INR": "₹"}


def format_money(amount: float, currency: str) -> str:
    """'$12,340' — whole units, since an estimate to the cent would claim a precision it does not have."""
    whole = _rounded_as_excel(amount)
    symbol = _SYMBOLS.get(currency)
    return f"{symbol}{whole:,}" if symbol else f"{whole:,} {currency}"


def _rounded_as_excel(amount: float) -> int:
    """Round as Excel shows the same number (15 significant digits, then halves away from zero), so the PDF
    and the workbook print the same whole amounts; Python's own rounding sends 39,814.5 to 39,814."""
    return int(Decimal(f"{amount:.15g}").quantize(Decimal(1), rounding=ROUND_HALF_UP))


def excel_money_format(currency: str, decimals: int = 0) -> str:
    """An Excel number format for the currency, e.g. '"$"#,##0' or '#,##0.00 "CHF"'."""
    number = "#,##0" + ("." + "0" * decimals if decimals else "")
    symbol = _SYMBOLS.get(currency)
    return f'"{symbol}"{number}' if symbol else f'{number} "{currency}"'
