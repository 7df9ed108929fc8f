"""File > Compare with an earlier project…: how far replacement has come at one site since a snapshot."""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.export.output import ExportError
from app.core.pricing.price_book import category_name
from app.core.rollup.compare import (
    CLEARED,
    DISMISSED,
    NEW,
    REMAINS,
    REMOVED,
    REPLACED,
    CompareError,
    Comparison,
    compare,
)
from app.core.rollup.compare_xlsx import write_compare_xlsx
from app.ui.rows_model import Cell, RowsModel, fit_columns, rows_view

PROJECT_FILTER = "Vetted projects (*.vetted)"
CHANGE_HEADERS = (
    QT_TRANSLATE_NOOP("CompareDialog", "Status"),
    QT_TRANSLATE_NOOP("CompareDialog", "Vendor"),
    QT_TRANSLATE_NOOP("CompareDialog", "Category"),
    QT_TRANSLATE_NOOP("CompareDialog", "Before"),
    QT_TRANSLATE_NOOP("CompareDialog", "Now"),
    QT_TRANSLATE_NOOP("CompareDialog", "Location"),
    QT_TRANSLATE_NOOP("CompareDialog", "Matched by"),
)
_COLOURS = {
    REPLACED: "#E2EFDA",
    REMOVED: "#E2EFDA",
    REMAINS: "#FCE4D6",
    NEW: "#F8CBAD",
    DISMISSED: "#EDEDED",
    CLEARED: "#EDEDED",
}
_ORDER = {s: n for n, s in enumerate((NEW, REMAINS, REPLACED, REMOVED, DISMISSED, CLEARED))}


class CompareDialog(QDialog):
    def __init__(self, parent=None, current: Path | None = None, folder: Path | None = None):
        super().__init__(parent)
        self.folder = folder or Path.home()
        self.comparison: Comparison | None = None
        self.setWindowTitle(self.tr("Compare with an earlier project"))
        self.resize(1100, 640)

        self.old_path = QLineEdit()
        self.new_path = QLineEdit(str(current) if current else "")
        for edit in (self.old_path, self.new_path):
            edit.setPlaceholderText(self.tr("a .vetted project"))
            edit.textChanged.connect(self._update)
        form = QFormLayout()
        form.addRow(self.tr("Earlier snapshot:"), self._chooser(self.old_path))
        form.addRow(self.tr("Now:"), self._chooser(self.new_path))
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setDefault(True)
        self.compare_button.clicked.connect(self.run)

        self.headline = QLabel()
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.headline.setFont(font)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.changes = RowsModel([self.tr(h) for h in CHANGE_HEADERS], self)
        self.table = rows_view(self.changes)
        self.table.horizontalHeader().setStretchLastSection(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.addButton(self.tr("Save Excel report…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)

        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.compare_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Compare a site's project with an earlier copy of it. Devices are matched by serial number, MAC "
                "address or asset tag, then make, model and location. Both files are only read."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._update()

    def _chooser(self, edit: QLineEdit) -> QWidget:
        button = QPushButton(self.tr("Choose…"))
        button.clicked.connect(lambda: self._choose(edit))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        layout.addWidget(button)
        return row

    def _choose(self, edit: QLineEdit) -> None:
        start = edit.text() or str(self.folder)
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a project"), start, PROJECT_FILTER)
        if name:
            edit.setText(name)

    def run(self) -> bool:
        """Compare the two files; a problem is one sentence in a message box."""
        old, new = Path(self.old_path.text().strip()), Path(self.new_path.text().strip())
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            comparison = compare(old, new)
        except (CompareError, OSError) as error:
            message = (
                str(error)
                if isinstance(error, CompareError)
                else self.tr("%1 cannot be read.").replace("%1", Path(getattr(error, "filename", "") or old).name)
            )
            QMessageBox.warning(self, self.tr("Cannot compare"), message)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.show_comparison(comparison)
        return True

    def show_comparison(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.headline.setText(comparison.summary())
        self.details.setText(comparison.details() + (f"\n{comparison.warning}" if comparison.warning else ""))
        changes = sorted(comparison.changes, key=lambda c: _ORDER[c.status])
        rows = []
        for change in changes:
            device = change.device
            values = (
                change.status,
                (change.new or change.old).vendor_name,
                category_name(device.category),
                _describe(change.old),
                _describe(change.new),
                " · ".join(filter(None, (device.site, device.location))),
                change.matched_by,
            )
            status = Cell(values[0], background=QColor(_COLOURS[change.status]))
            rows.append([status, *(Cell(value) for value in values[1:])])
        self.changes.set_rows(rows)
        fit_columns(self.table, 280)  # long makes and serials: the tooltip has them whole
        self._update()

    def save(self) -> None:
        if not self.comparison:
            return
        suggested = self.folder / "Progress.xlsx"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the progress report"), str(suggested), "Excel workbook (*.xlsx)"
        )
        if name:
            self.write(Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx"))

    def write(self, path: Path) -> bool:
        try:
            write_compare_xlsx(self.comparison, path)
        except ExportError as error:
            QMessageBox.warning(self, self.tr("Cannot save"), str(error))
            return False
        return True

    def _update(self) -> None:
        self.compare_button.setEnabled(bool(self.old_path.text().strip() and self.new_path.text().strip()))
        self.save_button.setEnabled(self.comparison is not None)


def _describe(row) -> str:
    if row is None:
        return ""
    ids = " ".join(filter(None, (row.serial and f"S/N {row.serial}", row.asset_tag and f"tag {row.asset_tag}")))
    return f"{row.label()} ({ids})" if ids else row.label()
