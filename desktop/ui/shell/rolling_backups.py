"""The rolling copies while the window runs: at most one a day, and one at quit.

Whether a copy is due is asked after start-up has settled and then every hour, so a window
left open for days still gets its daily copy; the copy runs as a job, off the GUI thread.
When no copy is due at start, the same job runs SQLite's ``quick_check`` on the books
instead: damage that opening did not touch (a broken page in the middle) is found early.
At quit the copy is made after the mailer and every job have stopped and before the books
close.  Each copy is checked with SQLite's ``quick_check`` before older ones are pruned, so
damaged books never push sound copies out; a failed check is said to the user, because it
means the books themselves are damaged.
"""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.errors import StorageError
from desktop.jobs import Job, job_runner
from desktop.services.backups import BackupDamagedError, RollingBackup
from desktop.ui.context import AppContext

log = logging.getLogger(__name__)

FIRST_CHECK_MS = 20_000  # after the first paint, the fast path's hand-over and the mailer
CHECK_EVERY_MS = 3_600_000


class RollingBackups(QObject):
    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self._job: Job | None = None
        self._warned = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(FIRST_CHECK_MS)
        self._first.timeout.connect(lambda: self.check(first=True))
        self._first.start()

    def stop(self) -> None:
        """No check starts any more: quitting has begun (the copy at quit is made by hand)."""
        self._timer.stop()
        self._first.stop()

    def check(self, *, first: bool = False) -> Job | None:
        """Start the daily copy if the newest one is a day old (none is started twice); on
        the first check of a session, the books' own check when no copy is due."""
        if self._job is not None:
            return None
        backups = self._context.services.backups
        try:
            due = backups.rolling_due()
        except (OSError, StorageError) as exc:
            log.warning("Could not look for the daily backup: %s", exc)
            return None
        if due:
            job = job_runner().start("rolling_backup", backups.rolling)
            job.succeeded.connect(self._made)
        elif first:
            job = job_runner().start("books_check", lambda _control: backups.books_sound())
            job.succeeded.connect(self._checked)
        else:
            return None
        job.failed.connect(self._failed)
        job.finished.connect(self._finished)
        self._job = job
        return job

    def at_quit(self) -> None:
        """The copy at quit; a failure is logged and never keeps the app from ending."""
        backups = self._context.services.backups
        if self._context.services.books.sqlite_file is None:
            return
        try:
            self._made(backups.rolling())
        except Exception as exc:  # quitting goes on whatever happened
            self._failed(exc, quitting=True)

    def _made(self, made: object) -> None:
        if isinstance(made, RollingBackup):
            log.info(
                "Backed up the books to %s (%d older copies pruned)", made.path, len(made.pruned)
            )

    def _checked(self, sound: object) -> None:
        if sound is False:
            log.warning("The books failed SQLite's quick_check")
            self._warn_damaged()

    def _finished(self) -> None:
        self._job = None

    def _failed(self, exc: object, quitting: bool = False) -> None:
        if isinstance(exc, BackupDamagedError):
            log.warning("The automatic backup failed SQLite's check: the books are damaged")
            if not quitting:
                self._warn_damaged()
        elif isinstance(exc, OSError | sqlite3.Error | StorageError):
            log.warning("The automatic backup could not be made: %s", exc)
        else:
            log.error("The automatic backup failed", exc_info=exc)  # type: ignore[arg-type]

    def _warn_damaged(self) -> None:
        if self._warned:
            return
        self._warned = True
        box = QMessageBox(self._window)
        box.setObjectName("books_damaged_warning")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The database is damaged"))
        box.setText(
            self.tr(
                "Faktura's database is damaged: SQLite's check found parts of it that cannot "
                "be read. Your backups are kept; restore one to go back to sound books."
            )
        )
        restore = box.addButton(self.tr("Restore from backup…"), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("books_damaged_restore")
        box.addButton(QMessageBox.StandardButton.Close)
        action = self._window.findChild(QAction, "action_restore")
        if action is not None:
            restore.clicked.connect(action.trigger)
        box.open()
