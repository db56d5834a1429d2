"""Invoice use cases against a real (in-memory) database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from desktop.core import forms
from desktop.core.errors import IssueError, LockedError
from desktop.core.lifecycle import InvoiceStatus, TransitionError
from desktop.storage import documents, invoice_states, invoices
from desktop.storage.database import Database
from desktop.storage.invoice_queries import OVERDUE, build_query, count_rows, fetch_rows
from desktop.storage.models import Client
from tests.storage.books import lt_vat_payer_books


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    yield from lt_vat_payer_books(
        database_url, Client(name="UAB „Žalgirio“ prekyba", emails="a@example.lt")
    )


def draft(session: Session, *lines: tuple[str, str, str], when: date | None = None) -> int:
    form = invoices.new_form(session, when)
    form.client_id = 1
    form.lines = [
        forms.LineForm(d, Decimal(q), "vnt.", Decimal(p), Decimal(0), "21") for d, q, p in lines
    ]
    if when:
        form.issue_date = when
    return invoices.save_draft(session, form).id


def test_draft_has_no_number_until_issued(db: Database) -> None:
    with db.session() as session:
        invoice_id = draft(session, ("Konsultacija", "2", "50"))
        session.commit()
        assert invoices.load_form(session, invoice_id).number is None
        issued = invoice_states.issue(session, invoice_id)
        session.commit()
        assert issued.number == f"FAK{date.today().year}-0001"
        assert issued.total_gross == Decimal("121.00")


def test_numbers_are_sequential_and_reset_yearly(db: Database) -> None:
    numbers = []
    with db.session() as session:
        for when in (date(2025, 12, 30), date(2025, 12, 31), date(2026, 1, 2)):
            numbers.append(
                invoice_states.issue(session, draft(session, ("x", "1", "1"), when=when)).number
            )
        session.commit()
    assert numbers == ["FAK2025-0001", "FAK2025-0002", "FAK2026-0001"]


def test_issue_requires_client_and_lines(db: Database) -> None:
    with db.session() as session:
        form = invoices.new_form(session)
        form.lines = []
        empty = invoices.save_draft(session, form)
        with pytest.raises(IssueError) as error:
            invoice_states.issue(session, empty.id)
        assert error.value.code == "no_client"


def test_issued_invoice_is_locked_and_keeps_its_snapshot(db: Database) -> None:
    with db.session() as session:
        invoice_id = draft(session, ("Konsultacija", "1", "100"))
        invoice_states.issue(session, invoice_id)
        session.commit()
        client = session.get(Client, 1)
        assert client is not None
        client.name, client.address = "Renamed", "Elsewhere"
        session.commit()
        document = documents.to_document(session, invoice_id)
        assert document.buyer.name == "UAB „Žalgirio“ prekyba"
        with pytest.raises(LockedError):
            invoices.save_draft(session, invoices.load_form(session, invoice_id))


def test_credit_note_negates_exactly(db: Database) -> None:
    with db.session() as session:
        invoice_id = draft(session, ("A", "3", "33.33"), ("B", "1.5", "0.07"))
        original = invoice_states.issue(session, invoice_id)
        credit = invoices.create_credit_note(session, invoice_id)
        assert credit.total_gross == -original.total_gross
        assert credit.total_vat == -original.total_vat
        credit = invoice_states.issue(session, credit.id)
        assert credit.number is not None and credit.number.startswith("KR")
        assert documents.to_document(session, credit.id).credited_number == original.number


def test_status_transitions(db: Database) -> None:
    with db.session() as session:
        invoice_id = draft(session, ("A", "1", "10"))
        with pytest.raises(TransitionError):
            invoice_states.move(session, invoice_id, InvoiceStatus.PAID)
        invoice_states.issue(session, invoice_id)
        invoice_states.move(session, invoice_id, InvoiceStatus.PAID)
        copy = invoices.duplicate(session, invoice_id)
        assert copy.status == "draft" and copy.number is None


def test_list_search_and_overdue_filter(db: Database) -> None:
    with db.session() as session:
        old = draft(session, ("A", "1", "1000"), when=date(2026, 1, 1))
        invoice_states.issue(session, old)
        draft(session, ("B", "1", "10"))
        session.commit()
    engine = db.engine
    assert count_rows(engine, build_query(engine, "žalg")) == 2
    assert [r.total for r in fetch_rows(engine, build_query(engine, "1210,00"), 0, 5)] == [
        Decimal("1210.00")
    ]
    overdue = build_query(engine, status=OVERDUE, today=date(2026, 6, 1))
    assert [r.id for r in fetch_rows(engine, overdue, 0, 5)] == [old]
    assert count_rows(engine, build_query(engine, "zz")) == 0


def test_short_terms_match_word_starts(db: Database) -> None:
    with db.session() as session:
        draft(session, ("A", "1", "10"))
        session.commit()
    engine = db.engine
    assert count_rows(engine, build_query(engine, "ua")) == 1  # "UAB „Žalgirio“ prekyba"
    assert count_rows(engine, build_query(engine, "ža")) == 1  # diacritics folded
    assert count_rows(engine, build_query(engine, "x")) == 0
    assert count_rows(engine, build_query(engine, "ua žalg")) == 1  # both indexes at once
    assert count_rows(engine, build_query(engine, "ua nothing")) == 0
