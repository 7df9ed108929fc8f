"""The filter bar above the table: verdict, vendor, site and a search box."""

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from app.ui.device_filter import DeviceFilter
from app.ui.verdict_style import verdict_icon, verdict_word


class _FilterCombo(QComboBox):
    """As wide as its longest choice when there is room, down to a few characters when there is not."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()  # sized for minimumContentsLength characters
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        room = metrics.horizontalAdvance("X") * self.minimumContentsLength()
        return QSize(hint.width() + max(0, min(widest, 24 * metrics.averageCharWidth()) - room), hint.height())

    def paintEvent(self, _event) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text(option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def shown_text(self, option: QStyleOptionComboBox | None = None) -> str:
        """The current choice, cut with an ellipsis where the combo is narrower than it (not clipped mid-letter)."""
        if option is None:
            option = QStyleOptionComboBox()
            self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        room = field.width() - (option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0)
        return self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, room)


class FilterBar(QWidget):
    changed = Signal(object)  # DeviceFilter

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.verdict = _FilterCombo()
        self.verdict.addItem(self.tr("All verdicts"), "")
        for verdict in ("flagged", "review", "clear", "unknown", "dismissed"):
            self.verdict.addItem(verdict_icon(verdict), verdict_word(verdict), verdict)
        self.vendor = _FilterCombo()
        self.site = _FilterCombo()
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Search make, model, serial, MAC, location…"))
        self.text.setClearButtonEnabled(True)
        self.text.setMinimumWidth(120)
        self.text.setAccessibleName(self.tr("Search devices"))
        self.text.setToolTip(
            self.tr("Search make, model, serial, MAC (with or without separators), location… (Ctrl+F)")
        )
        for label, widget, name in (
            (self.tr("&Show:"), self.verdict, self.tr("Show verdict")),
            (self.tr("Ve&ndor:"), self.vendor, self.tr("Vendor filter")),
            (self.tr("S&ite:"), self.site, self.tr("Site filter")),
        ):
            buddy = QLabel(label)
            buddy.setBuddy(widget)
            widget.setAccessibleName(name)
            # Wide enough for "North annex", not for the longest vendor: the search box keeps its room.
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(8)
            layout.addWidget(buddy)
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
            combo.updateGeometry()  # its longest choice may have changed

    def clear(self) -> None:
        """Show every device again."""
        for combo in (self.verdict, self.vendor, self.site):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self._emit()

    def focus_search(self) -> None:
        self.text.setFocus()
        self.text.selectAll()

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
