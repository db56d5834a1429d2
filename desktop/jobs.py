"""The one way to run work off the GUI thread: a job with progress, cancel and its outcome.

Work is a plain function taking a ``services.control.JobControl`` (Qt-free, so services and
the command line run the same code); the runner calls it on a private ``QThreadPool`` and
reports back through the ``Job``'s signals, which arrive on the GUI thread.  Never touch a
widget from the work itself (after Picard's ``run_task`` and Vorta's jobs manager).

At quit, ``JobRunner.shutdown`` cancels every job (their ``on_cancel`` hooks abort sockets)
and waits a bounded time: blocking network calls carry their own time limits, so nothing
keeps the process alive for long.  A job that must end more gently (the mailer finishes the
message on the wire) is stopped by its owner first, with ``Job.wait`` for the grace period.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal, Slot

from desktop.services.control import CancelledError, JobControl

log = logging.getLogger(__name__)

Work = Callable[[JobControl], Any]
POOL_THREAD_NAME = "faktura-job"  # what the OS (top, a debugger) calls the runner's threads


class Job(QObject):
    """One piece of work; exactly one of ``succeeded``, ``failed``, ``cancelled`` follows,
    then ``finished``.

    Every signal is emitted on the thread that started the job, from its event loop: the
    work's thread only posts to it.  So connecting right after ``start`` misses nothing,
    however quickly the work ends, and receivers need no locks.
    """

    progress = Signal(int, int, str)  # done, total, text
    succeeded = Signal(object)  # the work's return value
    failed = Signal(object)  # the exception it raised
    cancelled = Signal()
    finished = Signal()
    _progressed = Signal(int, int, str)  # posted by the work's thread
    _ended = Signal(str, object)  # outcome, value

    def __init__(self, name: str, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.name = name
        self._work: Work | None = work
        queued = Qt.ConnectionType.QueuedConnection
        self._progressed.connect(self.progress, queued)
        self._ended.connect(self._deliver, queued)
        self.control = JobControl(on_progress=self._progressed.emit)
        self.running = True
        self._returned = threading.Event()

    def cancel(self) -> None:
        """Any thread: ask the work to stop (it decides where it can)."""
        self.control.cancel()

    def wait(self, timeout_ms: int) -> bool:
        """Block up to ``timeout_ms`` until the work has returned; True if it has.

        For quitting: the outcome's signals still wait for the event loop.
        """
        return self._returned.wait(max(timeout_ms, 0) / 1000)

    def run(self) -> None:
        """On a pool thread."""
        work, self._work = self._work, None  # drop what the work holds (a password) when done
        assert work is not None, "a job runs once"
        outcome: tuple[str, object]
        try:
            result = work(self.control)
        except CancelledError:
            outcome = ("cancelled", None)
        except Exception as exc:  # the receiver decides: user's situation or our bug
            outcome = ("failed", exc)
        else:
            outcome = ("cancelled", None) if self.control.cancelled else ("succeeded", result)
        self.running = False
        self._returned.set()
        self._ended.emit(*outcome)

    @Slot(str, object)
    def _deliver(self, outcome: str, value: object) -> None:
        if outcome == "succeeded":
            self.succeeded.emit(value)
        elif outcome == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.finished.emit()


class JobRunner(QObject):
    """Owns the pool and the jobs that are running; one per application."""

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setObjectName(POOL_THREAD_NAME)  # Qt names the threads after it
        self._pool.setMaxThreadCount(max_threads)
        self._jobs: set[Job] = set()

    def start(self, name: str, work: Work) -> Job:
        """Queue ``work``; connect to the returned job's signals right away (they are
        emitted from this thread's event loop, so none is missed)."""
        job = Job(name, work, self)
        self._jobs.add(job)
        job.finished.connect(lambda: self._forget(job))
        self._pool.start(job.run)
        return job

    def running(self) -> list[Job]:
        return [job for job in self._jobs if job.running]

    def _forget(self, job: Job) -> None:
        self._jobs.discard(job)
        job.deleteLater()

    def shutdown(self, timeout_ms: int = 5000) -> int:
        """Cancel every job and wait for them; returns how many are still running.

        When all have ended the pool's idle threads are gone too (``waitForDone`` joins
        them), so nothing of ours is left running; the runner stays usable afterwards.
        """
        for job in list(self._jobs):
            job.cancel()
        if not self._pool.waitForDone(timeout_ms):
            names = ", ".join(job.name for job in self.running())
            log.warning("jobs still running at quit: %s", names)
        return len(self.running())


def job_runner() -> JobRunner:
    """The application's runner, created on first use and shut down at quit."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("the job runner needs a QCoreApplication")
    runner = app.findChild(JobRunner, "faktura_jobs")
    if runner is None:
        runner = JobRunner(app)
        runner.setObjectName("faktura_jobs")
        app.aboutToQuit.connect(runner.shutdown)
    return runner
