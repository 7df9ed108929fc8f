"""Undo and redo for every change to a project, as snapshots of the devices a change touched.

Undoing writes to the project too, so it can fail (a full disk, another window importing): the window's
`saving` says why in one sentence, and the command leaves the stack, as the change it undid still stands.
"""

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from app.core.store.import_history import ImportRecord, redo_import, undo_import
from app.core.store.project import Project


class DeviceChange(QUndoCommand):
    """A change already made to some devices; undo puts back the 'before' snapshot, redo the 'after' one."""

    def __init__(self, text: str, project: Project, ids: list[int], before, window: "Window"):
        super().__init__(text)
        self.project, self.ids, self.before, self.window = project, ids, before, window
        self.after = project.snapshot(ids)
        self._first = True

    def redo(self) -> None:
        if self._first:  # the change was made before the command was pushed
            self._first = False
            return
        _write(self, lambda: self.project.restore(self.ids, self.after), self.ids)

    def undo(self) -> None:
        _write(self, lambda: self.project.restore(self.ids, self.before), self.ids)


class ImportChange(QUndoCommand):
    """An import already saved; undo deletes the devices it added and puts back those it updated."""

    def __init__(self, text: str, project: Project, record: ImportRecord, window: "Window"):
        super().__init__(text)
        self.project, self.record, self.window = project, record, window
        self.after = None
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        _write(self, lambda: redo_import(self.project, self.record, self.after))

    def undo(self) -> None:
        def undo() -> None:
            self.after = undo_import(self.project, self.record)

        _write(self, undo)


class Window(Protocol):
    def saving(self, change: Callable[[], object]) -> bool: ...
    def reload(self) -> None: ...
    def refresh_devices(self, ids: list[int]) -> None: ...


def _write(command: QUndoCommand, change: Callable[[], object], ids: list[int] | None = None) -> None:
    """Make the change and show it: the devices `ids` it touched, or (an import's) the whole table."""
    if not command.window.saving(change):
        command.setObsolete(True)  # not undone (or redone): the stack drops it rather than lie
    elif ids is None:
        command.window.reload()
    else:
        command.window.refresh_devices(ids)
