"""The invoice list's query: search, status filter, sort, and pages of plain rows.

Rows are tuples, not ORM objects, so 100,000 invoices scroll without loading lines.  On SQLite
the search goes through the FTS5 trigram index from migration 0002 (one frame at 100k rows);
terms shorter than three characters, and other engines, fall back to LIKE.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, column, func, or_, select, table, text
from sqlalchemy.engine import Engine

from desktop.core.lifecycle import InvoiceStatus
from desktop.storage.models import Invoice

OVERDUE = "overdue"  # a derived filter, not a stored status


@dataclass(frozen=True)
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


SORT_COLUMNS = {
    "number": Invoice.number,
    "client": func.lower(Invoice.client_name),
    "issue_date": Invoice.issue_date,
    "due_date": Invoice.due_date,
    "total": Invoice.total_cents,
    "status": Invoice.status,
}

_fts = table("invoice_search", column("rowid"), column("body"))


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _search_terms(query: str) -> list[str]:
    terms = query.split()
    # "1 234,56" typed with a space is one amount, as the list shows it.
    if len(terms) > 1 and all(t.replace(",", "").replace(".", "").isdigit() for t in terms):
        return ["".join(terms)]
    return terms


def build_query(
    engine: Engine,
    search: str = "",
    status: str = "",
    sort: str = "issue_date",
    descending: bool = True,
    today: date | None = None,
) -> Select[Any]:
    query: Select[Any] = select(
        Invoice.id,
        Invoice.number,
        Invoice.client_name,
        Invoice.issue_date,
        Invoice.due_date,
        Invoice.total_gross,
        Invoice.currency,
        Invoice.status,
        Invoice.kind,
    )
    if status == OVERDUE:
        query = query.where(
            Invoice.status.in_([InvoiceStatus.ISSUED.value, InvoiceStatus.SENT.value]),
            Invoice.due_date < (today or date.today()),
        )
    elif status:
        query = query.where(Invoice.status == status)
    terms = _search_terms(search.strip().lower())
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    if long_terms and engine.dialect.name == "sqlite":
        match = " AND ".join(_fts_phrase(t) for t in long_terms)
        ids = select(_fts.c.rowid).where(text("invoice_search MATCH :match")).params(match=match)
        query = query.where(Invoice.id.in_(ids.scalar_subquery()))
    else:
        short_terms = terms
    for term in short_terms:
        like = f"%{term}%"
        query = query.where(
            or_(
                func.lower(func.coalesce(Invoice.number, "")).like(like),
                func.lower(Invoice.client_name).like(like),
            )
        )
    order = SORT_COLUMNS.get(sort, Invoice.issue_date)
    primary = order.desc() if descending else order.asc()
    tie = Invoice.id.desc() if descending else Invoice.id.asc()
    return query.order_by(primary, tie)


def fetch_rows(engine: Engine, query: Select[Any], offset: int, limit: int) -> list[InvoiceRow]:
    with engine.connect() as conn:
        result = conn.execute(query.offset(offset).limit(limit))
        return [InvoiceRow(*row) for row in result]


def count_rows(engine: Engine, query: Select[Any]) -> int:
    with engine.connect() as conn:
        counted = select(func.count()).select_from(query.order_by(None).subquery())
        return int(conn.execute(counted).scalar_one())


def has_any_invoice(engine: Engine) -> bool:
    with engine.connect() as conn:
        return conn.execute(select(Invoice.id).limit(1)).first() is not None


__all__ = ["OVERDUE", "InvoiceRow", "and_", "build_query", "count_rows", "fetch_rows"]
