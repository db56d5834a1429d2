"""A long job on the job runner, with a progress window the user can cancel from.

``start_job`` hands the work to ``desktop.jobs`` and wires the job's signals before the work
may begin: a job that finishes at once still reports its outcome (a signal emitted before
anyone listens is lost).  ``JobProgress`` is a non-modal ``QProgressDialog`` that follows the
job: the window stays usable while it runs, Cancel asks the work to stop where it can, and
the dialog closes itself when the job ends.  It appears only when the job takes a moment, so
a quick job does not flash a window.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.jobs import Job, job_runner
from desktop.services.control import JobControl

SHOW_AFTER_MS = 300
MIN_WIDTH = 380

Describe = Callable[[int, int, str], str]


def start_job(name: str, work: Callable[[JobControl], Any], wire: Callable[[Job], None]) -> Job:
    """Start ``work`` on the job runner; ``wire`` connects to the job (and makes its progress
    window) before the work runs, so not even its first report is missed."""
    wired = threading.Event()

    def gated(control: JobControl) -> Any:
        wired.wait()
        return work(control)

    job = job_runner().start(name, gated)
    try:
        wire(job)
    finally:
        wired.set()
    return job


class JobProgress(QProgressDialog):
    """Shows one job's progress; ``describe(done, total, text)`` words each step."""

    def __init__(
        self, job: Job, name: str, title: str, parent: QWidget, describe: Describe
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.NonModal)  # the window stays usable
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(2**31 - 1)  # shown by our own timer, never by Qt's estimate
        self.setRange(0, 0)  # busy until the work reports how far it got
        self.setMinimumWidth(MIN_WIDTH)  # room for a longer step text without resizing
        self.setLabelText(describe(0, 0, ""))
        self._job = job
        self._describe = describe
        self._ended = False
        self.canceled.connect(job.cancel)
        job.progress.connect(self._on_progress)
        job.finished.connect(self._on_finished)
        QTimer.singleShot(SHOW_AFTER_MS, self, self._show_if_running)

    def _show_if_running(self) -> None:
        if not self._ended and not self.wasCanceled():
            self.show()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self._ended or self.wasCanceled():
            return
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(done, total))
        self.setLabelText(self._describe(done, total, text))

    def _on_finished(self) -> None:
        self._ended = True
        self.close()
        self.deleteLater()
