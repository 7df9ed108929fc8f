"""A background job that fails in a way nobody foresaw still ends: one sentence, and the window works on."""

import os

import pytest
from PySide6.QtWidgets import QMessageBox

from app.core.importing import inventory as inventory_module
from app.ui.jobs import run_job
from tests.ui.conftest import wait_for_import


@pytest.fixture
def warnings_shown(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text))
    return shown


def test_a_job_whose_work_raises_anything_reports_one_sentence(qtbot):
    def work(job):
        raise KeyError("surprise")

    job = run_job(work, expected=(ValueError,))
    with qtbot.waitSignal(job.failed, timeout=5000) as failed:
        pass
    (message,) = failed.args
    assert "unexpected problem" in message and "KeyError" in message and "\n" not in message


def test_an_import_that_fails_unexpectedly_leaves_the_window_ready_for_the_next(
    qtbot, window, monkeypatch, tmp_path, warnings_shown
):
    good = tmp_path / "good.csv"
    good.write_text("Make,Model\nHikvision,DS-2CD2143G2-I\n", encoding="utf-8")
    real_detect = inventory_module.detect
    monkeypatch.setattr(inventory_module, "detect", lambda table: 1 / 0)  # a fault deep inside the import

    window.import_directly(good)
    qtbot.waitUntil(lambda: window.job is None, timeout=10_000)
    assert warnings_shown and "unexpected problem" in warnings_shown[0] and "\n" not in warnings_shown[0]
    assert "Importing" not in window.statusBar().currentMessage()

    monkeypatch.setattr(inventory_module, "detect", real_detect)
    window.import_directly(good)
    wait_for_import(qtbot, window)
    assert window.project.count() == 1


def test_a_file_vetted_may_not_read_is_one_sentence_in_the_window(qtbot, window, monkeypatch, tmp_path, warnings_shown):
    locked = tmp_path / "locked.csv"
    locked.write_text("Make,Model\nHikvision,DS-2CD2143G2-I\n", encoding="utf-8")
    real_open = open

    def refusing_open(file, *args, **kwargs):
        if os.fspath(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refusing_open)
    window.import_directly(locked)
    qtbot.waitUntil(lambda: window.job is None, timeout=10_000)
    assert warnings_shown == [
        "Vetted is not allowed to read locked.csv; ask for access to it, or copy it somewhere you can read."
    ]


def test_a_good_csv_whose_name_is_not_utf8_imports(qtbot, window, tmp_path):
    name = os.fsdecode(b"caf\xe9.csv")  # on Linux a name of any bytes: Python carries \xe9 as a surrogate
    path = tmp_path / name
    try:
        path.write_text("Make,Model\nHikvision,DS-2CD2143G2-I\n", encoding="utf-8")
    except (UnicodeEncodeError, OSError):
        pytest.skip("this file system only takes names in its own encoding")
    window.import_directly(path)
    wait_for_import(qtbot, window)
    (device,) = window.view.model.devices
    assert device.sheet == "caf\ufffd.csv"


def test_a_damaged_vendor_database_at_start_is_one_sentence_in_a_box(qtbot, monkeypatch, capsys):
    from app import gui
    from app.core.kb import installed
    from app.core.kb.knowledge import KnowledgeBaseError

    sentence = "Vetted's vendor database (vendors.sqlite) is empty; reinstall Vetted."

    def damaged(folder):
        raise KnowledgeBaseError(sentence)

    shown = []
    monkeypatch.setattr(installed, "load_installed", damaged)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *rest: shown.append(text))
    assert gui.main([]) == 2
    assert shown == [sentence] and capsys.readouterr().err == f"vetted: {sentence}\n"


def test_a_job_cancelled_before_it_starts_does_no_work(qtbot):
    ran = []
    job = run_job(lambda job: ran.append(job), after_ms=50)
    job.cancel()
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        pass
    assert ran == []
