"""One small job runner for every long task (import, export, re-scan): off the GUI thread, cancellable.

The work function gets a `Job` to report progress and to ask whether the user cancelled; its result
or its error comes back on the GUI thread through the job's signals.
"""

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


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

        try:
            result = self.work(self.job)
        except Cancelled:
            self.job.cancelled.emit()
        except self.expected as error:
            self.job.failed.emit(str(error))
        else:
            if self.job.is_cancelled():
                self.job.cancelled.emit()
            else:
                self.job.finished.emit(result)


def run_job(work: Callable[[Job], object], expected: tuple[type[Exception], ...] = (Exception,)) -> Job:
    """Start `work(job)` on the thread pool; connect to the returned job's signals."""
    job = Job()
    job.runner = _Runner(job, work, expected)
    QThreadPool.globalInstance().start(job.runner)
    return job
