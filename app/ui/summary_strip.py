"""The strip under the toolbar: how many devices of each verdict, and which vendors, at a glance."""

from collections import Counter

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from app.core.pricing.estimate import Subtotal
from app.core.pricing.money import format_money
from app.core.store.project import StoredDevice
from app.ui.verdict_style import verdict_icon, verdict_word

VERDICTS = ("flagged", "review", "clear", "unknown")


class SummaryStrip(QWidget):
    verdict_clicked = Signal(str)
    costs_clicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.total = QLabel()
        layout.addWidget(self.total)
        self.buttons: dict[str, QToolButton] = {}
        for verdict in VERDICTS:
            button = QToolButton()
            button.setIcon(verdict_icon(verdict))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            button.setToolTip(self.tr("Show only these devices"))
            button.clicked.connect(lambda _=False, v=verdict: self.verdict_clicked.emit(v))
            self.buttons[verdict] = button
            layout.addWidget(button)
        self.cost = QToolButton()
        self.cost.setAutoRaise(True)
        self.cost.setToolTip(self.tr("An estimate from the price book: open the Costs panel"))
        self.cost.clicked.connect(self.costs_clicked)
        layout.addWidget(self.cost)
        self.vendors = QLabel()
        self.vendors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long vendor list must not widen the window past a laptop screen; the tooltip has it all.
        self.vendors.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.vendors, 1)

    def show_cost(self, overall: Subtotal, currency: str) -> None:
        self.cost.setVisible(overall.devices > 0)
        typical = format_money(overall.cost.typical, currency)
        self.cost.setText(self.tr("Estimated replacement: %1").replace("%1", typical))

    def show_counts(self, devices: list[StoredDevice]) -> None:
        verdicts: Counter = Counter()
        vendors: Counter = Counter()
        for device in devices:
            verdicts[device.verdict] += 1
            if device.verdict == "flagged" or device.verdict == "review":
                vendors[device.vendor_name] += 1
        self.show_tallies(verdicts, vendors, len(devices))

    def show_tallies(self, verdicts: Counter, vendors: Counter, count: int) -> None:
        """Devices per verdict, flagged or to-review devices per vendor, and how many devices in all."""
        total = self.tr("<b>1 device</b>") if count == 1 else self.tr("<b>%1 devices</b>").replace("%1", f"{count:,}")
        self.total.setText(total)
        for verdict, button in self.buttons.items():
            button.setText(f"{verdicts.get(verdict, 0)} {verdict_word(verdict).lower()}")
        if vendors:
            listed = ", ".join(f"{name} {count}" for name, count in vendors.most_common())
            self.vendors.setText(self.tr("Flagged or to review: %1").replace("%1", listed))
            self.vendors.setToolTip(self.vendors.text())
        else:
            self.vendors.setText(self.tr("No device points at a listed vendor.") if count else "")
