"""The persistent outbox: one row per e-mail, and the state machine that moves it.

States (ARCHITECTURE.md "Sending mail")::

    queued ──► sending ──► sent                      (final 250)
      ▲  │        │
      │  │        ├──► retrying ──► (due) ──► sending   (4xx / network before the data's end)
      │  │        ├──► failed                          (5xx, or attempts used up)
      │  │        ├──► queued                          (stopped before the data's end)
      │  │        └──► uncertain                       (data out, no reply; app died)
      │  └──► cancelled                                (user)
      └── retry now / resend (user)

"sending" is committed just before DATA, so a row found in "sending" at start-up may or may
not have reached the recipient: it becomes "uncertain" and is never resent without the user.
The same holds for a message whose data went out in full and whose reply never came (a
timeout, a hang-up, our abort): the server may have stored it, so only the user resends it.
Every arrow is one guarded UPDATE (``guards``): a user's Cancel and the mailer's claim race
in the database, and exactly one of them wins; the loser gets ``OutboxError``.
Functions work in the caller's session; the caller commits.  The table is ``outbox_table``;
reads and ``OutboxEntry`` snapshots are ``outbox_queries``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import case, select, update
from sqlalchemy.orm import Session

from desktop.core.outbox import PENDING, OutboxError, OutboxState
from desktop.storage import outbox_wire
from desktop.storage.actor import actor
from desktop.storage.guards import guarded_update
from desktop.storage.invoices import add_event
from desktop.storage.models import Invoice
from desktop.storage.outbox_claims import orphaned_sending
from desktop.storage.outbox_table import OutboxMessage


# -- creating ---------------------------------------------------------------------------------
def enqueue(
    session: Session,
    *,
    invoice_id: int | None,
    to: Sequence[str],
    subject: str,
    message_id: str,
    raw: bytes,
    cc: Sequence[str] = (),
    bcc: Sequence[str] = (),
    envelope_from: str = "",
    envelope_to: Sequence[str] = (),
    now: datetime | None = None,
) -> OutboxMessage:
    """Add a ready message; due immediately.

    ``raw`` is either the wire form (Bcc removed) together with ``envelope_from`` and
    ``envelope_to``, sent byte for byte, or a whole message whose headers give the envelope.
    """
    now = now or datetime.now()
    number = None
    if invoice_id is not None:
        number = session.scalar(select(Invoice.number).where(Invoice.id == invoice_id))
    row = OutboxMessage(
        invoice_id=invoice_id,
        invoice_number=number or "",
        recipients={
            "to": list(to),
            "cc": list(cc),
            "bcc": list(bcc),
            "from": envelope_from,
            "envelope": list(envelope_to),
        },
        subject=subject,
        message_id=message_id,
        raw=raw,
        size=len(raw),
        state=OutboxState.QUEUED.value,
        attempts=0,
        next_attempt_at=now,
        created_at=now,
        updated_at=now,
        dismissed=False,
        seen=True,
    )
    session.add(row)
    session.flush()
    if invoice_id is not None:
        add_event(session, invoice_id, "email_queued", ", ".join(to))
    return row


_ALL_PENDING = tuple(PENDING)
_NOT_FINISHED = (*PENDING, OutboxState.SENDING)


def _move(
    session: Session,
    row_id: int,
    allowed: tuple[OutboxState, ...],
    target: OutboxState | None,
    now: datetime | None = None,
    **values: Any,
) -> OutboxMessage:
    """The guarded statement behind every arrow; returns the row as it is now."""
    if target is not None:
        values |= {"state": target.value, "updated_at": now or datetime.now()}
    with outbox_wire.as_outbox_error(row_id):
        guarded_update(
            session, OutboxMessage.id, row_id, OutboxMessage.state, allowed, values, kind="message"
        )
    return _current(session, row_id)


def _invoice_event(session: Session, row: OutboxMessage, kind: str, detail: str) -> None:
    if row.invoice_id is not None:
        add_event(session, row.invoice_id, kind, detail)


# -- the sender's transitions ------------------------------------------------------------------
def mark_sending(
    session: Session, row_id: int, now: datetime | None = None, *, sender: str | None = None
) -> OutboxMessage:
    """Just before DATA (commit it right away): from here a crash leaves it "uncertain".
    ``sender`` (``outbox_claims``) marks whose message is on the wire.  The statements are
    ``outbox_wire.sending``, in this session."""
    session.flush()  # the session's own changes first, as its statements would
    conn = session.connection()
    outbox_wire.sending(conn, row_id, now, sender=sender, user=actor(session))
    return _current(session, row_id)


def mark_sent(
    session: Session, row_id: int, reply: str, now: datetime | None = None, *,
    allowed: tuple[OutboxState, ...] = (OutboxState.SENDING,), keep_for_copy: bool = False,
) -> OutboxMessage:  # fmt: skip
    """The final 250: the message is delivered; an issued invoice becomes "sent"
    (``outbox_wire.sent``, in this session)."""
    session.flush()
    outbox_wire.sent(
        session.connection(), row_id, reply, now,
        allowed=allowed, keep_for_copy=keep_for_copy, user=actor(session),
    )  # fmt: skip
    return _current(session, row_id)


def _current(session: Session, row_id: int) -> OutboxMessage:
    row = session.get(OutboxMessage, row_id, populate_existing=True)
    assert row is not None  # a statement just matched it
    return row


def mark_failed_attempt(
    session: Session,
    row_id: int,
    *,
    counted: bool,
    retry_at: datetime | None,
    reply: str,
    step: str,
    guidance: str,
    now: datetime | None = None,
) -> OutboxMessage:
    """A failed attempt: retrying at ``retry_at``, or failed for good when it is None.

    ``counted`` is False when ``mark_sending`` already counted this attempt (the row is
    "sending"); True for an attempt that failed before DATA (the row is still due).
    """
    allowed = _ALL_PENDING if counted else (OutboxState.SENDING,)
    values: dict[str, Any] = {"last_reply": reply, "last_step": step, "guidance": guidance}
    if counted:
        values["attempts"] = OutboxMessage.attempts + 1
    if retry_at is None:
        row = _move(
            session, row_id, allowed, OutboxState.FAILED, now,
            next_attempt_at=None, seen=False, **values,
        )  # fmt: skip
        _invoice_event(session, row, "email_failed", f"{step}: {reply or guidance}")
    else:
        row = _move(
            session, row_id, allowed, OutboxState.RETRYING, now, next_attempt_at=retry_at, **values
        )
        _invoice_event(session, row, "email_retrying", f"{step}: {reply or guidance}")
    return row


def requeue(
    session: Session,
    row_id: int,
    *,
    reply: str = "",
    guidance: str = "",
    now: datetime | None = None,
) -> OutboxMessage:
    """Back to the queue without spending an attempt (the queue paused, or we were stopped
    before the end of the data, so the server cannot have the message)."""
    now = now or datetime.now()
    values: dict[str, Any] = {"next_attempt_at": now}
    if reply or guidance:
        values |= {"last_reply": reply, "guidance": guidance}
    return _move(session, row_id, _NOT_FINISHED, OutboxState.QUEUED, now, **values)


def mark_uncertain(
    session: Session, row_id: int, reason: str, now: datetime | None = None
) -> OutboxMessage:
    """The data went out and no reply came (or we died in DATA): the server may have the
    message, so nothing resends it but the user."""
    row = _move(
        session, row_id, (OutboxState.SENDING,), OutboxState.UNCERTAIN, now,
        next_attempt_at=None, seen=False, last_reply=reason,
    )  # fmt: skip
    _invoice_event(session, row, "email_uncertain", row.message_id)
    return row


def recover_after_crash(
    session: Session, now: datetime | None = None, *, sender: str | None = None
) -> list[int]:
    """A message still "sending" whose sender died (at start-up: any but a live team
    member's, ``outbox_claims``) may have gone out mid-DATA: never resend it automatically."""
    recovered = []
    for row_id in orphaned_sending(session, sender):
        try:
            mark_uncertain(session, row_id, "interrupted", now)
        except OutboxError:
            continue  # another sender on the same books finished it meanwhile
        recovered.append(row_id)
    return recovered


# -- the user's transitions --------------------------------------------------------------------
def retry_now(session: Session, row_id: int, now: datetime | None = None) -> OutboxMessage:
    """Retry a waiting or failed message now, or resend an uncertain one (user's choice).

    A failed or uncertain message starts its attempts again; either way the message must
    still have its bytes (they are dropped once it is sent).
    """
    now = now or datetime.now()
    has_content = (OutboxMessage.raw.is_not(None)) | (OutboxMessage.raw_path.is_not(None))
    again = (OutboxState.FAILED.value, OutboxState.UNCERTAIN.value)
    statement = (
        update(OutboxMessage)
        .where(
            OutboxMessage.id == row_id,
            OutboxMessage.state.in_([*again, *PENDING]),
            has_content,
        )
        .values(
            attempts=case((OutboxMessage.state.in_(again), 0), else_=OutboxMessage.attempts),
            state=OutboxState.QUEUED.value,
            updated_at=now,
            next_attempt_at=now,
            seen=True,
        )
        .returning(OutboxMessage.attempts)
        .execution_options(synchronize_session=False)
    )
    restarted = session.execute(statement).scalar()
    if restarted is None:
        current = session.scalar(select(OutboxMessage.state).where(OutboxMessage.id == row_id))
        raise OutboxError(f"cannot retry message {row_id} ({current or 'gone'})")
    row = session.get(OutboxMessage, row_id, populate_existing=True)
    assert row is not None
    if restarted == 0:
        _invoice_event(session, row, "email_resend", row.message_id)
    return row


def cancel(session: Session, row_id: int, now: datetime | None = None) -> OutboxMessage:
    """The user's Cancel: wins only if the mailer has not claimed the message for DATA."""
    row = _move(
        session, row_id, (*PENDING, OutboxState.FAILED, OutboxState.UNCERTAIN),
        OutboxState.CANCELLED, now, next_attempt_at=None, seen=True,
    )  # fmt: skip
    _invoice_event(session, row, "email_cancelled", row.message_id)
    return row


def mark_sent_manually(session: Session, row_id: int, now: datetime | None = None) -> OutboxMessage:
    """The user checked (e.g. in the sent folder) that an uncertain message did arrive."""
    outbox_wire.sent(
        session.connection(), row_id, "marked as sent by the user", now,
        allowed=(OutboxState.UNCERTAIN,), seen=True, user=actor(session),
    )  # fmt: skip
    return _current(session, row_id)


def dismiss(session: Session, row_id: int) -> OutboxMessage:
    finished = (OutboxState.SENT, OutboxState.FAILED, OutboxState.CANCELLED, OutboxState.UNCERTAIN)
    return _move(session, row_id, finished, None, dismissed=True, seen=True)


def mark_seen(session: Session, row_ids: Sequence[int]) -> None:
    if row_ids:
        session.execute(
            update(OutboxMessage).where(OutboxMessage.id.in_(list(row_ids))).values(seen=True)
        )


def wake_retrying(session: Session, now: datetime | None = None) -> int:
    """The network came back: messages waiting for a retry are due now."""
    now = now or datetime.now()
    result = session.execute(
        update(OutboxMessage)
        .where(
            OutboxMessage.state == OutboxState.RETRYING.value,
            OutboxMessage.next_attempt_at > now,
        )
        .values(next_attempt_at=now)
    )
    return int(getattr(result, "rowcount", 0) or 0)
