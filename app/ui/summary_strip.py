"""The strip under the toolbar: how many devices of each verdict, and which vendors, at a glance."""

from collections import Counter

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from app.core.pricing.estimate import Subtotal
from app.ui.i18n import money, number
from app.ui.verdict_style import verdict_icon

VERDICTS = ("flagged", "review", "clear", "unknown", "dismissed")  # dismissed: the manager's decision


class SummaryStrip(QWidget):
    verdict_clicked = Signal(str)
    costs_clicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(4, 2, 4, 2)
        rows.setSpacing(0)
        layout = QHBoxLayout()
        self.second = QHBoxLayout()  # the cost and the vendors go here when one row would cut words
        rows.addLayout(layout)
        rows.addLayout(self.second)
        self.first = layout
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Devices shown"))
        layout.addWidget(self.total)
        self._count = 0
        self._vendors: list[str] = []
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
        self.vendors.installEventFilter(self)  # its width settles after the strip's: fit the names then
        for widget in (self.total, *self.buttons.values(), self.cost):
            widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)  # never "12 …ged"

    def show_cost(self, overall: Subtotal, currency: str) -> None:
        self.cost.setVisible(overall.devices > 0)
        typical = money(overall.cost.typical, currency)
        self.cost.setText(self.tr("Estimated replacement: %1").replace("%1", typical))
        self._arrange()

    def show_tallies(self, verdicts: Counter, vendors: Counter, count: int) -> None:
        """Devices per verdict (dismissed ones apart), flagged or to-review devices per vendor, and how many
        devices in all."""
        self._count = count
        self.show_shown(count)
        for verdict, button in self.buttons.items():
            tally = verdicts.get(verdict, 0)
            button.setText(("· " if verdict == "dismissed" else "") + self._count_text(verdict, tally))
            if verdict == "dismissed":
                button.setVisible(tally > 0)
                button.setToolTip(self.tr("Devices you dismissed: not counted as flagged or to review"))
        self._arrange()
        self._vendors = [f"{name} {number(tally)}" for name, tally in vendors.most_common()]
        if vendors:
            self._fit_vendors()
            self.vendors.setToolTip(self.tr("Flagged or to review: %1").replace("%1", ", ".join(self._vendors)))
        else:
            self.vendors.setText(self.tr("No device points at a listed vendor.") if count else "")
            self.vendors.setToolTip("")

    def _fit_vendors(self) -> None:
        """As many whole vendor names as fit, then "and N more": never "Dahu…"."""
        metrics = self.vendors.fontMetrics()
        width = self.vendors.width()
        names = self._vendors
        for shown in range(len(names), 0, -1):
            rest = len(names) - shown
            listed = ", ".join(names[:shown])
            if rest:
                listed = self.tr("%1 and %2 more").replace("%1", listed).replace("%2", number(rest))
            text = self.tr("Flagged or to review: %1").replace("%1", listed)
            if metrics.horizontalAdvance(text) <= width or shown == 1:
                break
        self.vendors.setText(text if metrics.horizontalAdvance(text) <= width else "")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()
        if self._vendors:
            self._fit_vendors()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.vendors and event.type() == QEvent.Type.Resize and self._vendors:
            self._fit_vendors()
        return super().eventFilter(watched, event)

    def _arrange(self) -> None:
        """One row when the counts and the cost fit whole, else the cost and vendors on a second row."""
        counts = [self.total, *(b for b in self.buttons.values() if not b.isHidden())]
        spacing = self.first.spacing()
        needed = sum(w.sizeHint().width() + spacing for w in counts) + 8
        if not self.cost.isHidden():
            needed += self.cost.sizeHint().width() + spacing + 120  # and some room for a vendor
        one_row = needed <= self.width()
        if one_row == (self.first.indexOf(self.cost) >= 0):
            return
        target = self.first if one_row else self.second
        for widget in (self.cost, self.vendors):
            target.addWidget(widget, 1 if widget is self.vendors else 0)

    def show_shown(self, shown: int, total: int | None = None) -> None:
        """'29 devices', or '13 of 29 shown' while a filter hides some."""
        total = self._count if total is None else total
        if shown < total:
            text = self.tr("<b>%1</b> of %2 shown").replace("%1", number(shown)).replace("%2", number(total))
        elif total == 1:
            text = self.tr("<b>1 device</b>")
        else:
            text = self.tr("<b>%1 devices</b>").replace("%1", number(total))
        self.total.setText(text)

    def _count_text(self, verdict: str, count: int) -> str:
        """'3 flagged', '1 to review': a whole phrase per verdict, so French can agree it with the number."""
        texts = {
            "flagged": self.tr("%n flagged", "", count),
            "review": self.tr("%n to review", "", count),
            "clear": self.tr("%n clear", "", count),
            "unknown": self.tr("%n unknown", "", count),
            "dismissed": self.tr("%n dismissed", "", count),
        }
        return texts.get(verdict, str(count))
