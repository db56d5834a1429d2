"""The invoice list's reads: pages of plain rows for a search, a status and a sort.

While start-up paints its first screen, the books may not have loaded SQLAlchemy yet; the
default view's first page, "is there any invoice" and "is the company set up" are then read
with ``sqlite3`` (``storage.fastpath``).  Every other read goes through the list query of
``storage.invoice_queries``.  This module imports neither at load time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.core.listing import InvoiceRow
from desktop.services.database import Books, classified
from desktop.storage import fastpath


@dataclass(frozen=True)
class ListView:
    """What the list shows: its search, status filter and sort (opaque query inside)."""

    search: str = ""
    status: str = ""
    sort: str = "issue_date"
    descending: bool = True
    today: date = field(default_factory=date.today)

    @property
    def is_default(self) -> bool:
        return not self.search and not self.status and self.sort == "issue_date" and self.descending


class InvoiceListService:
    def __init__(self, books: Books) -> None:
        self._books = books
        self._compiled: tuple[ListView, Any] | None = None

    def page(
        self, view: ListView, offset: int, limit: int, after: InvoiceRow | None = None
    ) -> list[InvoiceRow]:
        """``limit`` rows from ``offset``; ``after`` (the last row of the page before) lets
        the default order continue from that row instead of counting ``offset`` rows."""
        file = self._books.fast_file
        if file is not None and offset == 0 and view.is_default:
            return fastpath.first_invoice_rows(file, limit)
        from desktop.storage.invoice_queries import build_query, fetch_rows

        with classified():
            engine = self._books.database.engine
            if after is not None and view.sort == "issue_date":
                query = build_query(
                    engine, view.search, view.status, view.sort, view.descending, view.today,
                    after=(after.issue_date, after.id),
                )  # fmt: skip
                return fetch_rows(engine, query, 0, limit)
            return fetch_rows(engine, self._query(view), offset, limit)

    def count(self, view: ListView) -> int:
        from desktop.storage.invoice_queries import count_rows

        with classified():
            return count_rows(self._books.database.engine, self._query(view))

    def _query(self, view: ListView) -> Any:
        """The compiled query of the last view asked for: a page after the first reuses it."""
        if self._compiled is None or self._compiled[0] != view:
            from desktop.storage.invoice_queries import build_query

            engine = self._books.database.engine
            query = build_query(
                engine, view.search, view.status, view.sort, view.descending, view.today
            )
            self._compiled = (view, query)
        return self._compiled[1]

    def warm_up(self, status: str = "") -> None:
        """Run each kind of search once, so the user's first keystroke is as quick as the rest.

        The first search after start-up compiles its SQL and reads the indexes' structure
        from disk (about 30 ms, two frames).
        """
        from desktop.storage.invoice_queries import build_query, fetch_rows

        with classified():
            engine = self._books.database.engine
            for probe in ("faktura", "fa", "faktura fa"):  # both indexes, alone and together
                fetch_rows(engine, build_query(engine, probe, status), 0, 1)

    def has_any_invoice(self) -> bool:
        file = self._books.fast_file
        if file is not None:
            return fastpath.has_any_invoice(file)
        from desktop.storage.invoice_queries import has_any_invoice

        with classified():
            return has_any_invoice(self._books.database.engine)

    def company_is_set_up(self) -> bool:
        file = self._books.fast_file
        if file is not None:
            return fastpath.company_is_set_up(file)
        from desktop.storage.parties import company_is_set_up

        with self._books.reading() as session:
            return company_is_set_up(session)
