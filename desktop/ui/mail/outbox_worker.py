"""The mailer: a worker object living in its own QThread, draining the outbox.

It owns its database sessions (through ``OutboxSender``) and talks to the GUI only by
signals; it never touches a widget.  It wakes on ``wake()`` (a new message, a user action),
on its retry timer (the next row's ``next_attempt_at``) and on ``network_online()``.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from desktop.core.outbox import OutboxEntry
from desktop.mail.outbox_account import Account, ConnectionFactory, default_connection
from desktop.mail.outbox_pause import PauseInfo
from desktop.mail.outbox_retry import RetryPolicy
from desktop.mail.outbox_sender import DrainResult, OutboxSender
from desktop.storage import outbox
from desktop.storage.database import Database

log = logging.getLogger(__name__)

MAX_TIMER_MS = 15 * 60 * 1000  # re-check at least this often (clock changes, suspend)


class OutboxWorker(QObject):
    """Create it on the GUI thread, ``moveToThread``, then trigger ``start`` from the thread."""

    entry_changed = Signal(object)  # OutboxEntry
    pause_changed = Signal(object)  # PauseInfo | None
    batch_done = Signal(object)  # DrainResult
    account_missing = Signal(bool)  # True: messages wait for the SMTP module / settings

    def __init__(
        self,
        db: Database,
        *,
        policy: RetryPolicy | None = None,
        connect: ConnectionFactory = default_connection,
        account: Account | None = None,
    ) -> None:
        super().__init__()
        self.outbox_sender = OutboxSender(
            db,
            on_change=self._changed,
            on_pause=self._paused,
            connect=connect,
            policy=policy,
            account=(lambda: account) if account is not None else None,
        )
        self._db = db
        self._timer: QTimer | None = None
        self._stopping = False
        self._missing: bool | None = None

    def _changed(self, entry: OutboxEntry) -> None:
        self.entry_changed.emit(entry)

    def _paused(self, info: PauseInfo | None) -> None:
        self.pause_changed.emit(info)

    @Slot()
    def start(self) -> None:
        """First call in the worker thread: recover from a crash, then send what is due."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.wake)
        self.outbox_sender.recover()
        self.pause_changed.emit(self.outbox_sender.pause_info())
        self.wake()

    @Slot()
    def wake(self) -> None:
        if self._stopping:
            return
        try:
            result = self.outbox_sender.drain()
        except Exception:  # our bug: log it, keep the thread alive, try again later
            log.exception("the outbox worker failed")
            result = DrainResult(next_due=datetime.now())
        if self._missing is not result.no_account:
            self._missing = result.no_account
            self.account_missing.emit(result.no_account)
        self._schedule(result)
        self.batch_done.emit(result)

    @Slot()
    def network_online(self) -> None:
        """The network came back: retry waiting messages now instead of at their backoff."""
        with self._db.session() as session:
            outbox.wake_retrying(session)
            session.commit()
        self.wake()

    @Slot()
    def resume(self) -> None:
        """The user asked to retry a paused queue."""
        self.outbox_sender.resume()
        self.wake()

    def stop(self) -> None:
        """Any thread: no new batch starts (the sender's own stop ends the current one)."""
        self._stopping = True

    @Slot()
    def finish(self) -> None:
        """Runs in the worker thread as it ends: timers must be stopped by their thread."""
        self._stopping = True
        if self._timer is not None:
            self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())

    def _schedule(self, result: DrainResult) -> None:
        if self._timer is None or self._stopping:
            return
        if result.next_due is None or result.paused is not None or result.no_account:
            self._timer.stop()
            return
        delay_ms = (result.next_due - datetime.now()).total_seconds() * 1000
        self._timer.start(int(min(max(delay_ms, 0) + 20, MAX_TIMER_MS)))
