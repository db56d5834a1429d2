"""The invoice list's query: search, status filter, sort, and pages of plain rows.

Rows are tuples, not ORM objects, so 100,000 invoices scroll without loading lines.  On SQLite
the search goes through the FTS5 trigram index (substrings of three or more characters) and a
word-prefix index for shorter terms ("ab" finds "Abra UAB"); on PostgreSQL the same through
the stored columns of migration 0013 (``server_search``).

Both indexes use the list key (``list_key``) as their rowid since migration 0005, so in the
default order (by issue date) FTS5 hands over matches already sorted and the first page of a
search that matches half the books costs a few hundred index steps instead of a sort.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import (
    Select,
    and_,
    column,
    exists,
    func,
    literal_column,
    select,
    table,
    text,
    tuple_,
)
from sqlalchemy.engine import Engine

from desktop.core.lifecycle import InvoiceStatus
from desktop.core.listing import LIST_COLUMNS, OVERDUE, InvoiceRow, row_of
from desktop.storage import server_search
from desktop.storage.models import Invoice

SORT_COLUMNS = {
    "number": Invoice.number,
    "client": func.lower(Invoice.client_name),
    "issue_date": Invoice.issue_date,
    "due_date": Invoice.due_date,
    "total": Invoice.total_cents,
    "status": Invoice.status,
}

_TRIGRAMS = "invoice_search"  # substrings of three or more characters
_WORDS = "invoice_words"  # word prefixes of one or two characters
_ID_BITS = 32
_ID_MASK = (1 << _ID_BITS) - 1
_EPOCH = date(1970, 1, 1)


def list_key(issue_date: date, invoice_id: int) -> int:
    """The rowid of an invoice in the search indexes: issue-date order, ties by id.

    The same formula as the SQL of migration 0005, which the triggers evaluate.
    """
    return ((issue_date - _EPOCH).days << _ID_BITS) + invoice_id


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _fts_prefix(term: str) -> str:
    return _fts_phrase(term) + "*"


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
    after: tuple[date, int] | None = None,
) -> Select[Any]:
    """The list's query.  ``after`` (issue date, id of the last row shown) continues the
    default order from there (keyset paging: a page deep in a million invoices costs what
    the first does, where OFFSET would step over every row before it); other sorts page by
    offset and ignore it."""
    columns = [getattr(Invoice, name) for name in LIST_COLUMNS]
    query: Select[Any] = select(*columns)  # type: ignore[assignment]  # 2.1's variadic Select
    if status == OVERDUE:
        query = query.where(
            Invoice.status.in_([InvoiceStatus.ISSUED.value, InvoiceStatus.SENT.value]),
            Invoice.due_date < (today or date.today()),
        )
    elif status:
        query = query.where(Invoice.status == status)
    wanted = query.whereclause  # the status, for the server's estimate below
    terms = _search_terms(search.strip().lower())
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    order = SORT_COLUMNS.get(sort, Invoice.issue_date)
    primary = order.desc() if descending else order.asc()
    tie = Invoice.id.desc() if descending else Invoice.id.asc()
    if (
        sort == "issue_date"
        and after is not None
        and (not terms or engine.dialect.name != "sqlite")
    ):
        key, last = tuple_(Invoice.issue_date, Invoice.id), tuple_(*after)
        query = query.where(key < last if descending else key > last)
    if not terms:
        return query.order_by(primary, tie)
    if engine.dialect.name != "sqlite":
        where = server_search.conditions(terms)
        query = query.where(*where)
        estimated = where if wanted is None else [wanted, *where]
        if sort == "issue_date" and server_search.sparse(engine, estimated):
            return server_search.matches_then_order(query, descending)
        return query.order_by(primary, tie)
    # One index drives the query in list-key order; with both kinds of term, the word index
    # is probed for each candidate row (an IN list of its matches could be the whole book).
    if long_terms:
        driver, match = _TRIGRAMS, [_fts_phrase(t) for t in long_terms]
    else:
        driver, match = _WORDS, [_fts_prefix(t) for t in short_terms]
    keys = table(driver, column("rowid")).alias("m")
    invoice_id = keys.c.rowid.op("&")(literal_column(str(_ID_MASK)))
    query = query.select_from(keys).join(Invoice, Invoice.id == invoice_id)
    query = query.where(text(f"{driver} MATCH :match")).params(match=" AND ".join(match))
    if long_terms and short_terms:
        words = table(_WORDS, column("rowid"))
        query = query.where(
            exists()
            .where(text(f"{_WORDS} MATCH :words"), words.c.rowid == keys.c.rowid)
            .correlate(keys)
        ).params(words=" AND ".join(_fts_prefix(t) for t in short_terms))
    if sort == "issue_date":
        if after is not None:
            last_key = list_key(*after)
            query = query.where(keys.c.rowid < last_key if descending else keys.c.rowid > last_key)
        return query.order_by(keys.c.rowid.desc() if descending else keys.c.rowid.asc())
    return query.order_by(primary, tie)


def fetch_rows(engine: Engine, query: Select[Any], offset: int, limit: int) -> list[InvoiceRow]:
    with engine.connect() as conn:
        result = conn.execute(query.offset(offset).limit(limit))
        return [row_of(row) for row in result]


def fetch_by_ids(engine: Engine, ids: list[int]) -> list[InvoiceRow]:
    """The list rows of these invoices (those that still exist), in no particular order."""
    columns = [getattr(Invoice, name) for name in LIST_COLUMNS]
    with engine.connect() as conn:
        result = conn.execute(select(*columns).where(Invoice.id.in_(ids)))
        return [row_of(row) for row in result]


def count_rows(engine: Engine, query: Select[Any]) -> int:
    with engine.connect() as conn:
        counted = select(func.count()).select_from(query.order_by(None).subquery())
        return int(conn.execute(counted).scalar_one())


def has_any_invoice(engine: Engine) -> bool:
    with engine.connect() as conn:
        return conn.execute(select(Invoice.id).limit(1)).first() is not None


__all__ = [
    "OVERDUE", "InvoiceRow", "and_", "build_query", "count_rows", "fetch_by_ids", "fetch_rows",
    "list_key",
]  # fmt: skip
