"""The organisation workbook: Summary, Sites, Devices to replace, Prices and Rates, with live totals.

Each site keeps its own price book: the Rates sheet has one row a site, the Prices sheet one row per
site and category whose all-in costs are formulas over that site's rates. Every count of devices to
replace (per site, vendor and category) is costed by a formula on its site's price row, and every
total above it sums those costs, so a price changed in the workbook flows into every total. Each
formula also carries the value Vetted computed, which is what a reader that does not recalculate shows.
"""

from pathlib import Path

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet

from app.core.export.output import report_file
from app.core.export.xlsx_cells import Cells
from app.core.export.xlsx_report import _PlainFormulaSheet
from app.core.pricing.estimate import Subtotal, unit_estimate
from app.core.pricing.price_book import CATEGORIES, category_name
from app.core.rollup.combine import Organisation, checked_with

SUMMARY, SITES, COUNTS, PRICES, RATES = "Summary", "Sites", "Devices to replace", "Prices", "Rates"
BANDS = ("low", "typical", "high")

SITE_COLUMNS = (
    ("Project", 26),
    ("Sites", 26),
    ("Devices", 10),
    ("Flagged", 10),
    ("To review", 10),
    ("Decided", 10),
    ("To replace", 10),
    ("Estimate low", 14),
    ("Estimate typical", 14),
    ("Estimate high", 14),
    ("Knowledge base", 30),
    ("Counts devices to review", 12),
    ("File", 50),
)
_SITE_NUMBERS = 2  # Devices .. Estimate high are numbers, from this column on
SITE_TO_REPLACE, SITE_COST = 6, {"low": 7, "typical": 8, "high": 9}
COUNT_COLUMNS = (
    ("Project", 26),
    ("Vendor", 18),
    ("Category", 24),
    ("Devices", 10),
    ("Estimate low", 14),
    ("Estimate typical", 14),
    ("Estimate high", 14),
)
COUNT_VENDOR, COUNT_CATEGORY, COUNT_DEVICES, COUNT_COST = 1, 2, 3, {"low": 4, "typical": 5, "high": 6}
PRICE_COLUMNS = (
    ("Project", 26),
    ("Category", 24),
    ("Code", 16),
    ("Unit cost low", 13),
    ("Unit cost typical", 13),
    ("Unit cost high", 13),
    ("Install labour hours", 11),
    ("Per device low, all in", 14),
    ("Per device typical, all in", 14),
    ("Per device high, all in", 14),
)
PRICE_UNIT, PRICE_HOURS, PRICE_ALL_IN = {"low": 3, "typical": 4, "high": 5}, 6, {"low": 7, "typical": 8, "high": 9}
RATE_COLUMNS = (
    ("Project", 26),
    ("Labour rate per hour", 13),
    ("Disposal per device", 13),
    ("Contingency", 12),
    ("Tax", 10),
    ("Currency", 10),
    ("Rates source (estimate)", 60),
)
_RATE_FIELDS = ("labour_rate", "disposal", "contingency_pct", "tax_pct")


def write_org_xlsx(org: Organisation, path: Path) -> None:
    """Write the organisation workbook to `path`; ExportError with one sentence if it cannot be written."""
    with report_file(path) as temporary:
        workbook = xlsxwriter.Workbook(str(temporary), {"constant_memory": True})
        workbook.set_properties(
            {"title": "Organisation replacement estimate", "author": "Vetted", "comments": "Estimates, not quotes."}
        )
        cells = Cells(workbook, org.currency)
        sheets = {SUMMARY: workbook.add_worksheet(SUMMARY)}
        # The long sheets skip xlsxwriter's slow per-cell steps, as the site report's device sheets do.
        for name in (SITES, COUNTS, PRICES, RATES):
            sheets[name] = workbook.add_worksheet(name, worksheet_class=_PlainFormulaSheet)
        count_rows = _write_counts(sheets[COUNTS], cells, org)
        total_row = _write_sites(sheets[SITES], cells, org, count_rows)
        _write_prices(sheets[PRICES], cells, org)
        _write_rates(sheets[RATES], cells, org)
        _write_summary(sheets[SUMMARY], cells, org, total_row, sum(len(r) for r in count_rows))
        sheets[SUMMARY].activate()
        try:
            workbook.close()
        except FileCreateError as error:
            raise error.args[0] from None  # the OSError itself, which report_file puts in a sentence


def _price_row(site_index: int, category: str) -> int:
    """The 0-based row of a site's category on the Prices sheet."""
    return 1 + site_index * len(CATEGORIES) + CATEGORIES.index(category)


def _ref(sheet: str, column: int, row: int) -> str:
    """An absolute reference to one cell (0-based column and row) of another sheet."""
    return f"'{sheet}'!${xl_col_to_name(column)}${row + 1}"


def _write_counts(ws: Worksheet, cells: Cells, org: Organisation) -> list[range]:
    """One row per site, vendor and category with devices to replace; returns each site's rows."""
    cells.headers(ws, 0, COUNT_COLUMNS, numbers_from=COUNT_DEVICES)
    row, ranges = 1, []
    for index, site in enumerate(org.sites):
        first = row
        for (vendor, category), count in sorted(site.to_replace.items(), key=lambda i: (i[0][0].casefold(), i[0][1])):
            unit = unit_estimate(site.book, category)
            cells.text(ws, row, 0, site.project)
            cells.text(ws, row, COUNT_VENDOR, vendor)
            cells.text(ws, row, COUNT_CATEGORY, category_name(category))
            ws.write_number(row, COUNT_DEVICES, count, cells.count)
            for band, column in COUNT_COST.items():
                price = _ref(PRICES, PRICE_ALL_IN[band], _price_row(index, category))
                ws.write_formula(
                    row,
                    column,
                    f"={xl_col_to_name(COUNT_DEVICES)}{row + 1}*{price}",
                    cells.money,
                    count * getattr(unit, band),
                )
            row += 1
        ranges.append(range(first, row))
    _finish(ws, row - 1, COUNT_COLUMNS)
    return ranges


def _write_sites(ws: Worksheet, cells: Cells, org: Organisation, count_rows: list[range]) -> int:
    """One row a project, its estimate summing its rows of Devices to replace, and a total row; returns that row."""
    cells.headers(ws, 0, SITE_COLUMNS, numbers_from=_SITE_NUMBERS)
    ws.set_column(len(SITE_COLUMNS) - 3, len(SITE_COLUMNS) - 3, 30)
    for row, (site, rows) in enumerate(zip(org.sites, count_rows, strict=True), start=1):
        cells.text(ws, row, 0, site.project)
        cells.text(ws, row, 1, site.sites)
        for column, value in enumerate((site.devices, site.flagged, site.review, site.decided), start=2):
            ws.write_number(row, column, value, cells.count)
        sums = {SITE_TO_REPLACE: (COUNT_DEVICES, site.replacing, cells.count)}
        sums |= {SITE_COST[b]: (COUNT_COST[b], getattr(site.estimate, b), cells.money) for b in BANDS}
        for column, (source, value, number_format) in sums.items():
            if rows:
                letter = xl_col_to_name(source)
                formula = f"=SUM('{COUNTS}'!${letter}${rows.start + 1}:${letter}${rows.stop})"
                ws.write_formula(row, column, formula, number_format, value)
            else:
                ws.write_number(row, column, 0, number_format)
        cells.text(ws, row, 10, checked_with(site))
        ws.write_string(row, 11, "Yes" if site.include_review else "No")
        cells.text(ws, row, 12, str(site.path))
    total = len(org.sites) + 1
    ws.write_string(total, 0, "All sites", cells.bold)
    counts = org.counts()
    values = [counts[k] for k in ("devices", "flagged", "review", "decided", "replacing")]
    values += [getattr(org.totals.overall.cost, b) for b in BANDS]
    for column, value in enumerate(values, start=2):
        letter = xl_col_to_name(column)
        number_format = cells.money_bold if column in SITE_COST.values() else cells.count_bold
        if org.sites:
            ws.write_formula(total, column, f"=SUM({letter}2:{letter}{total})", number_format, value)
        else:
            ws.write_number(total, column, 0, number_format)
    ws.freeze_panes(1, 1)
    ws.autofilter(0, 0, max(len(org.sites), 1), len(SITE_COLUMNS) - 1)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)
    return total


def _write_prices(ws: Worksheet, cells: Cells, org: Organisation) -> None:
    """Each site's price per category; the all-in costs are formulas over the site's row on the Rates sheet."""
    cells.headers(ws, 0, PRICE_COLUMNS, numbers_from=3)
    for index, site in enumerate(org.sites):
        rate = {f: _ref(RATES, column, index + 1) for column, f in enumerate(_RATE_FIELDS, start=1)}
        for code in CATEGORIES:
            row = _price_row(index, code)
            price, unit = site.book.categories[code], unit_estimate(site.book, code)
            cells.text(ws, row, 0, site.project)
            cells.text(ws, row, 1, category_name(code))
            ws.write_string(row, 2, code)
            for band, column in PRICE_UNIT.items():
                ws.write_number(row, column, getattr(price, band), cells.unit_money)
            ws.write_number(row, PRICE_HOURS, price.labour_hours, cells.hours)
            hours = f"{xl_col_to_name(PRICE_HOURS)}{row + 1}"
            for band, column in PRICE_ALL_IN.items():
                unit_cell = f"{xl_col_to_name(PRICE_UNIT[band])}{row + 1}"
                formula = (
                    f"=({unit_cell}+{hours}*{rate['labour_rate']}+{rate['disposal']})"
                    f"*(1+{rate['contingency_pct']})*(1+{rate['tax_pct']})"
                )
                ws.write_formula(row, column, formula, cells.money, getattr(unit, band))
    _finish(ws, len(org.sites) * len(CATEGORIES), PRICE_COLUMNS)


def _write_rates(ws: Worksheet, cells: Cells, org: Organisation) -> None:
    cells.headers(ws, 0, RATE_COLUMNS, numbers_from=1)
    for row, site in enumerate(org.sites, start=1):
        book = site.book
        cells.text(ws, row, 0, site.project)
        ws.write_number(row, 1, book.labour_rate, cells.unit_money)
        ws.write_number(row, 2, book.disposal, cells.unit_money)
        ws.write_number(row, 3, book.contingency_pct / 100, cells.percent)
        ws.write_number(row, 4, book.tax_pct / 100, cells.percent)
        cells.text(ws, row, 5, book.currency)
        cells.text(ws, row, 6, book.rates_source)
    _finish(ws, len(org.sites), RATE_COLUMNS)


def _write_summary(ws: Worksheet, cells: Cells, org: Organisation, total_row: int, count_rows: int) -> None:
    ws.write_string(0, 0, "Organisation replacement estimate", cells.title)
    combined = f"{len(org.sites)} project{'s' if len(org.sites) != 1 else ''} combined"
    if org.skipped:
        combined += f", {len(org.skipped)} skipped (listed below)"
    ws.write_string(1, 0, combined, cells.bold)
    ws.write_string(
        2,
        0,
        "An estimate, not a quote. Each site is priced with its own price book (Prices and Rates sheets): "
        "change a price there and every cost and total in this workbook follows.",
        cells.note,
    )
    ws.write_string(3, 0, "Created")
    ws.write_datetime(3, 1, org.created, cells.date)
    ws.write_string(4, 0, "Knowledge base")
    cells.text(ws, 4, 1, org.kb_version or "not recorded")
    ws.write_string(5, 0, "Checked with another knowledge base")
    older = len(org.older)
    rechecked = sum(s.kb_status == "rechecked" for s in org.sites)
    note = f"{older} project{'s' if older != 1 else ''}" + (f"; {rechecked} re-checked now" if rechecked else "")
    ws.write_string(5, 1, note)

    row = 7
    cells.headers(ws, row, (("Devices found", 34), ("Devices", 10)), numbers_from=1)
    labels = ("All devices", "Flagged", "To review", "Decided (replace or dismissed)")
    counts = org.counts()
    for offset, (label, key, column) in enumerate(
        zip(labels, ("devices", "flagged", "review", "decided"), (2, 3, 4, 5), strict=True), start=1
    ):
        ws.write_string(row + offset, 0, label)
        ws.write_formula(row + offset, 1, "=" + _ref(SITES, column, total_row), cells.count, counts[key])
    row += len(labels) + 2

    ws.write_string(row, 0, "Estimate", cells.heading)
    row += 1
    _table_header(ws, cells, row, "")
    ws.write_string(row + 1, 0, "All sites", cells.bold)
    overall = org.totals.overall
    ws.write_formula(row + 1, 1, "=" + _ref(SITES, SITE_TO_REPLACE, total_row), cells.count_bold, overall.devices)
    for column, band in enumerate(BANDS, start=2):
        value = getattr(overall.cost, band)
        ws.write_formula(row + 1, column, "=" + _ref(SITES, SITE_COST[band], total_row), cells.money_bold, value)
    row += 3
    row = _breakdown(ws, cells, row, "Vendor", org.totals.by_vendor, COUNT_VENDOR, count_rows)
    by_category = {category_name(code): s for code, s in org.totals.by_category.items()}
    row = _breakdown(ws, cells, row + 2, "Category", by_category, COUNT_CATEGORY, count_rows)
    if org.skipped:
        row += 2
        ws.write_string(row, 0, "Skipped", cells.heading)
        for offset, skipped in enumerate(org.skipped, start=1):
            cells.text(ws, row + offset, 0, skipped.path.name)
            cells.text(ws, row + offset, 1, skipped.reason)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)


def _table_header(ws: Worksheet, cells: Cells, row: int, title: str) -> None:
    columns = ((title, 34), ("Devices", 10), ("Low", 15), ("Typical", 15), ("High", 15))
    cells.headers(ws, row, columns, numbers_from=1)


def _breakdown(
    ws: Worksheet, cells: Cells, row: int, title: str, lines: dict[str, Subtotal], column: int, count_rows: int
) -> int:
    """A table summing the Devices to replace rows whose vendor (or category) is the line's; returns its last row.

    An exact comparison, not SUMIF criteria, which would read * ? ~ < > = in a name.
    """
    _table_header(ws, cells, row, title)
    last = count_rows + 1

    def cells_of(source: int) -> str:
        letter = xl_col_to_name(source)
        return f"'{COUNTS}'!${letter}$2:${letter}${last}"

    for offset, (name, subtotal) in enumerate(lines.items(), start=1):
        at = row + offset
        cells.text(ws, at, 0, name)
        chosen = f"({cells_of(column)}=$A{at + 1})"
        ws.write_formula(at, 1, f"=SUMPRODUCT({chosen}*{cells_of(COUNT_DEVICES)})", cells.count, subtotal.devices)
        for target, band in enumerate(BANDS, start=2):
            formula = f"=SUMPRODUCT({chosen}*{cells_of(COUNT_COST[band])})"
            ws.write_formula(at, target, formula, cells.money, getattr(subtotal.cost, band))
    return row + len(lines)


def _finish(ws: Worksheet, rows: int, columns: tuple) -> None:
    ws.freeze_panes(1, 1)
    ws.autofilter(0, 0, max(rows, 1), len(columns) - 1)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)
