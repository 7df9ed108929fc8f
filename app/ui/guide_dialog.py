"""Help > Guide: a short built-in guide, resources/guide_<lang>.html, in the window's language."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.core.kb.paths import RESOURCES
from app.ui.i18n import current_language


def guide_html(lang: str) -> str:
    """The guide's HTML in `lang`, or in English when there is none in it."""
    for name in (f"guide_{lang}.html", "guide_en.html"):
        path = RESOURCES / name
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


class GuideDialog(QDialog):
    """Not modal: the guide can stay open beside the window while the user works."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vetted guide"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("Guide"))
        self.browser.setHtml(guide_html(current_language()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)
