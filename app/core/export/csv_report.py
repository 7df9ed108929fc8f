"""Every device as one CSV row: what it is, its verdict, vendor, reason, decision and estimated cost."""

import csv
from pathlib import Path

from app.core.export.output import report_file
from app.core.export.report import DECISION_LABELS, VERDICT_LABELS, Report
from app.core.export.safe_cells import formula_like
from app.core.export.xlsx_devices import ALL_COLUMNS
from app.core.pricing.estimate import device_estimate
from app.core.pricing.price_book import category_name

# The All devices sheet's columns, in the same order, then the estimate.
COLUMNS = (
    *(title for title, _ in ALL_COLUMNS),
    "Estimate low",
    "Estimate typical",
    "Estimate high",
    "Currency",
)


def write_csv(report: Report, path: Path) -> None:
    """Write the CSV (UTF-8 with a byte-order mark, so Excel reads accents right); ExportError if it cannot.

    Devices not to be replaced have empty estimate cells; text that a spreadsheet would run as a
    formula starts with a single quote.
    """
    currency = report.price_book.currency
    with report_file(path) as temporary, temporary.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for device in report.devices:
            estimate = device_estimate(device, report.price_book, report.include_review)
            costs = (
                [round(estimate.low, 2), round(estimate.typical, 2), round(estimate.high, 2), currency]
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
                            category_name(device.category),
                            VERDICT_LABELS.get(device.verdict, device.verdict),
                            device.vendor_name,
                            device.explanation,
                            DECISION_LABELS.get(device.decision, device.decision),
                            device.note,
                            device.decided_at[:10],
                        )
                    ),
                    *costs,
                ]
            )


def _inert(text: str) -> str:
    return "'" + text if formula_like(text) else text
