"""One invoice-list row as plain values, and the one definition of what a row holds.

The list's SQLAlchemy query (``storage.invoice_queries``) and the start-up fast path
(``storage.fastpath``, plain ``sqlite3``) both select ``LIST_COLUMNS`` in ``DEFAULT_ORDER`` and
build rows with ``row_of``, so the first screen and every later page agree by construction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

OVERDUE = "overdue"  # a derived list filter, not a stored status

#: The ``invoice`` columns behind ``InvoiceRow``'s fields, in field order.
LIST_COLUMNS = (
    "id", "number", "client_name", "issue_date", "due_date", "total_gross", "currency",
    "status", "kind",
)  # fmt: skip
#: The list's default order: issue date, newest first, ties by id.
DEFAULT_ORDER = (("issue_date", True), ("id", True))


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


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def row_of(values: Sequence[Any]) -> InvoiceRow:
    """A row from ``LIST_COLUMNS`` values, typed (SQLAlchemy) or as SQLite stores them."""
    id_, number, client, issued, due, total, currency, status, kind = values
    issue_date = _date(issued)
    assert issue_date is not None  # the column is NOT NULL
    return InvoiceRow(
        int(id_), number, client, issue_date, _date(due), Decimal(total), currency, status, kind
    )
