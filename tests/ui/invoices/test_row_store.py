"""The list's compact row store gives back exactly the rows it was given."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.core.listing import InvoiceRow
from desktop.ui.invoices.row_store import RowStore

ROWS = [
    InvoiceRow(
        7,
        "FAK2026-0007",
        "UAB „Žalgirio“ prekyba",
        date(2026, 3, 5),
        date(2026, 3, 19),
        Decimal("1234.50"),
        "EUR",
        "issued",
        "invoice",
    ),
    InvoiceRow(3, None, "", date(1969, 12, 30), None, Decimal("0"), "CZK", "draft", "invoice"),
    InvoiceRow(
        2**40,
        "",
        "Šťastný & Říha s.r.o. \x1f 🙂",
        date(1, 1, 1),
        date(9999, 12, 31),
        Decimal("-99.99"),
        "EUR",
        "paid",
        "credit_note",
    ),
]


def test_rows_come_back_equal() -> None:
    store = RowStore()
    store.extend(ROWS[:1])
    store.extend(ROWS[1:])
    assert len(store) == 3
    assert [store[i] for i in range(3)] == ROWS
    assert [store.id_at(i) for i in range(3)] == [7, 3, 2**40]
    assert store[1].number is None and store[2].number == ""


def test_clear_empties_it() -> None:
    store = RowStore()
    store.extend(ROWS)
    store.clear()
    assert len(store) == 0
    store.extend(ROWS[1:2])
    assert store[0] == ROWS[1]
