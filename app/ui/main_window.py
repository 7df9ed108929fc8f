"""The main window: menus, toolbar, the welcome page or the project, the detail panel; drop files to import."""

import sqlite3
from dataclasses import fields
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolButton,
)

from app import __version__
from app.core.domain import Device
from app.core.importing.errors import InventoryError
from app.core.importing.inventory import open_inventory
from app.core.kb.knowledge import KnowledgeBase
from app.core.kb.paths import SAMPLE_INVENTORY
from app.core.matching import Matcher
from app.core.pricing.estimate import totals
from app.core.pricing.price_book import CATEGORIES, PriceBook, category_name, default_price_book
from app.core.store.imports import import_inventory
from app.core.store.project import Project, ProjectError, StoredDevice
from app.ui import app_settings
from app.ui.costs_view import CostsView
from app.ui.detail_panel import DetailPanel
from app.ui.device_dialog import DeviceDialog
from app.ui.exports import EXPORT_FORMATS, export_report
from app.ui.import_wizard import SPREADSHEET_FILTER, ImportWizard
from app.ui.jobs import Job, run_job
from app.ui.price_book_dialog import PriceBookDialog
from app.ui.project_view import ProjectView
from app.ui.undo import DeviceChange
from app.ui.welcome_page import WelcomePage

PROJECT_FILTER = "Vetted projects (*.vetted)"


class MainWindow(QMainWindow):
    def __init__(self, kb: KnowledgeBase):
        super().__init__()
        self.kb = kb
        self.matcher = Matcher(kb)
        self.project: Project | None = None
        self.job: Job | None = None
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle("Vetted")
        self.setAcceptDrops(True)
        self.resize(1280, 760)

        self.welcome = WelcomePage()
        self.view = ProjectView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.view)
        self.setCentralWidget(self.stack)
        self.details = DetailPanel(kb)
        self.dock = QDockWidget(self.tr("Why"), self)
        self.dock.setObjectName("details")
        self.dock.setWidget(self.details)
        self.dock.setMinimumWidth(320)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.costs = CostsView()
        self.costs_dock = QDockWidget(self.tr("Costs"), self)
        self.costs_dock.setObjectName("costs")
        self.costs_dock.setWidget(self.costs)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.costs_dock)
        self.tabifyDockWidget(self.dock, self.costs_dock)
        self.dock.raise_()
        self.dock.hide()
        self.costs_dock.hide()

        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.cancel_button.clicked.connect(lambda: self.job and self.job.cancel())
        self._show_busy(False)

        self._build_actions()
        self.welcome.import_file.connect(self.import_spreadsheet)
        self.welcome.add_device.connect(self.add_device)
        self.welcome.open_project.connect(self.open_project_dialog)
        self.welcome.try_sample.connect(self.try_sample)
        self.view.selection_changed.connect(self._show_details)
        self.view.activated.connect(self.edit_device)
        self.details.decide.connect(self.decide)
        self.costs.edit_price_book.connect(self.edit_price_book)
        self.costs.include_review_changed.connect(self._set_include_review)
        self.view.summary.costs_clicked.connect(self.show_costs)
        self._update_actions()

    # --- menus -------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, menu=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if menu is not None:
            menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self._action(self.tr("&New project…"), self.new_project, QKeySequence.StandardKey.New, file)
        self._action(self.tr("&Open project…"), self.open_project_dialog, QKeySequence.StandardKey.Open, file)
        self.recent_menu = file.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.save_as = self._action(
            self.tr("Save project &as…"), self.save_project_as, QKeySequence.StandardKey.SaveAs, file
        )
        file.addSeparator()
        self.import_action = self._action(self.tr("&Import spreadsheet…"), self.import_spreadsheet, "Ctrl+I", file)
        self.export_menu = file.addMenu(self.tr("&Export"))
        for key, (label, _, _) in EXPORT_FORMATS.items():
            self._action(self.tr(label), lambda _=False, k=key: self.export(k), None, self.export_menu)
        file.addSeparator()
        self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, file)

        edit = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addActions([undo, redo])
        edit.addSeparator()
        self.add_action = self._action(self.tr("&Add device…"), self.add_device, "Ctrl+Shift+A", edit)
        self.edit_action = self._action(self.tr("&Edit device…"), self.edit_device, "F2", edit)
        self.delete_action = self._action(
            self.tr("&Delete device"), self.delete_devices, QKeySequence.StandardKey.Delete, edit
        )
        edit.addSeparator()
        self.replace_action = self._action(
            self.tr("Confirm — &replace"), lambda: self._decide_current("replace"), "Ctrl+R", edit
        )
        self.dismiss_action = self._action(
            self.tr("&Dismiss (not a listed vendor)…"), lambda: self._decide_current("dismiss"), "Ctrl+D", edit
        )
        self.category_action = self._action(self.tr("Change &category…"), self.change_category, None, edit)
        edit.addSeparator()
        self.price_action = self._action(self.tr("&Price book…"), self.edit_price_book, None, edit)

        view = bar.addMenu(self.tr("&View"))
        for number, (verdict, label) in enumerate(
            (
                ("", self.tr("All devices")),
                ("flagged", self.tr("Flagged")),
                ("review", self.tr("To review")),
                ("clear", self.tr("Clear")),
                ("unknown", self.tr("Unknown")),
            ),
            start=1,
        ):
            self._action(label, lambda _=False, v=verdict: self.view.filters.show_verdict(v), f"Ctrl+{number}", view)
        view.addSeparator()
        self.all_columns = self._action(self.tr("Show all &columns"), self.view.show_all_columns, None, view)
        self.all_columns.setCheckable(True)
        self.original_columns = self._action(self.tr("Show the file's own &columns"), self._show_original, None, view)
        self.original_columns.setCheckable(True)
        view.addAction(self.dock.toggleViewAction())
        view.addAction(self.costs_dock.toggleViewAction())

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(self.tr("&About Vetted"), self.about, None, help_menu)

        tools = self.addToolBar(self.tr("Main"))
        tools.setObjectName("main-toolbar")
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tools.addActions([self.import_action, self.add_action, self.edit_action])
        tools.addSeparator()
        tools.addActions([self.replace_action, self.dismiss_action])
        tools.addSeparator()
        tools.addAction(self.costs_dock.toggleViewAction())
        export_button = QToolButton()
        export_button.setText(self.tr("Export"))
        export_button.setMenu(self.export_menu)
        export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        tools.addWidget(export_button)
        self.toolbar = tools

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in app_settings.recent_projects():
            self._action(path.name, lambda _=False, p=path: self.open_project(p), None, self.recent_menu)
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def _update_actions(self) -> None:
        has_project = self.project is not None
        has_device = has_project and self.view.current() is not None
        for action in (self.save_as, self.export_menu.menuAction(), self.price_action):
            action.setEnabled(has_project)
        for action in (
            self.edit_action,
            self.delete_action,
            self.replace_action,
            self.dismiss_action,
            self.category_action,
        ):
            action.setEnabled(has_device)
        self.toolbar.setVisible(has_project)

    # --- projects ----------------------------------------------------------------------------
    def open_project(self, path: Path) -> bool:
        try:
            project = Project(path)
        except ProjectError as error:
            QMessageBox.warning(self, self.tr("Cannot open project"), str(error))
            return False
        if self.project:
            self.project.close()
        self.project = project
        self.undo_stack.clear()
        app_settings.remember_project(path)
        self.setWindowTitle(f"{path.stem} — Vetted")
        self.reload()
        self.stack.setCurrentWidget(self.view)
        self.dock.show()
        self.statusBar().showMessage(self.tr("Saved automatically in %1").replace("%1", str(path)), 8000)
        return True

    def _ensure_project(self, stem: str) -> bool:
        """Imports and hand-added devices need a project: make one in Documents/Vetted if none is open."""
        return self.project is not None or self.open_project(app_settings.unused_project_path(stem))

    def new_project(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New project"), str(app_settings.unused_project_path("Inventory")), PROJECT_FILTER
        )
        if name:
            path = Path(name).with_suffix(".vetted")
            path.unlink(missing_ok=True)  # the dialog already asked whether to replace it
            self.open_project(path)

    def open_project_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), str(app_settings.projects_folder()), PROJECT_FILTER
        )
        if name:
            self.open_project(Path(name))

    def save_project_as(self) -> None:
        if not self.project:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save project as"), str(self.project.path), PROJECT_FILTER)
        if not name:
            return
        target = Path(name).with_suffix(".vetted")
        try:
            target.unlink(missing_ok=True)
            copy = sqlite3.connect(target)
            self.project.conn.backup(copy)
            copy.close()
        except (OSError, sqlite3.Error) as error:
            QMessageBox.warning(
                self,
                self.tr("Cannot save"),
                self.tr("Vetted could not write %1 (%2).").replace("%1", str(target)).replace("%2", str(error)),
            )
            return
        self.open_project(target)

    def reload(self) -> None:
        if self.project:
            self._show_devices(self.project.devices())
        self._update_actions()

    def _show_devices(self, devices: list[StoredDevice]) -> None:
        self.view.set_devices(devices)
        self._refresh_costs()
        if self.original_columns.isChecked():
            self._show_original(True)

    def _show_original(self, on: bool) -> None:
        """The imported files' own columns, after Vetted's; read from the project only when asked for."""
        names, values = self.project.original_columns() if on and self.project else ([], {})
        self.view.model.set_original(names, values)

    # --- importing ---------------------------------------------------------------------------
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

    def _show_busy(self, busy: bool) -> None:
        self.progress.setRange(0, 0)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    # --- editing -----------------------------------------------------------------------------
    def add_device(self) -> None:
        if not self._ensure_project("Inventory"):
            return
        dialog = DeviceDialog(self.matcher, parent=self)
        if dialog.exec():
            device = dialog.device()
            device_id = self.project.add_device(device, self.matcher.match(device))
            self._push(self.tr("Add device"), [device_id], ([], []))
            self.reload()
            self.view.select(device_id)

    def edit_device(self) -> None:
        current = self.view.current()
        if not (self.project and current):
            return
        dialog = DeviceDialog(self.matcher, _as_device(current), parent=self)
        if dialog.exec():
            device = dialog.device()
            before = self.project.snapshot([current.id])
            self.project.update_device(current.id, device, self.matcher.match(device))
            self._push(self.tr("Edit device"), [current.id], before)
            self._refresh_device(current.id)

    def delete_devices(self) -> None:
        selected = self.view.selected()
        if not (self.project and selected):
            return
        ids = [d.id for d in selected]
        before = self.project.snapshot(ids)
        self.project.delete_devices(ids)
        self._push(self.tr("Delete %n device(s)", "", len(ids)), ids, before)
        self.reload()

    def _decide_current(self, decision: str) -> None:
        current = self.view.current()
        if current:
            self.decide(current.id, decision)

    def decide(self, device_id: int, decision: str) -> None:
        if not self.project:
            return
        note = ""
        if decision == "dismiss":
            note, ok = QInputDialog.getText(
                self,
                self.tr("Dismiss"),
                self.tr(
                    "Why is this device not from a listed vendor? (for example: checked the label, it is a Bosch "
                    "camera)"
                ),
            )
            if not ok:
                return
        before = self.project.snapshot([device_id])
        if decision:
            self.project.set_decision(device_id, decision, note)
        else:
            self.project.clear_decision(device_id)
        self._push(self.tr("Decision"), [device_id], before)
        self._refresh_device(device_id)

    def _push(self, text: str, ids: list[int], before) -> None:
        self.undo_stack.push(DeviceChange(text, self.project, ids, before, self.reload))

    def _refresh_device(self, device_id: int) -> None:
        self.view.replace_device(self.project.device(device_id))
        self.view.proxy.refresh()
        self._refresh_costs()
        self._show_details()

    # --- costs and reports -------------------------------------------------------------------
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
        estimate = totals(self.view.model.devices, book, include_review)
        self.costs.show_totals(estimate, book.currency, include_review)
        self.view.model.set_pricing(book, include_review)
        self.view.summary.show_cost(estimate.overall, book.currency)

    def _set_include_review(self, on: bool) -> None:
        if self.project:
            self.project.set_setting("include_review", on)
            self._refresh_costs()

    def show_costs(self) -> None:
        self.costs_dock.show()
        self.costs_dock.raise_()

    def edit_price_book(self) -> None:
        if not self.project:
            return
        dialog = PriceBookDialog(self.price_book(), self)
        if dialog.exec():
            self.project.set_setting("price_book", dialog.book.to_dict())
            self._refresh_costs()

    def change_category(self) -> None:
        current = self.view.current()
        if not (self.project and current):
            return
        names = [category_name(code) for code in CATEGORIES]
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Change category"),
            self.tr("Replacement category of this device (it sets the price used in the estimate):"),
            names,
            list(CATEGORIES).index(current.category) if current.category in CATEGORIES else 0,
            False,
        )
        if ok:
            before = self.project.snapshot([current.id])
            self.project.set_category(current.id, list(CATEGORIES)[names.index(name)])
            self._push(self.tr("Change category"), [current.id], before)
            self._refresh_device(current.id)

    def export(self, key: str) -> None:
        if not self.project or self.job:
            return
        label, suffix, name_filter = EXPORT_FORMATS[key]
        default = self.project.path.with_name(f"{self.project.path.stem} report{suffix}")
        name, _ = QFileDialog.getSaveFileName(self, self.tr(label), str(default), name_filter)
        if not name:
            return
        target = Path(name).with_suffix(suffix)
        devices, book, include_review = list(self.view.model.devices), self.price_book(), self.include_review()
        title, kb = self.project.path.stem, self.kb
        self._show_busy(True)
        self.statusBar().showMessage(self.tr("Writing %1…").replace("%1", target.name))
        self.job = run_job(lambda job: export_report(key, target, title, devices, book, include_review, kb))
        self.job.finished.connect(lambda _: self._export_done(target, ""))
        self.job.failed.connect(lambda message: self._export_done(target, message))

    def _export_done(self, target: Path, message: str) -> None:
        self._show_busy(False)
        self.job = None
        if message:
            QMessageBox.warning(self, self.tr("Cannot export"), message)
        else:
            self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(target)), 10000)

    def _show_details(self) -> None:
        device = self.view.current()
        if device and self.project:
            device = self.project.device(device.id)
            self.details.show_device(device, *self.project.details(device.id))
        else:
            self.details.show_device(None)
        self._update_actions()

    # --- other -------------------------------------------------------------------------------
    def about(self) -> None:
        meta = self.kb.meta
        QMessageBox.about(
            self,
            self.tr("About Vetted"),
            self.tr(
                "<h3>Vetted %1</h3><p>Finds equipment from banned or restricted vendors in an inventory, offline.</p>"
                "<p>Knowledge base built %2, citing %3 sources; MAC prefixes from the %4.</p>"
                "<p>Verdicts and cost figures are estimates to guide a review, not legal advice.</p>"
            )
            .replace("%1", __version__)
            .replace("%2", meta.get("built", "?"))
            .replace("%3", meta.get("sources", "?"))
            .replace("%4", meta.get("oui_registry", "IEEE registry")),
        )

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            return
        event.acceptProposedAction()
        if paths[0].suffix == ".vetted":
            self.open_project(paths[0])
        else:
            self.import_spreadsheet(paths[0])

    def closeEvent(self, event) -> None:
        if self.job:
            self.job.cancel()
        if self.project:
            self.project.close()
        super().closeEvent(event)
        QApplication.instance().quit()


def _as_device(stored: StoredDevice) -> Device:
    names = {f.name for f in fields(Device)} & {f.name for f in fields(StoredDevice)}
    return Device(**{name: getattr(stored, name) for name in names})
