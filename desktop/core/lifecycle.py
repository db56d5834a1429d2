"""Invoice states and the transitions the law and the user allow.

An issued invoice is a tax document: its content is locked; only payment state, notes and
sending change afterwards.  Corrections go through a credit note, never an edit.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum


class InvoiceStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    SENT = "sent"
    PAID = "paid"
    CANCELLED = "cancelled"


class DocumentKind(StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"
    PROFORMA = "proforma"


_ALLOWED: dict[InvoiceStatus, frozenset[InvoiceStatus]] = {
    InvoiceStatus.DRAFT: frozenset({InvoiceStatus.ISSUED, InvoiceStatus.CANCELLED}),
    InvoiceStatus.ISSUED: frozenset(
        {InvoiceStatus.SENT, InvoiceStatus.PAID, InvoiceStatus.CANCELLED}
    ),
    InvoiceStatus.SENT: frozenset(
        {InvoiceStatus.PAID, InvoiceStatus.CANCELLED, InvoiceStatus.SENT}
    ),
    # Un-paying (a payment reversed) goes back to issued; sending a paid invoice again keeps
    # it paid, so PAID -> SENT is not a transition.
    InvoiceStatus.PAID: frozenset({InvoiceStatus.ISSUED}),
    InvoiceStatus.CANCELLED: frozenset(),
}


class TransitionError(ValueError):
    """The requested change would break the document's legal state."""


def check_transition(current: InvoiceStatus, target: InvoiceStatus) -> None:
    if target not in _ALLOWED[current]:
        raise TransitionError(f"{current.value}->{target.value}")


def sources(target: InvoiceStatus) -> frozenset[InvoiceStatus]:
    """The states ``target`` may be reached from: the guard of its one UPDATE statement."""
    return frozenset(state for state, targets in _ALLOWED.items() if target in targets)


def is_editable(status: InvoiceStatus) -> bool:
    return status is InvoiceStatus.DRAFT


def is_overdue(status: InvoiceStatus, due: date | None, today: date) -> bool:
    """Overdue is derived, not stored: an unpaid issued or sent invoice past its due date."""
    return due is not None and due < today and status in (InvoiceStatus.ISSUED, InvoiceStatus.SENT)
