"""Typing a device in by hand: the verdict changes as the make and model are typed."""

from PySide6.QtWidgets import QDialog

from app.ui.device_dialog import DeviceDialog


def test_verdict_updates_live_while_typing(qtbot, matcher):
    dialog = DeviceDialog(matcher)
    qtbot.addWidget(dialog)
    assert "Unknown" in dialog.verdict.text()
    qtbot.keyClicks(dialog.fields["manufacturer"], "Axis")
    assert "Clear" in dialog.verdict.text()
    dialog.fields["manufacturer"].clear()
    qtbot.keyClicks(dialog.fields["model"], "DS-2CD2143G2-I")
    assert "Flagged" in dialog.verdict.text() and "Hikvision" in dialog.verdict.text()


def test_manufacturer_autocompletes_from_the_knowledge_base(qtbot, matcher):
    dialog = DeviceDialog(matcher)
    qtbot.addWidget(dialog)
    completions = dialog.fields["manufacturer"].completer().model()
    names = [completions.index(r, 0).data() for r in range(completions.rowCount())]
    assert "Hikvision" in names and "Axis" in names


def test_a_device_added_by_hand_is_saved_with_its_verdict(qtbot, window, monkeypatch):
    def fill_and_accept(dialog):
        dialog.fields["manufacturer"].setText("EZVIZ")
        dialog.fields["site"].setText("Depot")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DeviceDialog, "exec", fill_and_accept)
    window.add_device()
    (device,) = window.project.devices()
    assert (device.manufacturer, device.site, device.verdict, device.vendor_name) == (
        "EZVIZ",
        "Depot",
        "flagged",
        "Hikvision",
    )
    assert window.view.model.rowCount() == 1
