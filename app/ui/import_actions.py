"""Bring spreadsheets into the open project (through the wizard, or directly), and check its devices
again with this Vetted's knowledge base; the long work runs in the background.

Mixed into MainWindow, whose project, knowledge base, matcher, view and status bar these methods use.
"""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.core.importing.errors import InventoryError
from app.core.importing.inventory import open_inventory
from app.core.kb.paths import SAMPLE_INVENTORY
from app.core.matching import Matcher
from app.core.store.imports import import_inventory
from app.core.store.project import Project, ProjectError
from app.ui.import_wizard import SPREADSHEET_FILTER, ImportWizard
from app.ui.jobs import Job, run_job


class ImportActions:
    def import_spreadsheet(self, path: Path | None = None) -> None:
        if not path:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a spreadsheet"), "", SPREADSHEET_FILTER)
            if not name:
                return
            path = Path(name)
        if not self._ensure_project(Path(path).stem):
            return
        wizard = ImportWizard(self.matcher, self.project.path, Path(path), self)
        wizard.exec()
        if wizard.result is not None:
            self.undo_stack.clear()  # an import is not undone one device at a time
            self.reload()

    def import_directly(self, path: Path) -> None:
        """Import with Vetted's own column mapping, in the background (the sample, a file on the command line)."""
        if not self._ensure_project(path.stem):
            return
        project_path, kb = self.project.path, self.kb

        def work(job: Job):
            # Reading, matching, saving and re-reading the project all happen here, off the GUI thread.
            inventory = open_inventory(path)
            project = Project(project_path)
            try:
                result = import_inventory(
                    project, inventory, Matcher(kb), progress=job.report, cancelled=job.is_cancelled
                )
                return result, project.devices()
            finally:
                project.close()

        self._show_busy(True)
        self.statusBar().showMessage(self.tr("Importing %1…").replace("%1", path.name))
        self.job = run_job(work, (InventoryError, ProjectError))
        self.job.progress.connect(
            lambda done, _: self.statusBar().showMessage(
                self.tr("Importing %1: %2 devices checked…").replace("%1", path.name).replace("%2", f"{done:,}")
            )
        )
        self.job.finished.connect(lambda outcome: self._import_done(path, *outcome))
        self.job.failed.connect(lambda message: self._import_done(path, None, None, message))
        self.job.cancelled.connect(lambda: self._import_done(path, None, None, self.tr("Import cancelled.")))

    def _import_done(self, path: Path, result, devices, message: str = "") -> None:
        self._show_busy(False)
        self.job = None
        if result is None:
            self.statusBar().showMessage(message, 10000)
            if message != self.tr("Import cancelled."):
                QMessageBox.warning(self, self.tr("Cannot import"), message)
            return
        self.undo_stack.clear()
        self._show_devices(devices)
        self._update_actions()
        self.statusBar().showMessage(
            self.tr("Imported %1: %2 new, %3 updated.")
            .replace("%1", path.name)
            .replace("%2", str(result.added))
            .replace("%3", str(result.updated)),
            10000,
        )

    def try_sample(self) -> None:
        self.import_directly(SAMPLE_INVENTORY)

    def check_again(self) -> None:
        """Decide every device again with this Vetted's knowledge base; decisions are kept."""
        if not self.project or self.job:
            return
        project_path, kb = self.project.path, self.kb

        def work(job: Job):
            project = Project(project_path)
            try:
                changed = project.rematch(Matcher(kb).match, progress=job.report, cancelled=job.is_cancelled)
                return changed, project.devices()
            finally:
                project.close()

        self._show_busy(True)
        self.statusBar().showMessage(self.tr("Checking every device again…"))
        self.job = run_job(work, (ProjectError,))
        self.job.finished.connect(lambda outcome: self._check_done(*outcome))
        self.job.failed.connect(lambda message: self._check_done(None, None, message))
        self.job.cancelled.connect(lambda: self._check_done(None, None, self.tr("Check cancelled.")))

    def _check_done(self, changed, devices, message: str = "") -> None:
        self._show_busy(False)
        self.job = None
        if devices is None:
            self.statusBar().showMessage(message, 10000)
            return
        self.undo_stack.clear()
        self._show_devices(devices)
        changes = (
            self.tr("1 verdict changed")
            if changed == 1
            else self.tr("%1 verdicts changed").replace("%1", f"{changed:,}")
        )
        message = self.tr("Checked again: %1; your decisions are kept.").replace("%1", changes)
        self.statusBar().showMessage(message, 10000)
