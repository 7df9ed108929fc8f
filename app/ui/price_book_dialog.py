"""Edit the price book: unit costs and install hours per category, and the rates every device shares."""

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.core.export.output import ExportError
from app.core.pricing.defaults import OWN_PRICE, sourced
from app.core.pricing.price_book import CategoryPrice, PriceBook, category_name, default_price_book
from app.core.pricing.price_book_xlsx import read_price_book, write_price_book
from app.ui.i18n import current_language

_PRICE_COLUMNS = ("low", "typical", "high", "labour_hours")
_CURRENCIES = ["USD", "CAD", "EUR", "GBP", "AUD", "NZD", "CHF", "JPY", "INR"]


class CategoryPriceModel(QAbstractTableModel):
    """One row per category: low, typical and high unit cost and install hours, editable in place."""

    def __init__(self, book: PriceBook, parent=None):
        super().__init__(parent)
        self.codes = list(book.categories)
        self.prices = dict(book.categories)

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.codes)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else len(_PRICE_COLUMNS) + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Category"), self.tr("Low"), self.tr("Typical"), self.tr("High"), self.tr("Install hours")][
                section
            ]
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() else base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        code = self.codes[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return category_name(code, current_language())
            if role == Qt.ItemDataRole.ToolTipRole:
                price = self.prices[code]
                return sourced(price.source, price.dated, current_language()) if price.source else None
            return None
        value = getattr(self.prices[code], _PRICE_COLUMNS[index.column() - 1])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return float(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.column():
            return False
        try:
            number = float(value)
        except (TypeError, ValueError):
            return False
        code = self.codes[index.row()]
        self.prices[code] = replace(
            self.prices[code],
            **{_PRICE_COLUMNS[index.column() - 1]: number},
            source=OWN_PRICE,
            dated="",
        )
        self.dataChanged.emit(index, index)
        return True


class PriceBookDialog(QDialog):
    def __init__(self, book: PriceBook, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Price book"))
        self.book = book
        self.table = QTableView()
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.labour_rate = self._spin(0, 100_000)
        self.disposal = self._spin(0, 100_000)
        self.contingency = self._spin(0, 100, " %")
        self.tax = self._spin(0, 100, " %")
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(_CURRENCIES)
        rates = QFormLayout()
        rates.addRow(self.tr("Labour rate (per hour)"), self.labour_rate)
        rates.addRow(self.tr("Disposal (per device)"), self.disposal)
        rates.addRow(self.tr("Contingency"), self.contingency)
        rates.addRow(self.tr("Tax"), self.tax)
        rates.addRow(self.tr("Currency"), self.currency)
        currency_note = QLabel(
            self.tr(
                "The currency the prices above are written in. Changing it converts nothing: "
                "type the prices in the new currency too."
            )
        )
        currency_note.setWordWrap(True)
        currency_note.setStyleSheet("color: gray")
        rates.addRow("", currency_note)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828")
        self.error.setWordWrap(True)
        files = QHBoxLayout()
        for text, slot in (
            (self.tr("Import…"), self._import),
            (self.tr("Export…"), self._export),
            (self.tr("Reset to Vetted's estimates"), lambda: self._show(default_price_book())),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            files.addWidget(button)
        files.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(
            self.tr(
                "These are estimates, not quotes. Hover over a category to see where its figure "
                "comes from; share your organisation's prices with Export and Import."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(rates)
        layout.addLayout(files)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 620)
        self._show(book)

    def _spin(self, low: float, high: float, suffix: str = "") -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(2)
        spin.setSuffix(suffix)
        return spin

    def _show(self, book: PriceBook) -> None:
        self.model = CategoryPriceModel(book, self)
        self.table.setModel(self.model)
        self.labour_rate.setValue(book.labour_rate)
        self.disposal.setValue(book.disposal)
        self.contingency.setValue(book.contingency_pct)
        self.tax.setValue(book.tax_pct)
        self.currency.setCurrentText(book.currency)
        self.base = book

    def edited(self) -> PriceBook:
        """The price book as shown; ValueError with a sentence if it makes no sense (low above high...)."""
        categories: dict[str, CategoryPrice] = dict(self.model.prices)
        return replace(
            self.base,
            categories=categories,
            labour_rate=self.labour_rate.value(),
            disposal=self.disposal.value(),
            contingency_pct=self.contingency.value(),
            tax_pct=self.tax.value(),
            currency=self.currency.currentText().strip().upper(),
        )

    def accept(self) -> None:
        try:
            self.book = self.edited()
        except ValueError as error:
            self.error.setText(str(error))
            return
        super().accept()

    def _import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a price book"), "", "Excel (*.xlsx)")
        if name:
            try:
                self._show(read_price_book(Path(name)))
                self.error.clear()
            except ValueError as error:
                self.error.setText(str(error))

    def _export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the price book"), "price-book.xlsx", "Excel (*.xlsx)"
        )
        if not name:
            return
        try:
            write_price_book(self.edited(), Path(name))
        except (ValueError, ExportError) as error:
            self.error.setText(str(error))
