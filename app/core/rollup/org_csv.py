"""The organisation view as CSV: one row a project (skipped ones with their reason), then the total."""

import csv
from pathlib import Path

from app.core.export.output import report_file
from app.core.export.safe_cells import formula_like
from app.core.rollup.combine import Organisation, checked_with

COLUMNS = (
    "Project",
    "Sites",
    "Status",
    "Devices",
    "Flagged",
    "To review",
    "Decided",
    "To replace",
    "Estimate low",
    "Estimate typical",
    "Estimate high",
    "Currency",
    "Knowledge base",
    "File",
)


def write_org_csv(org: Organisation, path: Path) -> None:
    """Write the CSV (UTF-8 with a byte-order mark); text a spreadsheet would run as a formula gets a quote."""
    currency = org.currency
    with report_file(path) as temporary, temporary.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for site in org.sites:
            cost = site.estimate
            writer.writerow(
                [
                    _inert(site.project),
                    _inert(site.sites),
                    "Combined",
                    site.devices,
                    site.flagged,
                    site.review,
                    site.decided,
                    site.replacing,
                    round(cost.low, 2),
                    round(cost.typical, 2),
                    round(cost.high, 2),
                    currency,
                    _inert(checked_with(site)),
                    _inert(str(site.path)),
                ]
            )
        for skipped in org.skipped:
            row = [_inert(skipped.path.stem), "", _inert("Skipped: " + skipped.reason)]
            writer.writerow([*row, *[""] * (len(COLUMNS) - 4), _inert(str(skipped.path))])
        counts, cost = org.counts(), org.totals.overall.cost
        writer.writerow(
            [
                "All sites",
                "",
                f"{len(org.sites)} combined, {len(org.skipped)} skipped",
                *(counts[k] for k in ("devices", "flagged", "review", "decided", "replacing")),
                round(cost.low, 2),
                round(cost.typical, 2),
                round(cost.high, 2),
                currency,
                _inert(org.kb_version),
                "",
            ]
        )


def _inert(text: str) -> str:
    return "'" + text if formula_like(text) else text
