"""Add, edit, delete, decide on and re-categorise devices, each change undoable.

Mixed into MainWindow, whose project, matcher, view, details and undo stack these methods use.
"""

from dataclasses import fields

from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.core.domain import Device
from app.core.pricing.price_book import CATEGORIES, category_name
from app.core.store.project import StoredDevice
from app.ui.device_dialog import DeviceDialog
from app.ui.i18n import current_language
from app.ui.undo import DeviceChange


class EditingActions:
    def add_device(self) -> None:
        if not self._ensure_project(self.tr("Inventory")):
            return
        dialog = DeviceDialog(self.matcher, parent=self)
        if dialog.exec():
            device = dialog.device()
            added = []
            if not self.saving(lambda: added.append(self.project.add_device(device, self.matcher.match(device)))):
                return
            device_id = added[0]
            self._push(self.tr("Add device"), [device_id], ([], []))
            self.refresh_devices([device_id])
            self.view.select(device_id)

    def edit_device(self) -> None:
        current = self.view.current()
        if not (self.project and current):
            return
        dialog = DeviceDialog(self.matcher, _as_device(current), parent=self)
        if dialog.exec():
            device = dialog.device()
            before = self.project.snapshot([current.id])
            if not self.saving(lambda: self.project.update_device(current.id, device, self.matcher.match(device))):
                return
            self._push(self.tr("Edit device"), [current.id], before)
            self.refresh_devices([current.id])

    def delete_devices(self) -> None:
        selected = self.view.selected()
        if not (self.project and selected):
            return
        ids = [d.id for d in selected]
        before = self.project.snapshot(ids)
        if not self.saving(lambda: self.project.delete_devices(ids)):
            return
        self._push(self.tr("Delete %n device(s)", "", len(ids)), ids, before)
        self.refresh_devices(ids)

    def _decide_current(self, decision: str) -> None:
        current = self.view.current()
        if current:
            self.decide(current.id, decision)

    def decide(self, device_id: int, decision: str) -> None:
        if not self.writable():  # disabled while read-only or importing; a late click is not lost silently
            return
        note = ""
        if decision == "dismiss":
            note, ok = QInputDialog.getText(
                self,
                self.tr("Dismiss"),
                self.tr(
                    "Why is this device not from a listed vendor? (for example: checked the label, it is a Bosch "
                    "camera)"
                ),
            )
            if not ok:
                return
            if not note.strip() and not self._ask(
                self.tr("Dismiss without a note?"),
                self.tr(
                    "A note says why this device is not from a listed vendor, for a colleague or an auditor "
                    "who reads the report later. Dismiss it without one?"
                ),
            ):
                return
        unflagged = decision == "replace" and self.project.device(device_id).verdict in ("clear", "unknown")
        if unflagged and not self._ask(
            self.tr("Replace a device Vetted did not flag?"),
            self.tr(
                "Vetted found no listed vendor behind this device. Mark it to be replaced anyway? "
                "Its cost will count in the estimate."
            ),
        ):
            return
        before = self.project.snapshot([device_id])
        if decision:
            saved = self.saving(lambda: self.project.set_decision(device_id, decision, note))
        else:
            saved = self.saving(lambda: self.project.clear_decision(device_id))
        if not saved:
            return
        self._push(self.tr("Decision"), [device_id], before)
        self.refresh_devices([device_id])

    def _ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _push(self, text: str, ids: list[int], before) -> None:
        self.undo_stack.push(DeviceChange(text, self.project, ids, before, self))

    def refresh_devices(self, ids: list[int]) -> None:
        """Show these devices as the project now has them: in place when each is still there and was shown (an
        edit, a decision, their undo); else (added, deleted) the table's columns with those devices put in or
        taken out. A million-device table is neither read nor counted again."""
        found = self.project.devices_by_id(ids)
        model = self.view.model
        if len(found) != len(ids) or any(model.columns.position(i) is None for i in ids):  # added or deleted
            columns = self.project.device_columns_after(model.columns, ids)
            self.reload((columns, model.counts_after(columns, ids)))
            return
        for device in found.values():
            self.view.replace_device(device)
        self.view.refresh()
        self._refresh_costs()
        self._show_details()

    def change_category(self) -> None:
        current = self.view.current()
        if not (self.project and current):
            return
        names = [category_name(code, current_language()) for code in CATEGORIES]
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Change category"),
            self.tr("Replacement category of this device (it sets the price used in the estimate):"),
            names,
            list(CATEGORIES).index(current.category) if current.category in CATEGORIES else 0,
            False,
        )
        if ok:
            before = self.project.snapshot([current.id])
            if not self.saving(lambda: self.project.set_category(current.id, list(CATEGORIES)[names.index(name)])):
                return
            self._push(self.tr("Change category"), [current.id], before)
            self.refresh_devices([current.id])


def _as_device(stored: StoredDevice) -> Device:
    names = {f.name for f in fields(Device)} & {f.name for f in fields(StoredDevice)}
    return Device(**{name: getattr(stored, name) for name in names})
