"""The working page of a project: summary strip, filter bar and the device table."""

from collections import Counter

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.store.columns import DeviceColumns
from app.core.store.project import Project, StoredDevice
from app.ui.device_filter import DeviceFilterProxy
from app.ui.device_model import COLUMN, COLUMNS, DEVICE_ROLE, DeviceTableModel
from app.ui.filter_bar import FilterBar
from app.ui.summary_strip import SummaryStrip

# Shown by default: what a manager needs to decide; the rest are under View > Columns.
MAIN_COLUMNS = (
    "verdict",
    "vendor_name",
    "manufacturer",
    "model",
    "site",
    "location",
    "decision",
    "explanation",
)
_WIDTHS = {
    "verdict": 96,
    "vendor_name": 96,
    "manufacturer": 120,
    "model": 150,
    "serial": 150,
    "mac": 140,
    "device_type": 110,
    "site": 100,
    "location": 120,
    "decision": 150,
    "estimate": 80,
    "explanation": 600,
}
# How narrow a column may get, elided, so that Why still shows on a narrow window (1024 px with the panel).
_NARROWEST = {"verdict": 96, "vendor_name": 72, "model": 110, "decision": 70, "estimate": 72}
_NARROWEST_OTHER = 60
_WHY_AT_LEAST = 200  # what the others narrow for
_WHY_NARROWEST = 120  # when they are all at their narrowest, Why takes the rest, so long as it is this wide


def fitted_widths(columns: list[str], room: int) -> dict[str, int]:
    """Widths for the shown `columns` in `room` pixels: each its usual width when Why still gets
    _WHY_AT_LEAST, else each narrowed towards its narrowest by the same share of what it can give; Why
    takes what is left (at least _WHY_NARROWEST; scrolled to beyond that)."""
    others = [c for c in columns if c != "explanation"]
    usual = {c: _WIDTHS.get(c, 100) for c in others}
    narrowest = {c: min(usual[c], _NARROWEST.get(c, _NARROWEST_OTHER)) for c in others}
    excess = sum(usual.values()) + _WHY_AT_LEAST - room
    slack = sum(usual[c] - narrowest[c] for c in others)
    share = min(1.0, max(0.0, excess / slack)) if slack else 0.0
    widths = {c: round(usual[c] - share * (usual[c] - narrowest[c])) for c in others}
    if "explanation" in columns:
        widths["explanation"] = max(_WHY_NARROWEST, room - sum(widths.values()))
    return widths


class ProjectView(QWidget):
    selection_changed = Signal()  # listeners ask current()
    activated = Signal()  # double-click on a row

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = DeviceTableModel(self)
        self.proxy = DeviceFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.summary = SummaryStrip()
        self.filters = FilterBar()
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move within it
        self.table.setAccessibleName(self.tr("Devices"))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        for attribute, width in _WIDTHS.items():
            header.resizeSection(COLUMN[attribute], width)
        header.setStretchLastSection(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # "Emplacem…", not "nplaceme"
        # The columns follow the table's width until the user sizes one by hand.
        self._fitting = False
        self.user_sized = False
        header.sectionResized.connect(self._sized_by_user)
        self.table.viewport().installEventFilter(self)
        self.shown_columns = set(MAIN_COLUMNS)
        self.show_all_columns(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._empty_notice())
        self.filters.changed.connect(self.proxy.set_filter)
        # A filter change or a reload resets the model: the selected device stays selected if still shown.
        self._kept: int | None = None
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)
        self.model.modelReset.connect(self._show_empty)
        self.model.modelReset.connect(lambda: self.summary.show_shown(self.model.rowCount()))
        self.model.searching.connect(lambda waiting: self._show_waiting(waiting, self.tr("Searching…")))
        self.model.sorting.connect(lambda waiting: self._show_waiting(waiting, self.tr("Sorting…")))
        self.summary.verdict_clicked.connect(self.filters.show_verdict)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.selection_changed.emit())
        self.table.doubleClicked.connect(lambda *_: self.activated.emit())

    def show_all_columns(self, on: bool) -> None:
        for index, (attribute, _) in enumerate(COLUMNS):
            self.table.setColumnHidden(index, not on and attribute not in self.shown_columns)
        self.fit_columns()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self.fit_columns()
        return super().eventFilter(watched, event)

    def _sized_by_user(self) -> None:
        # A section dragged with the mouse; hiding a column or resizing the window resizes sections too.
        if not self._fitting and QApplication.mouseButtons() & Qt.MouseButton.LeftButton:
            self.user_sized = True

    def fit_columns(self) -> None:
        """Size Vetted's shown columns to the table's width so that Why starts on screen, elided if need be."""
        if self.user_sized or not hasattr(self, "_fitting"):
            return
        shown = [a for i, (a, _) in enumerate(COLUMNS) if not self.table.isColumnHidden(i)]
        widths = fitted_widths(shown, self.table.viewport().width())
        self._fitting = True
        try:
            for attribute, width in widths.items():
                self.table.horizontalHeader().resizeSection(COLUMN[attribute], width)
        finally:
            self._fitting = False

    def show_columns(self, attributes) -> None:
        """Show these of Vetted's columns (View > Columns), hide the others."""
        self.shown_columns = set(attributes) | {"verdict"}  # the verdict always shows
        self.show_all_columns(False)

    def show_project(
        self, project: Project, columns: DeviceColumns | None = None, counts: Counter | None = None
    ) -> None:
        """Show a project's devices: `columns` and their `counts` as read (in the background, after an import;
        see device_model.counted) or read now."""
        if columns is None:
            columns = project.device_columns()
        self.model.set_columns(columns, project.devices_by_id, project.search_texts, project.ids_sorted_on, counts)
        self._show_counts()
        self.filters.set_choices(self.model.choices("vendor_name"), self.model.choices("site"))
        self.selection_changed.emit()

    def set_devices(self, devices: list[StoredDevice]) -> None:
        """Show devices already read (small lists: tests, previews)."""
        self.model.set_devices(devices)
        self._show_counts()
        self.filters.set_choices(self.model.choices("vendor_name"), self.model.choices("site"))
        self.selection_changed.emit()

    def replace_device(self, device: StoredDevice) -> None:
        self.model.replace_device(device)
        self._show_counts()

    def refresh(self) -> None:
        """Filter again after an edit; the selection stays."""
        self.model.refilter()

    def _show_counts(self) -> None:
        verdicts, vendors = self.model.verdict_counts()
        self.summary.show_tallies(verdicts, vendors, len(self.model.columns))
        self.summary.show_shown(self.model.rowCount())

    def _show_waiting(self, waiting: bool, what: str) -> None:
        """A search or a sort of a large project waits for work done in the background; the rows stay meanwhile."""
        if waiting:
            self.summary.total.setText(what)
            self.table.viewport().setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.summary.show_shown(self.model.rowCount())
            self.table.viewport().unsetCursor()

    def _remember_current(self) -> None:
        index = self.table.currentIndex()
        self._kept = self.model.columns.ids[self.model.shown[index.row()]] if index.isValid() else None

    def _restore_current(self) -> None:
        if self._kept is not None:
            self.select(self._kept)
        # A device the filter now hides is no longer current: the detail panel and actions let go of it.
        self.selection_changed.emit()

    def _empty_notice(self) -> QWidget:
        self.empty = QWidget()
        row = QHBoxLayout(self.empty)
        row.setContentsMargins(0, 6, 0, 6)
        self.empty_label = QLabel(self.tr("No device matches these filters."))
        clear = QPushButton(self.tr("Clear filters"))
        clear.clicked.connect(self.filters.clear)
        row.addStretch(1)
        row.addWidget(self.empty_label)
        row.addWidget(clear)
        row.addStretch(1)
        self.empty.hide()
        return self.empty

    def _show_empty(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0 and len(self.model.columns) > 0)

    def current(self) -> StoredDevice | None:
        index = self.table.currentIndex()
        return index.data(DEVICE_ROLE) if index.isValid() else None

    def selected(self) -> list[StoredDevice]:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(DEVICE_ROLE) for index in rows]

    def select(self, device_id: int) -> None:
        row = self.model.row_of(device_id)
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
                self.table.scrollTo(index)
