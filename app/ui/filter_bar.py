"""The filter bar above the table: verdict, vendor, site and a search box."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.ui.device_filter import DeviceFilter
from app.ui.verdict_style import verdict_icon, verdict_word


class FilterBar(QWidget):
    changed = Signal(object)  # DeviceFilter

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.verdict = QComboBox()
        self.verdict.addItem(self.tr("All verdicts"), "")
        for verdict in ("flagged", "review", "clear", "unknown", "dismissed"):
            self.verdict.addItem(verdict_icon(verdict), verdict_word(verdict), verdict)
        self.vendor = QComboBox()
        self.site = QComboBox()
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Search make, model, serial, MAC, location…"))
        self.text.setClearButtonEnabled(True)
        for label, widget in (
            (self.tr("Show:"), self.verdict),
            (self.tr("Vendor:"), self.vendor),
            (self.tr("Site:"), self.site),
        ):
            layout.addWidget(QLabel(label))
            layout.addWidget(widget)
        layout.addWidget(self.text, 1)
        self.set_choices([], [])
        self.verdict.currentIndexChanged.connect(self._emit)
        self.vendor.currentIndexChanged.connect(self._emit)
        self.site.currentIndexChanged.connect(self._emit)
        self.text.textChanged.connect(self._emit)

    def set_choices(self, vendors: list[str], sites: list[str]) -> None:
        """Refill the vendor and site lists, keeping the current choice where it still exists."""
        for combo, everything, values in (
            (self.vendor, self.tr("All vendors"), vendors),
            (self.site, self.tr("All sites"), sites),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def show_verdict(self, verdict: str) -> None:
        self.verdict.setCurrentIndex(max(0, self.verdict.findData(verdict)))

    def criteria(self) -> DeviceFilter:
        return DeviceFilter(
            self.verdict.currentData() or "",
            self.vendor.currentData() or "",
            self.site.currentData() or "",
            self.text.text().strip(),
        )

    def _emit(self) -> None:
        self.changed.emit(self.criteria())
