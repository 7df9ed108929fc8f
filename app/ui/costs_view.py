"""The Costs panel: what replacing the flagged devices would cost, by vendor, site and category."""

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from app.core.pricing.estimate import Totals
from app.core.pricing.price_book import category_name
from app.ui.cost_chart import ChartColors, paint_cost_chart
from app.ui.i18n import current_language, money, number, words_now

CHART_LINES = 8  # the largest groups; a chart of 40 sites reads as noise


class CostChart(QWidget):
    """Two bar charts, by vendor and by site, painted with the same code as the PDF report's."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.totals: Totals | None = None
        self.currency = "USD"
        self.setMinimumHeight(260)

    def show_totals(self, totals: Totals, currency: str) -> None:
        self.totals, self.currency = totals, currency
        self.update()

    def paintEvent(self, event) -> None:
        if not self.totals or not self.totals.overall.devices:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        colors = ChartColors.from_palette(palette)
        half = self.height() / 2
        for place, (title, lines) in enumerate(
            (
                (self.tr("Typical cost by vendor"), self.totals.by_vendor),
                (self.tr("Typical cost by site"), self.totals.by_site),
            )
        ):
            area = QRectF(6, 6 + half * place, self.width() - 12, half - 12)
            paint_cost_chart(
                painter, area, title, list(lines.items())[:CHART_LINES], self.currency, words_now(), colors
            )
        painter.end()


class CostsView(QWidget):
    include_review_changed = Signal(bool)
    edit_price_book = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.include_review = QCheckBox(self.tr("Include devices to review"))
        prices = QPushButton(self.tr("Price book…"))
        prices.clicked.connect(self.edit_price_book)
        self.include_review.toggled.connect(self.include_review_changed)
        self.chart = CostChart()
        self.categories = QStandardItemModel(0, 4, self)
        self.categories.setHorizontalHeaderLabels(
            [self.tr("Category"), self.tr("Devices"), self.tr("Typical"), self.tr("Range")]
        )
        table = QTableView()
        table.setModel(self.categories)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(True)
        self.table = table
        note = self.note = QLabel()
        note.setWordWrap(True)
        note.setStyleSheet("color: gray")
        controls = QHBoxLayout()
        controls.addWidget(self.include_review)
        controls.addStretch(1)
        controls.addWidget(prices)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addLayout(controls)
        layout.addWidget(self.chart, 2)
        layout.addWidget(table, 1)
        layout.addWidget(note)

    def show_totals(self, totals: Totals, currency: str, include_review: bool) -> None:
        overall = totals.overall
        self.include_review.blockSignals(True)
        self.include_review.setChecked(include_review)
        self.include_review.blockSignals(False)
        if overall.devices:
            devices = (
                self.tr("1 device")
                if overall.devices == 1
                else self.tr("%1 devices").replace("%1", number(overall.devices))
            )
            self.headline.setText(
                self.tr("Replacing <b>%1</b> would cost about <b>%2</b> (between %3 and %4).")
                .replace("%1", devices)
                .replace("%2", money(overall.cost.typical, currency))
                .replace("%3", money(overall.cost.low, currency))
                .replace("%4", money(overall.cost.high, currency))
            )
        else:
            self.headline.setText(self.tr("Nothing to replace: no device is flagged or marked for replacement."))
        self.note.setText(
            self.tr(
                "An estimate, not a quote: every figure comes from the price book, in its currency (%1), "
                "which you can change. Changing the currency converts nothing."
            ).replace("%1", currency)
        )
        self.chart.show_totals(totals, currency)
        self.categories.setRowCount(0)
        for code, subtotal in totals.by_category.items():
            cost = subtotal.cost
            row = [
                QStandardItem(category_name(code, current_language())),
                QStandardItem(number(subtotal.devices)),
                QStandardItem(money(cost.typical, currency)),
                QStandardItem(f"{money(cost.low, currency)} – {money(cost.high, currency)}"),
            ]
            for item in row[1:]:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.categories.appendRow(row)
        self.table.resizeColumnsToContents()
