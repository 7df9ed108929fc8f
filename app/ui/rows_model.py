"""A read-only table of a few hundred rows worked out in advance (the combine and compare dialogs' results):
a model for a QTableView, so the dialogs follow the same model/view way as the device table."""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTableView

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_BOLD = QFont()
_BOLD.setBold(True)


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    tooltip: str = ""
    number: bool = False  # right-aligned
    bold: bool = False
    foreground: QColor | None = None
    background: QColor | None = None


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent=None):
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[Sequence[Cell]] = []

    def set_rows(self, rows: list[Sequence[Cell]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        return self.rows[row][column].text

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        cell = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip or cell.text
        if role == Qt.ItemDataRole.TextAlignmentRole and cell.number:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and cell.bold:
            return _BOLD
        if role == Qt.ItemDataRole.ForegroundRole:
            return cell.foreground
        if role == Qt.ItemDataRole.BackgroundRole:
            return cell.background
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


def rows_view(model: RowsModel) -> QTableView:
    """A read-only table of whole rows over `model`, with no row numbers."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    return view


def fit_columns(view: QTableView, widest: int) -> None:
    """Columns as wide as their contents, but none wider than `widest` (the tooltip has the whole text)."""
    view.resizeColumnsToContents()
    view.resizeRowsToContents()
    for column in range(view.model().columnCount()):
        view.setColumnWidth(column, min(view.columnWidth(column), widest))
