"""Writing a report file: all or nothing, and one plain sentence when it cannot be written."""

import errno
import os
import secrets
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from app.core.language import QT_TRANSLATE_NOOP, PlainError, Sentence


class ExportError(PlainError):
    """A report that could not be written, with one sentence for the user."""


@contextmanager
def report_file(path: Path, complete: Callable[[Path], bool] | None = None) -> Iterator[Path]:
    """A temporary file beside `path` to write into; it replaces `path` only once it is complete.

    Complete means written without error, not empty, `complete(temporary)` if given (a writer that
    does not report its write errors, such as Qt's, leaves a truncated file on a full disk), and on
    the disk (fsync, which is where a full disk shows when the system writes late). So a failed export
    never leaves half a report, nor destroys the previous one; and a missing or read-only folder is
    found before the slow part of the export, not after it.
    """
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        temporary.open("xb").close()  # created as the user's own files are (umask), unlike mkstemp's 0600
    except OSError as error:
        raise _export_error(path, error) from None
    try:
        yield temporary
        with temporary.open("rb+") as written:
            os.fsync(written.fileno())
        if temporary.stat().st_size == 0 or (complete and not complete(temporary)):
            raise ExportError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Vetted could not write {name}: the report came out incomplete (is the disk full?), "
                    "so the previous file, if any, was left as it was.",
                ),
                name=path.name,
            )
        os.replace(temporary, path)
    except BaseException as error:
        _close_abandoned(error)
        if isinstance(error, OSError):
            raise _export_error(path, error) from None
        raise
    finally:
        with suppress(OSError):
            temporary.unlink()


def _close_abandoned(error: BaseException | None) -> None:
    """Close the zip files (xlsx) a failed writer left open, known only to the frames of its failure. Left
    to the garbage collector, each would try again to write to the full disk, and print an "Exception
    ignored" traceback."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        traceback = error.__traceback__
        while traceback is not None:
            for value in list(traceback.tb_frame.f_locals.values()):
                if isinstance(value, zipfile.ZipFile) and value.fp is not None:
                    # Its own file, closed without writing the zip's directory (a write under way would
                    # make ZipFile.close refuse); the partial file is deleted just after.
                    file, value.fp = value.fp, None
                    with suppress(OSError, ValueError):
                        file.close()
            traceback = traceback.tb_next
        error = error.__context__ or error.__cause__


def ends_with(marker: bytes) -> Callable[[Path], bool]:
    """A `complete` check: the file's last kilobyte holds `marker` (a PDF's %%EOF)."""

    def check(path: Path) -> bool:
        with path.open("rb") as file:
            file.seek(max(0, path.stat().st_size - 1024))
            return marker in file.read()

    return check


def _export_error(path: Path, error: OSError) -> ExportError:
    reason: str | Sentence
    if error.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        reason = Sentence(
            QT_TRANSLATE_NOOP("Errors", "the disk is full, so the previous file, if any, was left as it was")
        )
    elif isinstance(error, FileNotFoundError):
        reason = Sentence(QT_TRANSLATE_NOOP("Errors", "the folder {folder} does not exist"), folder=str(path.parent))
    elif isinstance(error, IsADirectoryError) or path.is_dir():
        reason = Sentence(QT_TRANSLATE_NOOP("Errors", "that name is a folder"))
    elif isinstance(error, PermissionError):
        reason = Sentence(
            QT_TRANSLATE_NOOP("Errors", "the file may be open in another program, or the folder is read-only")
        )
    else:
        reason = error.strerror or str(error)
    return ExportError(
        QT_TRANSLATE_NOOP("Errors", "Vetted could not write {name}: {reason}."), name=path.name, reason=reason
    )
