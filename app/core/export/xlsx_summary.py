"""The report's Summary sheet: totals as live formulas over the device sheets, and a chart by vendor.

Every total is a formula, so a price changed on the Price book sheet flows through each device's cost
into every total; each formula also carries the value Vetted computed, which is what a reader that does
not recalculate shows.
"""

from collections import Counter

from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from app.core.export.report import VERDICT_LABELS, Report
from app.core.export.xlsx_cells import HEADER_COLOUR, Cells
from app.core.export.xlsx_devices import ALL_SHEET, CATEGORY, COST, DECISION, FLAGGED_SHEET, SITE, VENDOR, VERDICT
from app.core.language import QT_TRANSLATE_NOOP
from app.core.pricing import sheet
from app.core.pricing.estimate import Subtotal
from app.core.pricing.price_book import category_name

SHEET = QT_TRANSLATE_NOOP("Report", "Summary")
_TABLE_COLUMNS = (
    ("", 34),
    (QT_TRANSLATE_NOOP("Report", "Devices"), 10),
    (QT_TRANSLATE_NOOP("Report", "Low"), 15),
    (QT_TRANSLATE_NOOP("Report", "Typical"), 15),
    (QT_TRANSLATE_NOOP("Report", "High"), 15),
)
_CHART_VENDORS = 12  # more bars than this stop being readable


def write_summary(workbook: Workbook, ws: Worksheet, cells: Cells, report: Report) -> None:
    """The Summary sheet; the device sheets must hold report.replaced and report.devices in order."""
    w = report.words
    ws.write_string(0, 0, w.translate("Report", "Replacement estimate"), cells.title)
    cells.text(ws, 1, 0, report.title, cells.bold)
    ws.write_string(
        2,
        0,
        w.translate(
            "Report",
            "An estimate, not a quote. Prices come from the Price book sheet: change one there and "
            "every cost and total in this workbook follows.",
        ),
        cells.note,
    )
    ws.write_string(3, 0, w.translate("Report", "Created"))
    ws.write_datetime(3, 1, report.created, cells.date)
    ws.write_string(4, 0, w.translate("Report", "Counted"))
    ws.write_string(4, 1, _counted(report))
    ws.write_string(5, 0, w.translate("Report", "Where you are"))
    where = report.where.label(report.lang) or w.translate(
        "Report", "Not set: explanations name the first rules listed"
    )
    ws.write_string(5, 1, where)
    flagged = _Ranges(len(report.replaced), w.translate("Report", FLAGGED_SHEET))
    row = _verdicts(ws, cells, report, 7)
    ws.write_string(row + 2, 0, w.translate("Report", "Estimate"), cells.heading)
    row = _table(ws, cells, row + 3, "", {w.translate("Report", "Total"): report.totals.overall}, flagged, None, report)
    vendors = row + 2  # the vendor table's header row; the chart plots the rows under it
    row = _table(ws, cells, vendors, _VENDOR, report.totals.by_vendor, flagged, VENDOR, report)
    row = _table(ws, cells, row + 2, _SITE, report.totals.by_site, flagged, SITE, report)
    by_category = {category_name(code, report.lang): s for code, s in report.totals.by_category.items()}
    _table(ws, cells, row + 2, _CATEGORY, by_category, flagged, CATEGORY, report)
    if report.totals.by_vendor:
        _chart(workbook, ws, report, vendors + 1, len(report.totals.by_vendor))
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.activate()


class _Ranges:
    """The device rows of one Flagged devices column, as an absolute reference."""

    def __init__(self, rows: int, sheet_name: str):
        self.rows, self.sheet_name = rows, sheet_name

    def column(self, column: int) -> str:
        letter = xl_col_to_name(column)
        return f"'{self.sheet_name}'!${letter}$2:${letter}${self.rows + 1}"


_VENDOR, _SITE, _CATEGORY = (
    QT_TRANSLATE_NOOP("Report", "Vendor"),
    QT_TRANSLATE_NOOP("Report", "Site"),
    QT_TRANSLATE_NOOP("Report", "Category"),
)


def _counted(report: Report) -> str:
    if report.include_review:
        return report.words.translate(
            "Report", "Flagged devices and to review, plus those marked replace; dismissed devices are left out."
        )
    return report.words.translate(
        "Report", "Flagged devices plus those marked replace; dismissed devices are left out."
    )


def _verdicts(ws: Worksheet, cells: Cells, report: Report, row: int) -> int:
    """Devices by verdict and decision, counted live from the All devices sheet; returns the last row."""
    w = report.words
    cells.headers(
        ws, row, ((QT_TRANSLATE_NOOP("Report", "Devices found"), 34), (_TABLE_COLUMNS[1][0], 10)), numbers_from=1
    )
    verdicts = Counter(d.verdict for d in report.devices)
    decisions = Counter(d.decision for d in report.devices)
    lines = [(report.verdict(code), VERDICT, report.verdict(code), verdicts[code]) for code in VERDICT_LABELS]
    lines += [
        (w.translate("Report", "Marked replace"), DECISION, report.decision("replace"), decisions["replace"]),
        (w.translate("Report", "Dismissed"), DECISION, report.decision("dismiss"), decisions["dismiss"]),
    ]
    all_sheet = w.translate("Report", ALL_SHEET)
    last = len(report.devices) + 1
    for offset, (label, column, wanted, count) in enumerate(lines, start=1):
        letter = xl_col_to_name(column)
        ws.write_string(row + offset, 0, label)
        ws.write_formula(
            row + offset, 1, f"=COUNTIF('{all_sheet}'!${letter}$2:${letter}${last},\"{wanted}\")", cells.count, count
        )
    return row + len(lines)


def _table(
    ws: Worksheet,
    cells: Cells,
    row: int,
    title: str,
    lines: dict[str, Subtotal],
    flagged: _Ranges,
    group_column: int | None,
    report: Report,
) -> int:
    """A header and one line per group (or the one Total line); returns the last row written.

    Typical is the sum of the devices' own cost column. Low and high price the same devices at the
    Price book's low and high all-in costs for their category: SUMIF looks each device's category up.
    """
    cells.headers(ws, row, ((title, 34), *_TABLE_COLUMNS[1:]), numbers_from=1)
    total = group_column is None
    count_format, money_format = (cells.count_bold, cells.money_bold) if total else (cells.count, cells.money)
    for offset, (name, subtotal) in enumerate(lines.items(), start=1):
        at = row + offset
        cells.text(ws, at, 0, name, cells.bold if total else None)
        if flagged.rows == 0:  # no device to replace: nothing for a formula to range over
            ws.write_number(at, 1, 0, count_format)
            for column in range(2, 5):
                ws.write_number(at, column, 0, money_format)
            continue
        # An exact comparison, not COUNTIF/SUMIF criteria, which would read * ? ~ < > = in a site's name.
        chosen = "" if total else f"({flagged.column(group_column)}=$A{at + 1})"
        devices = f"=COUNTA({flagged.column(SITE)})" if total else f"=SUMPRODUCT(--{chosen})"
        ws.write_formula(at, 1, devices, count_format, subtotal.devices)
        for column, band in enumerate(("low", "typical", "high"), start=2):
            if band == "typical":
                per_device = flagged.column(COST)
            else:
                prices = report.words.translate("Report", sheet.SHEET_NAME)
                per_device = (
                    f"SUMIF({sheet.category_range(0, prices)},{flagged.column(CATEGORY)},"
                    f"{sheet.category_range(sheet.ALL_IN_COLUMNS[band], prices)})"
                )
            ws.write_formula(
                at,
                column,
                f"=SUMPRODUCT({chosen + '*' if chosen else ''}{per_device})",
                money_format,
                getattr(subtotal.cost, band),
            )
    return row + len(lines)


def _chart(workbook: Workbook, ws: Worksheet, report: Report, first: int, vendors: int) -> None:
    """Typical cost (bars) and devices (line, right-hand axis) of the costliest vendors."""
    w, currency = report.words, report.price_book.currency
    last = first + min(vendors, _CHART_VENDORS) - 1
    summary = ws.name
    names = [summary, first, 0, last, 0]
    cost = workbook.add_chart({"type": "column"})
    cost.add_series(
        {
            "name": w.translate("Report", "Typical cost"),
            "categories": names,
            "values": [summary, first, 3, last, 3],
            "fill": {"color": HEADER_COLOUR},
            "gap": 60,
        }
    )
    devices = workbook.add_chart({"type": "line"})
    devices.add_series(
        {
            "name": w.translate("Report", "Devices"),
            "categories": names,
            "values": [summary, first, 1, last, 1],
            "y2_axis": True,
            "line": {"color": "#C55A11", "width": 2.25},
            "marker": {"type": "circle", "size": 6, "fill": {"color": "#C55A11"}, "border": {"color": "#C55A11"}},
        }
    )
    cost.combine(devices)
    cost.set_title(
        {"name": w.translate("Report", "Devices and typical replacement cost by vendor"), "name_font": {"size": 12}}
    )
    cost.set_y_axis(
        {
            "name": w.translate("Report", "Typical cost (%1)").replace("%1", currency),
            "num_format": "#,##0",
            "major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}},
        }
    )
    devices.set_y2_axis({"name": w.translate("Report", "Devices"), "num_format": "#,##0"})
    cost.set_legend({"position": "bottom"})
    cost.set_size({"width": 720, "height": 400})
    ws.insert_chart(6, 6, cost)
