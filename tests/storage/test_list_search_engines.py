"""The list's search finds the same invoices on SQLite (FTS5) and on PostgreSQL (migration
0013's stored columns), and keeps finding them as rows are written, sorted and paged."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select, text, update

from desktop.storage import server_search
from desktop.storage.database import Database, open_database
from desktop.storage.invoice_queries import build_query, count_rows, fetch_rows
from desktop.storage.models import Invoice
from tests.storage.list_pages import keyset_ids

# (issue date, number, client, cents, status): words with and without diacritics, amounts
# whose words are digits, a draft without a number.
BOOK = (
    (date(2024, 5, 1), "FAK2024-0001", "UAB Kavinė Ąžuolas", 1210, "issued"),
    (date(2026, 1, 15), "FAK2026-0002", "Kavárna U Řeky s.r.o.", 123456, "paid"),
    (date(1969, 12, 30), "ZF2021-0003", "Senoji kavinė", 99, "sent"),
    (date(2025, 7, 7), "FAK2025-0004", "UAB Žalias sodas", 24550, "paid"),
    (date(2025, 7, 7), None, "Zebra a.s.", 50000, "draft"),
    (date(2024, 5, 2), "FAK2024-0005", "Jiná firma s.r.o.", 777777, "cancelled"),
    (date(2023, 3, 3), "FAK2023-0006", "Šviesos baldai UAB", 1999, "paid"),
    # ". , - /" are stored swapped with "ǀ ǁ ǂ ǃ" on PostgreSQL: both kinds in one name
    (date(2022, 2, 2), "FAK2022-0007", "Dílna A/B ǂx-ǀ", 1050, "issued"),
)
TERMS = (
    "kav", "kavárna", "Žal", "žalias sodas", "s.r.o", "FAK2024", "ZF2021", "0003", "1234",
    "1234,56", "1234.56", "245,5", "12 345,67", "paid", "issued", "paid FAK2023", "kav paid",
    "uab ka", "a", "ž", "z", "r", "ř", "s.", "s", "FA", "ZF", "12", "7", "19", "ū", "x", "..",
    "-", "a.", "sv", "šv", "zzzz-nothing", "%", "_a", "fak%", "a/b", "ǂx-", "x-ǀ", "-ǀ", "ǂx",
    "10,50", "0,5", "0.5", "/b", "ǀ",
)  # fmt: skip


def fill(database: Database, book: tuple[tuple[Any, ...], ...] = BOOK) -> None:
    now = datetime(2026, 1, 1, 12, 0)
    rows = [
        {
            "kind": "invoice",
            "status": status,
            "number": number,
            "client_name": client,
            "language": "lt",
            "currency": "EUR",
            "issue_date": issued,
            "prices_include_vat": False,
            "notes": "",
            "variable_symbol": "",
            "amount_in_words": True,
            "total_base": Decimal(0),
            "total_vat": Decimal(0),
            "total_gross": Decimal(cents) / 100,
            "total_cents": cents,
            "created_at": now,
            "updated_at": now,
        }
        for issued, number, client, cents, status in book
    ]
    with database.engine.begin() as conn:
        conn.execute(insert(Invoice), rows)


@pytest.fixture
def db(engine_url: str) -> Iterator[Database]:
    database = open_database(engine_url)
    fill(database)
    yield database
    database.dispose()


def ids(database: Database, search: str, **view: Any) -> list[int]:
    query = build_query(database.engine, search, **view)
    return [row.id for row in fetch_rows(database.engine, query, 0, 50)]


def test_both_engines_find_the_same_rows(tmp_path: Path, pg_url: str) -> None:
    books = [open_database(f"sqlite:///{tmp_path / 'same.sqlite3'}"), open_database(pg_url)]
    try:
        for database in books:
            fill(database)
        for term in TERMS:
            found = [ids(database, term) for database in books]
            assert found[0] == found[1], term
        assert ids(books[1], "ž") == [5, 4, 3]  # "Zebra", "Žalias", "ZF…": folded as on SQLite
        assert ids(books[1], "s.") == [2, 5, 4, 6, 7, 3]  # words starting with s or š
    finally:
        for database in books:
            database.dispose()


def test_rows_written_after_the_migration_are_found(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(update(Invoice).where(Invoice.id == 3).values(client_name="Ūkis Ąžuolynas"))
        conn.execute(update(Invoice).where(Invoice.id == 5).values(status="issued", number="X9"))
    fill(db, ((date(2027, 1, 1), "NEW-1", "Quokka OÜ", 4200, "draft"),))
    assert ids(db, "ūkis") == [3] == ids(db, "uk")
    assert ids(db, "azuolyn") == []  # substrings keep their diacritics, as on SQLite
    assert ids(db, "ąžuolyn") == [3] == ids(db, "az ūk")
    assert ids(db, "senoji") == []
    assert ids(db, "x9 issued") == [5] == ids(db, "x9")
    new = len(BOOK) + 1
    assert ids(db, "quokka") == [new] == ids(db, "qu") == ids(db, "42,00") == ids(db, "42")
    if db.engine.dialect.name == "postgresql":
        with db.engine.connect() as conn:
            words = conn.execute(
                text(f"SELECT search_words FROM invoice WHERE id = {new}")
            ).scalar()
        # "NEW-1 Quokka OÜ 42.00 draft": each word's first one and two characters
        assert set(words) == {"n", "ne", "1", "q", "qu", "o", "ou", "4", "42", "0", "00", "d", "dr"}


@pytest.mark.parametrize("search", ["kav", "a", "s.r.o", "12", "paid fa", "z"])
@pytest.mark.parametrize("descending", [True, False])
def test_pages_after_a_row_are_the_pages_by_offset(
    db: Database, search: str, descending: bool
) -> None:
    """Keyset paging with a search: the rows OFFSET gives, in order, on both engines."""
    everything = ids(db, search, descending=descending)
    seen = keyset_ids(db, search, descending)
    assert seen == everything and len(everything) >= 2


@pytest.mark.parametrize("sort", ["number", "client", "total", "due_date", "status"])
def test_a_search_in_other_orders(db: Database, sort: str) -> None:
    found = ids(db, "a", sort=sort)
    assert sorted(found) == sorted(ids(db, "a"))
    assert count_rows(db.engine, build_query(db.engine, "a", sort=sort)) == len(found)
    if sort == "total":
        assert found == sorted(found, key=lambda i: BOOK[i - 1][3], reverse=True)


def test_a_rare_term_takes_the_matches_then_the_order(pg_url: str) -> None:
    """On an analysed server database the planner's estimate picks the way to a page; both
    ways give the list's rows, and pages after a row continue them."""
    database = open_database(pg_url)
    try:
        filler = tuple(
            (date(2020, 1, 1 + n % 28), f"F-{n}", f"Filler {n}", 100 + n, "issued")
            for n in range(400)
        )
        fill(database, BOOK + filler)
        with database.engine.begin() as conn:
            conn.execute(text("ANALYZE invoice"))
        engine = database.engine
        assert server_search.sparse(engine, server_search.conditions(["zf"]))
        assert server_search.sparse(engine, server_search.conditions(["kavárna"]))
        assert not server_search.sparse(engine, server_search.conditions(["fi"]))
        assert not server_search.sparse(engine, server_search.conditions(["filler"]))
        # The estimate's statement carries the terms as literals: quotes and escapes hold.
        odd = ["o'neil", "a\\'; drop table invoice; --", "%_\\", "ǀ'"]
        assert server_search.sparse(engine, server_search.conditions(odd))
        assert ids(database, " ".join(odd)) == [] and len(ids(database, "filler")) == 50
        assert ids(database, "zf") == [3] and ids(database, "kav") == [2, 1, 3]
        assert ids(database, "fi")[:3] == [6, 400, 372]  # "Jiná firma", then the fillers
        assert ids(database, "a/b") == [8] == ids(database, "x-ǀ")
        # The estimate counts the status too: "fi" is dense, "fi" among cancelled ones not.
        cancelled = [Invoice.status == "cancelled", *server_search.conditions(["fi"])]
        assert server_search.sparse(engine, cancelled)
        assert ids(database, "fi", status="cancelled") == [6]
        for term in ("zf", "kav", "s.r.o", "uab", "x-ǀ"):
            query = build_query(engine, term)
            walk = select(Invoice.id).where(*server_search.conditions([term]))
            with engine.connect() as conn:
                walked = list(
                    conn.execute(
                        walk.order_by(Invoice.issue_date.desc(), Invoice.id.desc())
                    ).scalars()
                )
            assert ids(database, term) == walked
            assert count_rows(engine, query) == len(walked)
            last = fetch_rows(engine, query, 0, 1)[0]
            rest = build_query(engine, term, after=(last.issue_date, last.id))
            assert [last.id] + [r.id for r in fetch_rows(engine, rest, 0, 50)] == walked
    finally:
        database.dispose()
