"""File -> preview of each sheet -> column mapping with live verdicts -> import with progress and Cancel."""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.core.importing.errors import InventoryError
from app.core.importing.inventory import Inventory, open_inventory
from app.core.importing.layout import KEY_FIELDS
from app.core.matching import Matcher
from app.core.store.import_history import recording
from app.core.store.imports import import_inventory
from app.core.store.project import Project, ProjectError
from app.ui.device_model import counted
from app.ui.jobs import Job, run_job
from app.ui.verdict_style import verdict_icon, verdict_word

_SPREADSHEET_FILTER = QT_TRANSLATE_NOOP(
    "FilePage", "Inventories (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.xml *.leases *.out);;All files (*)"
)


def spreadsheet_filter() -> str:
    return QCoreApplication.translate("FilePage", _SPREADSHEET_FILTER)


FIELD_LABELS = {
    "manufacturer": QT_TRANSLATE_NOOP("MappingPage", "Make"),
    "brand": QT_TRANSLATE_NOOP("MappingPage", "Brand"),
    "model": QT_TRANSLATE_NOOP("MappingPage", "Model"),
    "serial": QT_TRANSLATE_NOOP("MappingPage", "Serial number"),
    "mac": QT_TRANSLATE_NOOP("MappingPage", "MAC address"),
    "device_type": QT_TRANSLATE_NOOP("MappingPage", "Device type"),
    "site": QT_TRANSLATE_NOOP("MappingPage", "Site"),
    "location": QT_TRANSLATE_NOOP("MappingPage", "Location"),
    "name": QT_TRANSLATE_NOOP("MappingPage", "Name"),
    "ip": QT_TRANSLATE_NOOP("MappingPage", "IP address"),
    "asset_tag": QT_TRANSLATE_NOOP("MappingPage", "Asset tag"),
    "install_date": QT_TRANSLATE_NOOP("MappingPage", "Install date"),
    "description": QT_TRANSLATE_NOOP("MappingPage", "Notes"),
}


def _table(rows: list[list[str]], headers: list[str], row_numbers: list[int]) -> QTableView:
    """A read-only preview; the row labels are the row numbers the user's spreadsheet shows."""
    model = QStandardItemModel(len(rows), len(headers))
    model.setHorizontalHeaderLabels(headers)
    model.setVerticalHeaderLabels([str(n) for n in row_numbers])
    for r, row in enumerate(rows):
        for c, value in enumerate(row[: len(headers)]):
            model.setItem(r, c, value if isinstance(value, QStandardItem) else QStandardItem(str(value)))
    view = QTableView()
    view.setModel(model)
    model.setParent(view)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.resizeColumnsToContents()
    return view


class FilePage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose the inventory to import"))
        self.setSubTitle(self.tr("Excel, OpenDocument or CSV files, and exports of SADP, NetBox, Snipe-IT or nmap."))
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.path.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a spreadsheet"), self.path.text(), spreadsheet_filter()
        )
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        try:
            self.owner.inventory = open_inventory(Path(self.path.text().strip()))
        except InventoryError as error:
            self.error.setText(str(error))
            return False
        self.error.clear()
        self.owner.mappings = {lay.sheet: dict(lay.mapping) for lay in self.owner.inventory.layouts}
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Preview"))
        self.tabs = QTabWidget()
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.note)

    def initializePage(self) -> None:
        inventory = self.owner.inventory
        self.setSubTitle(self.tr("The first rows of each sheet of %1.").replace("%1", inventory.path.name))
        self.tabs.clear()
        for layout in inventory.layouts:
            rows = [[str(v) for v in cells] for _, cells in layout.samples]
            numbers = [number for number, _ in layout.samples]
            self.tabs.addTab(_table(rows, layout.headers, numbers), layout.sheet)
        skipped = inventory.skipped
        self.note.setText(
            self.tr("Sheets without device columns are left out: %1.").replace("%1", ", ".join(skipped))
            if skipped
            else ""
        )


class MappingPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(
            self.tr(
                "Vetted guessed which column holds what. Change any that are wrong; "
                "the verdicts below update as you do."
            )
        )
        self.sheet = QComboBox()
        self.form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for field, label in FIELD_LABELS.items():
            combo = QComboBox()
            combo.currentIndexChanged.connect(lambda _=0, f=field: self._changed(f))
            self.combos[field] = combo
            self.form.addRow(QCoreApplication.translate("MappingPage", label), combo)
        self.preview = QVBoxLayout()
        self.warning = QLabel()
        self.warning.setStyleSheet("color: #c62828")
        columns = QHBoxLayout()
        left = QVBoxLayout()
        self.sheet_label = QLabel(self.tr("Sheet:"))
        left.addWidget(self.sheet_label)
        left.addWidget(self.sheet)
        left.addLayout(self.form)
        left.addStretch(1)
        columns.addLayout(left)
        columns.addLayout(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.warning)
        self.sheet.currentIndexChanged.connect(self._show_sheet)
        self._loading = False

    def initializePage(self) -> None:
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems([layout.sheet for layout in self.owner.inventory.layouts])
        self.sheet.setVisible(self.sheet.count() > 1)
        self.sheet_label.setVisible(self.sheet.count() > 1)
        self.sheet.blockSignals(False)
        self._show_sheet()

    def _layout(self):
        return self.owner.inventory.layouts[max(0, self.sheet.currentIndex())]

    def _show_sheet(self) -> None:
        layout = self._layout()
        mapping = self.owner.mappings[layout.sheet]
        self._loading = True
        for field, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("— not used —"), -1)
            for index, header in enumerate(layout.headers):
                combo.addItem(header, index)
            combo.setCurrentIndex(combo.findData(mapping.get(field, -1)))
        self._loading = False
        self._refresh_preview()

    def _changed(self, field: str) -> None:
        if self._loading:
            return
        mapping = self.owner.mappings[self._layout().sheet]
        index = self.combos[field].currentData()
        if index is None or index < 0:
            mapping.pop(field, None)
        else:
            mapping[field] = index
        self._refresh_preview()
        self.completeChanged.emit()

    def _refresh_preview(self) -> None:
        while self.preview.count():
            self.preview.takeAt(0).widget().deleteLater()
        layout = self._layout()
        devices = self.owner.inventory.preview(layout.sheet, self.owner.mappings[layout.sheet])
        rows = []
        for device in devices:
            match = self.owner.matcher.match(device)
            verdict = QStandardItem(verdict_icon(match.verdict.value), verdict_word(match.verdict.value))
            rows.append([verdict, match.vendor_name, device.manufacturer, device.model, match.explanation])
        view = _table(
            rows,
            [self.tr("Verdict"), self.tr("Vendor"), self.tr("Make"), self.tr("Model"), self.tr("Why")],
            [device.row for device in devices],
        )
        self.preview.addWidget(view)
        self.warning.setText(
            ""
            if self.isComplete()
            else self.tr("Choose at least one column with makes, models, serials or MAC addresses.")
        )

    def isComplete(self) -> bool:
        return all(KEY_FIELDS & mapping.keys() for mapping in self.owner.mappings.values())


class ProgressPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Importing"))
        self.bar = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.cancel = QPushButton(self.tr("Cancel import"))
        self.cancel.clicked.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.done = False
        self.job: Job | None = None

    def initializePage(self) -> None:
        self.done = False
        self.bar.setRange(0, 0)
        self.status.setText(self.tr("Reading and checking devices…"))
        self.cancel.setEnabled(True)
        owner = self.owner
        project_path, inventory, mappings = owner.project_path, owner.inventory, owner.mappings
        kb, where, lang = owner.matcher.kb, owner.matcher.where, owner.matcher.lang

        def work(job: Job):
            # Its own connection (the window keeps reading the file), to a file the window checked on opening.
            project = Project(project_path, pages_checked=False)
            matcher = Matcher(kb, where, lang)
            try:
                with recording(project) as record:
                    result = import_inventory(
                        project, inventory, matcher, mappings, progress=job.report, cancelled=job.is_cancelled
                    )
                if where and project.setting("where") is None:  # a new project starts with the user's place
                    project.set_setting("where", where.as_setting())
                columns = project.device_columns()  # read, saved and counted here, not on the window's thread
                return result, record, (columns, counted(columns))
            finally:
                project.close()

        self.job = run_job(work, (InventoryError, ProjectError))
        self.job.progress.connect(lambda done, _: self.status.setText(self.tr("%n device(s) checked…", "", done)))
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)

    def _cancel(self) -> None:
        if self.job:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _end(self, text: str) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.status.setText(text)
        self.cancel.setEnabled(False)
        self.done = True
        self.completeChanged.emit()

    def _finished(self, outcome) -> None:
        result, self.owner.record, self.owner.table = outcome
        self.owner.result = result
        text = self.tr("Imported %n new device(s)", "", result.added)
        if result.updated:
            text += self.tr(
                "; updated %n device(s) already in the project (same serial, MAC or asset tag)", "", result.updated
            )
        self._end(text + ".")

    def _failed(self, message: str) -> None:
        self._end(self.tr("The import stopped and nothing was changed: %1").replace("%1", message))

    def _cancelled(self) -> None:
        self._end(self.tr("Import cancelled; the project is as it was."))

    def isComplete(self) -> bool:
        return self.done


class ImportWizard(QWizard):
    """Import one file into the project at `project_path` (made when the import starts, if new); `result` and
    `record` are set when devices were saved."""

    def __init__(self, matcher: Matcher, project_path: Path, path: Path | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.matcher = matcher
        self.project_path = project_path
        self.inventory: Inventory | None = None
        self.mappings: dict[str, dict[str, int]] = {}
        self.result = None
        self.record = None  # what the import changed, for Edit > Undo
        self.table = None  # the project's columns and their counts after the import, for the window to show
        self.file_page = FilePage(self)
        self.progress_page = ProgressPage(self)
        for page in (self.file_page, PreviewPage(self), MappingPage(self), self.progress_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.page(2).setCommitPage(True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        # Once the import runs, its own button cancels it; after it, Cancel would promise what it cannot do.
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.resize(980, 620)
        if path:
            self.file_page.path.setText(str(path))

    def reject(self) -> None:
        if self.progress_page.job and not self.progress_page.done:
            self.progress_page._cancel()  # a running import is cancelled, then the wizard closes
        super().reject()
