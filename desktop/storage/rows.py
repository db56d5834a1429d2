"""One invoice-list row as plain values, shared by the SQLAlchemy query and the fast path."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

OVERDUE = "overdue"  # a derived list filter, not a stored status


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    id: int
    number: str | None
    client_name: str
    issue_date: date
    due_date: date | None
    total: Decimal
    currency: str
    status: str
    kind: str
