"""File > Combine projects… and File > Compare with an earlier project…, driven as a user would."""

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.ui import combine_dialog
from app.ui.combine_dialog import CombineDialog
from app.ui.compare_dialog import CompareDialog
from tests.core.rollup.sites import device, flat_book, make_project


def _district(folder, matcher):
    folder.mkdir()
    make_project(
        folder / "north.vetted",
        matcher,
        [device("Hikvision", "DS-7608NI-K2", serial="A", site="North School"), device("Axis", "P3245")],
        book=flat_book((100, 200, 300), 0, 0, 0, 0, 0),
    )
    make_project(
        folder / "south.vetted",
        matcher,
        [device("Dahua", "IPC-HDW2431T", site="South School")] * 2,
        decisions={0: "dismiss"},
        kb_version="2020.01.01",
    )
    (folder / "broken.vetted").write_bytes(b"not a project" * 100)
    return folder


def test_combining_shows_each_site_the_skipped_file_and_saves_the_reports(qtbot, kb, matcher, tmp_path):
    folder = _district(tmp_path / "district", matcher)
    dialog = CombineDialog(kb, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.combine_button.isEnabled()
    dialog.add_paths([folder])
    assert len(dialog.paths()) == 3
    qtbot.mouseClick(dialog.combine_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.org is not None, timeout=20_000)
    assert dialog.table.model().rowCount() == 2
    assert [dialog.table.model().text(r, 0) for r in range(2)] == ["north", "south"]
    assert dialog.table.model().text(0, 6) == "1" and dialog.table.model().text(0, 7) == "$200"
    assert "2 projects combined, 1 skipped." in dialog.summary.text()
    assert "broken.vetted is damaged or is not a Vetted project." in dialog.notes.text()
    assert "1 project was checked with another knowledge base" in dialog.notes.text()
    assert dialog.save_buttons["xlsx"].isEnabled()
    for key in ("xlsx", "csv", "pdf"):
        assert dialog.write(key, tmp_path / f"org.{key}")
        assert (tmp_path / f"org.{key}").stat().st_size > 0


def test_recheck_box_checks_older_projects_again(qtbot, kb, matcher, tmp_path):
    folder = _district(tmp_path / "district", matcher)
    dialog = CombineDialog(kb, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.add_paths([folder / "south.vetted"])
    dialog.recheck.setChecked(True)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.org is not None, timeout=20_000)
    assert dialog.table.model().text(0, 8).startswith("re-checked now")
    assert "another knowledge base" not in dialog.notes.text()


def test_combining_can_be_cancelled(qtbot, kb, matcher, tmp_path, monkeypatch):
    folder = _district(tmp_path / "district", matcher)

    def slow(paths, kb, recheck, progress, cancelled):
        from app.core.store.project import Cancelled

        for done in range(1000):
            progress(done, 1000)
            if cancelled():
                raise Cancelled
            time.sleep(0.01)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(combine_dialog, "combine", slow)
    dialog = CombineDialog(kb, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_paths([folder])
    dialog.start()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=10_000)
    assert dialog.cancel_button.isVisible() and not dialog.combine_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    assert dialog.summary.text() == "Cancelled." and dialog.org is None


def test_comparing_shows_the_progress_sentence_and_each_change(qtbot, matcher, tmp_path):
    old = make_project(
        tmp_path / "march.vetted",
        matcher,
        [device("Hikvision", "DS-7608NI-K2", serial="A1"), device("Dahua", "IPC-HDW2431T", serial="B2")],
    )
    new = make_project(
        tmp_path / "now.vetted",
        matcher,
        [device("Hikvision", "DS-7608NI-K2", serial="A1"), device("Hytera", "PD785", serial="C3")],
    )
    dialog = CompareDialog(current=new, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.new_path.text() == str(new) and not dialog.compare_button.isEnabled()
    dialog.old_path.setText(str(old))
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    assert dialog.headline.text().startswith("1 of 2 flagged devices replaced or removed since ")
    assert dialog.headline.text().endswith("; 1 new flagged device.")
    statuses = sorted(dialog.table.model().text(r, 0) for r in range(dialog.table.model().rowCount()))
    assert statuses == ["New", "Remains", "Removed"]
    assert dialog.write(tmp_path / "progress.xlsx")


def test_a_file_that_cannot_be_compared_says_why(qtbot, matcher, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    good = make_project(tmp_path / "good.vetted", matcher, [device("Axis", "P3245")])
    (tmp_path / "bad.vetted").write_bytes(b"junk" * 500)
    dialog = CompareDialog(current=good, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.old_path.setText(str(tmp_path / "bad.vetted"))
    assert not dialog.run()
    assert warnings == ["bad.vetted is damaged or is not a Vetted project."]


def test_the_file_menu_opens_both_dialogs(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = {a.text().replace("&", ""): a for a in file_menu.actions()}
    texts["Combine projects…"].trigger()
    assert window.combine_dialog.isVisible()
    window.combine_dialog.reject()
    texts["Compare with an earlier project…"].trigger()
    assert window.compare_dialog.isVisible()
    window.compare_dialog.reject()


def test_the_vendor_and_category_tabs_total_like_the_sites(qtbot, kb, matcher, tmp_path):
    folder = _district(tmp_path / "district", matcher)
    dialog = CombineDialog(kb, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.add_paths([folder])
    dialog.start()
    qtbot.waitUntil(lambda: dialog.org is not None, timeout=20_000)
    vendors = [[dialog.vendors.model().text(r, c) for c in range(2)] for r in range(dialog.vendors.model().rowCount())]
    assert vendors[-1][0] == "Total" and vendors[-1][1] == str(dialog.org.totals.overall.devices)
    assert sum(int(v[1]) for v in vendors[:-1]) == dialog.org.totals.overall.devices
    last = dialog.categories.model().rowCount() - 1
    assert dialog.categories.model().text(last, 3) == dialog.vendors.model().text(
        dialog.vendors.model().rowCount() - 1, 3
    )
