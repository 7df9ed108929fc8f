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
from app.core.store.imports import KB_VERSION_SETTING, import_inventory
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
        kb, where = self.kb, self.where

        def work(project: Project, job: Job):
            inventory = open_inventory(path)
            matcher = Matcher(kb, where)
            return import_inventory(project, inventory, matcher, progress=job.report, cancelled=job.is_cancelled)

        def done(result) -> str:
            return (
                self.tr("Imported %1: %2 new, %3 updated.")
                .replace("%1", path.name)
                .replace("%2", str(result.added))
                .replace("%3", str(result.updated))
            )

        self._run_on_project(self.tr("Importing %1").replace("%1", path.name), work, done, self.tr("Cannot import"))

    def try_sample(self) -> None:
        self.import_directly(SAMPLE_INVENTORY)

    def check_again(self) -> None:
        """Decide every device again with this Vetted's knowledge base; decisions are kept."""
        if not self.project:
            return
        kb, where = self.kb, self.where

        def work(project: Project, job: Job):
            changed = project.rematch(Matcher(kb, where).match, progress=job.report, cancelled=job.is_cancelled)
            project.set_setting(KB_VERSION_SETTING, kb.version)
            return changed

        def done(changed: int) -> str:
            changes = (
                self.tr("1 verdict changed")
                if changed == 1
                else self.tr("%1 verdicts changed").replace("%1", f"{changed:,}")
            )
            return self.tr("Checked again: %1; your decisions are kept.").replace("%1", changes)

        self._run_on_project(self.tr("Checking every device again"), work, done, self.tr("Cannot check again"))

    def _run_on_project(self, doing: str, work, done, failure_title: str) -> None:
        """Run `work(project, job)` in the background on its own connection to the project file, then show the
        devices as it left them and `done(result)` in the status bar. Failed or cancelled, nothing changed."""
        if self.job:
            return
        project_path = self.project.path

        def run(job: Job):
            project = Project(project_path)  # the window keeps reading through its own connection
            try:
                return work(project, job), project.device_columns()  # read here, not on the window's thread
            finally:
                project.close()

        self._show_busy(True)
        self.statusBar().showMessage(f"{doing}…")
        self.job = run_job(run, (InventoryError, ProjectError))
        self.job.progress.connect(
            lambda count, _: self.statusBar().showMessage(
                self.tr("%1: %2 devices checked…").replace("%1", doing).replace("%2", f"{count:,}")
            )
        )
        self.job.finished.connect(lambda outcome: self._project_job_ended(done(outcome[0]), outcome[1]))
        self.job.failed.connect(lambda message: self._project_job_ended(message, None, failure_title))
        self.job.cancelled.connect(lambda: self._project_job_ended(self.tr("Cancelled; nothing was changed."), None))

    def _project_job_ended(self, message: str, columns, failure_title: str = "") -> None:
        self._show_busy(False)
        self.job = None
        self.statusBar().showMessage(message, 10000)
        if failure_title:
            QMessageBox.warning(self, failure_title, message)
        if columns is not None:
            self.undo_stack.clear()  # the change is not undone one device at a time
            self._show_devices(columns)
            self._update_actions()
