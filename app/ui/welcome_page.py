"""What a first-time user sees: four plain ways to start."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QPushButton, QVBoxLayout, QWidget


class _Choice(QCommandLinkButton):
    """A command link with a focus ring every style draws, so a keyboard user sees which one Space presses."""

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 4, 4)
            painter.end()


class WelcomePage(QWidget):
    import_file = Signal()
    add_device = Signal()
    open_project = Signal()
    try_sample = Signal()
    show_guide = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("<h1>Vetted</h1>"))
        intro = QLabel(
            self.tr(
                "Find the security equipment in your inventory that comes from banned or restricted vendors "
                "(Hikvision, Dahua, Huawei, ZTE, Hytera, Uniview, Tiandy and the brands they sell under), "
                "see why, and estimate what replacing it will cost. Everything stays on this computer."
            )
        )
        intro.setWordWrap(True)
        intro.setMaximumWidth(560)
        layout.addWidget(title)
        layout.addWidget(intro)
        self.buttons = {}
        for key, text, hint, signal in (
            (
                "import",
                self.tr("Import a spreadsheet…"),
                self.tr("Excel, OpenDocument or CSV; exports of SADP, NetBox, Snipe-IT and nmap work too"),
                self.import_file,
            ),
            (
                "add",
                self.tr("Add devices by hand"),
                self.tr("Type in makes, models, serials or MAC addresses"),
                self.add_device,
            ),
            ("open", self.tr("Open a project…"), self.tr("Continue where you left off"), self.open_project),
            (
                "sample",
                self.tr("Try the sample inventory"),
                self.tr("A small made-up site with a few problems to find"),
                self.try_sample,
            ),
        ):
            button = _Choice(text, hint)
            button.setAccessibleName(text.rstrip("…"))
            button.setAccessibleDescription(hint)
            button.setMaximumWidth(560)
            button.clicked.connect(signal)
            self.buttons[key] = button
            layout.addWidget(button)
        self.guide = QPushButton(self.tr("New to Vetted? Read the short guide (F1)"))
        self.guide.setFlat(True)
        self.guide.setCursor(Qt.CursorShape.PointingHandCursor)
        self.guide.setStyleSheet("QPushButton { color: palette(link); text-decoration: underline; }")
        self.guide.setToolTip(self.tr("What the verdicts mean, how to decide, what the estimate includes"))
        self.guide.clicked.connect(self.show_guide)
        layout.addWidget(self.guide, 0, Qt.AlignmentFlag.AlignLeft)
