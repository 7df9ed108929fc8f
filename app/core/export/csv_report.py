"""Every device as one CSV row: what it is, its verdict, vendor, reason, decision and estimated cost."""

import csv
from pathlib import Path

from app.core.export.output import report_file
from app.core.export.report import Report
from app.core.export.safe_cells import formula_like
from app.core.export.xlsx_devices import ALL_COLUMNS
from app.core.language import QT_TRANSLATE_NOOP
from app.core.pricing.estimate import device_estimate
from app.core.pricing.price_book import category_name

# The All devices sheet's columns, in the same order, then the estimate.
COLUMNS = (
    *(title for title, _ in ALL_COLUMNS),
    QT_TRANSLATE_NOOP("Report", "Estimate low"),
    QT_TRANSLATE_NOOP("Report", "Estimate typical"),
    QT_TRANSLATE_NOOP("Report", "Estimate high"),
    QT_TRANSLATE_NOOP("Report", "Currency"),
)


def write_csv(report: Report, path: Path) -> None:
    """Write the CSV (UTF-8 with a byte-order mark, so Excel reads accents right); ExportError if it cannot.

    Headers and labels are in the report's language. A French report is written as Excel reads CSV in
    French: semicolons between cells, a comma before the decimals. Devices not to be replaced have empty
    estimate cells; text that a spreadsheet would run as a
    formula starts with a single quote.
    """
    currency = report.price_book.currency
    with report_file(path) as temporary, temporary.open("w", encoding="utf-8-sig", newline="") as out:
        french = report.lang == "fr"
        writer = csv.writer(out, delimiter=";" if french else ",")
        writer.writerow([report.words.translate("Report", title) for title in COLUMNS])
        for device in report.devices:
            estimate = device_estimate(device, report.price_book, report.include_review)
            costs = (
                [_amount(v, french) for v in (estimate.low, estimate.typical, estimate.high)] + [currency]
                if estimate
                else ["", "", "", ""]
            )
            writer.writerow(
                [
                    _inert(device.sheet),
                    device.row,
                    *(
                        _inert(v)
                        for v in (
                            device.site,
                            device.location,
                            device.name,
                            device.asset_tag,
                            device.manufacturer,
                            device.brand,
                            device.model,
                            device.serial,
                            device.mac,
                            device.ip,
                            device.device_type,
                            device.install_date,
                            category_name(device.category, report.lang),
                            report.verdict(device.verdict),
                            device.vendor_name,
                            device.explanation,
                            report.decision(device.decision),
                            device.note,
                            device.decided_at[:10],
                        )
                    ),
                    *costs,
                ]
            )


def _amount(value: float, french: bool) -> float | str:
    return str(round(value, 2)).replace(".", ",") if french else round(value, 2)


def _inert(text: str) -> str:
    return "'" + text if formula_like(text) else text
