"""File > Export: the three report formats, written from one Report off the GUI thread."""

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.core.export.csv_report import write_csv
from app.core.export.report import Report, cited_sources
from app.core.export.xlsx_report import write_xlsx
from app.core.kb.knowledge import KnowledgeBase
from app.core.pricing.price_book import PriceBook
from app.core.store.project import Project, StoredDevice
from app.core.where import Where
from app.ui.report_pdf import write_pdf

# key: (menu label, file suffix, file-dialog filter)
EXPORT_FORMATS = {
    "xlsx": (
        QT_TRANSLATE_NOOP("Export", "Excel report with costs…"),
        ".xlsx",
        QT_TRANSLATE_NOOP("Export", "Excel workbook (*.xlsx)"),
    ),
    "csv": (QT_TRANSLATE_NOOP("Export", "CSV of all devices…"), ".csv", "CSV (*.csv)"),
    "pdf": (QT_TRANSLATE_NOOP("Export", "PDF summary for management…"), ".pdf", "PDF (*.pdf)"),
}
_WRITERS = {"xlsx": write_xlsx, "csv": write_csv, "pdf": write_pdf}
Progress = Callable[[int, int], None]


def export_report(
    key: str,
    target: Path,
    title: str,
    devices: list[StoredDevice],
    book: PriceBook,
    include_review: bool,
    kb: KnowledgeBase,
    where: Where,
    progress: Progress | None = None,
    lang: str = "en",
) -> Path:
    """Write one report in `lang`; raises ExportError with a sentence when the file cannot be written.
    `progress(done, total)` hears how many devices are written (the Excel report says so as it goes)."""
    report = Report(title, devices, book, cited_sources(kb, devices, where), include_review, where=where, lang=lang)
    if key == "xlsx":
        write_xlsx(report, target, progress)
    else:
        _WRITERS[key](report, target)
    return target


def export_project(
    key: str,
    target: Path,
    title: str,
    project_path: Path,
    order: Sequence[int],
    book: PriceBook,
    include_review: bool,
    kb: KnowledgeBase,
    where: Where,
    progress: Progress | None = None,
    lang: str = "en",
) -> Path:
    """Read a project's devices (on its own connection: this runs in the background) in `order` (ids),
    then write the report as `export_report` does."""
    project = Project(project_path, pages_checked=False)  # the window checked the file on opening
    try:
        devices = project.devices()
    finally:
        project.close()
    if any(a != b.id for a, b in zip(order, devices, strict=False)):
        by_id = {device.id: device for device in devices}
        devices = [by_id[i] for i in order if i in by_id]
    return export_report(key, target, title, devices, book, include_review, kb, where, progress, lang)
