"""The invoice list's query: search, status filter, sort, and pages of plain rows.

Rows are tuples, not ORM objects, so 100,000 invoices scroll without loading lines.  On SQLite
the search goes through the FTS5 trigram index from migration 0002 (one frame at 100k rows);
terms shorter than three characters match the start of a word through the prefix index of
migration 0004 (a substring scan of 100k rows would take several frames); other engines fall
back to LIKE.

Sorting a large match set is the slow part ("paid" matches half the books), so in the default
order (by issue date) a page is first looked for among the most recent matches in id order,
which FTS5 yields lazily; the page is used only when no older id could sort before its last
row (ids follow issue order in practice), otherwise the full query runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, column, func, or_, select, table, text
from sqlalchemy.engine import Engine

from desktop.core.lifecycle import InvoiceStatus
from desktop.storage.models import Invoice
from desktop.storage.rows import OVERDUE, InvoiceRow

SORT_COLUMNS = {
    "number": Invoice.number,
    "client": func.lower(Invoice.client_name),
    "issue_date": Invoice.issue_date,
    "due_date": Invoice.due_date,
    "total": Invoice.total_cents,
    "status": Invoice.status,
}

_TRIGRAMS = "invoice_search"  # substrings of three or more characters (0002)
_WORDS = "invoice_words"  # word prefixes of one or two characters (0004)
_RECENT_PLAN = "faktura_recent_matches"
_FIRST_CANDIDATES = 400
_MAX_CANDIDATES = 25_000


def _probes(fts: str, descending: bool) -> tuple[str, str]:
    """(the k-th newest match, an older row issued later than a date) as raw SQL."""
    if descending:
        return (
            f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            "SELECT 1 FROM invoice WHERE id < ? AND issue_date > ? LIMIT 1",
        )
    return (
        f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid ASC LIMIT 1 OFFSET ?",
        "SELECT 1 FROM invoice WHERE id > ? AND issue_date < ? LIMIT 1",
    )


def _matching_ids(fts: str, param: str) -> Any:
    index = table(fts, column("rowid"))
    return select(index.c.rowid).where(text(f"{fts} MATCH :{param}"))


@dataclass(frozen=True)
class _RecentMatches:
    """How to find a page among the newest matches first (see the module docstring)."""

    base: Select[Any]  # the list query without this full-text condition
    fts: str
    match: str
    params: dict[str, str]  # bound values the base query needs
    descending: bool


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
) -> Select[Any]:
    query: Select[Any] = select(  # type: ignore[assignment]  # SQLAlchemy 2.1's variadic Select
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
    order = SORT_COLUMNS.get(sort, Invoice.issue_date)
    primary = order.desc() if descending else order.asc()
    tie = Invoice.id.desc() if descending else Invoice.id.asc()
    if engine.dialect.name != "sqlite":
        for term in terms:
            like = f"%{term}%"
            number = func.lower(func.coalesce(Invoice.number, ""))
            query = query.where(or_(number.like(like), func.lower(Invoice.client_name).like(like)))
        return query.order_by(primary, tie)
    # Each index is used once, with all of its terms ANDed into one MATCH expression.
    conditions = []
    if long_terms:
        match = " AND ".join(_fts_phrase(t) for t in long_terms)
        conditions.append((_TRIGRAMS, "match", match))
    if short_terms:
        match = " AND ".join(_fts_prefix(t) for t in short_terms)
        conditions.append((_WORDS, "words", match))
    params = {param: match for _fts, param, match in conditions}
    base = query
    for fts, param, _match in conditions[1:]:
        base = base.where(Invoice.id.in_(_matching_ids(fts, param).scalar_subquery()))
    for fts, param, _match in conditions:
        query = query.where(Invoice.id.in_(_matching_ids(fts, param).scalar_subquery()))
    query = query.order_by(primary, tie).params(**params)
    if conditions and sort == "issue_date":
        fts, _param, match = conditions[0]
        plan = _RecentMatches(base.order_by(primary, tie), fts, match, params, descending)
        query = query.execution_options(**{_RECENT_PLAN: plan})
    return query


def _from_recent_matches(conn: Any, plan: _RecentMatches, need: int) -> list[Any] | None:
    """The first ``need`` rows if they can be proven from the newest matches, else None.

    FTS5 walks a match list in id order lazily and seeks on id ranges, so the ``k`` newest
    matches cost about ``k`` steps, not the whole list.  Their best ``need`` rows are the
    answer when no row older than the ``k``-th match (by id) was issued later than the last
    of them.  Raw SQL for the two probes: they run on every keystroke.
    """
    edge_sql, sooner_sql = _probes(plan.fts, plan.descending)
    candidates = max(_FIRST_CANDIDATES, 2 * need)
    while candidates <= _MAX_CANDIDATES:
        edge = conn.exec_driver_sql(edge_sql, (plan.match, candidates - 1)).scalar()
        if edge is None:  # fewer matches than candidates: the full query is cheap
            return None
        index = table(plan.fts, column("rowid"))
        newer = Invoice.id >= edge if plan.descending else Invoice.id <= edge
        fts_newer = index.c.rowid >= edge if plan.descending else index.c.rowid <= edge
        ids = select(index.c.rowid).where(text(f"{plan.fts} MATCH :recent"), fts_newer)
        query = plan.base.where(newer, Invoice.id.in_(ids.scalar_subquery()))
        rows = list(conn.execute(query.limit(need), {**plan.params, "recent": plan.match}))
        if len(rows) == need:
            last_date = rows[-1][3].isoformat()
            if conn.exec_driver_sql(sooner_sql, (edge, last_date)).first() is None:
                return rows
        candidates *= 4
    return None


def fetch_rows(engine: Engine, query: Select[Any], offset: int, limit: int) -> list[InvoiceRow]:
    plan = query.get_execution_options().get(_RECENT_PLAN)
    with engine.connect() as conn:
        if isinstance(plan, _RecentMatches):
            rows = _from_recent_matches(conn, plan, offset + limit)
            if rows is not None:
                return [InvoiceRow(*row) for row in rows[offset:]]
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
