"""The sending loop: drain due outbox rows over one SMTP connection per batch (no Qt here).

Never twice: a row is committed as "sending" in ``before_data`` (after MAIL/RCPT were
accepted, just before DATA) and as "sent" right after the final 250, before the next message
starts.  Everything that fails before the final "." of the data is on the wire is retried
freely: the server cannot have the message yet.  From that "." on, only the server's reply
tells; when none comes -- a timeout, a hang-up, our own abort at quit -- the row becomes
"uncertain" and waits for the user (resend, or mark it sent), never "retrying".  RFC 5321
makes the server responsible only once it said 250, but a server can store the message and
answer after the client gave up: the drill got three copies from three automatic tries.

No login without the password: while the keyring is locked (or has none stored) the drain
reports ``password_wait`` and sends nothing.  A local error (a message file that cannot be
read) skips that message and is reported in ``local_error``; the caller backs off.

What a failure means is ``outbox_retry``; the pause is ``outbox_pause``; the database reads
and writes are ``outbox_records``; the stored wire form is ``outbox_queue``.  The sender has
no thread: ``drain`` runs on its caller's (the mailer job's, or the command line's).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

from desktop.core.outbox import OutboxEntry, OutboxError, PasswordWait
from desktop.mail.errors import SmtpCancelled, SmtpFailure
from desktop.mail.outbox_account import (
    Account,
    Connection,
    ConnectionFactory,
    PasswordSource,
    SettingsSource,
    default_connection,
    stored_password,
    stored_settings,
    with_password,
)
from desktop.mail.outbox_copy import copy_pending, has_pending
from desktop.mail.outbox_pause import PauseInfo, QueuePause
from desktop.mail.outbox_queue import message_to_send
from desktop.mail.outbox_records import Loaded, OutboxRecords
from desktop.mail.outbox_result import DrainResult
from desktop.mail.outbox_retry import Outcome, RetryPolicy, outcome_of, reply_of
from desktop.mail.settings import SmtpSettings
from desktop.storage import outbox
from desktop.storage.database import Database
from desktop.storage.outbox_claims import CLAIM_BATCH

log = logging.getLogger(__name__)


class _Stop(Exception):  # noqa: N818 - control flow
    pass


class OutboxSender:
    """Drains the outbox; ``drain()`` runs on the mailer's thread, ``request_stop``/``abort``
    may be called from any thread, and stop it for good.  ``on_change`` gets a snapshot
    after every commit."""

    def __init__(
        self,
        db: Database,
        *,
        on_change: Callable[[OutboxEntry], None] = lambda entry: None,
        on_pause: Callable[[PauseInfo | None], None] = lambda info: None,
        settings: SettingsSource | None = None,
        password: PasswordSource = stored_password,
        connect: ConnectionFactory = default_connection,
        policy: RetryPolicy | None = None,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._db = db
        self._on_change = on_change
        self._settings = settings or (lambda: stored_settings(db))
        self._password = password
        self._connect = connect
        self._policy = policy
        self._records = OutboxRecords(db, on_change=on_change, clock=clock)
        self._pause = QueuePause(db, on_pause=on_pause, clock=clock)
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._conn: Connection | None = None

    # -- control from any thread ---------------------------------------------------------------
    def request_stop(self) -> None:
        """Finish the current message, then stop; later drains return at once ("stopped"),
        so a stop that lands just before a drain begins is not lost."""
        self._stop.set()

    def abort(self) -> None:
        """Cut the current connection now (a message whose data is out becomes "uncertain",
        one cut before the end of its data goes back to the queue)."""
        self._stop.set()
        with self._lock:
            conn = self._conn
        if conn is not None:
            conn.abort()

    # -- start-up, pause, the end ---------------------------------------------------------------
    def recover(self) -> list[OutboxEntry]:
        """Rows left "sending" by a crash become "uncertain" (never resent automatically)."""
        return self._records.recover()

    def pause_info(self) -> PauseInfo | None:
        return self._pause.info()

    def resume(self) -> None:
        """Lift a pause (the user changed the settings or asked to retry)."""
        self._pause.resume()

    def finish(self) -> None:
        """A last try to record a delivered message the books refused so far (if it fails
        too, the row stays "sending" and the next start shows it as uncertain)."""
        try:
            self._records.flush()
        except Exception as exc:  # the books still refuse; nothing more to do at the end
            log.warning("message %s was delivered, not recorded: %s", self._records.unrecorded, exc)
        self._records.tell()
        try:
            self._records.release()
        except Exception as exc:  # the claims fall out when this sender's session ends
            log.info("the outbox claims were not handed back: %s", exc)

    # -- the loop ---------------------------------------------------------------
    def drain(self) -> DrainResult:
        """Send everything due now; returns counts and when the next row falls due.

        Raises what the books raise (the caller backs off); before anything else it records
        a delivered message's "sent" that they refused earlier.
        """
        result = DrainResult()
        if self._stop.is_set():
            result.stopped = True
            return result
        try:
            self._drain(result)
        finally:
            self._records.tell()
        result.next_due = self._records.next_due_at()
        return result

    def _drain(self, result: DrainResult) -> None:
        self._records.flush()
        settings = self._settings()
        if settings is None:
            result.no_account = True
            return
        self._send_or_wait(settings, result)
        if settings.imap_copy and not self._stop.is_set() and has_pending(self._db):
            self._copy_to_sent(settings, result)

    def _copy_to_sent(self, settings: SmtpSettings, result: DrainResult) -> None:
        """After the SMTP work: copies to the Sent folder (never sends anything again)."""
        self._records.tell()  # the "sent" snapshot first, then the copy's news
        account = with_password(settings, self._password, self._stop.is_set)
        if not isinstance(account, PasswordWait):
            copied, failed = copy_pending(self._db, account, self._on_change)
            result.copied, result.copy_failed = copied, failed

    def _send_or_wait(self, settings: SmtpSettings, result: DrainResult) -> None:
        if not self._records.due_ids(1):
            if self._pause.holds_settings(settings):  # the password is not read for nothing
                result.paused = self.pause_info()
        else:
            account = with_password(settings, self._password, self._stop.is_set)
            if isinstance(account, PasswordWait):  # no login without the password
                result.stopped = self._stop.is_set()
                result.password_wait = None if result.stopped else account
            elif self._pause.holds(account):
                result.paused = self.pause_info()
            else:
                self._send_due(account, result)

    def _send_due(self, account: Account, result: DrainResult) -> None:
        policy = self._policy or RetryPolicy.load(self._db)
        try:
            self._drain_batches(account, policy, result)
        except _Stop:
            result.stopped = True
        finally:
            self._records.tell()  # "sent" reaches the window before a slow QUIT, not after
            self._close()

    def _drain_batches(self, account: Account, policy: RetryPolicy, result: DrainResult) -> None:
        records = self._records
        unreadable: set[int] = set()
        while True:
            ids = records.claim(CLAIM_BATCH, unreadable)
            if not ids:
                return
            for index, row_id in enumerate(ids):
                if self._stop.is_set():
                    raise _Stop
                try:
                    loaded = records.load(row_id)
                except OSError as exc:  # its file cannot be read: the others still go out
                    unreadable.add(row_id)
                    result.local_error = exc
                    continue
                if loaded is None:
                    continue  # cancelled or resent by the user meanwhile
                conn = self._conn or self._open(account, policy, ids[index:], result)
                if conn is None:
                    return
                following = ids[index + 1] if index + 1 < len(ids) else None
                if not self._send_one(conn, account, policy, row_id, loaded, following, result):
                    return

    def _open(
        self, account: Account, policy: RetryPolicy, waiting: list[int], result: DrainResult
    ) -> Connection | None:
        conn = self._connect(account.settings, account.password)
        with self._lock:
            self._conn = conn
        try:
            conn.open()
        except SmtpFailure as failure:
            self._close()
            outcome = outcome_of(failure)
            if outcome is Outcome.CANCELLED or self._stop.is_set():
                raise _Stop from None
            if outcome is Outcome.PAUSE:
                result.paused = self._pause.pause(account, failure)
                return None
            # Nobody reached DATA: every waiting message spent one attempt on a dead server.
            for row_id in waiting:
                result.count_attempt(
                    self._records.attempt_failed(row_id, failure, policy, counted=True)
                )
            return None
        return conn

    def _close(self) -> None:
        with self._lock:
            conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def _send_one(
        self,
        conn: Connection,
        account: Account,
        policy: RetryPolicy,
        row_id: int,
        loaded: Loaded,
        following: int | None,
        result: DrainResult,
    ) -> bool:
        """One message; returns False when the batch must end (pause)."""
        message, envelope_to = message_to_send(*loaded)
        claimed = False

        def before_data() -> None:
            nonlocal claimed
            entry = self._records.mark_sending(row_id)  # OutboxError: the user cancelled it
            claimed = True
            self._on_change(entry)

        try:
            reply = conn.send(
                message,
                envelope_to=envelope_to,
                before_data=before_data,
                while_waiting=self._records.read_ahead(following),
            )
        except OutboxError:
            return True  # the user cancelled it between the query and DATA
        except SmtpFailure as failure:
            return self._handle_failure(conn, account, policy, row_id, failure, claimed, result)
        result.sent += 1
        keep = account.settings.imap_copy  # the bytes wait for the copy to the Sent folder
        self._records.record_sent(row_id, reply, keep_for_copy=keep)  # raises while refused
        if following is None:  # no next message to tell it during: tell now, before QUIT
            self._records.tell()
        return True

    def _handle_failure(
        self,
        conn: Connection,
        account: Account,
        policy: RetryPolicy,
        row_id: int,
        failure: SmtpFailure,
        claimed: bool,
        result: DrainResult,
    ) -> bool:
        records = self._records
        outcome = outcome_of(failure)
        if outcome is Outcome.UNANSWERED:
            cut = isinstance(failure, SmtpCancelled)
            reason = "aborted" if cut else f"no reply after the data: {reply_of(failure)}"
            records.commit_change(lambda s: outbox.mark_uncertain(s, row_id, reason))
            log.info("message %s may have been delivered: %s", row_id, reason)
            result.uncertain += 1
            if cut:
                raise _Stop
            self._close()  # a late reply must never be read as the next message's
            return True
        if outcome is Outcome.CANCELLED:
            records.commit_change(lambda s: outbox.requeue(s, row_id))
            raise _Stop
        if outcome is Outcome.PAUSE:
            reply = reply_of(failure)
            records.commit_change(
                lambda s: outbox.requeue(s, row_id, reply=reply, guidance=failure.guidance.value)
            )
            result.paused = self._pause.pause(account, failure)
            self._close()
            return False
        result.count_attempt(records.attempt_failed(row_id, failure, policy, counted=not claimed))
        if not conn.is_alive():
            self._close()
        return True
