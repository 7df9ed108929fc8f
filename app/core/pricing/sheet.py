"""Where each figure sits on a "Price book" sheet.

The price book workbook and the Excel report's Price book sheet share this layout, so an organisation
can import either, and the report's formulas can name the cells they read.
"""

from app.core.language import QT_TRANSLATE_NOOP
from app.core.pricing.price_book import CATEGORIES

SHEET_NAME = QT_TRANSLATE_NOOP("Report", "Price book")
HEADERS = (
    QT_TRANSLATE_NOOP("Report", "Category"),
    QT_TRANSLATE_NOOP("Report", "Code"),
    QT_TRANSLATE_NOOP("Report", "Unit cost low"),
    QT_TRANSLATE_NOOP("Report", "Unit cost typical"),
    QT_TRANSLATE_NOOP("Report", "Unit cost high"),
    QT_TRANSLATE_NOOP("Report", "Install labour hours"),
    QT_TRANSLATE_NOOP("Report", "Per device low, all in"),
    QT_TRANSLATE_NOOP("Report", "Per device typical, all in"),
    QT_TRANSLATE_NOOP("Report", "Per device high, all in"),
    QT_TRANSLATE_NOOP("Report", "Source (estimate)"),
    QT_TRANSLATE_NOOP("Report", "Dated"),
)
UNIT_COLUMNS = {"low": 2, "typical": 3, "high": 4}  # 0-based, in HEADERS
HOURS_COLUMN = 5
ALL_IN_COLUMNS = {"low": 6, "typical": 7, "high": 8}
SOURCE_COLUMN, DATED_COLUMN = 9, 10
COLUMN_WIDTHS = (24, 18, 14, 14, 14, 12, 14, 14, 14, 90, 10)

FIRST_CATEGORY_ROW = 1  # 0-based: row 2 in Excel, under the headers
LAST_CATEGORY_ROW = FIRST_CATEGORY_ROW + len(CATEGORIES) - 1
RATES_HEADER_ROW = LAST_CATEGORY_ROW + 2
RATES_HEADERS = (
    QT_TRANSLATE_NOOP("Report", "Setting"),
    QT_TRANSLATE_NOOP("Report", "Value"),
    QT_TRANSLATE_NOOP("Report", "Source (estimate)"),
    QT_TRANSLATE_NOOP("Report", "Dated"),
)
# (field, label, Excel name the formulas use, if any); the rates sit under their header, one a row.
RATES = (
    ("labour_rate", QT_TRANSLATE_NOOP("Report", "Labour rate per hour"), "LabourRate"),
    ("disposal", QT_TRANSLATE_NOOP("Report", "Disposal per device"), "Disposal"),
    ("contingency_pct", QT_TRANSLATE_NOOP("Report", "Contingency"), "Contingency"),
    ("tax_pct", QT_TRANSLATE_NOOP("Report", "Tax"), "Tax"),
    ("currency", QT_TRANSLATE_NOOP("Report", "Currency"), ""),
)
NOTE_ROW = RATES_HEADER_ROW + len(RATES) + 2
NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "Every figure here is an estimate, not a quote: replace it with your own prices. Per device, all in = "
    "(unit cost + install hours × labour rate + disposal) × (1 + contingency) × (1 + tax).",
)


def column_letter(column: int) -> str:
    """The Excel letter of a 0-based column; this sheet stays within A to Z."""
    return chr(ord("A") + column)


def rate_row(field: str) -> int:
    """The 0-based row of a rate's value (in column B)."""
    return RATES_HEADER_ROW + 1 + [r[0] for r in RATES].index(field)


def defined_names(sheet_name: str = SHEET_NAME) -> dict[str, str]:
    """Workbook names for the rate cells, e.g. LabourRate -> ='Price book'!$B$18."""
    return {name: f"='{sheet_name}'!$B${rate_row(field) + 1}" for field, _, name in RATES if name}


def all_in_formula(row: int, band: str) -> str:
    """The formula for one category's all-in cost per device, on a 0-based row of this sheet."""
    unit = f"{column_letter(UNIT_COLUMNS[band])}{row + 1}"
    hours = f"{column_letter(HOURS_COLUMN)}{row + 1}"
    return f"=({unit}+{hours}*LabourRate+Disposal)*(1+Contingency)*(1+Tax)"


def category_range(column: int, sheet_name: str = SHEET_NAME) -> str:
    """One column (0-based) over the category rows, e.g. 'Price book'!$G$2:$G$14."""
    letter = column_letter(column)
    return f"'{sheet_name}'!${letter}${FIRST_CATEGORY_ROW + 1}:${letter}${LAST_CATEGORY_ROW + 1}"


def lookup_range(band: str, sheet_name: str = SHEET_NAME) -> tuple[str, int]:
    """('$A$2:$I$14', 8): the VLOOKUP range from the Category column and the all-in column's index in it."""
    last = column_letter(ALL_IN_COLUMNS["high"])
    cells = f"'{sheet_name}'!$A${FIRST_CATEGORY_ROW + 1}:${last}${LAST_CATEGORY_ROW + 1}"
    return cells, ALL_IN_COLUMNS[band] + 1
