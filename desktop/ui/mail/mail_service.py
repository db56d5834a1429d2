"""Owns the mailer job's lifetime and wires it to the notification pane.

The mailer (``services.mailer.Mailer``) runs as one long job on the job runner and reports
through callbacks on its own thread; this object lives on the GUI thread, turns them into
signals (so the pane hears them on its own thread), forwards wake-ups (a new message, the
network coming back, the SMTP settings changing) and, at quit, lets the current message
finish -- or aborts it -- within ``QUIT_BUDGET_MS`` in all, and tells the user how many
messages will go next time (and, apart, any that may not have arrived).  Everything the
mailer blocks on ends when aborted (sockets are shut down, the DNS look-up and the keyring
read are only waited for), so the job is over when quitting goes on: no thread of ours is
left running.
"""

from __future__ import annotations

import logging
import time
import weakref

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from desktop.core.outbox import OutboxEntry, OutboxState
from desktop.jobs import Job, job_runner
from desktop.services.mailer import Mailer
from desktop.ui.context import AppContext

log = logging.getLogger(__name__)

QUIT_BUDGET_MS = 3000  # quitting never waits longer than this for the mailer
FINISH_GRACE_MS = 2000  # of which the current message may take this long to complete

_services: weakref.WeakValueDictionary[int, MailService] = weakref.WeakValueDictionary()


def mail_service_for(context: AppContext) -> MailService | None:
    """The running service of this app (None in tests that start no main window)."""
    return _services.get(id(context.events))


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("MailService", text, None, n)


class MailService(QObject):
    entry_changed = Signal(object)  # OutboxEntry
    pause_changed = Signal(object)  # PauseInfo | None
    account_missing = Signal(bool)  # True: messages wait for the SMTP module / settings
    password_wait = Signal(object)  # PasswordWait | None: messages wait for the keyring
    network_back = Signal()

    def __init__(
        self,
        context: AppContext,
        pane: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._pane = pane
        self._done = False
        self._unsure = 0  # messages left "sending" at quit (uncertain at the next start)
        # The callbacks run on the mailer's thread: emitting there queues each signal to
        # the receivers' (GUI) thread.
        self.mailer = Mailer(
            context.services.outbox,
            on_change=self.entry_changed.emit,
            on_pause=self.pause_changed.emit,
            on_account_missing=self.account_missing.emit,
            on_password_wait=self.password_wait.emit,
        )
        self._sent_invoices: set[int] = set()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(2000)
        self._refresh_timer.timeout.connect(self._refresh_invoices)
        self.entry_changed.connect(self._entry_changed)
        self.network_back.connect(self._network_back)
        model = getattr(pane, "model", None)
        if model is not None:
            self.entry_changed.connect(model.upsert)
            self.pause_changed.connect(model.set_pause)
            self.account_missing.connect(model.set_account_missing)
            self.password_wait.connect(model.set_password_wait)
        for name, target in (("wake_requested", self.wake), ("resume_requested", self.resume)):
            signal = getattr(pane, name, None)
            if signal is not None:
                signal.connect(target)
        context.events.modules_changed.connect(self.wake)
        self._watch_network()
        if isinstance(parent, QMainWindow):
            parent.installEventFilter(self)
        _services[id(context.events)] = self
        self._job: Job | None = job_runner().start("outbox_mailer", self.mailer.run)
        self._job.failed.connect(self._mailer_failed)
        self._job.finished.connect(self._mailer_ended)

    def _mailer_failed(self, exc: BaseException) -> None:
        log.error("the mailer stopped", exc_info=exc)

    def _mailer_ended(self) -> None:
        self._job = None  # the runner deletes it now

    # -- wake-ups ----------------------------------------------------------------------------
    def enqueued(self, entry: OutboxEntry) -> None:
        """A new message is in the outbox: show it and send it."""
        model = getattr(self._pane, "model", None)
        if model is not None:
            model.upsert(entry)
        self.wake()

    def notice(self, kind: str, title: str, detail: str, **extra: object) -> None:
        """Show a note in the pane that is not an outbox row (e.g. an .eml draft was saved)."""
        model = getattr(self._pane, "model", None)
        if model is not None:
            model.add_notice(kind, title, detail, **extra)
        show = getattr(self._pane, "show", None)
        if show is not None:
            show()

    def _entry_changed(self, entry: OutboxEntry) -> None:
        """Invoices turn "sent": refresh the list at most every 2 s, never per message."""
        if entry.state is OutboxState.SENT and entry.invoice_id is not None:
            self._sent_invoices.add(entry.invoice_id)
            if not self._refresh_timer.isActive():
                self._refresh_timer.start()

    def _refresh_invoices(self) -> None:
        """Each sent invoice is one changed row (the list updates those rows in place)."""
        changed, self._sent_invoices = self._sent_invoices, set()
        for invoice_id in changed:
            self._context.events.invoice_changed.emit(invoice_id)

    def wake(self) -> None:
        if not self._done:
            self.mailer.wake()

    def resume(self) -> None:
        if not self._done:
            self.mailer.resume()

    def _network_back(self) -> None:
        if not self._done:
            self.mailer.network_online()

    def _watch_network(self) -> None:
        """Resume when the network returns; without a backend the retry timer still works."""
        try:
            loaded = QNetworkInformation.loadDefaultBackend()
        except Exception:  # pragma: no cover - platform plugin problems
            loaded = False
        info = QNetworkInformation.instance() if loaded else None
        if info is None:
            log.info("no network information backend; relying on the retry timer")
            return
        self._reachability = info.reachability()
        info.reachabilityChanged.connect(self._reachability_changed)

    def _reachability_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        was = getattr(self, "_reachability", None)
        self._reachability = reachability
        if reachability == QNetworkInformation.Reachability.Online and was != reachability:
            log.info("network is back: waking the outbox")
            self.network_back.emit()

    # -- quitting ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and isinstance(watched, QMainWindow):
            waiting = self.shutdown()
            if waiting or self._unsure:
                self._tell_waiting(watched, waiting, self._unsure)
        return False

    def _tell_waiting(self, window: QMainWindow, waiting: int, unsure: int) -> None:
        lines = []
        if waiting:
            text = _tr("%n message(s) will be sent the next time you start Faktura.", waiting)
            lines.append(text)
        if unsure:
            text = _tr(
                "%n message(s) may not have arrived: Faktura will ask you about them the next "
                "time it starts.",
                unsure,
            )
            lines.append(text)
        text = " ".join(lines)
        window.statusBar().showMessage(text)
        log.info("%d message(s) stay in the outbox, %d uncertain", waiting, unsure)
        headless = QGuiApplication.platformName() in ("offscreen", "minimal")  # tests, CI
        if not headless and window.isVisible():
            QMessageBox.information(window, _tr("Messages waiting"), text)

    def shutdown(self) -> int:
        """Stop sending (finish or abort the current message) within ``QUIT_BUDGET_MS``;
        returns how many messages will go out next time."""
        if not self._done:
            self._done = True
            _services.pop(id(self._context.events), None)
            job = self._job
            if job is not None:
                began = time.monotonic()
                job.cancel()  # no new message; the one on the wire may finish
                if not job.wait(FINISH_GRACE_MS):
                    log.warning("aborting the message being sent to quit in time")
                    self.mailer.abort()
                    left = QUIT_BUDGET_MS - (time.monotonic() - began) * 1000
                    if not job.wait(int(max(left, 0))):  # pragma: no cover - a bug of ours
                        log.error("the mailer did not stop within %d ms", QUIT_BUDGET_MS)
        waiting, self._unsure = self._context.services.outbox.left_at_quit()
        return waiting
