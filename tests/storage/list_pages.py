"""Walking the invoice list page by page the way the window does (keyset paging)."""

from __future__ import annotations

from desktop.storage.database import Database
from desktop.storage.invoice_queries import build_query, fetch_rows


def keyset_ids(db: Database, search: str, descending: bool, page: int = 2) -> list[int]:
    """The ids of every page, each continuing after the last row of the one before."""
    seen: list[int] = []
    last = None
    while True:
        after = (last.issue_date, last.id) if last is not None else None
        query = build_query(db.engine, search, descending=descending, after=after)
        rows = fetch_rows(db.engine, query, 0, page)
        if not rows:
            return seen
        seen += [row.id for row in rows]
        last = rows[-1]
