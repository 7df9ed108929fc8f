"""Amounts as people read them, in the price book's currency, for reports and spreadsheets."""

# Codes whose symbol comes first; any other currency is written after the amount ("1,250 CHF").
_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "CAD": "CA$", "AUD": "A$", "NZD": "NZ$", "JPY": "¥", "INR": "₹"}


def format_money(amount: float, currency: str) -> str:
    """'$12,340' — whole units, since an estimate to the cent would claim a precision it does not have."""
    symbol = _SYMBOLS.get(currency)
    return f"{symbol}{amount:,.0f}" if symbol else f"{amount:,.0f} {currency}"


def excel_money_format(currency: str, decimals: int = 0) -> str:
    """An Excel number format for the currency, e.g. '"$"#,##0' or '#,##0.00 "CHF"'."""
    number = "#,##0" + ("." + "0" * decimals if decimals else "")
    symbol = _SYMBOLS.get(currency)
    return f'"{symbol}"{number}' if symbol else f'{number} "{currency}"'
