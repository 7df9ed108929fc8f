"""One small job runner for every long task (import, export, re-scan): off the GUI thread, cancellable.

The work function gets a `Job` to report progress and to ask whether the user cancelled; its result
or its error comes back on the GUI thread through the job's signals.
"""

import threading
import traceback
from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal


class Job(QObject):
    progress = Signal(int, int)  # done, total (total 0 when unknown)
    finished = Signal(object)  # the work function's result
    failed = Signal(str)  # one sentence for the user
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int = 0) -> None:
        self.progress.emit(done, total)


class _Runner(QRunnable):
    def __init__(self, job: Job, work: Callable[[Job], object], expected: tuple[type[Exception], ...]):
        super().__init__()
        # Python owns the runnable (kept alive by its job), so Qt must not delete it after run().
        self.setAutoDelete(False)
        self.job, self.work, self.expected = job, work, expected

    def run(self) -> None:
        from app.core.store.project import Cancelled

        job = self.job
        if job.is_cancelled():  # before it started
            _tell(job, "cancelled")
            return
        try:
            result = self.work(job)
        except Cancelled:
            _tell(job, "cancelled")
        except self.expected as error:
            _tell(job, "failed", str(error))
        except Exception as error:
            # A fault in Vetted itself: the job still ends (the window must not stay busy for ever), with
            # one sentence for the user and the details on stderr for whoever reports it.
            traceback.print_exc()
            _tell(job, "failed", unexpected(error))
        else:
            if job.is_cancelled():
                _tell(job, "cancelled")
            else:
                _tell(job, "finished", result)


def _tell(job: Job, signal: str, *args) -> None:
    """Emit, unless the job is gone: a job stopped as the window closed may end after the application's objects."""
    with suppress(RuntimeError):
        getattr(job, signal).emit(*args)


def unexpected(error: BaseException) -> str:
    """One sentence for an error no part of Vetted expected."""
    detail = str(error).strip().splitlines()[0][:200] if str(error).strip() else ""
    what = f"{type(error).__name__}: {detail}" if detail else type(error).__name__
    return f"Vetted stopped this task because of an unexpected problem ({what})."


def run_job(
    work: Callable[[Job], object], expected: tuple[type[Exception], ...] = (Exception,), after_ms: int = 0
) -> Job:
    """Start `work(job)` on the thread pool (`after_ms` from now); connect to the returned job's signals."""
    job = Job()
    job.runner = _Runner(job, work, expected)
    # Started from the event loop, once the caller has connected to the job's signals: a work function that
    # fails at once would otherwise emit `failed` to no one and leave the window busy for ever.
    QTimer.singleShot(after_ms, job, lambda: QThreadPool.globalInstance().start(job.runner))
    return job
