"""Writing a report file: all or nothing, and one plain sentence when it cannot be written."""

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path


class ExportError(Exception):
    """A report that could not be written, with one sentence for the user."""


@contextmanager
def report_file(path: Path) -> Iterator[Path]:
    """A temporary file beside `path` to write into; it replaces `path` only once it is complete.

    So a failed export never leaves half a report, nor destroys the previous one; and a missing or
    read-only folder is found before the slow part of the export, not after it.
    """
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        temporary.open("xb").close()  # created as the user's own files are (umask), unlike mkstemp's 0600
    except OSError as error:
        raise _export_error(path, error) from None
    try:
        yield temporary
        os.replace(temporary, path)
    except OSError as error:
        raise _export_error(path, error) from None
    finally:
        with suppress(OSError):
            temporary.unlink()


def _export_error(path: Path, error: OSError) -> ExportError:
    if isinstance(error, FileNotFoundError):
        reason = f"the folder {path.parent} does not exist"
    elif isinstance(error, IsADirectoryError) or path.is_dir():
        reason = "that name is a folder"
    elif isinstance(error, PermissionError):
        reason = "the file may be open in another program, or the folder is read-only"
    else:
        reason = error.strerror or str(error)
    return ExportError(f"Vetted could not write {path.name}: {reason}.")
