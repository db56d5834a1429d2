"""The sending loop's database side: every outbox read and write it makes, on its thread.

Two commits bracket each message: "sending" just before DATA (a crash from there on leaves
the row uncertain, never resent) and "sent" right after the final 250, before the next
message starts, so a crash between two messages never turns a delivered one into
"uncertain".  When the books refuse the "sent" (disk full, locked), the record is kept and
tried again before anything else; no further message starts until it lands.  The next
message is read in the pause the protocol gives anyway, while the server takes the current
one in (``SmtpConnection.send``'s ``while_waiting``).  Every commit reaches ``on_change``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from desktop.core.outbox import OutboxEntry, OutboxError
from desktop.mail.errors import SmtpFailure
from desktop.mail.outbox_retry import RetryPolicy, reply_of
from desktop.storage import outbox, outbox_claims, outbox_queries, outbox_wire
from desktop.storage.actor import actor
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
        self._unrecorded: tuple[int, str, bool] | None = None  # delivered, "sent" not committed
        self._untold: OutboxEntry | None = None  # committed "sent", not yet sent to on_change
        self._ahead: tuple[int, Loaded | None] | None = None
        self.sender = outbox_claims.new_sender_id()
        self._presence: outbox_claims.SenderPresence | None = None
        self._user = ""  # who sends, for the invoices' history; read with each claim

    # -- the sender among others on the same books (``outbox_claims``) --------------------------
    def _alive(self) -> None:
        """Show this sender alive on a database server before it claims anything."""
        if self._presence is None:
            self._presence = outbox_claims.SenderPresence(self._db.engine, self.sender)
        self._presence.hold()

    def claim(self, limit: int, skip: set[int] | None = None) -> list[int]:
        """Up to ``limit`` due messages for this sender alone, oldest first, leaving out
        ``skip``; a message another sender left "sending" when it died becomes uncertain."""
        self._alive()
        skip = skip or set()
        now = self._clock()
        with self._db.session() as session:
            self._user = actor(session)
            orphans = outbox.recover_after_crash(session, now, sender=self.sender)
            ids = outbox_claims.claim_due(session, self.sender, now, limit + len(skip))
            session.commit()
            entries = [outbox_queries.get_entry(session, i) for i in orphans]
        self._tell_recovered(entries)
        return [i for i in ids if i not in skip][:limit]

    def release(self) -> None:
        """Hand back unsent claims and stop showing this sender alive (at the end)."""
        try:
            if self._presence is not None:
                with self._db.session() as session:
                    outbox_claims.release(session, self.sender)
                    session.commit()
        finally:
            if self._presence is not None:
                self._presence.release()

    # -- reads --------------------------------------------------------------------------------
    def due_ids(self, limit: int, skip: set[int] | None = None) -> list[int]:
        """Up to ``limit`` due rows, oldest first, leaving out ``skip``."""
        skip = skip or set()
        with self._db.session() as session:
            ids = outbox_queries.due_ids(session, self._clock(), limit + len(skip))
        return [i for i in ids if i not in skip][:limit]

    def next_due_at(self) -> datetime | None:
        """When the next message this sender may take falls due (not another's claim)."""
        with self._db.session() as session:
            return outbox_claims.next_due_for(session, self.sender, self._clock())

    def load(self, row_id: int) -> Loaded | None:
        """The message to send, None when it is no longer pending (cancelled meanwhile).

        Read in the last message's pause when it could be (``read_ahead``); a row cancelled
        since then still loses at ``mark_sending``, so an early read never sends it.
        """
        ahead, self._ahead = self._ahead, None
        if ahead is not None and ahead[0] == row_id:
            return ahead[1]
        return self._load(row_id)

    def _load(self, row_id: int) -> Loaded | None:
        with self._db.session() as session:
            return outbox_queries.pending_message(session, row_id)

    def read_ahead(self, next_id: int | None) -> Callable[[], None]:
        """What to do while the server takes a message in: tell ``on_change`` of the last
        "sent" and read the next message.  Never raises: a read that fails here is simply
        made again in ``load``, where its error surfaces."""

        def work() -> None:
            self.tell()
            if next_id is not None:
                try:
                    self._ahead = (next_id, self._load(next_id))
                except Exception:  # read again (and reported) in ``load``
                    self._ahead = None

        return work

    # -- writes -------------------------------------------------------------------------------
    def recover(self) -> list[OutboxEntry]:
        """Rows left "sending" by a crash become "uncertain" (never resent automatically);
        a live team member's message on the wire is left alone."""
        self._alive()
        with self._db.session() as session:
            ids = outbox.recover_after_crash(session, self._clock(), sender=self.sender)
            session.commit()
            entries = [outbox_queries.get_entry(session, i) for i in ids]
        self._tell_recovered(entries)
        return entries

    def _tell_recovered(self, entries: list[OutboxEntry]) -> None:
        for entry in entries:
            log.warning("message %s was interrupted mid-send: uncertain", entry.message_id)
            self._on_change(entry)

    def flush(self) -> None:
        """Commit a delivered message's "sent" that the books refused earlier, if any.

        Raises (and keeps it) while they still refuse: the caller starts nothing new until
        it lands.  A row that another app moved meanwhile is left as it is.
        """
        unrecorded = self._unrecorded
        if unrecorded is None:
            return
        row_id, reply, keep = unrecorded
        try:
            entry = self._commit_wire(
                lambda c: outbox_wire.sent(
                    c, row_id, reply, self._clock(), keep_for_copy=keep, user=self._user
                )
            )
        except OutboxError as exc:  # no longer "sending": another app recovered it
            self._unrecorded = None
            log.warning("message %s was delivered but could not be recorded: %s", row_id, exc)
            return
        self._unrecorded = None
        self.tell()
        self._untold = entry

    def tell(self) -> None:
        """Hand the last "sent" to ``on_change``: done in the next pause (or at the end of
        the batch), where the window's work on it does not slow the next message down."""
        untold, self._untold = self._untold, None
        if untold is not None:
            self._on_change(untold)

    @property
    def unrecorded(self) -> int | None:
        """The row delivered but not yet recorded as sent, if any."""
        return self._unrecorded[0] if self._unrecorded is not None else None

    def mark_sending(self, row_id: int) -> OutboxEntry:
        """Commit "sending" just before DATA; ``OutboxError`` when the user cancelled the
        message meanwhile (the guarded statement finds it no longer pending)."""
        return self._commit_wire(
            lambda c: outbox_wire.sending(
                c, row_id, self._clock(), sender=self.sender, user=self._user
            )
        )

    def record_sent(self, row_id: int, reply: str, *, keep_for_copy: bool = False) -> None:
        """The final 250: committed now, before the next message starts (see ``flush``).
        ``keep_for_copy``: its bytes wait for the copy to the Sent folder."""
        self._unrecorded = (row_id, reply, keep_for_copy)
        self.flush()

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

    def _commit_wire(self, change: Callable[[Connection], OutboxEntry]) -> OutboxEntry:
        """The two changes around each message, without a session (``outbox_wire``)."""
        with self._db.engine.begin() as conn:
            return change(conn)

    def _commit(self, change: Callable[[Session], OutboxMessage]) -> OutboxEntry:
        with self._db.session() as session:
            entry = outbox_queries.entry_of(change(session))
            session.commit()
        return entry
