"""Undo and redo for every change to a project, as snapshots of the devices a change touched."""

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from app.core.store.import_history import ImportRecord, redo_import, undo_import
from app.core.store.project import Project


class DeviceChange(QUndoCommand):
    """A change already made to some devices; undo puts back the 'before' snapshot, redo the 'after' one."""

    def __init__(self, text: str, project: Project, ids: list[int], before, refresh: Callable[[], None]):
        super().__init__(text)
        self.project, self.ids, self.before, self.refresh = project, ids, before, refresh
        self.after = project.snapshot(ids)
        self._first = True

    def redo(self) -> None:
        if self._first:  # the change was made before the command was pushed
            self._first = False
            return
        self.project.restore(self.ids, self.after)
        self.refresh()

    def undo(self) -> None:
        self.project.restore(self.ids, self.before)
        self.refresh()


class ImportChange(QUndoCommand):
    """An import already saved; undo deletes the devices it added and puts back those it updated."""

    def __init__(self, text: str, project: Project, record: ImportRecord, refresh: Callable[[], None]):
        super().__init__(text)
        self.project, self.record, self.refresh = project, record, refresh
        self.after = None
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        redo_import(self.project, self.record, self.after)
        self.refresh()

    def undo(self) -> None:
        self.after = undo_import(self.project, self.record)
        self.refresh()
