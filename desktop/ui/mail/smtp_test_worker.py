"""Runs "Test connection" in a ``QThread``; talks to the form only through signals.

The thread is not a child of any widget: closing the window (even deleting it, as happens
at quit) mid-test must not destroy a running ``QThread``, which would abort the process.
Running tests are kept here until their thread has finished; ``stop_all`` cancels and joins
them when the application quits.  The password is kept only for the duration of the test.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from desktop.mail.diagnostics import ConnectionTestResult, StepEvent, run_connection_test
from desktop.mail.settings import SmtpSettings

log = logging.getLogger(__name__)


class SmtpTestWorker(QObject):
    step = Signal(str, str, str)  # step value, state, detail
    finished = Signal(object)  # ConnectionTestResult, or an Exception for a refused input

    def __init__(
        self, settings: SmtpSettings, password: str | None, send_test_to: str | None
    ) -> None:
        super().__init__()
        self._settings = settings
        self._password = password
        self._send_test_to = send_test_to
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Thread-safe: only sets an event that the test polls."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        result: ConnectionTestResult | Exception
        try:
            result = run_connection_test(
                self._settings,
                self._password,
                send_test_to=self._send_test_to,
                on_event=self._forward,
                cancel=self._cancel,
            )
        except Exception as exc:  # invalid test message input; the form shows it
            log.info("connection test refused its input: %s", type(exc).__name__)
            result = exc
        finally:
            self._password = None
        self.finished.emit(result)
        QThread.currentThread().quit()

    def _forward(self, event: StepEvent) -> None:
        self.step.emit(event.step.value, event.state, event.detail)


class _Reaper(QObject):
    """Lives in the GUI thread; forgets (and so deletes) tests whose thread has ended."""

    @Slot()
    def reap(self) -> None:
        for worker, thread in list(_running.items()):
            if thread.isFinished():
                thread.wait()
                del _running[worker]


_running: dict[SmtpTestWorker, QThread] = {}
_reaper: _Reaper | None = None


def start(worker: SmtpTestWorker) -> None:
    """Run ``worker`` on a new thread; connect to its signals before calling this."""
    global _reaper
    if _reaper is None:
        _reaper = _Reaper()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(stop_all)
    thread = QThread()
    thread.setObjectName("smtp_test_thread")
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    thread.finished.connect(_reaper.reap)
    _running[worker] = thread
    thread.start()


def wait(worker: SmtpTestWorker, timeout_ms: int = 5000) -> bool:
    """Cancel ``worker`` and wait for its thread; True when it has ended."""
    worker.cancel()
    thread = _running.get(worker)
    if thread is None:
        return True
    done = thread.wait(timeout_ms)
    if done:
        _running.pop(worker, None)
    return done


def stop_all(timeout_ms: int = 5000) -> int:
    """Cancel every running test and wait; returns how many threads are still running."""
    for worker in list(_running):
        wait(worker, timeout_ms)
    return len(_running)


def running_count() -> int:
    return len(_running)
