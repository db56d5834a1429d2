"""Runs "Test connection" in a ``QThread``; talks to the form only through signals.

The password is handed over once and kept only for the duration of the test.  ``cancel``
may be called from the GUI thread at any time (it sets a ``threading.Event``).
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal, Slot

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

    def _forward(self, event: StepEvent) -> None:
        self.step.emit(event.step.value, event.state, event.detail)
