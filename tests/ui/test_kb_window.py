"""Tools > Knowledge base: search, why (not) flagged, local facts from the window, devices a fact touches, updates."""

import shutil

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.core.domain import Device
from app.core.kb import update as kb_update
from app.core.kb.installed import ENV
from app.core.kb.paths import DB_DIR
from app.ui import kb_actions
from app.ui.local_fact_dialog import LocalFactDialog
from tests.ui.conftest import wait_for_import


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv(ENV, str(folder))
    return folder


@pytest.fixture
def kb_window(window, qtbot):
    window.show_knowledge_base()
    qtbot.addWidget(window.kb_window)
    return window.kb_window


def test_the_window_lists_every_kind_of_fact_and_searches_them_all(kb_window, qtbot):
    titles = [kb_window.tabs.tabText(i) for i in range(kb_window.tabs.count())]
    assert [t.split(" (")[0] for t in titles] == [
        "Vendors and names", "Model rules", "MAC prefixes", "Sources", "Local facts"
    ]  # fmt: skip
    names = kb_window.proxies["names"]
    total = names.rowCount()
    qtbot.keyClicks(kb_window.search, "ezviz")
    assert 0 < names.rowCount() < total
    assert all("ezviz" in " ".join(names.index(r, c).data() or "" for c in range(7)).lower()
               for r in range(names.rowCount()))  # fmt: skip
    assert "of" in kb_window.tabs.tabText(0)
    kb_window.search.clear()
    qtbot.keyClicks(kb_window.search, "NDAA")
    assert kb_window.proxies["sources"].rowCount() > 0
    kb_window.search.setText("4C:BD:8F")
    assert kb_window.proxies["ouis"].rowCount() == 1
    assert kb_window.tabs.currentIndex() == 2  # the first tab with something to show
    kb_window.views["ouis"].selectRow(0)
    assert "Hikvision" in kb_window.facts_info.toPlainText()


def test_why_not_flagged_gives_the_tables_sentence_and_its_facts(kb_window, window, qtbot):
    qtbot.keyClicks(kb_window.model, "DS-2CD2143G2-I")
    text = kb_window.answer.toPlainText()
    expected = window.matcher.match(Device(model="DS-2CD2143G2-I"))
    assert "Flagged" in text and expected.explanation in text
    assert "model-number pattern" in text
    kb_window.model.clear()
    qtbot.keyClicks(kb_window.make, "HV cams")
    assert "Unknown" in kb_window.answer.toPlainText()
    assert "No fact in the knowledge base matches" in kb_window.answer.toPlainText()


def test_a_local_fact_added_from_the_window_flags_and_can_be_switched_off(
    kb_window, window, qtbot, monkeypatch, data_dir
):
    qtbot.keyClicks(kb_window.make, "HV cams")

    def fill(dialog):
        assert dialog.value.text() == "HV cams"
        dialog.note.setPlainText("Our integrator's shorthand for Hikvision")
        dialog.author.setText("alice")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(LocalFactDialog, "exec", fill)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(kb_window.add_from_answer, Qt.MouseButton.LeftButton)
    assert (data_dir / "local-facts.json").exists()
    answer = kb_window.answer.toPlainText()
    assert "Flagged" in answer and "added locally by alice" in answer
    assert kb_window.models["local"].rowCount() == 1
    kb_window.tabs.setCurrentIndex(4)
    kb_window.views["local"].selectRow(0)
    assert kb_window.switch_button.isEnabled() and kb_window.switch_button.text() == "Switch off"
    kb_window.switch_button.click()
    assert "Unknown" in kb_window.answer.toPlainText()
    assert window.kb.facts[0].enabled is False
    kb_window.views["local"].selectRow(0)
    assert kb_window.switch_button.text() == "Switch on"


def test_a_bad_local_fact_gets_one_sentence_and_the_dialog_stays_open(window, qtbot, data_dir):
    dialog = LocalFactDialog(window.kb, kind="model_rule", value=".*")
    qtbot.addWidget(dialog)
    dialog.note.setPlainText("why")
    dialog.accept()
    assert "matches every model" in dialog.problem.text()
    assert dialog.fact is None and not (data_dir / "local-facts.json").exists()


def test_a_fact_shows_the_devices_it_touches_in_the_main_table(kb_window, window, qtbot):
    window.try_sample()
    wait_for_import(qtbot, window)
    kb_window.set_has_project(True)
    kb_window.search.setText("Hikvision")
    kb_window.tabs.setCurrentIndex(0)
    proxy = kb_window.proxies["names"]
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 2).data() == "vendor")
    kb_window.views["names"].selectRow(row)
    assert kb_window.touch_button.isEnabled()
    kb_window.touch_button.click()
    total = window.project.count()
    shown = window.view.proxy.rowCount()
    assert 0 < shown < total
    assert "touches" in window.statusBar().currentMessage()
    window.view.filters.show_verdict("flagged")  # any filter change shows all again
    window.view.filters.show_verdict("")
    assert window.view.proxy.rowCount() == total


def test_local_facts_are_exported_and_imported_from_the_window(window, qtbot, monkeypatch, tmp_path, data_dir):
    from app.core.kb import overlay

    overlay.add_fact(data_dir, window.kb, overlay.new_fact("alias", "HV cams", "hikvision", "shorthand", "alice"))
    window._reload_kb()
    shared = tmp_path / "shared.json"
    window.export_local_facts(shared)
    assert shared.exists()
    monkeypatch.setenv(ENV, str(tmp_path / "colleague"))
    window._reload_kb()
    assert overlay.local_facts(window.kb) == []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window.import_local_facts(shared)
    assert [f.value for f in overlay.local_facts(window.kb)] == ["HV cams"]


def test_an_update_is_refused_or_shown_applied_and_undone(window, qtbot, monkeypatch, tmp_path, data_dir):
    key = Ed25519PrivateKey.generate()
    monkeypatch.setattr(kb_update, "TRUSTED_PUBLIC_KEY", kb_update._public_raw(key))
    db = tmp_path / "db"
    shutil.copytree(DB_DIR, db)
    with open(db / "aliases.csv", "a", encoding="utf-8") as handle:
        handle.write("Hikvizion Test,hikvision,name,seed-000\n")
    good = tmp_path / "good.vetted-kb"
    kb_update.pack(good, key, "9999.1", db)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))

    bad = tmp_path / "cut.vetted-kb"
    bad.write_bytes(good.read_bytes()[:500])
    window.update_knowledge_base(bad)
    assert warnings and "damaged or incomplete" in warnings[-1]

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or box.clickedButton())
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box.buttons()[0])
    window.update_knowledge_base(good)
    assert "9999.1" in shown[-1] and "1 facts added" in shown[-1]
    assert window.kb.meta["version"] == "9999.1" and "hikviziontest" in window.kb.aliases
    assert "9999.1" in window.knowledge_base_html()
    window.refresh_undo_update()
    assert window.undo_update_action.isEnabled()
    window.undo_update()
    assert "hikviziontest" not in window.kb.aliases
    window.refresh_undo_update()
    assert not window.undo_update_action.isEnabled()
    assert kb_actions.data_dir() == data_dir
