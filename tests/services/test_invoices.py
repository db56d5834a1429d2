"""Invoice use cases through the services, on a real data folder."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from desktop.core.errors import IssueError, NotFoundError, StateConflictError
from desktop.core.lifecycle import InvoiceStatus
from desktop.paths import DataPaths
from desktop.services import Services
from tests.services.books import draft_form, new_draft, opened, set_up_seller


@pytest.fixture
def books(data_paths: DataPaths, database_url: str) -> Iterator[tuple[Services, int]]:
    with opened(data_paths, database_url) as services:
        yield services, set_up_seller(services)


def test_create_and_issue_in_one_go(books: tuple[Services, int]) -> None:
    services, client = books
    created = services.invoices.create(draft_form(services, client), issue=True)
    assert created.status == InvoiceStatus.ISSUED
    assert created.number == f"FAK{date.today().year}-0001"
    assert created.total == Decimal("121.00")
    assert services.invoices.by_number(created.number).id == created.id


def test_a_refused_issue_creates_nothing(books: tuple[Services, int]) -> None:
    services, client = books
    form = draft_form(services, client)
    form.lines[0].description = "  "
    with pytest.raises(IssueError) as refused:
        services.invoices.create(form, issue=True)
    assert refused.value.code == "empty_description"
    assert services.invoices.summaries() == []


def test_issue_problem_checks_without_writing(books: tuple[Services, int]) -> None:
    services, client = books
    form = draft_form(services, client)
    form.client_id = None
    invoice_id = services.invoices.save_draft(form)
    assert services.invoices.issue_problem(invoice_id) == "no_client"
    assert services.invoices.summary(invoice_id).status == InvoiceStatus.DRAFT


def test_a_rate_the_seller_no_longer_charges_is_refused_at_issue(
    books: tuple[Services, int],
) -> None:
    """A draft typed while the seller was a VAT payer keeps its 21 %; once the seller is not,
    issuing it would print "no VAT charged" over a total with VAT, so it is refused.  Its
    credit note, which repeats the corrected invoice's rates, still issues."""
    from desktop.core.vat import NOT_SUBJECT

    services, client = books
    issued = services.invoices.create(draft_form(services, client), issue=True)
    draft = new_draft(services, client)
    company = services.parties.company()
    company.vat_payer = False
    services.parties.save_company(company)

    with pytest.raises(IssueError) as refused:
        services.invoices.issue(draft)
    assert refused.value.code == "vat_rate_not_offered"
    assert services.invoices.summary(draft).status == InvoiceStatus.DRAFT
    credit = services.invoices.credit_note(issued.id)
    assert services.invoices.issue(credit)

    form = services.invoices.load(draft)
    form.lines[0].vat_key = NOT_SUBJECT.key
    services.invoices.save_draft(form)
    assert services.invoices.issue(draft)
    assert services.invoices.summary(draft).total == Decimal("100.00")


def test_lifecycle_and_refusals(books: tuple[Services, int]) -> None:
    services, client = books
    invoice_id = new_draft(services, client)
    with pytest.raises(StateConflictError) as early:
        services.invoices.mark_paid(invoice_id)
    assert early.value.current == InvoiceStatus.DRAFT
    services.invoices.issue(invoice_id)
    with pytest.raises(StateConflictError):
        services.invoices.issue(invoice_id)
    services.invoices.mark_paid(invoice_id)
    with pytest.raises(StateConflictError):
        services.invoices.cancel(invoice_id)  # paid: corrected with a credit note
    with pytest.raises(NotFoundError):
        services.invoices.mark_paid(9999)


def test_credit_note_negates_and_duplicate_is_a_fresh_draft(books: tuple[Services, int]) -> None:
    services, client = books
    invoice_id = new_draft(services, client, price="50")
    number = services.invoices.issue(invoice_id)
    credit_id = services.invoices.credit_note(invoice_id)
    credit_number = services.invoices.issue(credit_id)
    credit = services.invoices.summary(credit_id)
    assert credit.total == Decimal("-60.50") and credit_number.startswith("KR")
    assert services.invoices.document(credit_id).credited_number == number
    copy = services.invoices.summary(services.invoices.duplicate(credit_id))
    assert (copy.kind, copy.status, copy.number) == ("invoice", "draft", None)
    with pytest.raises(IssueError):
        services.invoices.credit_note(copy.id)  # a draft has nothing to correct


def test_notes_stay_editable_after_issue(books: tuple[Services, int]) -> None:
    services, client = books
    invoice_id = new_draft(services, client)
    services.invoices.issue(invoice_id)
    services.invoices.update_notes(invoice_id, "Apmokėta grynaisiais")
    assert services.invoices.load(invoice_id).notes == "Apmokėta grynaisiais"


def test_summaries_newest_first_and_by_status(books: tuple[Services, int]) -> None:
    services, client = books
    first = new_draft(services, client)
    second = new_draft(services, client)
    services.invoices.issue(second)
    assert [s.id for s in services.invoices.summaries()] == [second, first]
    assert [s.id for s in services.invoices.summaries("draft")] == [first]
