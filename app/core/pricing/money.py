"""Amounts as people read them, in the price book's currency, for reports and spreadsheets."""

from decimal import ROUND_HALF_UP, Decimal

# Codes whose symbol comes first; any other currency is written after the amount ("1,250 CHF").
_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "CAD": "CA$", "AUD": "A$", "NZD": "NZ$", "JPY": "¥", "INR": "₹"}
# French (Canada) writes every symbol after the amount, and "$" alone means the Canadian dollar.
_FRENCH_SYMBOLS = {
    "CAD": "$", "USD": "$\u00a0US", "AUD": "$\u00a0AU", "NZD": "$\u00a0NZ",
    "GBP": "£", "EUR": "€", "JPY": "¥", "INR": "₹",
}  # fmt: skip


def format_money(amount: float, currency: str, lang: str = "en") -> str:
    """'$12,340' — whole units, since an estimate to the cent would claim a precision it does not have;
    in French '12 340 $' (a no-break space between thousands and before the symbol)."""
    whole = _rounded_as_excel(amount)
    if lang == "fr":
        return f"{whole:,}".replace(",", "\u00a0") + "\u00a0" + _FRENCH_SYMBOLS.get(currency, currency)
    symbol = _SYMBOLS.get(currency)
    return f"{symbol}{whole:,}" if symbol else f"{whole:,} {currency}"


def _rounded_as_excel(amount: float) -> int:
    """Round as Excel shows the same number (15 significant digits, then halves away from zero), so the PDF
    and the workbook print the same whole amounts; Python's own rounding sends 39,814.5 to 39,814."""
    return int(Decimal(f"{amount:.15g}").quantize(Decimal(1), rounding=ROUND_HALF_UP))


def excel_money_format(currency: str, decimals: int = 0, lang: str = "en") -> str:
    """An Excel number format for the currency, e.g. '"$"#,##0' or '#,##0.00 "CHF"'; in French the symbol
    follows ('#,##0 "$"'), and Excel draws the separators of the reader's own locale (1 234,56 in French)."""
    number = "#,##0" + ("." + "0" * decimals if decimals else "")
    if lang == "fr":
        return f'{number} "{_FRENCH_SYMBOLS.get(currency, currency)}"'
    symbol = _SYMBOLS.get(currency)
    return f'"{symbol}"{number}' if symbol else f'{number} "{currency}"'
