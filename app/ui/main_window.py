"""The main window: menus, toolbar, the welcome page or the project, the detail panel; drop files to import."""

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.core.kb.knowledge import KnowledgeBase
from app.core.language import LANGUAGES
from app.core.matching import Matcher
from app.core.store.columns import DeviceColumns
from app.core.store.project import Project, ProjectError
from app.core.where import Where
from app.ui import app_settings, i18n
from app.ui.combine_dialog import add_rollup_actions
from app.ui.cost_actions import CostActions
from app.ui.costs_view import CostsView
from app.ui.detail_panel import DetailPanel
from app.ui.device_model import COLUMNS
from app.ui.editing_actions import EditingActions
from app.ui.exports import EXPORT_FORMATS
from app.ui.guide_dialog import GuideDialog
from app.ui.import_actions import ImportActions
from app.ui.jobs import Job, run_job
from app.ui.kb_actions import KbActions
from app.ui.project_view import MAIN_COLUMNS, ProjectView
from app.ui.welcome_page import WelcomePage
from app.ui.where_dialog import WhereDialog

_PROJECT_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Vetted projects (*.vetted)")


# From this size (about 100,000 devices) a project's pages are read after it shows (1 s a 600 MB when the
# operating system holds the file, 12 s from a cold disk), not before.
PAGES_CHECKED_LATER_FROM = 64 * 2**20


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # opening it says why


def project_filter() -> str:
    return QCoreApplication.translate("MainWindow", _PROJECT_FILTER)


class MainWindow(QMainWindow, ImportActions, EditingActions, CostActions, KbActions):
    def __init__(self, kb: KnowledgeBase):
        super().__init__()
        self.kb = kb
        self.where = app_settings.where()
        self.matcher = Matcher(kb, self.where, i18n.current_language())
        self.project: Project | None = None
        self.job: Job | None = None
        self._page_check: Job | None = None  # reading a large project's pages (see open_project)
        self.busy = False
        self.guide: GuideDialog | None = None
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle("Vetted")
        self.setAcceptDrops(True)
        # Fits a 1366×768 laptop with its task bar, and shrinks to 1024×700.
        self.resize(1280, 700)
        self.setMinimumSize(760, 480)

        self.welcome = WelcomePage()
        self.view = ProjectView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.view)
        self.sample_banner = QLabel(
            self.tr(
                "<b>Sample inventory</b> — a demo with made-up devices. Your imports go to a new project, "
                "not into this one."
            )
        )
        self.sample_banner.setObjectName("sample-banner")
        self.sample_banner.setWordWrap(True)
        self.sample_banner.setStyleSheet(
            "#sample-banner { background: palette(tool-tip-base); color: palette(tool-tip-text);"
            " border: 1px solid #c9a227; border-radius: 3px; padding: 6px; }"
        )
        self.sample_banner.hide()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.sample_banner)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.details = DetailPanel(kb)
        self.dock = QDockWidget(self.tr("Why"), self)
        self.dock.setObjectName("details")
        self.dock.setWidget(self.details)
        self.dock.setMinimumWidth(260)  # its buttons stack when narrow; the table keeps its room at 1024 px
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
        self.where_button = QToolButton()
        self.where_button.setAutoRaise(True)
        self.where_button.setToolTip(self.tr("Vetted explains flags with the rules of this place first"))
        self.where_button.clicked.connect(self.choose_where)
        self.statusBar().addPermanentWidget(self.where_button)
        self.read_only_label = QLabel()
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.cancel_button.clicked.connect(lambda: self.job and self.job.cancel())

        self._build_actions()
        self.welcome.import_file.connect(self.import_spreadsheet)
        self.welcome.add_device.connect(self.add_device)
        self.welcome.open_project.connect(self.open_project_dialog)
        self.welcome.try_sample.connect(self.try_sample)
        self.welcome.show_guide.connect(self.show_guide)
        self.view.selection_changed.connect(self._show_details)
        self.view.activated.connect(self.edit_device)
        self.details.decide.connect(self.decide)
        self.costs.edit_price_book.connect(self.edit_price_book)
        self.costs.include_review_changed.connect(self._set_include_review)
        self.view.summary.costs_clicked.connect(self.show_costs)
        self._use_where(self.where)
        self._show_busy(False)

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
        self.save_copy_action = self._action(self.tr("Save a &copy…"), self.save_copy, None, file)
        file.addSeparator()
        self.import_action = self._action(self.tr("&Import spreadsheet…"), self.import_spreadsheet, "Ctrl+I", file)
        self.export_menu = file.addMenu(self.tr("&Export"))
        for key, (label, _, _) in EXPORT_FORMATS.items():
            text = QCoreApplication.translate("Export", label)
            self._action(text, lambda _=False, k=key: self.export(k), None, self.export_menu)
        file.addSeparator()
        add_rollup_actions(self, file)
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
        self.recheck_action = self._action(self.tr("Check all devices &again"), self.check_again, None, edit)
        self._action(self.tr("&Where you are…"), self.choose_where, None, edit)

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
        self._action(self.tr("&Find…"), self._find, QKeySequence.StandardKey.Find, view)
        view.addSeparator()
        self.columns_menu = view.addMenu(self.tr("&Columns"))
        self.column_actions = {}
        chosen = set(app_settings.shown_columns(MAIN_COLUMNS))
        for index, (attribute, _) in enumerate(COLUMNS):
            action = self.columns_menu.addAction(self.view.model.headerData(index, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(attribute in chosen or attribute == "verdict")
            action.setEnabled(attribute != "verdict")
            action.toggled.connect(self._columns_chosen)
            self.column_actions[attribute] = action
        self.view.show_columns(chosen)
        self.all_columns = self._action(self.tr("Show all &columns"), self.view.show_all_columns, None, view)
        self.all_columns.setCheckable(True)
        self.original_columns = self._action(self.tr("Show the file's own &columns"), self._show_original, None, view)
        self.original_columns.setCheckable(True)
        view.addAction(self.dock.toggleViewAction())
        view.addAction(self.costs_dock.toggleViewAction())
        view.addSeparator()
        self.language_menu = view.addMenu(self.tr("&Language"))
        languages = QActionGroup(self)
        for code, name in LANGUAGES.items():  # each language in its own words
            action = self._action(name, lambda _=False, c=code: self.choose_language(c), None, self.language_menu)
            action.setCheckable(True)
            action.setChecked(code == i18n.current_language())
            languages.addAction(action)

        tools_menu = bar.addMenu(self.tr("&Tools"))
        self._action(self.tr("&Knowledge base…"), self.show_knowledge_base, "Ctrl+K", tools_menu)
        self._action(self.tr("&Add a local fact…"), lambda: self.add_local_fact(), None, tools_menu)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.guide_action = self._action(self.tr("&Guide"), self.show_guide, None, help_menu)
        # F1 everywhere, and the platform's own help key too (Ctrl+? on macOS)
        keys = [QKeySequence("F1"), *QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)]
        self.guide_action.setShortcuts([k for n, k in enumerate(keys) if k not in keys[:n]])
        help_menu.addSeparator()
        self._action(self.tr("&Update knowledge base…"), lambda: self.update_knowledge_base(), None, help_menu)
        self.undo_update_action = self._action(self.tr("Undo knowledge-base update"), self.undo_update, None, help_menu)
        help_menu.aboutToShow.connect(self.refresh_undo_update)
        help_menu.addSeparator()
        self._action(self.tr("&About Vetted"), self.about, None, help_menu)

        tools = self.addToolBar(self.tr("Main"))
        tools.setObjectName("main-toolbar")
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tools.addActions([self.import_action, self.add_action, self.edit_action])
        tools.addSeparator()
        tools.addActions([self.replace_action, self.dismiss_action])
        tools.addSeparator()
        costs = QAction(self.tr("Costs"), self)
        costs.setToolTip(self.tr("Show the Costs panel: what replacing the flagged devices would cost"))
        costs.triggered.connect(self.show_costs)
        tools.addAction(costs)
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

    def writable(self) -> bool:
        """Whether the open project may be changed now: not read-only, and no background job writing to it
        (a change made meanwhile would wait for the job's write lock, then be refused)."""
        return self.project is not None and not self.project.read_only and not self.busy

    def _update_actions(self) -> None:
        has_project = self.project is not None
        writable = self.writable()
        has_device = writable and self.view.current() is not None
        for action in (self.save_as, self.save_copy_action, self.export_menu.menuAction()):
            action.setEnabled(has_project)
        for action in (self.price_action, self.recheck_action, self.import_action, self.add_action):
            action.setEnabled(writable or not has_project)
        for action in (
            self.edit_action,
            self.delete_action,
            self.replace_action,
            self.dismiss_action,
            self.category_action,
        ):
            action.setEnabled(has_device)
        if not writable:
            for button in (self.details.replace, self.details.dismiss, self.details.undo):
                button.setEnabled(False)
        self.toolbar.setVisible(has_project)
        if self.kb_window:
            self.kb_window.set_has_project(has_project)

    def _columns_chosen(self) -> None:
        chosen = [attribute for attribute, action in self.column_actions.items() if action.isChecked()]
        app_settings.set_shown_columns(chosen)
        self.view.show_columns(chosen)
        if self.all_columns.isChecked():
            self.view.show_all_columns(True)

    def _find(self) -> None:
        if self.stack.currentWidget() is self.view:
            self.view.filters.focus_search()

    # --- projects ----------------------------------------------------------------------------
    def open_project(self, path: Path, table: tuple[DeviceColumns, Counter] | None = None) -> bool:
        """Open a project and show it. A large one shows at once and has every page of its file read on a worker
        thread afterwards (see _check_pages_later); the damage found there closes it with the same sentence."""
        later = _size(path) >= PAGES_CHECKED_LATER_FROM
        try:
            project = Project(path, pages_checked=not later)
        except ProjectError as error:
            QMessageBox.warning(self, self.tr("Cannot open project"), str(error))
            return False
        if self.project:
            self._leave_project()
        self.project = project
        self.undo_stack.clear()
        stored = Where.from_setting(project.setting("where"))
        if not stored and self.where:  # a project made before the user said where they are
            project.set_setting("where", self.where.as_setting())
            if project.count():
                QTimer.singleShot(0, self.check_again)
        self._use_where(stored or self.where)
        sample = self.is_sample()
        app_settings.remember_project(path)
        read_only = self.tr(" (read-only)") if project.read_only else ""
        name = self.tr("Sample inventory (demo)") if sample else path.stem
        self.setWindowTitle(self.tr("%1 — Vetted").replace("%1", name + read_only))
        self.sample_banner.setVisible(sample)
        self.read_only_label.setText(
            self.tr("%1 is read-only: you can look at it and export reports, not change it.").replace("%1", path.name)
            if project.read_only
            else ""
        )
        try:
            self.reload(table)
        except ProjectError as error:  # a damaged page read before its check
            self._damaged(project, str(error))
            return False
        if later:
            self._check_pages_later(project)
        self.stack.setCurrentWidget(self.view)
        if self.dock.isHidden():
            self.dock.show()
            # About 30 % of the window: 300 px at 1024, so the table still shows Why beside it.
            width = min(420, max(300, round(self.width() * 0.27)))
            self.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)
        if not project.read_only:
            self.statusBar().showMessage(self.tr("Saved automatically in %1").replace("%1", str(path)), 8000)
        return True

    def _check_pages_later(self, project: Project) -> None:
        job = self._page_check = run_job(lambda job: project.check_pages(job.is_cancelled), (ProjectError,))
        job.failed.connect(lambda sentence: self._damaged(project, sentence))

    def _damaged(self, project: Project, sentence: str) -> None:
        """Part of the project's file is corrupt: say so and close it, unless another project is open since. A job
        under way (an import, an export) ends first, with its own outcome, and then the project closes."""
        if project is not self.project:
            return
        if self.job is not None:
            for ended in (self.job.finished, self.job.failed, self.job.cancelled):
                ended.connect(lambda *_: self._damaged(project, sentence))
            return
        self._leave_project()
        QMessageBox.warning(self, self.tr("Cannot open project"), sentence)

    def _leave_project(self) -> None:
        """Close the project shown, back to the welcome page."""
        if self._page_check is not None:
            self._page_check.cancel()
            self._page_check = None
        self.project.close()
        self.project = None
        self.undo_stack.clear()
        self.view.set_devices([])  # which stops reading its search text and sorting
        self.stack.setCurrentWidget(self.welcome)
        self.dock.hide()
        self.costs_dock.hide()
        self.sample_banner.hide()
        self.read_only_label.setText("")
        self.setWindowTitle("Vetted")
        self._update_actions()

    def saving(self, change) -> bool:
        """Run `change()`, which writes to the project; if it cannot be saved, say why in one sentence."""
        try:
            change()
        except ProjectError as error:
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return False
        return True

    def _ensure_project(self, stem: str) -> bool:
        """Imports and hand-added devices need a project: make one in Documents/Vetted if none is open."""
        return self.project is not None or self.open_project(app_settings.unused_project_path(stem))

    def new_project(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New project"), str(app_settings.unused_project_path(self.tr("Inventory"))), project_filter()
        )
        if name:
            path = Path(name).with_suffix(".vetted")
            if self.project and self.project.path == path:
                self._leave_project()
            for old in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                old.unlink(missing_ok=True)  # the dialog already asked whether to replace it
            self.open_project(path)

    def open_project_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), str(app_settings.projects_folder()), project_filter()
        )
        if name:
            self.open_project(Path(name))

    def save_project_as(self) -> None:
        """Go on working in a copy of the project under another name."""
        target = self._copy_to(self.tr("Save project as"))
        if target:
            self.open_project(target)

    def save_copy(self) -> None:
        """A complete copy of the project (a backup, or one to hand to a colleague); work goes on here."""
        target = self._copy_to(self.tr("Save a copy"))
        if target:
            self.statusBar().showMessage(self.tr("Saved a copy as %1").replace("%1", str(target)), 10000)

    def _copy_to(self, title: str) -> Path | None:
        if not self.project:
            return None
        suggested = self.project.path.with_name(f"{self.project.path.stem} copy.vetted")
        name, _ = QFileDialog.getSaveFileName(self, title, str(suggested), project_filter())
        if not name:
            return None
        target = Path(name).with_suffix(".vetted")
        if target.resolve() == self.project.path.resolve():
            return None  # already this very file
        try:
            return self.project.save_copy(target)
        except ProjectError as error:
            QMessageBox.warning(self, self.tr("Cannot save"), str(error))
            return None

    def reload(self, table: tuple[DeviceColumns, Counter] | None = None) -> None:
        """Show the project's devices again: `table`, their columns and counts as a job read them, or read now."""
        if self.project:
            self._show_devices(*(table or ()))
        self._update_actions()

    def _show_devices(self, columns: DeviceColumns | None = None, counts: Counter | None = None) -> None:
        """Show the project's devices: `columns` and their `counts` read in the background, or read now."""
        self.view.show_project(self.project, columns, counts)
        self._refresh_costs()
        if self.original_columns.isChecked():
            self._show_original(True)

    def _show_original(self, on: bool) -> None:
        """The imported files' own columns, after Vetted's; read from the project for the rows on screen."""
        if on and self.project:
            project = self.project
            self.view.model.set_original(
                project.original_names(), project.originals_by_id, project.ids_sorted_on_original
            )
        else:
            self.view.model.set_original([])

    def _show_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setRange(0, 0)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self._update_actions()

    def _show_details(self) -> None:
        device = self.view.current()
        if device and self.project:
            device = self.project.device(device.id)
            self.details.show_device(device, *self.project.details(device.id))
        else:
            self.details.show_device(None)
        self._update_actions()

    # --- where you are -----------------------------------------------------------------------
    def ask_where_once(self) -> None:
        """On first start, ask where the user is; they may answer later from Edit > Where you are…."""
        if not app_settings.where_asked():
            app_settings.mark_where_asked()
            self.choose_where()

    def choose_where(self) -> None:
        dialog = WhereDialog(self.where, self)
        if dialog.exec() != WhereDialog.DialogCode.Accepted:
            return
        place = dialog.where()
        app_settings.set_where(place)
        if place == self.where:
            return
        self._use_where(place)
        if self.project:
            self.project.set_setting("where", place.as_setting())
            self.check_again()

    def _use_where(self, place: Where) -> None:
        self.where = place
        self.matcher = Matcher(self.kb, place, i18n.current_language())
        self.details.where = place
        self.where_button.setText(
            self.tr("Rules of: %1").replace("%1", place.label(i18n.current_language()))
            if place
            else self.tr("Where are you? (not set)")
        )

    def choose_language(self, lang: str) -> None:
        """Remember the language; the window speaks it from the next start."""
        i18n.set_preferred_language(lang)
        if lang != i18n.current_language():
            QMessageBox.information(
                self,
                self.tr("Language"),
                self.tr("Vetted will use this language the next time it starts. Quit and reopen Vetted to switch now."),
            )

    # --- other -------------------------------------------------------------------------------
    def show_guide(self) -> None:
        """Help > Guide (F1): one guide window, brought to the front if already open."""
        if self.guide is None:
            self.guide = GuideDialog(self)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Vetted"),
            self.tr(
                "<h3>Vetted %1</h3><p>Finds equipment from banned or restricted vendors in an inventory, offline.</p>"
                "%2<p>Verdicts and cost figures are estimates to guide a review, not legal advice.</p>"
            )
            .replace("%1", __version__)
            .replace("%2", self.knowledge_base_html()),  # version, date, sources, MAC registry, local additions
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
            self._leave_project()
        super().closeEvent(event)
        QApplication.instance().quit()
