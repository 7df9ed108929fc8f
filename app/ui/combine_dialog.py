"""File > Combine projects…: many site projects, read-only, in one organisation view with its reports.

Combining runs as a background job (app/ui/jobs.py) with progress and Cancel; the site files are only
read. The figures are those of app.core.rollup.combine, and the reports are written from the same result.
"""

from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStringListModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
)

from app.core.export.output import ExportError
from app.core.kb.knowledge import KnowledgeBase
from app.core.pricing.estimate import Subtotal
from app.core.pricing.money import format_money
from app.core.pricing.price_book import category_name
from app.core.rollup.combine import CURRENT, Organisation, checked_with, combine
from app.core.rollup.org_csv import write_org_csv
from app.core.rollup.org_xlsx import write_org_xlsx
from app.core.rollup.site_file import project_files
from app.ui.jobs import Job, run_job
from app.ui.rows_model import Cell, RowsModel, rows_view

PROJECT_FILTER = "Vetted projects (*.vetted)"
SITE_HEADERS = (
    QT_TRANSLATE_NOOP("CombineDialog", "Project"),
    QT_TRANSLATE_NOOP("CombineDialog", "Sites"),
    QT_TRANSLATE_NOOP("CombineDialog", "Devices"),
    QT_TRANSLATE_NOOP("CombineDialog", "Flagged"),
    QT_TRANSLATE_NOOP("CombineDialog", "To review"),
    QT_TRANSLATE_NOOP("CombineDialog", "Decided"),
    QT_TRANSLATE_NOOP("CombineDialog", "To replace"),
    QT_TRANSLATE_NOOP("CombineDialog", "Typical estimate"),
    QT_TRANSLATE_NOOP("CombineDialog", "Knowledge base"),
)
BREAKDOWN_HEADERS = (
    QT_TRANSLATE_NOOP("CombineDialog", "Devices"),
    QT_TRANSLATE_NOOP("CombineDialog", "Low"),
    QT_TRANSLATE_NOOP("CombineDialog", "Typical"),
    QT_TRANSLATE_NOOP("CombineDialog", "High"),
)


class CombineDialog(QDialog):
    def __init__(self, kb: KnowledgeBase, parent=None, folder: Path | None = None):
        super().__init__(parent)
        self.kb = kb
        self.folder = folder or Path.home()
        self.org: Organisation | None = None
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Combine projects"))
        self.resize(1100, 680)

        intro = QLabel(
            self.tr(
                "Choose the site projects to combine, or a folder of them. Vetted only reads them: nothing in "
                "those files changes. Each site keeps its own decisions and price book."
            )
        )
        intro.setWordWrap(True)
        self.file_list = QStringListModel(self)
        self.files = QListView()
        self.files.setModel(self.file_list)
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files.setMaximumHeight(130)
        add_files = QPushButton(self.tr("Add projects…"))
        add_folder = QPushButton(self.tr("Add a folder…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        add_files.clicked.connect(self.choose_files)
        add_folder.clicked.connect(self.choose_folder)
        self.remove_button.clicked.connect(self._remove_selected)
        self.recheck = QCheckBox(
            self.tr("Check projects from an older knowledge base again with this Vetted's (in memory only)")
        )
        self.combine_button = QPushButton(self.tr("Combine"))
        self.combine_button.setDefault(True)
        self.combine_button.clicked.connect(self.start)
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(lambda: self.job and self.job.cancel())

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sites = RowsModel([self.tr(h) for h in SITE_HEADERS], self)
        self.table = rows_view(self.sites)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.vendors = _breakdown_table(self.tr("Vendor"), self)
        self.categories = _breakdown_table(self.tr("Category"), self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("By site"))
        self.tabs.addTab(self.vendors, self.tr("By vendor"))
        self.tabs.addTab(self.categories, self.tr("By category"))
        self.notes = QLabel()
        self.notes.setWordWrap(True)

        self.save_buttons = {}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for key, label in (
            ("xlsx", self.tr("Save Excel report…")),
            ("csv", self.tr("Save CSV…")),
            ("pdf", self.tr("Save PDF…")),
        ):
            button = buttons.addButton(label, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _=False, k=key: self.save(k))
            self.save_buttons[key] = button

        chooser = QHBoxLayout()
        chooser.addWidget(self.files, 1)
        side = QVBoxLayout()
        for widget in (add_files, add_folder, self.remove_button):
            side.addWidget(widget)
        side.addStretch(1)
        chooser.addLayout(side)
        run = QHBoxLayout()
        run.addWidget(self.recheck, 1)
        run.addWidget(self.progress)
        run.addWidget(self.cancel_button)
        run.addWidget(self.combine_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(chooser)
        layout.addLayout(run)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notes)
        layout.addWidget(buttons)
        self._busy(False)
        self._update()

    # --- choosing --------------------------------------------------------------------------------
    def paths(self) -> list[Path]:
        return [Path(name) for name in self.file_list.stringList()]

    def add_paths(self, paths: list[Path]) -> None:
        known = self.paths()
        known += [path for path in project_files(paths) if path not in known]
        self.file_list.setStringList([str(path) for path in dict.fromkeys(known)])
        self._update()

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Projects to combine"), str(self.folder), PROJECT_FILTER)
        if names:
            self.folder = Path(names[0]).parent
            self.add_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("A folder of projects"), str(self.folder))
        if name:
            self.folder = Path(name)
            if not project_files([Path(name)]):
                QMessageBox.information(self, self.tr("Combine projects"), self.tr("That folder has no projects."))
            self.add_paths([Path(name)])

    def _remove_selected(self) -> None:
        for row in sorted((i.row() for i in self.files.selectionModel().selectedRows()), reverse=True):
            self.file_list.removeRows(row, 1)
        self._update()

    # --- combining -------------------------------------------------------------------------------
    def start(self) -> None:
        paths, kb, recheck = self.paths(), self.kb, self.recheck.isChecked()
        if self.job or not paths:
            return

        def work(job: Job) -> Organisation:
            return combine(paths, kb, recheck, progress=job.report, cancelled=job.is_cancelled)

        self._busy(True)
        self.summary.setText(self.tr("Combining %1 projects…").replace("%1", f"{len(paths):,}"))
        self.job = run_job(work)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, org: Organisation) -> None:
        self.job = None
        self._busy(False)
        self.show_organisation(org)

    def _failed(self, message: str) -> None:
        self.job = None
        self._busy(False)
        self.summary.setText(message)
        QMessageBox.warning(self, self.tr("Cannot combine"), message)

    def _cancelled(self) -> None:
        self.job = None
        self._busy(False)
        self.summary.setText(self.tr("Cancelled."))

    def show_organisation(self, org: Organisation) -> None:
        self.org = org
        money = lambda amount: format_money(amount, org.currency)  # noqa: E731
        counts, overall = org.counts(), org.totals.overall
        skipped = self.tr(", %1 skipped").replace("%1", str(len(org.skipped))) if org.skipped else ""
        self.summary.setText(
            self.tr(
                "<b>%1 projects combined%2.</b> %3 devices: %4 flagged, %5 to review, %6 decided. "
                "Replacing the %7 devices in scope: about <b>%8</b> (%9 to %10)."
            )
            .replace("%10", money(overall.cost.high))
            .replace("%1", f"{len(org.sites):,}")
            .replace("%2", skipped)
            .replace("%3", f"{counts['devices']:,}")
            .replace("%4", f"{counts['flagged']:,}")
            .replace("%5", f"{counts['review']:,}")
            .replace("%6", f"{counts['decided']:,}")
            .replace("%7", f"{overall.devices:,}")
            .replace("%8", money(overall.cost.typical))
            .replace("%9", money(overall.cost.low))
        )
        rows = []
        for site in org.sites:
            numbers = (site.devices, site.flagged, site.review, site.decided, site.replacing)
            colour = None
            if site.kb_status != CURRENT:
                colour = QColor(Qt.GlobalColor.darkRed if site.kb_status != "rechecked" else Qt.GlobalColor.darkGreen)
            tip = str(site.path)
            rows.append(
                [
                    Cell(site.project, tip),
                    Cell(site.sites, tip),
                    *(Cell(f"{n:,}", tip, number=True) for n in numbers),
                    Cell(money(site.estimate.typical), tip, number=True),
                    Cell(checked_with(site), tip, foreground=colour),
                ]
            )
        self.sites.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        for column in (0, 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        total = self.tr("Total")
        _fill_breakdown(self.vendors, org.totals.by_vendor, (total, org.totals.overall), money)
        by_category = {category_name(code): s for code, s in org.totals.by_category.items()}
        _fill_breakdown(self.categories, by_category, (total, org.totals.overall), money)
        notes = []
        if org.older:
            notes.append(
                self.tr(
                    "%1 checked with another knowledge base than this Vetted's: tick the box above and combine "
                    "again to check them with this one (their files are not changed)."
                ).replace(
                    "%1",
                    self.tr("1 project was")
                    if len(org.older) == 1
                    else self.tr("%1 projects were").replace("%1", str(len(org.older))),
                )
            )
        if org.skipped:
            notes.append(self.tr("<b>Skipped:</b>") + "<br>" + "<br>".join(escape(s.reason) for s in org.skipped))
        self.notes.setText("<br><br>".join(notes))
        self._update()

    # --- saving ----------------------------------------------------------------------------------
    def save(self, key: str) -> None:
        if not self.org:
            return
        suffix, title, filter_ = {
            "xlsx": (".xlsx", self.tr("Save the organisation report"), "Excel workbook (*.xlsx)"),
            "csv": (".csv", self.tr("Save the organisation CSV"), "CSV (*.csv)"),
            "pdf": (".pdf", self.tr("Save the organisation PDF"), "PDF (*.pdf)"),
        }[key]
        name, _ = QFileDialog.getSaveFileName(self, title, str(self.folder / f"Organisation{suffix}"), filter_)
        if name:
            self.write(key, Path(name).with_suffix(suffix) if not name.lower().endswith(suffix) else Path(name))

    def write(self, key: str, path: Path) -> bool:
        """Write one report of the combined view; a failure is one sentence in a message box."""
        try:
            if key == "xlsx":
                write_org_xlsx(self.org, path)
            elif key == "csv":
                write_org_csv(self.org, path)
            else:
                from app.ui.rollup_pdf import write_org_pdf

                write_org_pdf(self.org, path)
        except ExportError as error:
            QMessageBox.warning(self, self.tr("Cannot save"), str(error))
            return False
        self.notes.setText(self.tr("Saved %1.").replace("%1", escape(str(path))) + "<br><br>" + self.notes.text())
        return True

    # --- state -----------------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.combine_button.setEnabled(not busy)
        if busy:
            self.progress.setRange(0, 0)

    def _update(self) -> None:
        has_files = self.file_list.rowCount() > 0
        self.combine_button.setEnabled(has_files and self.job is None)
        self.remove_button.setEnabled(has_files)
        for button in self.save_buttons.values():
            button.setEnabled(self.org is not None and bool(self.org.sites))

    def reject(self) -> None:
        if self.job:
            self.job.cancel()  # the job stops at its next project; the files were only read
        super().reject()


def _breakdown_table(title: str, parent) -> QTableView:
    view = rows_view(RowsModel([title, *(parent.tr(h) for h in BREAKDOWN_HEADERS)], parent))
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


def _fill_breakdown(table: QTableView, lines: dict[str, Subtotal], total: tuple[str, Subtotal], money) -> None:
    """One row a vendor (or category), costliest first, then the total in bold."""
    rows = [*lines.items(), total]
    last = len(rows) - 1
    table.model().set_rows(
        [
            [
                Cell(name, bold=row == last),
                *(
                    Cell(value, number=True, bold=row == last)
                    for value in (
                        f"{sub.devices:,}",
                        money(sub.cost.low),
                        money(sub.cost.typical),
                        money(sub.cost.high),
                    )
                ),
            ]
            for row, (name, sub) in enumerate(rows)
        ]
    )
    for column in range(1, 5):
        table.resizeColumnToContents(column)
    table.resizeRowsToContents()


def add_rollup_actions(window, menu) -> None:
    """File > Combine projects… and File > Compare with an earlier project…, in `menu` of the main window."""
    from PySide6.QtGui import QAction

    from app.ui import app_settings
    from app.ui.compare_dialog import CompareDialog

    def combine_projects() -> None:
        dialog = CombineDialog(window.kb, window, app_settings.projects_folder())
        window.combine_dialog = dialog
        dialog.open()

    def compare_projects() -> None:
        current = window.project.path if window.project else None
        dialog = CompareDialog(window, current, app_settings.projects_folder())
        window.compare_dialog = dialog
        dialog.open()

    for text, slot in (
        (QCoreApplication.translate("MainWindow", "Com&bine projects…"), combine_projects),
        (QCoreApplication.translate("MainWindow", "Com&pare with an earlier project…"), compare_projects),
    ):
        action = QAction(text, window)
        action.triggered.connect(slot)
        menu.addAction(action)
