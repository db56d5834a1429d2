"""Which sender works on which message when several apps share one database (team mode).

Every sender (the window's mailer, a ``faktura outbox run``) has an id and, on PostgreSQL, a
sign of life: a session-level advisory lock on that id, held on a connection of its own for
as long as the sender lives (``SenderPresence``).  The server drops it when the process dies,
even by ``kill -9`` (its connection closes), so "is that sender alive?" is answered by the
server, not by a clock.

- **Claiming**: a sender takes a few due messages at a time with ``SELECT … FOR UPDATE SKIP
  LOCKED`` and writes its id on them (``claimed_by``, with ``claimed_until`` as a lease); two
  senders never claim the same message, and a message claimed by a sender that died (or
  whose lease ran out) is free again.  The claim only shares the work out: what makes a
  message go out once is still the guarded "sending" (``outbox.mark_sending``).
- **Orphans**: a message left "sending" by a sender that died may have reached the server;
  it becomes "uncertain" (``outbox.recover_after_crash``), never resent automatically.  A
  live sender's message on the wire is never touched.

On SQLite the folder lock lets one process open the books, so every sender but this one is
gone: the same queries simply find no one else alive.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select, text, true, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

from desktop.core.outbox import OutboxState
from desktop.storage.outbox_queries import PENDING_VALUES
from desktop.storage.outbox_table import OutboxMessage

#: How long a claim on a due message holds even if its sender looks alive (a hung sender).
LEASE = timedelta(minutes=10)
#: Due messages a sender takes at a time: small, so several senders share a queue evenly.
CLAIM_BATCH = 5

_LIVE_SENDERS = text(
    "SELECT (classid::bigint << 32) | objid::bigint FROM pg_locks "
    "WHERE locktype = 'advisory' AND objsubid = 1 AND granted"
)


def new_sender_id() -> str:
    """A fresh id (a positive 62-bit number, the advisory lock's key on PostgreSQL)."""
    return str(secrets.randbits(62) | 1)


class SenderPresence:
    """The sender's sign of life on a database server; nothing to hold on SQLite."""

    def __init__(self, engine: Engine, sender: str) -> None:
        self._engine = engine
        self.sender = sender
        self._connection: Connection | None = None

    def hold(self) -> None:
        if self._connection is not None or self._engine.dialect.name != "postgresql":
            return
        connection = self._engine.connect()
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": int(self.sender)})
        connection.commit()  # the lock is the session's: it outlives this transaction
        self._connection = connection

    def release(self) -> None:
        connection, self._connection = self._connection, None
        if connection is None:
            return
        try:  # the connection goes back to the pool: its session (and lock) would live on
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": int(self.sender)})
            connection.commit()
        except Exception:
            connection.invalidate()  # a broken connection: closing it ends the session
        finally:
            connection.close()


def live_senders(session: Session) -> set[str]:
    """The ids of the senders whose process is alive (on SQLite: none known)."""
    if session.get_bind().dialect.name != "postgresql":
        return set()
    return {str(key) for key in session.scalars(_LIVE_SENDERS)}


def _free_for(sender: str, live: set[str], now: datetime) -> object:
    """Unclaimed, claimed by ``sender``, by a sender that died, or with its lease run out."""
    others = live - {sender}
    return or_(
        OutboxMessage.claimed_by.is_(None),
        OutboxMessage.claimed_by == sender,
        OutboxMessage.claimed_by.not_in(others) if others else true(),
        OutboxMessage.claimed_until < now,
    )


def claim_due(session: Session, sender: str, now: datetime, limit: int = CLAIM_BATCH) -> list[int]:
    """Claim up to ``limit`` due messages for ``sender``, oldest first (the caller commits)."""
    live = live_senders(session)
    query = (
        select(OutboxMessage.id)
        .where(
            OutboxMessage.state.in_(PENDING_VALUES),
            OutboxMessage.next_attempt_at <= now,
            _free_for(sender, live, now),  # type: ignore[arg-type]
        )
        .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    ids = list(session.scalars(query))
    if ids:
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(ids))
            .values(claimed_by=sender, claimed_until=now + LEASE)
            .execution_options(synchronize_session=False)
        )
    return ids


def next_due_for(session: Session, sender: str, now: datetime) -> datetime | None:
    """When the next message ``sender`` may claim falls due (others' live claims left out)."""
    query = select(func.min(OutboxMessage.next_attempt_at)).where(
        OutboxMessage.state.in_(PENDING_VALUES),
        _free_for(sender, live_senders(session), now),  # type: ignore[arg-type]
    )
    return session.scalar(query)


def release(session: Session, sender: str) -> None:
    """Hand back the messages ``sender`` claimed and did not send (the caller commits)."""
    session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.claimed_by == sender, OutboxMessage.state.in_(PENDING_VALUES))
        .values(claimed_by=None, claimed_until=None)
        .execution_options(synchronize_session=False)
    )


def orphaned_sending(session: Session, sender: str | None) -> list[int]:
    """Messages left "sending" by a sender that is gone (never ``sender``'s own)."""
    keep = live_senders(session) | ({sender} if sender else set())
    query = select(OutboxMessage.id).where(OutboxMessage.state == OutboxState.SENDING.value)
    if keep:
        query = query.where(
            or_(OutboxMessage.claimed_by.is_(None), OutboxMessage.claimed_by.not_in(keep))
        )
    return list(session.scalars(query))
