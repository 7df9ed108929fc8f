"""Vetted en français: every string the window shows has Quebec French, and the main screens show no English."""

import os
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QMenu, QWidget, QWizard

from app.core.kb.paths import ROOT, SAMPLE_INVENTORY
from app.ui import i18n
from app.ui.import_wizard import ImportWizard
from app.ui.price_book_dialog import PriceBookDialog
from tests.ui.conftest import wait_for_import

CATALOGUE = i18n.CATALOGUES / "vetted_fr.ts"
# Words that are English and never French; a screen showing one of them has a string left untranslated.
ENGLISH = set(
    "the and of to with from device devices file edit view help cancel show price book add open save check why "
    "flagged clear unknown vendor vendors make model serial address import export quit undo redo all columns "
    "category cost costs typical low high include review project spreadsheet sample try hand continue where you "
    "your not rules country none yet language tools knowledge fact estimate replace dismiss decision evidence "
    "sources other more this that by next back finish browse preview sheet row name asset tag location "
    "brand search choose reading importing labour disposal contingency tax currency reset".split()
)

_FILE_NAME = re.compile(r"[\w-]+\.(?:xlsx|csv|vetted|pdf)\b")  # the user's files are named as they are


@pytest.fixture
def french(qapp):
    assert i18n.install("fr") == "fr"
    yield
    i18n.install("en")


def test_every_string_in_the_code_is_in_the_catalogue_and_translated():
    missing, unfinished = i18n.lagging()
    assert not missing, f"run `python -m app.ui.i18n update` and translate: {missing}"
    assert not unfinished, f"no French yet in {CATALOGUE.name}: {unfinished}"


def test_translations_keep_placeholders_markup_and_accelerators():
    for (context, source), translation in _translations().items():
        where = f"[{context}] {source!r}"
        assert sorted(re.findall(r"%\d|%n", source)) == sorted(re.findall(r"%\d|%n", translation)), where
        assert sorted(re.findall(r"\{\w*\}", source)) == sorted(re.findall(r"\{\w*\}", translation)), where
        assert sorted(re.findall(r"</?\w+", source)) == sorted(re.findall(r"</?\w+", translation)), where
        assert ("&" in source.replace("&&", "")) == ("&" in translation.replace("&&", "")), where
        assert " :" not in translation and " ;" not in translation, where  # Quebec: a no-break space before ':'


def test_the_first_start_follows_a_french_system_locale(tmp_path):
    env = {**os.environ, "LANG": "fr_CA.UTF-8", "LC_ALL": "fr_CA.UTF-8", "HOME": str(tmp_path)}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    code = (
        "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]); "
        "from app.ui import i18n; print(i18n.preferred_language()); i18n.set_preferred_language('en'); "
        "print(i18n.preferred_language())"
    )
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["fr", "en"], out.stderr


def test_the_main_screens_speak_french(french, qtbot, kb, tmp_path):
    from app.ui.main_window import MainWindow

    window = MainWindow(kb)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert "Importer un tableur…" in _texts(window.welcome)
    _assert_french("welcome page", _texts(window.welcome))

    window.try_sample()
    wait_for_import(qtbot, window)
    window.view.filters.show_verdict("flagged")
    window.view.table.selectRow(0)
    qtbot.waitUntil(lambda: window.details.device is not None)
    shown = _texts(window) + _menu_texts(window) + _headers(window.view.table)
    shown += [window.dock.windowTitle(), window.costs_dock.windowTitle()]
    assert "&Fichier" in _menu_texts(window) and "Signalé" in _headers_and_cells(window.view.table)
    _assert_french("main window", shown)
    _assert_french("detail panel", _detail_labels(window.details.browser.toHtml()))
    window.show_costs()
    _assert_french("costs panel", _texts(window.costs) + _headers(window.costs.table))

    wizard = ImportWizard(window.matcher, tmp_path / "new.vetted", SAMPLE_INVENTORY, window)
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(3):  # file, preview, columns
        _assert_french(
            f"import wizard: {type(wizard.currentPage()).__name__}", _texts(wizard) + _wizard_buttons(wizard)
        )
        if wizard.currentPage() is not wizard.page(2):
            wizard.next()
    wizard.reject()

    dialog = PriceBookDialog(window.price_book(), window)
    qtbot.addWidget(dialog)
    _assert_french("price book", _texts(dialog) + _headers(dialog.table) + [dialog.windowTitle()])
    assert "Caméra fixe" in _headers_and_cells(dialog.table)

    about = QCoreApplication.translate("MainWindow", "About Vetted")
    assert about == "À propos de Vetted"


def _translations() -> dict[tuple[str, str], str]:
    from defusedxml import ElementTree

    found = {}
    for context in ElementTree.parse(CATALOGUE).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            for number, form in enumerate(forms):
                found[(context.findtext("name"), message.findtext("source") + "#" * number)] = form
    return {(c, s.rstrip("#")): t for (c, s), t in found.items()}


def _texts(root: QWidget) -> list[str]:
    """What a user reads on `root`: titles, labels, buttons, tooltips, placeholders, fixed combo items."""
    texts = [root.windowTitle(), root.toolTip()]
    for widget in root.findChildren(QWidget):
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox) and not widget.isEditable() and widget.count() < 30:
            users = type(widget.parent()).__name__ == "FilterBar" or widget.itemData(0) == -1
            if users:  # "All vendors" or "— not used —", then the user's vendors, sites or column headers
                texts.append(widget.itemText(0))
            else:
                texts += [widget.itemText(i) for i in range(widget.count())]
    return [t for t in texts if t]


def _menu_texts(window) -> list[str]:
    texts = []

    def walk(actions):
        for action in actions:
            texts.append(action.text())
            if action.menu() is not None:
                walk(action.menu().actions())

    walk(window.menuBar().actions())
    for menu in window.findChildren(QMenu):
        walk(menu.actions())
    return [t for t in texts if t]


def _headers(table) -> list[str]:
    model = table.model()
    return [
        str(model.headerData(c, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal))
        for c in range(model.columnCount())
    ]


def _headers_and_cells(table) -> list[str]:
    model = table.model()
    return _headers(table) + [
        str(model.index(r, c).data()) for r in range(min(5, model.rowCount())) for c in range(model.columnCount())
    ]


def _wizard_buttons(wizard: QWizard) -> list[str]:
    kinds = (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton)
    return [wizard.button(kind).text() for kind in kinds]


class _Labels(HTMLParser):
    """Headings and the grey field names of the detail panel (its quotes and sources stay as published)."""

    def __init__(self):
        super().__init__()
        self.texts, self._in = [], False

    def handle_starttag(self, tag, attrs):
        style = dict(attrs).get("style", "")
        self._in = tag in ("h3", "h4", "b") or (tag == "td" and "gray" in style) or tag == "a"

    def handle_endtag(self, tag):
        self._in = False

    def handle_data(self, data):
        if self._in and data.strip():
            self.texts.append(data)


def _detail_labels(html: str) -> list[str]:
    parser = _Labels()
    parser.feed(html)
    return parser.texts


def _assert_french(screen: str, texts: list[str]) -> None:
    left = {}
    for text in texts:
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", _FILE_NAME.sub("", text.replace("&", "")))}
        if words & ENGLISH:
            left[text] = sorted(words & ENGLISH)
    assert not left, f"English left on the {screen}: {left}"


def test_a_file_that_cannot_be_imported_is_one_french_sentence(french, qtbot, kb, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.ui.main_window import MainWindow

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append((title, text)))
    window = MainWindow(kb)
    qtbot.addWidget(window)
    window.show()
    empty = tmp_path / "vide.csv"
    empty.write_text("Make,Model\n", encoding="utf-8")
    window.import_directly(empty)
    qtbot.waitUntil(lambda: window.job is None, timeout=10_000)
    assert len(shown) == 1, shown
    title, text = shown[0]
    assert text == "vide.csv a des en-têtes de colonnes, mais aucun appareil en dessous."
    _assert_french("import error", [title])


def test_the_price_book_says_vetted_notes_in_french_and_a_users_note_as_written(french, qtbot):
    from dataclasses import replace

    from PySide6.QtCore import Qt

    from app.core.pricing.defaults import sourced
    from app.core.pricing.price_book import default_price_book

    book = default_price_book()
    own = replace(book.categories["nvr"], source="Soumission de Bell, mars 2026", dated="2026")
    dialog = PriceBookDialog(replace(book, categories={**book.categories, "nvr": own}))
    qtbot.addWidget(dialog)
    model = dialog.table.model()

    def note(code):
        return model.data(model.index(model.codes.index(code), 0), Qt.ItemDataRole.ToolTipRole)

    assert note("fixed_camera").startswith("Estimation d'après Hawkins County Schools, Tennessee")
    assert note("fixed_camera").endswith("(2014–2019)")
    assert note("dvr").endswith("(estimation de Vetted) (non daté)")
    assert note("nvr") == "Soumission de Bell, mars 2026 (2026)"  # a note someone wrote stays as written
    assert model.setData(model.index(model.codes.index("dvr"), 2), 999)
    assert note("dvr") == "Prix de votre organisation"
    assert dialog.edited().categories["dvr"].source == "Your organisation's price"  # stored as data, in English
    assert sourced(book.rates_source, book.rates_dated, "en").startswith("Estimate: labour rate, disposal")
    assert sourced(book.rates_source, book.rates_dated, "fr").endswith("votre taux local (2015)")


def test_the_knowledge_base_window_speaks_french(french, qtbot, kb):
    from app.core.matching import Matcher
    from app.ui.kb_window import KnowledgeBaseWindow

    window = KnowledgeBaseWindow(kb, Matcher(kb, lang="fr"))
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[0].startswith("Fournisseurs et noms (") and titles[-1].startswith("Faits locaux (")
    names = window.models["names"]
    headers = [names.headerData(c, Qt.Orientation.Horizontal) for c in range(names.columnCount())]
    assert headers[:4] == ["Fournisseur", "Nom", "Nature", "Statut"]
    words = {names.table.rows[r][2] for r in range(names.rowCount())}
    assert "fournisseur" in words and "raison sociale" in words and "vendor" not in words
