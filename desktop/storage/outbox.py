"""The persistent outbox: one row per e-mail, and the state machine that moves it.

States (ARCHITECTURE.md "Sending mail")::

    queued ──► sending ──► sent                      (final 250)
      ▲  │        │
      │  │        ├──► retrying ──► (due) ──► sending   (4xx / network, attempts left)
      │  │        ├──► failed                          (5xx, or attempts used up)
      │  │        └──► uncertain                       (app died or was aborted mid-DATA)
      │  └──► cancelled                                (user)
      └── retry now / resend (user)

"sending" is committed just before DATA, so a row found in "sending" at start-up may or may
not have reached the recipient: it becomes "uncertain" and is never resent without the user.
Functions work in the caller's session; the caller commits.  The table is ``outbox_table``;
reads and ``OutboxEntry`` snapshots are ``outbox_queries``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.core.lifecycle import InvoiceStatus
from desktop.storage import invoices
from desktop.storage.models import Invoice
from desktop.storage.outbox_queries import PENDING_VALUES, get_row
from desktop.storage.outbox_table import OutboxMessage
from desktop.storage.outbox_types import PENDING, OutboxError, OutboxState


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
    inv = session.get(Invoice, invoice_id) if invoice_id is not None else None
    row = OutboxMessage(
        invoice_id=invoice_id,
        invoice_number=(inv.number or "") if inv is not None else "",
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
    if inv is not None:
        invoices.add_event(session, inv, "email_queued", ", ".join(to))
    session.flush()
    return row


def _invoice_event(session: Session, row: OutboxMessage, kind: str, detail: str) -> None:
    if row.invoice_id is None:
        return
    inv = session.get(Invoice, row.invoice_id)
    if inv is not None:
        invoices.add_event(session, inv, kind, detail)


def _touch(row: OutboxMessage, state: OutboxState, now: datetime) -> None:
    row.state = state.value
    row.updated_at = now


# -- the sender's transitions ------------------------------------------------------------------
def mark_sending(session: Session, row_id: int, now: datetime | None = None) -> OutboxMessage:
    """Just before DATA (commit it right away): from here a crash leaves it "uncertain"."""
    now = now or datetime.now()
    row = get_row(session, row_id)
    if row.state not in PENDING_VALUES:
        raise OutboxError(f"message {row_id} is {row.state}, not due")
    row.attempts += 1
    _touch(row, OutboxState.SENDING, now)
    _invoice_event(session, row, "email_attempt", f"{row.attempts} {row.message_id}")
    return row


def mark_sent(
    session: Session, row_id: int, reply: str, now: datetime | None = None
) -> OutboxMessage:
    """The final 250: the message is delivered; the invoice becomes "sent"."""
    now = now or datetime.now()
    row = get_row(session, row_id)
    _touch(row, OutboxState.SENT, now)
    row.sent_at = now
    row.last_reply = reply
    row.guidance = ""
    row.next_attempt_at = None
    row.raw = None  # the bytes are no longer needed; keep the database small
    recipients = ", ".join((row.recipients or {}).get("to", ()))
    _invoice_event(session, row, "email_sent", f"{recipients} {row.message_id}")
    if row.invoice_id is not None:
        inv = session.get(Invoice, row.invoice_id)
        if inv is not None and inv.status in (InvoiceStatus.ISSUED, InvoiceStatus.SENT):
            invoices.set_status(session, inv.id, InvoiceStatus.SENT)
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

    ``counted`` is False when ``mark_sending`` already counted this attempt.
    """
    now = now or datetime.now()
    row = get_row(session, row_id)
    if counted:
        row.attempts += 1
    row.last_reply, row.last_step, row.guidance = reply, step, guidance
    if retry_at is None:
        _touch(row, OutboxState.FAILED, now)
        row.next_attempt_at = None
        row.seen = False
        _invoice_event(session, row, "email_failed", f"{step}: {reply or guidance}")
    else:
        _touch(row, OutboxState.RETRYING, now)
        row.next_attempt_at = retry_at
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
    before DATA)."""
    now = now or datetime.now()
    row = get_row(session, row_id)
    _touch(row, OutboxState.QUEUED, now)
    row.next_attempt_at = now
    if reply or guidance:
        row.last_reply, row.guidance = reply, guidance
    return row


def mark_uncertain(
    session: Session, row_id: int, reason: str, now: datetime | None = None
) -> OutboxMessage:
    now = now or datetime.now()
    row = get_row(session, row_id)
    _touch(row, OutboxState.UNCERTAIN, now)
    row.next_attempt_at = None
    row.seen = False
    row.last_reply = reason
    _invoice_event(session, row, "email_uncertain", row.message_id)
    return row


def recover_after_crash(session: Session, now: datetime | None = None) -> list[int]:
    """At start-up: anything still "sending" died mid-DATA; never resend it automatically."""
    ids = list(
        session.scalars(
            select(OutboxMessage.id).where(OutboxMessage.state == OutboxState.SENDING.value)
        )
    )
    for row_id in ids:
        mark_uncertain(session, row_id, "interrupted", now)
    return ids


# -- the user's transitions --------------------------------------------------------------------
def retry_now(session: Session, row_id: int, now: datetime | None = None) -> OutboxMessage:
    """Retry a waiting or failed message now, or resend an uncertain one (user's choice)."""
    now = now or datetime.now()
    row = get_row(session, row_id)
    allowed = {OutboxState.RETRYING, OutboxState.FAILED, OutboxState.UNCERTAIN, OutboxState.QUEUED}
    if OutboxState(row.state) not in allowed:
        raise OutboxError(f"cannot retry a {row.state} message")
    if row.raw is None and not row.raw_path:
        raise OutboxError(f"message {row_id} has no content")
    if row.state in (OutboxState.FAILED, OutboxState.UNCERTAIN):
        row.attempts = 0
        _invoice_event(session, row, "email_resend", row.message_id)
    _touch(row, OutboxState.QUEUED, now)
    row.next_attempt_at = now
    row.seen = True
    return row


def cancel(session: Session, row_id: int, now: datetime | None = None) -> OutboxMessage:
    row = get_row(session, row_id)
    if OutboxState(row.state) in (OutboxState.SENT, OutboxState.SENDING, OutboxState.CANCELLED):
        raise OutboxError(f"cannot cancel a {row.state} message")
    _touch(row, OutboxState.CANCELLED, now or datetime.now())
    row.next_attempt_at = None
    row.seen = True
    _invoice_event(session, row, "email_cancelled", row.message_id)
    return row


def mark_sent_manually(session: Session, row_id: int, now: datetime | None = None) -> OutboxMessage:
    """The user checked (e.g. in the sent folder) that an uncertain message did arrive."""
    row = get_row(session, row_id)
    if row.state != OutboxState.UNCERTAIN.value:
        raise OutboxError(f"only an uncertain message can be marked sent, not {row.state}")
    row.seen = True
    return mark_sent(session, row_id, "marked as sent by the user", now)


def dismiss(session: Session, row_id: int) -> OutboxMessage:
    row = get_row(session, row_id)
    if OutboxState(row.state) in (*PENDING, OutboxState.SENDING):
        raise OutboxError(f"cannot dismiss a {row.state} message")
    row.dismissed = True
    row.seen = True
    return row


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
