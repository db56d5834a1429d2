"""The sending loop: drain due outbox rows over one SMTP connection per batch (no Qt here).

Never twice: a row is committed as "sending" in ``before_data`` (after MAIL/RCPT were
accepted, just before DATA) and as "sent" right after the final 250.  Failures before DATA
are retried freely.  When the server hangs up or times out *during* DATA without a final
reply, the row goes back to "retrying": RFC 5321 §4.1.1.4/§6.1 make the server responsible
only once it has answered 250, so a server that never answered has not taken the message
(the RFC 1047 duplicate window -- a 250 lost on the wire -- is accepted as every MTA does).
When *we* cut DATA short (``abort()`` at quit) or die mid-DATA, we cannot tell, so the row
becomes "uncertain" and waits for the user.

Retry policy (SMTP.md, K-9 Mail): 4xx and network errors → "retrying" after 1, 5, 15, 60
minutes, at most ``max_attempts`` tries, then "failed"; 5xx → "failed" at once; failures only
the user can fix (password, certificate, encryption mode: ``SmtpFailure.stops_queue``) pause
the whole queue once, until the settings or the password change.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import hmac
import json
import logging
import secrets
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import Any, Protocol

from desktop.mail.errors import SmtpCancelled, SmtpFailure
from desktop.mail.settings import SmtpSettings
from desktop.storage import kv, outbox
from desktop.storage.database import Database
from desktop.storage.outbox import OutboxEntry

log = logging.getLogger(__name__)

PAUSE_KEY = "outbox.paused"
RETRY_DELAYS_KEY = "outbox.retry_delays_s"  # test/expert hook: list of seconds
MAX_ATTEMPTS_KEY = "outbox.max_attempts"
BATCH_LIMIT = 200


class Connection(Protocol):
    """What the loop needs from ``desktop.mail.transport.SmtpConnection``."""

    max_size: int | None

    def open(self) -> None: ...
    def send(
        self,
        message: EmailMessage,
        *,
        envelope_to: list[str] | None = None,
        before_data: Callable[[], None] | None = None,
    ) -> str: ...
    def is_alive(self) -> bool: ...
    def abort(self) -> None: ...
    def close(self) -> None: ...


ConnectionFactory = Callable[[SmtpSettings, str | None], Connection]


def default_connection(settings: SmtpSettings, password: str | None) -> Connection:
    from desktop.mail.transport import SmtpConnection

    return SmtpConnection(settings, password)


@dataclass(frozen=True)
class RetryPolicy:
    delays_s: tuple[float, ...] = (60.0, 300.0, 900.0, 3600.0)
    max_attempts: int = 5

    def retry_at(self, attempts_made: int, now: datetime) -> datetime | None:
        """When to try again after ``attempts_made`` failed tries; None: give up."""
        if attempts_made >= self.max_attempts or not self.delays_s:
            return None
        delay = self.delays_s[min(attempts_made, len(self.delays_s)) - 1]
        return now + timedelta(seconds=delay)

    @classmethod
    def load(cls, db: Database) -> RetryPolicy:
        """Defaults, unless the kv hook (tests, experts) shortens them."""
        with db.session() as session:
            delays = kv.get_json(session, RETRY_DELAYS_KEY)
            attempts = kv.get_json(session, MAX_ATTEMPTS_KEY)
        policy = cls()
        if isinstance(delays, list) and delays and all(isinstance(d, int | float) for d in delays):
            policy = cls(tuple(float(d) for d in delays), policy.max_attempts)
        if isinstance(attempts, int) and attempts > 0:
            policy = cls(policy.delays_s, attempts)
        return policy


@dataclass(frozen=True)
class Account:
    settings: SmtpSettings
    password: str | None

    def __repr__(self) -> str:  # never show the password
        return f"Account({self.settings.keyring_account()})"


def stored_account(db: Database) -> Account | None:
    """The SMTP module's saved account, or None when the module is off or not set up."""
    from desktop.mail import settings_repo
    from desktop.modules.registry import ModuleRegistry

    if not ModuleRegistry(db).is_installed("smtp"):
        return None
    settings = settings_repo.load_settings(db)
    if settings is None:
        return None
    return Account(settings, settings_repo.stored_password(settings))


@dataclass(frozen=True)
class PauseInfo:
    guidance: str
    step: str
    reply: str
    at: str


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
    errors: list[str] = field(default_factory=list)


class StoredMessage(EmailMessage):
    """A queued message's wire bytes, handed to ``SmtpConnection.send`` without re-rendering.

    ``envelope.prepare`` reads the envelope sender from From and renders with ``as_bytes``;
    here that returns the stored bytes unchanged (they were rendered by ``prepare`` at queue
    time, Bcc already removed).  ``test_sender`` checks the server gets exactly these bytes.
    """

    def __init__(self, wire: bytes, sender: str) -> None:
        super().__init__(policy=email.policy.SMTP)
        self["From"] = sender
        self._wire = wire

    def as_bytes(self, unixfrom: bool = False, policy: Any = None) -> bytes:
        return self._wire


def settings_fingerprint(settings: SmtpSettings) -> str:
    return hashlib.sha256(json.dumps(settings.to_dict(), sort_keys=True).encode()).hexdigest()


_Loaded = tuple[bytes, dict[str, Any]]


class _Stop(Exception):  # noqa: N818 - control flow
    pass


class OutboxSender:
    """Drains the outbox; ``drain()`` runs on the mailer thread, ``request_stop``/``abort``
    may be called from any thread.  ``on_change`` gets a snapshot after every commit."""

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
        self._on_pause = on_pause
        self._account = account or (lambda: stored_account(db))
        self._connect = connect
        self._policy = policy
        self._clock = clock
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._conn: Connection | None = None
        self._in_data = False
        self._pool: ThreadPoolExecutor | None = None
        self._deferred_sent: tuple[int, str] | None = None
        self._token_key = secrets.token_bytes(32)  # per process: compares passwords in memory
        self._paused_password: bytes | None = None

    # -- control from any thread ---------------------------------------------------------------
    def request_stop(self) -> None:
        """Finish the current message, then stop."""
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
        with self._db.session() as session:
            ids = outbox.recover_after_crash(session, self._clock())
            session.commit()
            entries = [outbox.get_entry(session, i) for i in ids]
        for entry in entries:
            log.warning("message %s was interrupted mid-send: uncertain", entry.message_id)
            self._on_change(entry)
        return entries

    def pause_info(self) -> PauseInfo | None:
        with self._db.session() as session:
            value = kv.get_json(session, PAUSE_KEY)
        if not isinstance(value, dict):
            return None
        return PauseInfo(
            str(value.get("guidance", "")),
            str(value.get("step", "")),
            str(value.get("reply", "")),
            str(value.get("at", "")),
        )

    def resume(self) -> None:
        """Lift a pause (the user changed the settings or asked to retry)."""
        with self._db.session() as session:
            was = kv.get_json(session, PAUSE_KEY)
            kv.delete(session, PAUSE_KEY)
            session.commit()
        self._paused_password = None
        if was is not None:
            self._on_pause(None)

    def _password_token(self, password: str | None) -> bytes:
        return hmac.new(self._token_key, (password or "").encode(), "sha256").digest()

    def _still_paused(self, account: Account) -> bool:
        with self._db.session() as session:
            value = kv.get_json(session, PAUSE_KEY)
        if not isinstance(value, dict):
            return False
        if value.get("settings") != settings_fingerprint(account.settings):
            self.resume()
            return False
        token = self._password_token(account.password)
        if self._paused_password is None:  # paused in an earlier run: this is the baseline
            self._paused_password = token
            return True
        if not hmac.compare_digest(token, self._paused_password):
            self.resume()
            return False
        return True

    def _pause(self, account: Account, failure: SmtpFailure) -> PauseInfo:
        info = PauseInfo(
            failure.guidance.value,
            failure.step.value,
            _reply_of(failure),
            self._clock().isoformat(),
        )
        with self._db.session() as session:
            value: dict[str, Any] = {
                "guidance": info.guidance,
                "step": info.step,
                "reply": info.reply,
                "at": info.at,
                "settings": settings_fingerprint(account.settings),
            }
            kv.set_json(session, PAUSE_KEY, value)
            session.commit()
        self._paused_password = self._password_token(account.password)
        log.warning("sending paused: %s", failure)
        self._on_pause(info)
        return info

    # -- the loop ---------------------------------------------------------------
    def drain(self) -> DrainResult:
        """Send everything due now; returns counts and when the next row falls due."""
        result = DrainResult()
        self._stop.clear()
        account = self._account()
        if account is None:
            result.no_account = True
        elif self._still_paused(account):
            result.paused = self.pause_info()
        else:
            policy = self._policy or RetryPolicy.load(self._db)
            try:
                self._drain(account, policy, result)
            except _Stop:
                result.stopped = True
            finally:
                self._close()
        with self._db.session() as session:
            result.next_due = outbox.next_due_at(session)
        return result

    def _drain(self, account: Account, policy: RetryPolicy, result: DrainResult) -> None:
        """One database thread beside the sending one: it reads the next message and commits
        "sent" while this thread waits on the network.  "sending" is still committed (and
        waited for) before DATA; a crash before a queued "sent" commit lands leaves the row
        "sending", i.e. uncertain, never sent twice."""
        with ThreadPoolExecutor(1, thread_name_prefix="outbox-db") as pool:
            self._pool = pool
            try:
                self._drain_batches(account, policy, result)
            finally:
                self._submit_deferred()
                self._pool = None

    def _drain_batches(self, account: Account, policy: RetryPolicy, result: DrainResult) -> None:
        pool = self._pool
        assert pool is not None
        while True:
            self._flush()
            with self._db.session() as session:
                ids = outbox.due_ids(session, self._clock(), BATCH_LIMIT)
            if not ids:
                return
            ahead: Future[_Loaded | None] = pool.submit(self._load, ids[0])
            for index, row_id in enumerate(ids):
                if self._stop.is_set():
                    raise _Stop
                conn = self._conn or self._open(account, policy, ids[index:], result)
                if conn is None:
                    return
                loaded = ahead.result()
                if index + 1 < len(ids):
                    ahead = pool.submit(self._load, ids[index + 1])
                if loaded is None:
                    continue  # cancelled or resent by the user meanwhile
                if not self._send_one(conn, account, policy, row_id, loaded, result):
                    return
                if result.paused is not None:
                    return

    def _flush(self) -> None:
        """Wait until every queued database write has landed."""
        self._submit_deferred()
        if self._pool is not None:
            self._pool.submit(lambda: None).result()

    def _submit_deferred(self) -> None:
        """Queue the previous message's "sent" commit.  It is held back until the next
        message's "sending" is committed, so it runs while that one's DATA is on the wire
        instead of competing with MAIL/RCPT for the GIL; until it lands the row reads
        "sending" (after a crash: uncertain, never resent)."""
        deferred, self._deferred_sent = self._deferred_sent, None
        if deferred is None:
            return
        if self._pool is not None:
            self._pool.submit(self._mark_sent, *deferred)
        else:
            self._mark_sent(*deferred)

    def _load(self, row_id: int) -> _Loaded | None:
        with self._db.session() as session:
            row = session.get(outbox.OutboxMessage, row_id)
            if row is None or row.state not in {s.value for s in outbox.PENDING}:
                return None
            return outbox.message_bytes(session, row_id), dict(row.recipients or {})

    def _mark_sending(self, row_id: int) -> OutboxEntry:
        with self._db.session() as session:
            sending = outbox.mark_sending(session, row_id, self._clock())
            session.commit()
            return outbox.entry_of(sending)

    def _mark_sent(self, row_id: int, reply: str) -> None:
        try:
            with self._db.session() as session:
                sent = outbox.mark_sent(session, row_id, reply, self._clock())
                session.commit()
                entry = outbox.entry_of(sent)
        except Exception:  # the row stays "sending" and becomes uncertain at the next start
            log.exception("could not record message %s as sent", row_id)
            return
        self._on_change(entry)

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
            if isinstance(failure, SmtpCancelled) or self._stop.is_set():
                raise _Stop from None
            if failure.stops_queue:
                result.paused = self._pause(account, failure)
                return None
            # Nobody reached DATA: every waiting message spent one attempt on a dead server.
            for row_id in waiting:
                self._attempt_failed(row_id, failure, policy, counted=True, result=result)
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
        loaded: _Loaded,
        result: DrainResult,
    ) -> bool:
        """One message; returns False when the batch must end (pause, stop)."""
        raw, recipients = loaded
        envelope_to: list[str] | None = None
        if recipients.get("envelope") and recipients.get("from"):
            message: EmailMessage = StoredMessage(raw, str(recipients["from"]))
            envelope_to = [str(a) for a in recipients["envelope"]]
        else:
            parsed = email.message_from_bytes(raw, policy=email.policy.SMTP)
            assert isinstance(parsed, EmailMessage)
            message = parsed
        reached_data = False

        def before_data() -> None:
            nonlocal reached_data
            if self._pool is not None:  # in order after earlier writes; wait for it
                entry = self._pool.submit(self._mark_sending, row_id).result()
            else:
                entry = self._mark_sending(row_id)
            self._submit_deferred()
            reached_data = True
            self._in_data = True
            self._on_change(entry)

        try:
            reply = conn.send(message, envelope_to=envelope_to, before_data=before_data)
        except outbox.OutboxError:
            return True  # the user cancelled it between the query and DATA
        except SmtpFailure as failure:
            self._in_data = False
            self._flush()
            return self._handle_failure(
                conn, account, policy, row_id, failure, reached_data, result
            )
        finally:
            self._in_data = False
        result.sent += 1
        self._submit_deferred()
        if self._pool is not None:
            self._deferred_sent = (row_id, reply)
        else:
            self._mark_sent(row_id, reply)
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
        if isinstance(failure, SmtpCancelled):
            if reached_data and failure.reply_code is None:
                self._commit_change(lambda s: outbox.mark_uncertain(s, row_id, "aborted"))
                result.uncertain += 1
            else:
                self._commit_change(lambda s: outbox.requeue(s, row_id))
            raise _Stop
        if failure.stops_queue:
            reply = _reply_of(failure)
            self._commit_change(
                lambda s: outbox.requeue(s, row_id, reply=reply, guidance=failure.guidance.value)
            )
            result.paused = self._pause(account, failure)
            self._close()
            return False
        self._attempt_failed(row_id, failure, policy, counted=not reached_data, result=result)
        if not conn.is_alive():
            self._close()
        return True

    def _attempt_failed(
        self,
        row_id: int,
        failure: SmtpFailure,
        policy: RetryPolicy,
        *,
        counted: bool,
        result: DrainResult,
    ) -> None:
        now = self._clock()
        with self._db.session() as session:
            row = session.get(outbox.OutboxMessage, row_id)
            if row is None:
                return
            made = row.attempts + (1 if counted else 0)
            retry_at = policy.retry_at(made, now) if failure.transient else None
            changed = outbox.mark_failed_attempt(
                session,
                row_id,
                counted=counted,
                retry_at=retry_at,
                reply=_reply_of(failure),
                step=failure.step.value,
                guidance=failure.guidance.value,
                now=now,
            )
            session.commit()
            entry = outbox.entry_of(changed)
        if retry_at is None:
            result.failed += 1
        else:
            result.retrying += 1
        log.info("message %s: %s", entry.message_id, failure)
        self._on_change(entry)

    def _commit_change(self, change: Callable[[Any], outbox.OutboxMessage]) -> None:
        with self._db.session() as session:
            entry = outbox.entry_of(change(session))
            session.commit()
        self._on_change(entry)


def _reply_of(failure: SmtpFailure) -> str:
    if failure.reply_code is not None:
        return f"{failure.reply_code} {failure.reply_text}".strip()
    return failure.detail


def queue_message(db: Database, message: EmailMessage, invoice_id: int | None) -> OutboxEntry:
    """Store a built message in the outbox as its exact wire bytes plus the envelope.

    Serialising once here (on the user's click) spares the mailer a parse and a re-render
    per message, and what was queued is byte for byte what the server receives.
    """
    from email.utils import getaddresses

    from desktop.mail.envelope import prepare

    def addresses(name: str) -> list[str]:
        return [a for _, a in getaddresses([str(v) for v in message.get_all(name, [])]) if a]

    envelope = prepare(message)
    raw = envelope.data
    with db.session() as session:
        row = outbox.enqueue(
            session,
            invoice_id=invoice_id,
            to=addresses("To"),
            cc=addresses("Cc"),
            bcc=addresses("Bcc"),
            subject=str(message.get("Subject", "")),
            message_id=str(message["Message-ID"]),
            raw=raw,
            envelope_from=envelope.sender,
            envelope_to=envelope.recipients,
        )
        session.commit()
        return outbox.entry_of(row)
