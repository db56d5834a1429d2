"""The sending loop: drain due outbox rows over one SMTP connection per batch (no Qt here).

Never twice: a row is committed as "sending" in ``before_data`` (after MAIL/RCPT were
accepted, just before DATA) and as "sent" right after the final 250.  Failures before DATA
are retried freely.  When the server hangs up or times out *during* DATA without a final
reply, the row goes back to "retrying": RFC 5321 §4.1.1.4/§6.1 make the server responsible
only once it has answered 250, so a server that never answered has not taken the message
(the RFC 1047 duplicate window -- a 250 lost on the wire -- is accepted as every MTA does).
When *we* cut DATA short (``abort()`` at quit) or die mid-DATA, we cannot tell, so the row
becomes "uncertain" and waits for the user.

What a failure means is ``outbox_retry``; the pause is ``outbox_pause``; the database reads
and writes (done in the protocol's pauses) are ``outbox_records``; the stored wire form is
``outbox_queue``.  The sender has no thread: ``drain`` runs on its caller's (the mailer job's,
or the command line's).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from desktop.core.outbox import OutboxEntry, OutboxError, OutboxState
from desktop.mail.errors import SmtpFailure
from desktop.mail.outbox_account import (
    Account,
    Connection,
    ConnectionFactory,
    default_connection,
    stored_account,
)
from desktop.mail.outbox_pause import PauseInfo, QueuePause
from desktop.mail.outbox_queue import message_to_send
from desktop.mail.outbox_records import Loaded, OutboxRecords
from desktop.mail.outbox_retry import Outcome, RetryPolicy, outcome_of, reply_of
from desktop.storage import outbox
from desktop.storage.database import Database

BATCH_LIMIT = 200


@dataclass
class DrainResult:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    uncertain: int = 0
    paused: PauseInfo | None = None
    no_account: bool = False
    stopped: bool = False
    next_due: datetime | None = None

    def count_attempt(self, entry: OutboxEntry | None) -> None:
        if entry is not None:
            if entry.state is OutboxState.RETRYING:
                self.retrying += 1
            else:
                self.failed += 1


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
        account: Callable[[], Account | None] | None = None,
        connect: ConnectionFactory = default_connection,
        policy: RetryPolicy | None = None,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._db = db
        self._on_change = on_change
        self._account = account or (lambda: stored_account(db))
        self._connect = connect
        self._policy = policy
        self._records = OutboxRecords(db, on_change=on_change, clock=clock)
        self._pause = QueuePause(db, on_pause=on_pause, clock=clock)
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._conn: Connection | None = None
        self._in_data = False

    # -- control from any thread ---------------------------------------------------------------
    def request_stop(self) -> None:
        """Finish the current message, then stop; later drains return at once ("stopped"),
        so a stop that lands just before a drain begins is not lost."""
        self._stop.set()

    def abort(self) -> None:
        """Cut the current connection now (a message mid-DATA becomes "uncertain")."""
        self._stop.set()
        with self._lock:
            conn = self._conn
        if conn is not None:
            conn.abort()

    @property
    def in_data(self) -> bool:
        return self._in_data

    # -- start-up and pause ---------------------------------------------------------------
    def recover(self) -> list[OutboxEntry]:
        """Rows left "sending" by a crash become "uncertain" (never resent automatically)."""
        return self._records.recover()

    def pause_info(self) -> PauseInfo | None:
        return self._pause.info()

    def resume(self) -> None:
        """Lift a pause (the user changed the settings or asked to retry)."""
        self._pause.resume()

    # -- the loop ---------------------------------------------------------------
    def drain(self) -> DrainResult:
        """Send everything due now; returns counts and when the next row falls due."""
        result = DrainResult()
        if self._stop.is_set():
            result.stopped = True
            return result
        account = self._account()
        if account is None:
            result.no_account = True
        elif self._pause.holds(account):
            result.paused = self.pause_info()
        else:
            policy = self._policy or RetryPolicy.load(self._db)
            try:
                self._drain_batches(account, policy, result)
            except _Stop:
                result.stopped = True
            finally:
                self._records.flush()
                self._close()
        result.next_due = self._records.next_due_at()
        return result

    def _drain_batches(self, account: Account, policy: RetryPolicy, result: DrainResult) -> None:
        records = self._records
        while True:
            records.flush()
            ids = records.due_ids(BATCH_LIMIT)
            if not ids:
                return
            for index, row_id in enumerate(ids):
                if self._stop.is_set():
                    raise _Stop
                conn = self._conn or self._open(account, policy, ids[index:], result)
                if conn is None:
                    return
                loaded = records.load(row_id)
                if loaded is None:
                    continue  # cancelled or resent by the user meanwhile
                following = ids[index + 1] if index + 1 < len(ids) else None
                if not self._send_one(conn, account, policy, row_id, loaded, following, result):
                    return
                if result.paused is not None:
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
            outcome = outcome_of(failure, reached_data=False)
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
        """One message; returns False when the batch must end (pause, stop)."""
        message, envelope_to = message_to_send(*loaded)
        reached_data = False

        def before_data() -> None:
            nonlocal reached_data
            entry = self._records.mark_sending(row_id)  # OutboxError: the user cancelled it
            reached_data = True
            self._in_data = True
            self._on_change(entry)

        try:
            reply = conn.send(
                message,
                envelope_to=envelope_to,
                before_data=before_data,
                while_waiting=self._records.in_the_pause(following),
            )
        except OutboxError:
            return True  # the user cancelled it between the query and DATA
        except SmtpFailure as failure:
            self._in_data = False
            self._records.flush()
            return self._handle_failure(
                conn, account, policy, row_id, failure, reached_data, result
            )
        finally:
            self._in_data = False
        result.sent += 1
        self._records.record_sent(row_id, reply)
        return True

    def _handle_failure(
        self,
        conn: Connection,
        account: Account,
        policy: RetryPolicy,
        row_id: int,
        failure: SmtpFailure,
        reached_data: bool,
        result: DrainResult,
    ) -> bool:
        records = self._records
        outcome = outcome_of(failure, reached_data=reached_data)
        if outcome is Outcome.CUT_IN_DATA:
            records.commit_change(lambda s: outbox.mark_uncertain(s, row_id, "aborted"))
            result.uncertain += 1
            raise _Stop
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
        result.count_attempt(
            records.attempt_failed(row_id, failure, policy, counted=not reached_data)
        )
        if not conn.is_alive():
            self._close()
        return True
