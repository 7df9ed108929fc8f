"""Help > Guide: a newcomer finds what the verdicts mean, how to decide and what the estimate includes."""

import re
from pathlib import Path

from PySide6.QtCore import Qt

from app.core.kb.paths import ROOT
from app.ui import i18n
from app.ui.guide_dialog import GuideDialog, guide_html
from tests.ui.test_french import ENGLISH

TOPICS = {
    "en": ("Flagged", "To review", "Clear", "Unknown", "Dismissed", "Import", "Undo", "Where you are",
           "labour rate", "disposal", "contingency", "tax", "not a quote", "Export"),
    "fr": ("Signalé", "À vérifier", "Non visé", "Inconnu", "Écarté", "Importer", "Annuler", "Là où vous êtes",
           "main-d'œuvre", "Élimination", "imprévus", "taxes", "pas une soumission", "Exporter"),
}  # fmt: skip


def test_f1_opens_the_guide(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.guide is not None and window.guide.isVisible())
    text = window.guide.browser.toPlainText()
    assert all(topic in text for topic in TOPICS["en"]), text
    assert window.guide_action in window.menuBar().actions()[-1].menu().actions()  # Help > Guide


def test_the_welcome_page_link_opens_the_guide(window, qtbot):
    assert window.stack.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.guide, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.guide is not None and window.guide.isVisible())
    qtbot.mouseClick(window.welcome.guide, Qt.MouseButton.LeftButton)  # one guide, brought to the front
    assert len(window.findChildren(GuideDialog)) == 1


def test_the_french_guide_is_in_french(qapp, qtbot):
    assert i18n.install("fr") == "fr"
    try:
        dialog = GuideDialog()
        qtbot.addWidget(dialog)
        text = dialog.browser.toPlainText()
        assert dialog.windowTitle() == "Guide de Vetted"
    finally:
        i18n.install("en")
    assert all(topic in text for topic in TOPICS["fr"]), text
    words = set(re.findall(r"[a-z]+", text.lower()))
    assert not words & (ENGLISH - {"tax", "import", "export", "make", "sources", "site"}), words & ENGLISH


def test_both_guides_cover_the_same_sections():
    sections = {lang: re.findall(r"<h3 id=\"(\w+)\"", guide_html(lang)) for lang in ("en", "fr")}
    assert sections["en"] == sections["fr"] and len(sections["en"]) == 6, sections


def test_the_guides_ship_in_the_wheel_and_the_built_app():
    guides = sorted(p.name for p in (ROOT / "resources").glob("guide_*.html"))
    assert guides == ["guide_en.html", "guide_fr.html"]
    for packaging in ("setup.py", "packaging/vetted.spec", "MANIFEST.in"):
        text = Path(ROOT / packaging).read_text()
        assert all(g in text for g in guides) or "guide_*.html" in text, packaging
