"""Bring spreadsheets into the open project (through the wizard, or directly), and check its devices
again with this Vetted's knowledge base; the long work runs in the background.

Mixed into MainWindow, whose project, knowledge base, matcher, view and status bar these methods use.
"""

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.core.importing.errors import InventoryError
from app.core.importing.inventory import open_inventory
from app.core.kb.paths import SAMPLE_INVENTORY
from app.core.matching import Matcher
from app.core.store.import_history import recording
from app.core.store.imports import KB_VERSION_SETTING, import_inventory
from app.core.store.project import Project, ProjectError
from app.ui import app_settings, i18n
from app.ui.device_model import counted
from app.ui.import_wizard import ImportWizard, spreadsheet_filter
from app.ui.jobs import Job, run_job
from app.ui.undo import ImportChange

SAMPLE_PROJECT = "Sample inventory (demo).vetted"


def _remove_project_file(path: Path) -> None:
    for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        part.unlink(missing_ok=True)


class ImportActions:
    def import_spreadsheet(self, path: Path | None = None) -> None:
        """The wizard; the project it fills is made only once the user starts the import."""
        if not path:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a spreadsheet"), "", spreadsheet_filter())
            if not name:
                return
            path = Path(name)
        path = Path(path)
        target = self._import_target(path)
        if target is None:
            return
        existed = target.exists()
        wizard = ImportWizard(self.matcher, target, path, self)
        wizard.exec()
        if wizard.result is None:
            if not existed:
                _remove_project_file(target)  # a cancelled or failed import leaves no empty project behind
            return
        if self.project is None or self.project.path != target:
            if not self.open_project(target, wizard.table):
                return
        else:
            self.reload(wizard.table)
        self._push_import(path, wizard.record)

    def _import_target(self, path: Path) -> Path | None:
        """Which project an import goes into: the open one, or a new one (asking when that is not obvious)."""
        if self.project is not None and not self.is_sample() and not self.project.read_only:
            if self.project.count() == 0:
                return self.project.path
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Import %1").replace("%1", path.name),
                self.tr("Add the devices of %1 to the project %2, or start a new project with them?")
                .replace("%1", path.name)
                .replace("%2", self.project.path.stem),
                QMessageBox.StandardButton.Cancel,
                self,
            )
            add = box.addButton(self.tr("Add to this project"), QMessageBox.ButtonRole.AcceptRole)
            new = box.addButton(self.tr("New project"), QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(new)
            box.exec()
            if box.clickedButton() is add:
                return self.project.path
            if box.clickedButton() is not new:
                return None
        return self._new_project_for(path)

    def _new_project_for(self, path: Path) -> Path | None:
        """A new project named after the file; if the file was imported before, offer that project instead."""
        earlier = app_settings.projects_folder() / f"{path.stem}.vetted"
        if not earlier.exists():
            return earlier
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Import %1").replace("%1", path.name),
            self.tr("There is already a project named %1. Open it, or import %2 into a new project?")
            .replace("%1", earlier.stem)
            .replace("%2", path.name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        reopen = box.addButton(self.tr("Open %1").replace("%1", earlier.stem), QMessageBox.ButtonRole.AcceptRole)
        new = box.addButton(self.tr("New project"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(reopen)
        box.exec()
        if box.clickedButton() is reopen:
            self.open_project(earlier)
            return None
        if box.clickedButton() is new:
            return app_settings.unused_project_path(path.stem)
        return None

    def _push_import(self, path: Path, record) -> None:
        if record is not None and self.project is not None:
            self.undo_stack.push(
                ImportChange(self.tr("Import %1").replace("%1", path.name), self.project, record, self)
            )

    def import_directly(self, path: Path) -> None:
        """Import with Vetted's own column mapping, in the background (a file on the command line).

        A file imported before opens its project again rather than making "name (2)", "name (3)"…
        """
        path = Path(path)
        if path.resolve() == SAMPLE_INVENTORY.resolve():
            self.try_sample()
            return
        earlier = app_settings.projects_folder() / f"{path.stem}.vetted"
        if self.project is None and earlier.exists():
            if self.open_project(earlier):
                self.statusBar().showMessage(
                    self.tr("Opened %1, made from %2 before; File > Import spreadsheet… adds a file again.")
                    .replace("%1", earlier.name)
                    .replace("%2", path.name),
                    10000,
                )
            return
        if not self._ensure_project(path.stem):
            return
        self._import_in_background(path)

    def _import_in_background(self, path: Path) -> None:
        kb, where, lang = self.kb, self.where, self.matcher.lang

        def work(project: Project, job: Job):
            inventory = open_inventory(path)
            matcher = Matcher(kb, where, lang)
            with recording(project) as record:
                result = import_inventory(project, inventory, matcher, progress=job.report, cancelled=job.is_cancelled)
            return result, record

        def done(outcome) -> str:
            result, record = outcome
            QTimer.singleShot(0, lambda: self._push_import(path, record))  # after the job ends and clears Undo
            return (
                self.tr("Imported %1: %2 new, %3 updated.")
                .replace("%1", path.name)
                .replace("%2", i18n.number(result.added))
                .replace("%3", i18n.number(result.updated))
            )

        self._run_on_project(self.tr("Importing %1").replace("%1", path.name), work, done, self.tr("Cannot import"))

    def try_sample(self) -> None:
        """The sample opens as a throw-away demo project of its own, the same one each time."""
        path = app_settings.projects_folder() / SAMPLE_PROJECT
        if path.exists():
            self.open_project(path)
            return
        project = Project(path)
        project.set_setting("sample", True)
        project.close()
        if self.open_project(path):
            self._import_in_background(SAMPLE_INVENTORY)

    def is_sample(self) -> bool:
        return bool(self.project and self.project.setting("sample", False))

    def check_again(self) -> None:
        """Decide every device again with this Vetted's knowledge base; decisions are kept."""
        if not self.project:
            return
        kb, where, lang = self.kb, self.where, self.matcher.lang

        def work(project: Project, job: Job):
            changed = project.rematch(Matcher(kb, where, lang).match, progress=job.report, cancelled=job.is_cancelled)
            project.set_setting(KB_VERSION_SETTING, kb.version)
            return changed

        def done(changed: int) -> str:
            changes = (
                self.tr("1 verdict changed")
                if changed == 1
                else self.tr("%1 verdicts changed").replace("%1", i18n.number(changed))
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
            # Its own connection (the window keeps reading through its own) to the file the window checked on opening.
            project = Project(project_path, pages_checked=False)
            try:
                result = work(project, job)
                columns = project.device_columns()  # read and counted here, not on the window's thread
                return result, (columns, counted(columns))
            finally:
                project.close()

        self._show_busy(True)
        self.statusBar().showMessage(f"{doing}…")
        self.job = run_job(run, (InventoryError, ProjectError))
        self.job.progress.connect(
            lambda count, _: self.statusBar().showMessage(
                self.tr("%1: %2 devices checked…").replace("%1", doing).replace("%2", i18n.number(count))
            )
        )
        self.job.finished.connect(lambda outcome: self._project_job_ended(done(outcome[0]), outcome[1]))
        self.job.failed.connect(lambda message: self._project_job_ended(message, None, failure_title))
        self.job.cancelled.connect(lambda: self._project_job_ended(self.tr("Cancelled; nothing was changed."), None))

    def _project_job_ended(self, message: str, table, failure_title: str = "") -> None:
        self._show_busy(False)
        self.job = None
        self.statusBar().showMessage(message, 10000)
        if failure_title:
            QMessageBox.warning(self, failure_title, message)
        if table is not None:
            self.undo_stack.clear()  # the change is not undone one device at a time
            self._show_devices(*table)
            self._update_actions()
