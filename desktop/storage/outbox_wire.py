"""The two outbox changes around the wire, as bare statements on a connection.

The mailer makes them once per message, in series with the SMTP dialogue: "sending" just
before DATA and "sent" right after the final 250, each committed before the protocol goes
on.  Through a session each one was an UPDATE, a SELECT of the row to snapshot it, an ORM
flush of the invoice's event and the session's own bookkeeping, and building the statements
cost more than SQLite's work on them: about a fifth of a message's time against a loopback
server (``benchmarks/send_bench``).  Here each is one guarded ``UPDATE … RETURNING``, built
once with bound parameters, that hands back the snapshot, plus plain INSERTs of the events.
``outbox.mark_sending`` and ``outbox.mark_sent`` are these, in the caller's session.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, String, Table, Update, bindparam, func, insert, update
from sqlalchemy.engine import Connection

from desktop.core.errors import NotFoundError, StateConflictError
from desktop.core.outbox import OutboxEntry, OutboxError, OutboxState
from desktop.storage.actor import NAME_LENGTH
from desktop.storage.guards import guarded_returning
from desktop.storage.invoice_states import record_sent
from desktop.storage.models import InvoiceEvent
from desktop.storage.outbox_queries import ENTRY_FIELDS, PENDING_VALUES, entry_of
from desktop.storage.outbox_table import OutboxMessage

_TABLE: Table = OutboxMessage.__table__  # type: ignore[assignment]
_EVENT_TABLE: Table = InvoiceEvent.__table__  # type: ignore[assignment]
_EVENTS = insert(_EVENT_TABLE)
_SNAPSHOT = [_TABLE.c[name] for name in ENTRY_FIELDS]
_NOW = bindparam("b_now", type_=DateTime())

_SENDING = (
    update(_TABLE)
    .where(_TABLE.c.id == bindparam("b_id"), _TABLE.c.state.in_(PENDING_VALUES))
    .values(
        state=OutboxState.SENDING.value,
        updated_at=_NOW,
        attempts=_TABLE.c.attempts + 1,
        claimed_by=func.coalesce(bindparam("b_sender", type_=String()), _TABLE.c.claimed_by),
    )
    .returning(*_SNAPSHOT)
)


@functools.cache
def _sent(allowed: tuple[OutboxState, ...], keep_for_copy: bool, seen: bool | None) -> Update:
    values: dict[str, Any] = {
        "state": OutboxState.SENT.value, "updated_at": _NOW, "sent_at": _NOW,
        "last_reply": bindparam("b_reply", type_=String()), "guidance": "",
        "next_attempt_at": None,
    }  # fmt: skip
    values |= {"sent_copy": "pending"} if keep_for_copy else {"raw": None}
    if seen is not None:
        values["seen"] = seen
    guard = _TABLE.c.id == bindparam("b_id"), _TABLE.c.state.in_([s.value for s in allowed])
    return update(_TABLE).where(*guard).values(**values).returning(*_SNAPSHOT)


def _move(
    conn: Connection, statement: Update, row_id: int, wanted: OutboxState, **params: Any
) -> Any:
    with as_outbox_error(row_id):
        return guarded_returning(
            conn, statement, {"b_id": row_id, **params},
            table=_TABLE, record_id=row_id, wanted=wanted.value, kind="message",
        )  # fmt: skip


@contextmanager
def as_outbox_error(row_id: int) -> Iterator[None]:
    """A guarded statement's refusal, as the outbox's callers know it (``OutboxError``)."""
    try:
        yield
    except NotFoundError as exc:
        raise OutboxError(f"no outbox message {row_id}") from exc
    except StateConflictError as exc:
        raise OutboxError(f"message {row_id} is {exc.current}, not {exc.wanted}") from exc


def _events(
    conn: Connection, row: Any, when: datetime, user: str, kinds: list[tuple[str, str]]
) -> None:
    """The invoice's history (inserts, never a state change), naming who sent it."""
    if row.invoice_id is not None:
        who = user[:NAME_LENGTH]
        conn.execute(
            _EVENTS,
            [
                {"invoice_id": row.invoice_id, "kind": k, "detail": d, "at": when, "user": who}
                for k, d in kinds
            ],
        )


def sending(
    conn: Connection, row_id: int, now: datetime | None = None, *,
    sender: str | None = None, user: str = "",
) -> OutboxEntry:  # fmt: skip
    """Just before DATA (commit it right away): from here a crash leaves it "uncertain".
    ``sender`` (``outbox_claims``) marks whose message is on the wire; ``user`` is who sends
    it, for the invoice's history (``storage.actor``)."""
    now = now or datetime.now()
    row = _move(conn, _SENDING, row_id, OutboxState.SENDING, b_now=now, b_sender=sender or None)
    _events(conn, row, now, user, [("email_attempt", f"{row.attempts} {row.message_id}")])
    return entry_of(row)


def sent(
    conn: Connection, row_id: int, reply: str, now: datetime | None = None, *,
    allowed: tuple[OutboxState, ...] = (OutboxState.SENDING,), keep_for_copy: bool = False,
    seen: bool | None = None, user: str = "",
) -> OutboxEntry:  # fmt: skip
    """The final 250: the message is delivered; an issued invoice becomes "sent".

    ``keep_for_copy``: the bytes stay until the copy to the Sent folder is in (``outbox_copy``);
    else they are no longer needed, and the database stays small.
    """
    now = now or datetime.now()
    statement = _sent(tuple(allowed), keep_for_copy, seen)
    row = _move(conn, statement, row_id, OutboxState.SENT, b_now=now, b_reply=reply)
    recipients = ", ".join((row.recipients or {}).get("to", ()))
    kinds = [("email_sent", f"{recipients} {row.message_id}")]
    if row.invoice_id is not None and record_sent(conn, row.invoice_id, now):
        kinds.append(("sent", ""))
    _events(conn, row, now, user, kinds)
    return entry_of(row)
