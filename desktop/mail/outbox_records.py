"""The sending loop's database side: every outbox read and write it makes, on its thread.

No thread of its own: the bookkeeping that is not needed before the next step runs in the
pause the protocol gives anyway, while the server takes a message in and before its final
reply is read (``SmtpConnection.send``'s ``while_waiting``).  There the previous message's
"sent" is committed and the next message is read.  "sending" is still committed (and waited
for) before DATA; a crash before a held-back "sent" lands leaves the row "sending", i.e.
uncertain, never sent twice.  Every commit reaches ``on_change`` as a snapshot.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
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
    """Used from the mailer's thread only."""

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
        self._deferred_sent: tuple[int, str] | None = None
        self._ahead: tuple[int, Loaded | None] | None = None

    # -- reads --------------------------------------------------------------------------------
    def due_ids(self, limit: int) -> list[int]:
        with self._db.session() as session:
            return outbox_queries.due_ids(session, self._clock(), limit)

    def next_due_at(self) -> datetime | None:
        with self._db.session() as session:
            return outbox_queries.next_due_at(session)

    def load(self, row_id: int) -> Loaded | None:
        """The message to send, None when it is no longer pending (cancelled meanwhile).

        Read in the last message's pause when it could be (``in_the_pause``); a row cancelled
        since then still loses at ``mark_sending``, so an early read never sends it.
        """
        ahead, self._ahead = self._ahead, None
        if ahead is not None and ahead[0] == row_id:
            return ahead[1]
        return self._load(row_id)

    def _load(self, row_id: int) -> Loaded | None:
        with self._db.session() as session:
            return outbox_queries.pending_message(session, row_id)

    def in_the_pause(self, next_id: int | None) -> Callable[[], None]:
        """What to do while the server takes a message in: commit the previous "sent", read
        the next message.  Never raises: a read that fails here is simply made again later,
        where its error surfaces."""

        def work() -> None:
            self.flush()
            if next_id is not None:
                try:
                    self._ahead = (next_id, self._load(next_id))
                except Exception:  # read again (and reported) in ``load``
                    self._ahead = None

        return work

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
        """Commit the held-back "sent", if any."""
        deferred, self._deferred_sent = self._deferred_sent, None
        if deferred is not None:
            self._mark_sent(*deferred)

    def mark_sending(self, row_id: int) -> OutboxEntry:
        """Commit "sending" just before DATA; ``OutboxError`` when the user cancelled the
        message meanwhile (the guarded statement finds it no longer pending)."""
        return self._commit(lambda s: outbox.mark_sending(s, row_id, self._clock()))

    def record_sent(self, row_id: int, reply: str) -> None:
        """The final 250: held back until the next message's pause (or ``flush``), so the
        commit costs the batch no time.  Until it lands the row reads "sending" (after a
        crash: uncertain, never resent)."""
        self.flush()
        self._deferred_sent = (row_id, reply)

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
