"""The copy-to-Sent states of a sent message (``outbox_message.sent_copy``).

Only ever on a row that is already "sent": none of these touches ``state``, so nothing here
can put a message back in the queue.  Each change is one guarded statement on
``sent_copy`` (``guards``); the bytes kept for the copy are dropped once it is in.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import NotFoundError, StateConflictError
from desktop.core.outbox import OutboxError, OutboxState
from desktop.storage.guards import guarded_update
from desktop.storage.outbox_queries import message_bytes
from desktop.storage.outbox_table import OutboxMessage

PENDING, DONE, FAILED = "pending", "done", "failed"


def pending_ids(session: Session) -> list[int]:
    """Sent messages whose copy is still to be made, oldest first."""
    query = (
        select(OutboxMessage.id)
        .where(OutboxMessage.state == OutboxState.SENT.value, OutboxMessage.sent_copy == PENDING)
        .order_by(OutboxMessage.sent_at, OutboxMessage.id)
    )
    return list(session.scalars(query))


def copy_bytes(session: Session, row_id: int) -> bytes:
    """The exact bytes that were sent (kept while the copy is pending)."""
    return message_bytes(session, row_id)


def _set(
    session: Session, row_id: int, allowed: tuple[str, ...], values: dict[str, object]
) -> OutboxMessage:
    try:
        guarded_update(
            session, OutboxMessage.id, row_id, OutboxMessage.sent_copy, allowed, values,
            kind="message",
        )  # fmt: skip
    except NotFoundError as exc:
        raise OutboxError(f"no outbox message {row_id}") from exc
    except StateConflictError as exc:
        raise OutboxError(f"copy of message {row_id} is {exc.current!r}") from exc
    row = session.get(OutboxMessage, row_id, populate_existing=True)
    assert row is not None
    return row


def mark_done(session: Session, row_id: int) -> OutboxMessage:
    """The copy is in the Sent folder: the bytes are no longer needed."""
    return _set(session, row_id, (PENDING,), {"sent_copy": DONE, "sent_copy_note": "", "raw": None})


def mark_failed(session: Session, row_id: int, note: str) -> OutboxMessage:
    """The copy failed: it waits for the user's retry (the e-mail stays "sent")."""
    return _set(session, row_id, (PENDING,), {"sent_copy": FAILED, "sent_copy_note": note})


def retry(session: Session, row_id: int) -> OutboxMessage:
    """The user asked to copy again."""
    return _set(session, row_id, (FAILED,), {"sent_copy": PENDING})
