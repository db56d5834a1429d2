"""Rules the command line needed in the services: a whole new invoice is checked as the
editor's cells check it, a client is put on a form as the editor puts it, a credit note is
issued in one go, a bad recipient is refused before anything is written, and the books say
which schema they are at."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.core.errors import IssueError, NotFoundError
from desktop.core.forms import LineForm
from desktop.core.lifecycle import InvoiceStatus
from desktop.core.validation import Problem
from desktop.paths import DataPaths
from desktop.services import Services
from desktop.services.database import SCHEMA_REVISION, open_books
from desktop.services.exports import render_pdf
from desktop.services.invoice_checks import form_problems
from desktop.services.parties import ClientRecord, InvalidInputError
from desktop.services.sending import SendRefusedError
from desktop.storage.parties import get_company
from tests.pdf.samples import lt_invoice
from tests.services.books import draft_form, new_draft, opened, set_up_seller

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def books(data_paths: DataPaths, database_url: str) -> Iterator[tuple[Services, int]]:
    with opened(data_paths, database_url) as services:
        yield services, set_up_seller(services)


@pytest.mark.parametrize(
    ("line", "field", "code"),
    [
        (LineForm("x", Decimal(-1), vat_key="21"), "quantity", "negative_quantity"),
        (LineForm("x", Decimal(1), vat_key="7"), "vat_key", "vat_rate"),
        (LineForm("x", Decimal(1), vat_key="0:O"), "vat_key", "vat_rate"),  # a payer charges VAT
        (LineForm("x", discount_pct=Decimal(101)), "discount_pct", "discount_range"),
        (LineForm("x", unit="u" * 21), "unit", "too_long"),
        (LineForm("x" * 2001), "description", "description_too_long"),
    ],
)
def test_a_refused_line_creates_nothing(
    books: tuple[Services, int], line: LineForm, field: str, code: str
) -> None:
    services, client = books
    form = draft_form(services, client)
    form.lines.append(line)
    with pytest.raises(InvalidInputError) as refused:
        services.invoices.create_checked(form)
    assert refused.value.problems == {f"line2.{field}": Problem(code)}
    assert services.invoices.summaries() == []


def test_the_rates_are_the_sellers(books: tuple[Services, int]) -> None:
    services, client = books
    form = draft_form(services, client)
    form.lines = [LineForm("a", vat_key=key) for key in ("21", "12", "5", "0:Z", "0:E", "0:AE")]
    assert services.invoices.create_checked(form).status == InvoiceStatus.DRAFT
    company = services.parties.company()
    company.vat_payer = False
    services.parties.save_company(company)
    form = draft_form(services, client)
    assert form.lines[0].vat_key == "21"
    with pytest.raises(InvalidInputError):
        services.invoices.create_checked(form)  # a non-payer charges no VAT
    form.lines[0].vat_key = "0:O"
    assert services.invoices.create_checked(form).total == Decimal("100.00")


def test_a_credit_note_may_hold_negative_quantities_and_a_rate_must_be_positive(
    books: tuple[Services, int],
) -> None:
    services, client = books
    form = draft_form(services, client)
    form.kind = "credit_note"
    form.lines[0].quantity = Decimal(-1)
    assert form_problems(form, ["21"]) == {}
    form.exchange_rate = Decimal(0)
    assert form_problems(form, ["21"]) == {"exchange_rate": Problem("rate_not_positive")}
    form.exchange_rate = Decimal("1.1234567")
    assert form_problems(form, ["21"]) == {"exchange_rate": Problem("rate_too_precise")}


def test_choosing_a_client_sets_language_words_and_due_date(books: tuple[Services, int]) -> None:
    services, client = books
    czech = services.parties.save_client(
        ClientRecord(name="Klient s.r.o.", country="CZ", language="cs", payment_days=30)
    )
    form = services.invoices.new_form(date(2026, 3, 2))
    services.invoices.choose_client(form, czech)
    assert (form.client_id, form.client_name, form.language) == (czech, "Klient s.r.o.", "cs")
    assert not form.amount_in_words and form.due_date == date(2026, 4, 1)
    services.invoices.choose_client(form, client)  # no terms of its own: the company's 14 days
    assert form.language == "lt" and form.amount_in_words
    assert form.due_date == form.issue_date + timedelta(days=14)
    with pytest.raises(NotFoundError):
        services.invoices.choose_client(form, 999)


def test_a_credit_note_issued_at_once_or_not_at_all(books: tuple[Services, int]) -> None:
    services, client = books
    original = services.invoices.issue(new_draft(services, client))
    credit = services.invoices.credit_note(services.invoices.by_number(original).id, issue=True)
    summary = services.invoices.summary(credit)
    assert summary.status == InvoiceStatus.ISSUED and summary.total == Decimal("-121.00")
    with services.books.transaction() as session:  # a seller without a name cannot issue
        get_company(session).name = ""
    count = len(services.invoices.summaries())
    with pytest.raises(IssueError) as refused:
        services.invoices.credit_note(services.invoices.by_number(original).id, issue=True)
    assert refused.value.code == "company_missing"
    assert len(services.invoices.summaries()) == count


def test_a_bad_recipient_is_refused_before_anything_is_written(
    books: tuple[Services, int], data_paths: DataPaths
) -> None:
    services, client = books
    invoice_id = new_draft(services, client)
    services.invoices.issue(invoice_id)
    with pytest.raises(SendRefusedError) as refused:
        services.sending.send_invoice(invoice_id, ["not an address"])
    assert refused.value.code == "invalid_address"
    assert list(data_paths.pdf.glob("*.pdf")) == []


def test_the_books_say_their_schema_and_the_copy_before_an_upgrade(
    data_paths: DataPaths,
) -> None:
    data_paths.database.write_bytes((DATA / "db_0005_list_order_keys.sqlite3").read_bytes())
    books = open_books(data_paths)
    try:
        assert books.revision == SCHEMA_REVISION
        backup = books.upgrade_backup
        assert backup is not None and backup.parent == data_paths.backups
        assert "0005_list_order_keys" in backup.name
    finally:
        books.close()
    books = open_books(data_paths)
    try:
        assert books.upgrade_backup is None and books.revision == SCHEMA_REVISION
    finally:
        books.close()


def test_a_document_renders_without_books() -> None:
    assert render_pdf(lt_invoice()).startswith(b"%PDF-")
