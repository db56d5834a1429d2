"""The sending loop's database side: every outbox write it makes, on a thread of its own.

While a batch runs, one database thread works beside the sending one: it reads the next
message and commits "sent" while the sender waits on the network.  "sending" is still
committed (and waited for) before DATA; a crash before a queued "sent" commit lands leaves the
row "sending", i.e. uncertain, never sent twice.  Every commit reaches ``on_change`` as a
snapshot.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.outbox import OutboxEntry
from desktop.mail.errors import SmtpFailure
from desktop.mail.outbox_retry import RetryPolicy, reply_of
from desktop.storage import outbox, outbox_queries
from desktop.storage.database import Database
from desktop.storage.outbox_table import OutboxMessage

log = logging.getLogger(__name__)

#: A due message as loaded for sending: its bytes and its ``recipients`` column.
Loaded = tuple[bytes, dict[str, Any]]


class OutboxRecords:
    """Used from the mailer thread only; the writer thread exists inside ``writer_thread()``."""

    def __init__(
        self,
        db: Database,
        *,
        on_change: Callable[[OutboxEntry], None],
        clock: Callable[[], datetime],
    ) -> None:
        self._db = db
        self._on_change = on_change
        self._clock = clock
        self._pool: ThreadPoolExecutor | None = None
        self._deferred_sent: tuple[int, str] | None = None

    @contextmanager
    def writer_thread(self) -> Iterator[None]:
        """Run the writes of one drain beside the sending thread; all have landed on exit."""
        with ThreadPoolExecutor(1, thread_name_prefix="outbox-db") as pool:
            self._pool = pool
            try:
                yield
            finally:
                self.submit_deferred()
                self._pool = None

    # -- reads --------------------------------------------------------------------------------
    def due_ids(self, limit: int) -> list[int]:
        with self._db.session() as session:
            return outbox_queries.due_ids(session, self._clock(), limit)

    def next_due_at(self) -> datetime | None:
        with self._db.session() as session:
            return outbox_queries.next_due_at(session)

    def load_ahead(self, row_id: int) -> Future[Loaded | None]:
        """Read the next message on the writer thread while this one is on the wire."""
        pool = self._pool
        assert pool is not None
        return pool.submit(self._load, row_id)

    def _load(self, row_id: int) -> Loaded | None:
        with self._db.session() as session:
            return outbox_queries.pending_message(session, row_id)

    # -- writes -------------------------------------------------------------------------------
    def recover(self) -> list[OutboxEntry]:
        """Rows left "sending" by a crash become "uncertain" (never resent automatically)."""
        with self._db.session() as session:
            ids = outbox.recover_after_crash(session, self._clock())
            session.commit()
            entries = [outbox_queries.get_entry(session, i) for i in ids]
        for entry in entries:
            log.warning("message %s was interrupted mid-send: uncertain", entry.message_id)
            self._on_change(entry)
        return entries

    def flush(self) -> None:
        """Wait until every queued database write has landed."""
        self.submit_deferred()
        if self._pool is not None:
            self._pool.submit(lambda: None).result()

    def submit_deferred(self) -> None:
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

    def mark_sending(self, row_id: int) -> OutboxEntry:
        """Commit "sending" just before DATA and wait for it (in order after earlier writes);
        ``OutboxError`` when the user cancelled the message meanwhile."""
        if self._pool is not None:
            return self._pool.submit(self._mark_sending, row_id).result()
        return self._mark_sending(row_id)

    def record_sent(self, row_id: int, reply: str) -> None:
        """The final 250: committed now, or held back behind the next DATA (see above)."""
        self.submit_deferred()
        if self._pool is not None:
            self._deferred_sent = (row_id, reply)
        else:
            self._mark_sent(row_id, reply)

    def commit_change(self, change: Callable[[Session], OutboxMessage]) -> None:
        self._on_change(self._commit(change))

    def attempt_failed(
        self, row_id: int, failure: SmtpFailure, policy: RetryPolicy, *, counted: bool
    ) -> OutboxEntry | None:
        """Record a spent attempt: "retrying" with a back-off, or "failed" for good.  None when
        the row is gone.  ``counted`` is False when "sending" already counted the attempt."""
        now = self._clock()
        with self._db.session() as session:
            row = session.get(OutboxMessage, row_id)
            if row is None:
                return None
            made = row.attempts + (1 if counted else 0)
            changed = outbox.mark_failed_attempt(
                session,
                row_id,
                counted=counted,
                retry_at=policy.retry_after(failure, made, now),
                reply=reply_of(failure),
                step=failure.step.value,
                guidance=failure.guidance.value,
                now=now,
            )
            session.commit()
            entry = outbox_queries.entry_of(changed)
        log.info("message %s: %s", entry.message_id, failure)
        self._on_change(entry)
        return entry

    def _mark_sending(self, row_id: int) -> OutboxEntry:
        return self._commit(lambda s: outbox.mark_sending(s, row_id, self._clock()))

    def _mark_sent(self, row_id: int, reply: str) -> None:
        try:
            entry = self._commit(lambda s: outbox.mark_sent(s, row_id, reply, self._clock()))
        except Exception:  # the row stays "sending" and becomes uncertain at the next start
            log.exception("could not record message %s as sent", row_id)
            return
        self._on_change(entry)

    def _commit(self, change: Callable[[Session], OutboxMessage]) -> OutboxEntry:
        with self._db.session() as session:
            entry = outbox_queries.entry_of(change(session))
            session.commit()
        return entry
