"""File > Export: the three report formats, written from one Report off the GUI thread."""

from pathlib import Path

from app.core.export.csv_report import write_csv
from app.core.export.report import Report, cited_sources
from app.core.export.xlsx_report import write_xlsx
from app.core.kb.knowledge import KnowledgeBase
from app.core.pricing.price_book import PriceBook
from app.core.store.project import StoredDevice
from app.core.where import Where
from app.ui.report_pdf import write_pdf

# key: (menu label, file suffix, file-dialog filter)
EXPORT_FORMATS = {
    "xlsx": ("Excel report with costs…", ".xlsx", "Excel workbook (*.xlsx)"),
    "csv": ("CSV of all devices…", ".csv", "CSV (*.csv)"),
    "pdf": ("PDF summary for management…", ".pdf", "PDF (*.pdf)"),
}
_WRITERS = {"xlsx": write_xlsx, "csv": write_csv, "pdf": write_pdf}


def export_report(
    key: str,
    target: Path,
    title: str,
    devices: list[StoredDevice],
    book: PriceBook,
    include_review: bool,
    kb: KnowledgeBase,
    where: Where,
) -> Path:
    """Write one report; raises ExportError with a sentence when the file cannot be written."""
    report = Report(title, devices, book, cited_sources(kb, devices, where), include_review, where=where)
    _WRITERS[key](report, target)
    return target
