"""The estimate, the price book and the report exports of the open project.

Mixed into MainWindow, whose project, knowledge base, view, Costs panel and job runner these methods use.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.core.pricing.estimate import counted_totals
from app.core.pricing.price_book import PriceBook, default_price_book
from app.ui import i18n
from app.ui.exports import EXPORT_FORMATS, export_project
from app.ui.jobs import run_job
from app.ui.price_book_dialog import PriceBookDialog


class CostActions:
    def price_book(self) -> PriceBook:
        saved = self.project.setting("price_book") if self.project else None
        try:
            return PriceBook.from_dict(saved) if saved else default_price_book()
        except ValueError:
            return default_price_book()  # a damaged setting falls back to Vetted's own estimates

    def include_review(self) -> bool:
        return bool(self.project and self.project.setting("include_review", False))

    def _refresh_costs(self) -> None:
        book, include_review = self.price_book(), self.include_review()
        estimate = counted_totals(self.view.model.cost_groups(), book, include_review)
        self.costs.show_totals(estimate, book.currency, include_review)
        self.view.model.set_pricing(book, include_review)
        self.view.summary.show_cost(estimate.overall, book.currency)

    def _set_include_review(self, on: bool) -> None:
        if self.project and self.saving(lambda: self.project.set_setting("include_review", on)):
            self._refresh_costs()

    def show_costs(self) -> None:
        self.costs_dock.show()
        self.costs_dock.raise_()

    def edit_price_book(self) -> None:
        if not self.project:
            return
        dialog = PriceBookDialog(self.price_book(), self)
        if dialog.exec() and self.saving(lambda: self.project.set_setting("price_book", dialog.book.to_dict())):
            self._refresh_costs()

    def export(self, key: str) -> None:
        if not self.project or self.job:
            return
        label, suffix, name_filter = EXPORT_FORMATS[key]
        stem = self.tr("%1 report").replace("%1", self.project.path.stem)
        default = self.project.path.with_name(f"{stem}{suffix}")
        title, name_filter = (QCoreApplication.translate("Export", text) for text in (label, name_filter))
        name, _ = QFileDialog.getSaveFileName(self, title, str(default), name_filter)
        if not name:
            return
        target = Path(name).with_suffix(suffix)
        # The devices are read by the job, in the table's order, from its own connection to the project.
        order, book, include_review = self.view.model.sorted_ids(), self.price_book(), self.include_review()
        project_path, title, kb, where = self.project.path, self.project.path.stem, self.kb, self.where
        lang = i18n.current_language()
        self._show_busy(True)
        writing = self.tr("Writing %1…").replace("%1", target.name)
        self.statusBar().showMessage(writing)
        self.job = run_job(
            lambda job: export_project(
                key, target, title, project_path, order, book, include_review, kb, where, job.report, lang
            )
        )
        self.job.progress.connect(lambda done, total: self._show_progress(writing, done, total))
        self.job.finished.connect(lambda _: self._export_done(target, ""))
        self.job.failed.connect(lambda message: self._export_done(target, message))

    def _show_progress(self, doing: str, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.statusBar().showMessage(f"{doing} {done:,} / {total:,}" if total else doing)

    def _export_done(self, target: Path, message: str) -> None:
        self._show_busy(False)
        self.job = None
        if message:
            QMessageBox.warning(self, self.tr("Cannot export"), message)
        else:
            self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(target)), 10000)
