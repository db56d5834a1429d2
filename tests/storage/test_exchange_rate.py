"""The exchange rate of an invoice in a foreign currency: kept by drafts, required to issue."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from desktop.core import forms
from desktop.core.errors import IssueError
from desktop.core.validation import national_currency, parse_exchange_rate, rate_required
from desktop.core.vat import NOT_SUBJECT
from desktop.storage import documents, invoice_states, invoices
from desktop.storage.database import Database
from desktop.storage.models import Client, Invoice
from desktop.storage.parties import get_company
from tests.storage.books import lt_vat_payer_books


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    yield from lt_vat_payer_books(
        database_url, Client(name="Kavárna U Řeky s.r.o.", country="CZ", language="cs")
    )


def draft(
    session: Session, currency: str = "CZK", rate: Decimal | None = None, vat_key: str = "21"
) -> int:
    form = invoices.new_form(session, date(2026, 3, 5))
    form.client_id, form.currency = 1, currency
    form.supply_date = date(2026, 2, 27)
    form.exchange_rate = rate
    form.lines = [forms.LineForm("Návrh", Decimal(10), "h", Decimal(1000), vat_key=vat_key)]
    return invoices.save_draft(session, form).id


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        ("24,325", Decimal("24.325"), None),
        ("0.0411", Decimal("0.0411"), None),
        (" 1 234,5 ", Decimal("1234.5"), None),
        ("", None, None),
        ("0", None, "rate_not_positive"),
        ("-24,3", None, "rate_not_positive"),
        ("abc", None, "not_a_number"),
        ("24,3,2", None, "not_a_number"),
        ("0,1234567", None, "rate_too_precise"),
    ],
)
def test_parse_exchange_rate(text: str, value: Decimal | None, code: str | None) -> None:
    parsed, problem = parse_exchange_rate(text)
    assert parsed == value
    assert (problem.code if problem else None) == code


def test_rate_is_required_only_for_a_vat_payer_in_a_foreign_currency() -> None:
    assert national_currency("lt") == "EUR" and national_currency("CZ") == "CZK"
    assert national_currency("DE") is None
    assert rate_required("LT", True, "CZK") and rate_required("CZ", True, "EUR")
    assert not rate_required("LT", True, "EUR") and not rate_required("CZ", True, "CZK")
    assert not rate_required("LT", False, "USD")
    assert not rate_required("", True, "USD")  # no national currency known: nothing to restate


def test_draft_keeps_rate_and_date_through_save_load_and_duplicate(db: Database) -> None:
    with db.session() as session:
        form = invoices.load_form(session, draft(session, rate=Decimal("0.0411")))
        assert form.exchange_rate == Decimal("0.0411") and form.exchange_rate_date is None
        form.exchange_rate_date = date(2026, 2, 26)
        invoices.save_draft(session, form)
        session.commit()
    with db.session() as session:
        again = invoices.load_form(session, form.id or 0)
        assert (again.exchange_rate, again.exchange_rate_date) == (
            Decimal("0.0411"),
            date(2026, 2, 26),
        )
        copy = invoices.duplicate(session, again.id or 0, today=date(2026, 4, 1))
        assert (copy.exchange_rate, copy.exchange_rate_date) == (
            Decimal("0.0411"),
            date(2026, 2, 26),
        )


def test_draft_may_be_saved_without_a_rate(db: Database) -> None:
    with db.session() as session:
        invoice_id = draft(session)
        session.commit()
        assert invoices.load_form(session, invoice_id).exchange_rate is None


def test_vat_payer_cannot_issue_a_foreign_currency_invoice_without_a_rate(db: Database) -> None:
    with db.session() as session:
        invoice_id = draft(session)
        session.commit()
        with pytest.raises(IssueError) as caught:
            invoice_states.issue(session, invoice_id)
        assert caught.value.code == "exchange_rate_missing"
        session.rollback()
        inv = session.get(Invoice, invoice_id)
        assert inv is not None and inv.number is None and inv.status == "draft"


@pytest.mark.parametrize(("currency", "vat_payer"), [("EUR", True), ("CZK", False)])
def test_no_rate_needed_in_euro_or_for_a_non_payer(
    db: Database, currency: str, vat_payer: bool
) -> None:
    with db.session() as session:
        get_company(session).vat_payer = vat_payer
        vat_key = "21" if vat_payer else NOT_SUBJECT.key  # a non-payer charges no VAT
        assert invoice_states.issue(session, draft(session, currency, vat_key=vat_key)).number


def test_issuing_writes_down_the_rate_date(db: Database) -> None:
    with db.session() as session:
        inv = invoice_states.issue(session, draft(session, rate=Decimal("0.0411")))
        session.commit()
        assert inv.exchange_rate == Decimal("0.0411")
        assert inv.exchange_rate_date == date(2026, 2, 27)  # the supply date of that day
        doc = documents.to_document(session, inv.id)
        assert (doc.exchange_rate, doc.exchange_rate_date) == (
            Decimal("0.0411"),
            date(2026, 2, 27),
        )
