"""The list's search indexes are keyed in list order (migration 0005) and stay so on change."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import delete, insert, text, update

from desktop.storage.database import Database, open_database
from desktop.storage.invoice_queries import build_query, count_rows, fetch_rows, list_key
from desktop.storage.migrate import alembic_config
from desktop.storage.models import Invoice
from tests.storage.list_pages import keyset_ids

# (issue date, client): ids are deliberately out of date order, and two share a date.
BOOK = (
    (date(2024, 5, 1), "UAB Kavinė Ąžuolas"),
    (date(2026, 1, 15), "Kavárna U Jiřího s.r.o."),
    (date(1969, 12, 30), "Senoji kavinė"),  # before 1970: a negative key
    (date(2025, 7, 7), "UAB Kavos namai"),
    (date(2025, 7, 7), "Kavárna Letná"),
    (date(2024, 5, 2), "Jiná firma s.r.o."),
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'list.sqlite3'}")
    now = datetime(2026, 1, 1, 12, 0)
    rows = [
        {
            "kind": "invoice",
            "status": "issued",
            "number": f"FAK-{n:04d}",
            "client_name": client,
            "language": "lt",
            "currency": "EUR",
            "issue_date": issued,
            "prices_include_vat": False,
            "notes": "",
            "variable_symbol": "",
            "amount_in_words": True,
            "total_base": Decimal("10.00"),
            "total_vat": Decimal("2.10"),
            "total_gross": Decimal("12.10"),
            "total_cents": 1210,
            "created_at": now,
            "updated_at": now,
        }
        for n, (issued, client) in enumerate(BOOK, start=1)
    ]
    with database.engine.begin() as conn:
        conn.execute(insert(Invoice), rows)
    yield database
    database.dispose()


def ids(database: Database, search: str = "", descending: bool = True) -> list[int]:
    query = build_query(database.engine, search, descending=descending)
    return [row.id for row in fetch_rows(database.engine, query, 0, 50)]


def by_date(database: Database, wanted: set[int], descending: bool = True) -> list[int]:
    """The expected order, from the plain list without a search."""
    return [i for i in ids(database, descending=descending) if i in wanted]


def test_index_rowids_are_list_keys(db: Database) -> None:
    with db.engine.connect() as conn:
        invoices = conn.execute(text("SELECT id, issue_date FROM invoice")).all()
        expected = sorted(list_key(date.fromisoformat(day), i) for i, day in invoices)
        for index in ("invoice_search", "invoice_words"):
            keys = conn.execute(text(f"SELECT rowid FROM {index} ORDER BY rowid")).scalars()
            assert list(keys) == expected


@pytest.mark.parametrize("descending", [True, False])
def test_search_results_follow_the_list_order(db: Database, descending: bool) -> None:
    assert ids(db, "kav", descending) == by_date(db, {1, 2, 3, 4, 5}, descending)
    assert ids(db, "ka", descending) == by_date(db, {1, 2, 3, 4, 5}, descending)
    assert ids(db, "s.r.o ji", descending) == by_date(db, {2, 6}, descending)


def test_changed_issue_date_moves_the_row(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(update(Invoice).where(Invoice.id == 3).values(issue_date=date(2027, 1, 1)))
    assert ids(db, "kav")[0] == 3
    assert ids(db, "se")[0] == 3
    with db.engine.begin() as conn:
        conn.execute(update(Invoice).where(Invoice.id == 3).values(client_name="Zeta UAB"))
        conn.execute(delete(Invoice).where(Invoice.id == 1))
    assert 3 not in ids(db, "kav") and 1 not in ids(db, "kav")
    assert ids(db, "zeta") == [3] == ids(db, "ze")
    assert count_rows(db.engine, build_query(db.engine, "kav")) == 3


def test_pages_continue_in_order(db: Database) -> None:
    query = build_query(db.engine, "12")  # the amount: every row
    pages = [fetch_rows(db.engine, query, offset, 2) for offset in (0, 2, 4)]
    assert [row.id for page in pages for row in page] == ids(db)


@pytest.mark.parametrize("search", ["", "kav", "ka", "s.r.o ji", "12"])
@pytest.mark.parametrize("descending", [True, False])
def test_pages_after_a_row_are_the_pages_by_offset(
    db: Database, search: str, descending: bool
) -> None:
    """Keyset paging (``after``: the last row shown) gives the rows OFFSET would, in order,
    across a shared issue date and a date before 1970."""
    everything = ids(db, search, descending)
    seen = keyset_ids(db, search, descending)
    assert seen == everything and len(everything) >= 2


def test_upgrade_from_0004_rekeys_existing_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    database = open_database(f"sqlite:///{path}")
    try:
        config = alembic_config()
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0004_invoice_words")
    finally:
        database.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO invoice (kind, status, number, client_name, language, currency, "
            "issue_date, prices_include_vat, notes, variable_symbol, amount_in_words, total_base, "
            "total_vat, total_gross, total_cents, created_at, updated_at) VALUES ('invoice', "
            "'issued', 'FAK-1', 'Kavinė', 'lt', 'EUR', '2025-03-04', 0, '', '', 1, '1', '0', "
            "'1', 100, '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
        assert conn.execute("SELECT rowid FROM invoice_search").fetchall() == [(1,)]
    database = open_database(f"sqlite:///{path}")
    try:
        assert ids(database, "kavin") == [1] == ids(database, "ka")
        with database.engine.connect() as conn:
            key = conn.execute(text("SELECT rowid FROM invoice_search")).scalar()
        assert key == list_key(date(2025, 3, 4), 1)
    finally:
        database.dispose()
