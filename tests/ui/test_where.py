"""'Where you are': asked once, stored per project, and it changes what the explanation leads with."""

from PySide6.QtCore import QTimer, QUrl

from app.core.where import Where
from app.ui import app_settings
from app.ui.where_dialog import WhereDialog
from tests.ui.conftest import wait_for_import


def _answer(qtbot, code: str, sector: str):
    """Answer the next Where-you-are dialog as a user would, with its combo boxes and radio buttons."""

    def fill():
        dialog = next(w for w in qtbot_top_levels() if isinstance(w, WhereDialog))
        place = Where.parse(code, sector)
        dialog.country.setCurrentIndex(dialog.country.findData(place.country))
        dialog.region.setCurrentIndex(dialog.region.findData(place.region))
        (dialog.public if sector == "public" else dialog.private).setChecked(True)
        dialog.accept()

    QTimer.singleShot(50, fill)


def qtbot_top_levels():
    from PySide6.QtWidgets import QApplication

    return QApplication.topLevelWidgets()


def _hikvision_explanation(window) -> str:
    return next(d.explanation for d in window.view.model.devices if d.vendor_id == "hikvision")


def test_first_start_asks_once_and_new_explanations_lead_with_quebec(qtbot, window):
    _answer(qtbot, "CA-QC", "public")
    window.ask_where_once()
    assert app_settings.where() == Where("CA", "QC", "public")
    window.ask_where_once()  # asked once: no second dialog (it would block the test)
    window.try_sample()
    wait_for_import(qtbot, window)
    assert "where you are (Quebec, Canada)" in _hikvision_explanation(window)
    assert "Quebec, Canada — public body" in window.where_button.text()
    assert Where.from_setting(window.project.setting("where")) == Where("CA", "QC", "public")


def test_changing_where_checks_the_project_again_and_groups_sources(qtbot, window):
    window.try_sample()
    wait_for_import(qtbot, window)
    assert "where you are" not in _hikvision_explanation(window)
    _answer(qtbot, "UK", "public")
    window.choose_where()
    qtbot.waitUntil(lambda: window.job is None and "United Kingdom" in _hikvision_explanation(window), timeout=20_000)
    row = next(r for r, d in enumerate(window.view.model.devices) if d.vendor_id == "hikvision")
    window.view.table.selectRow(window.view.proxy.mapFromSource(window.view.model.index(row, 0)).row())
    text = window.details.browser.toPlainText()
    assert "Where you are (United Kingdom)" in text
    assert "more sources (other places)" in text
    shown = text.count("—")
    window.details._link(QUrl("#more-sources"))  # what clicking the link does
    assert "Elsewhere" in window.details.browser.toPlainText()
    assert window.details.browser.toPlainText().count("—") > shown


def test_the_first_question_starts_from_the_computers_country(qtbot, monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_CA")))
    dialog = WhereDialog(Where())
    qtbot.addWidget(dialog)
    assert dialog.country.currentData() == "CA"
    assert dialog.where() == Where("CA", "", "public")  # to confirm, with the province to choose
