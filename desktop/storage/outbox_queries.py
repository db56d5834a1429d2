"""Reads of the outbox: what is due, what the pane lists, and plain snapshots of rows.

Nothing here changes a row; the state machine is ``outbox``.  ``OutboxEntry`` snapshots carry
no message bytes, so they are safe to hand across threads (mailer → GUI).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.outbox import PENDING, OutboxEntry, OutboxError, OutboxState
from desktop.storage.outbox_table import OutboxMessage

#: Stored ``state`` values of rows waiting to go out.
PENDING_VALUES = tuple(s.value for s in PENDING)


#: The columns an ``OutboxEntry`` is made of (``outbox_wire`` has a statement return them).
ENTRY_FIELDS = (
    "id", "invoice_id", "invoice_number", "recipients", "subject", "message_id", "state",
    "attempts", "next_attempt_at", "last_reply", "last_step", "guidance", "created_at",
    "updated_at", "sent_at", "dismissed", "seen", "sent_copy", "sent_copy_note",
)  # fmt: skip


def entry_of(row: Any) -> OutboxEntry:
    """The snapshot of an ``OutboxMessage``, or of a result row with ``ENTRY_FIELDS``."""
    rcpt = row.recipients or {}
    return OutboxEntry(
        id=row.id,
        invoice_id=row.invoice_id,
        invoice_number=row.invoice_number,
        to=tuple(rcpt.get("to", ())),
        subject=row.subject,
        message_id=row.message_id,
        state=OutboxState(row.state),
        attempts=row.attempts,
        next_attempt_at=row.next_attempt_at,
        last_reply=row.last_reply,
        last_step=row.last_step,
        guidance=row.guidance,
        created_at=row.created_at,
        updated_at=row.updated_at,
        sent_at=row.sent_at,
        dismissed=bool(row.dismissed),
        seen=bool(row.seen),
        cc=tuple(rcpt.get("cc", ())),
        sent_copy=row.sent_copy or "",
        sent_copy_note=row.sent_copy_note or "",
    )


def get_row(session: Session, row_id: int) -> OutboxMessage:
    """The row, or ``OutboxError`` when it is gone (a stale id from the pane or the mailer)."""
    row = session.get(OutboxMessage, row_id)
    if row is None:
        raise OutboxError(f"no outbox message {row_id}")
    return row


def get_entry(session: Session, row_id: int) -> OutboxEntry:
    return entry_of(get_row(session, row_id))


def message_bytes(session: Session, row_id: int) -> bytes:
    """The stored message, from the row or from its file under the data dir."""
    raw, path = session.execute(
        select(OutboxMessage.raw, OutboxMessage.raw_path).where(OutboxMessage.id == row_id)
    ).one()
    if raw is not None:
        return bytes(raw)
    if path:
        return Path(path).read_bytes()
    raise OutboxError(f"message {row_id} has no content")


def pending_message(session: Session, row_id: int) -> tuple[bytes, dict[str, Any]] | None:
    """A due row's bytes and recipients; None when the user cancelled or resent it meanwhile."""
    row = session.get(OutboxMessage, row_id)
    if row is None or row.state not in PENDING_VALUES:
        return None
    return message_bytes(session, row_id), dict(row.recipients or {})


def due_ids(session: Session, now: datetime, limit: int = 1000) -> list[int]:
    query = (
        select(OutboxMessage.id)
        .where(
            OutboxMessage.state.in_(PENDING_VALUES),
            OutboxMessage.next_attempt_at <= now,
        )
        .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
        .limit(limit)
    )
    return list(session.scalars(query))


def next_due_at(session: Session) -> datetime | None:
    query = select(func.min(OutboxMessage.next_attempt_at)).where(
        OutboxMessage.state.in_(PENDING_VALUES)
    )
    return session.scalar(query)


def pending_count(session: Session) -> int:
    """Messages that will still go out: queued, retrying, or caught mid-send."""
    states = [*PENDING_VALUES, OutboxState.SENDING.value]
    query = select(func.count()).select_from(OutboxMessage).where(OutboxMessage.state.in_(states))
    return int(session.scalar(query) or 0)


def state_counts(session: Session) -> dict[OutboxState, int]:
    """How many rows are in each state (states without rows are left out)."""
    query = select(OutboxMessage.state, func.count()).group_by(OutboxMessage.state)
    return {OutboxState(state): int(count) for state, count in session.execute(query)}


def list_entries(session: Session, limit: int = 500) -> list[OutboxEntry]:
    """Visible (not dismissed) rows, newest first."""
    query = (
        select(OutboxMessage)
        .where(OutboxMessage.dismissed.is_(False))
        .order_by(OutboxMessage.id.desc())
        .limit(limit)
    )
    return [entry_of(row) for row in session.scalars(query)]


def sent_entries_for(session: Session, invoice_id: int, limit: int = 5) -> list[OutboxEntry]:
    """This invoice's messages the server accepted, newest first (dismissed rows too: the
    invoice was sent all the same)."""
    query = (
        select(OutboxMessage)
        .where(
            OutboxMessage.invoice_id == invoice_id,
            OutboxMessage.state == OutboxState.SENT.value,
        )
        .order_by(OutboxMessage.sent_at.desc(), OutboxMessage.id.desc())
        .limit(limit)
    )
    return [entry_of(row) for row in session.scalars(query)]
