"""The one error import raises, and the plain sentences it carries about files that cannot be read."""

import errno
import os
import re
import stat
from pathlib import Path

from app.core.language import QT_TRANSLATE_NOOP, PlainError


class InventoryError(PlainError):
    """A file that cannot be imported, with a plain sentence saying why."""


def display_name(path: Path | str) -> str:
    """A file's name as text that can be shown and stored: bytes that are not valid in the file system's
    encoding become '�' (the name b'caf\\xe9.csv' on Linux), control characters (a newline) a space."""
    name = Path(path).name or str(path)
    name = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return re.sub("[\x00-\x1f\x7f-\x9f]", " ", name)


def display_path(path: Path | str) -> str:
    """The whole path, made showable like `display_name`."""
    text = os.fspath(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return re.sub("[\x00-\x1f\x7f-\x9f]", " ", text)


def file_problem(path: Path | str, error: OSError) -> InventoryError:
    """The sentence for a file the operating system would not let Vetted open or read."""
    name, where = display_name(path), display_path(path)
    number = error.errno
    if number in (errno.ENOENT, errno.ENOTDIR):
        return InventoryError(QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist."), path=where)
    if number in (errno.EACCES, errno.EPERM):
        return InventoryError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Vetted is not allowed to read {name}; ask for access to it, or copy it somewhere you can read.",
            ),
            name=name,
        )
    if number == errno.ELOOP:
        return InventoryError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a link that leads back to itself, not a file."), path=where
        )
    if number == errno.EISDIR:
        return InventoryError(QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a spreadsheet."), path=where)
    if number == errno.ENAMETOOLONG:
        return InventoryError(
            QT_TRANSLATE_NOOP("Errors", "The name of the file {name} is too long to open."), name=name
        )
    reason = (error.strerror or type(error).__name__).rstrip(".")
    return InventoryError(
        QT_TRANSLATE_NOOP("Errors", "{name} could not be read ({reason})."), name=name, reason=reason.lower()
    )


def check_regular_file(path: Path) -> int:
    """The file's size in bytes; InventoryError if it is missing, unreadable, a folder, a device or a pipe."""
    try:
        info = os.stat(path)  # follows links: a loop of links is ELOOP, not "missing"
    except OSError as error:
        raise file_problem(path, error) from None
    if stat.S_ISDIR(info.st_mode):
        raise InventoryError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a spreadsheet."), path=display_path(path)
        )
    if not stat.S_ISREG(info.st_mode):
        raise InventoryError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is not a file but a device or a pipe; save the inventory to a file and import that."
            ),
            path=display_path(path),
        )
    return info.st_size
