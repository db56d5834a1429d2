"""Invoices: drafts, issuing, credit notes, duplicates, payment and cancellation.

Each method is one transaction.  State changes are the guarded statements of
``storage.invoice_states``: when another window or app changed the invoice first, the
method raises ``StateConflictError`` (with the state it lost to) and nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.document import InvoiceDocument
from desktop.core.errors import IssueError, NotFoundError
from desktop.core.forms import InvoiceForm
from desktop.core.history import HistoryEntry
from desktop.core.lifecycle import InvoiceStatus
from desktop.core.vat import rate_presets
from desktop.services.database import Books
from desktop.services.invoice_checks import form_problems
from desktop.services.parties import InvalidInputError
from desktop.storage import documents, invoice_states, invoices
from desktop.storage.models import Client, Invoice, InvoiceEvent
from desktop.storage.parties import get_company


@dataclass(frozen=True)
class InvoiceSummary:
    """An invoice in a few plain values: what lists, scripts and status checks need."""

    id: int
    number: str | None
    status: str
    kind: str
    client_id: int | None
    client_name: str
    issue_date: date
    currency: str
    total: Decimal  # gross, to pay, in the invoice's currency

    @classmethod
    def of(cls, inv: Invoice) -> InvoiceSummary:
        return cls(
            inv.id, inv.number, inv.status, inv.kind, inv.client_id, inv.client_name,
            inv.issue_date, inv.currency, inv.total_gross,
        )  # fmt: skip


class InvoiceService:
    def __init__(self, books: Books) -> None:
        self._books = books

    # -- reading -------------------------------------------------------------------------------
    def new_form(self, today: date | None = None) -> InvoiceForm:
        """A blank draft with the company's defaults (nothing is stored until it is saved)."""
        with self._books.transaction() as session:  # may create the company row
            return invoices.new_form(session, today)

    def may_edit(self) -> bool:
        """Whether invoices may be created and changed here (not with a read-only role of a
        team: its editor shows them read-only, and only marking paid is offered)."""
        return self._books.may_edit

    def load(self, invoice_id: int) -> InvoiceForm:
        with self._books.reading() as session:
            return invoices.load_form(session, invoice_id)

    def summary(self, invoice_id: int) -> InvoiceSummary:
        with self._books.reading() as session:
            inv = session.get(Invoice, invoice_id)
            if inv is None:
                raise NotFoundError("invoice", invoice_id)
            return InvoiceSummary.of(inv)

    def by_number(self, number: str) -> InvoiceSummary:
        with self._books.reading() as session:
            inv = session.scalars(select(Invoice).where(Invoice.number == number)).first()
            if inv is None:
                raise NotFoundError("invoice", number)
            return InvoiceSummary.of(inv)

    def summaries(self, status: str | None = None) -> list[InvoiceSummary]:
        """Every invoice (or those with ``status``), newest first."""
        query = select(Invoice).order_by(Invoice.issue_date.desc(), Invoice.id.desc())
        if status:
            query = query.where(Invoice.status == status)
        with self._books.reading() as session:
            return [InvoiceSummary.of(inv) for inv in session.scalars(query)]

    def document(self, invoice_id: int) -> InvoiceDocument:
        """What the PDF and the e-mail show: snapshots for issued invoices."""
        with self._books.reading() as session:
            return documents.to_document(session, invoice_id)

    def unprintable_characters(self, invoice_id: int) -> list[str]:
        """The characters of the stored invoice that its PDF font lacks (printed as "�"),
        distinct, in order of appearance; empty when everything prints.  Loads reportlab."""
        from desktop.pdf.coverage import document_missing_glyphs

        return document_missing_glyphs(self.document(invoice_id))

    def last_currency_for_client(self, client_id: int) -> str | None:
        with self._books.reading() as session:
            return invoices.last_currency_for_client(session, client_id)

    # -- drafts --------------------------------------------------------------------------------
    def save_draft(self, form: InvoiceForm) -> int:
        """Create or overwrite the draft; sets and returns ``form.id``.

        ``LockedError`` when the invoice was issued meanwhile (here or in another app);
        ``StaleError`` (who, when) when someone saved it after ``form.version`` was loaded;
        ``AmountLimitError`` (nothing stored) for lines beyond the money limits, which the
        editor's cells never let through (``core.limits``).
        """
        with self._books.transaction() as session:
            invoices.save_draft(session, form, self._books.user)
        assert form.id is not None
        return form.id

    def create(self, form: InvoiceForm, *, issue: bool = False) -> InvoiceSummary:
        """A new draft, issued at once with ``issue``: one transaction, so a refused issue
        leaves nothing behind."""
        return self._create(form, issue=issue, checked=False)

    def create_checked(self, form: InvoiceForm, *, issue: bool = False) -> InvoiceSummary:
        """``create`` for values that did not pass the editor's cells (the command line, a
        script): checked first with the same rules (``invoice_checks``, the seller's VAT
        rates); ``InvalidInputError`` by ``line<N>.<field>``, and nothing is stored."""
        return self._create(form, issue=issue, checked=True)

    def _create(self, form: InvoiceForm, *, issue: bool, checked: bool) -> InvoiceSummary:
        given_id = form.id

        def work(session: Session) -> InvoiceSummary:
            form.id = given_id  # a second run must not keep the id of a rolled-back row
            if checked:
                company = get_company(session)
                keys = [rate.key for rate in rate_presets(company.country, company.vat_payer)]
                problems = form_problems(form, keys)
                if problems:
                    raise InvalidInputError(problems)
            invoices.save_draft(session, form, self._books.user)
            assert form.id is not None
            if issue:
                invoice_states.issue(session, form.id)
            inv = session.get(Invoice, form.id, populate_existing=True)
            assert inv is not None
            return InvoiceSummary.of(inv)

        return self._books.retried(work)

    def update_notes(self, invoice_id: int, notes: str) -> None:
        """Notes stay editable after issuing (they are not part of the tax content)."""
        with self._books.transaction() as session:
            invoices.update_notes(session, invoice_id, notes)

    def duplicate(self, invoice_id: int) -> int:
        with self._books.transaction() as session:
            return invoices.duplicate(session, invoice_id).id

    def credit_note(self, invoice_id: int, *, issue: bool = False) -> int:
        """A draft that negates an issued invoice; ``IssueError`` for a draft or a credit note.

        With ``issue`` the credit note is issued in the same transaction: refused, nothing
        is left behind."""

        def work(session: Session) -> int:
            credit_id = invoices.create_credit_note(session, invoice_id).id
            if issue:
                invoice_states.issue(session, credit_id)
            return credit_id

        return self._books.retried(work)

    def choose_client(self, form: InvoiceForm, client_id: int) -> None:
        """Put the client on the form as picking it in the editor does: the document language
        follows the client (amount in words for Lithuanian), and the due date the client's
        payment terms, else the company's.  ``NotFoundError`` when the client is gone."""
        with self._books.reading() as session:
            client = session.get(Client, client_id)
            if client is None:
                raise NotFoundError("client", client_id)
            days = client.payment_days
            if days is None:
                days = get_company(session).payment_days
            form.client_id, form.client_name = client.id, client.name
            form.language = client.language
        form.amount_in_words = form.language == "lt"
        form.due_date = form.issue_date + timedelta(days=days)

    # -- state changes -------------------------------------------------------------------------
    def issue_problem(self, invoice_id: int) -> str | None:
        """What stops the draft from being issued (an ``IssueError`` code), or None."""
        with self._books.reading() as session:
            inv = session.get(Invoice, invoice_id)
            if inv is None:
                raise NotFoundError("invoice", invoice_id)
            return invoice_states.issue_problem(session, inv)

    def issue(self, invoice_id: int) -> str:
        """Number and lock the draft; returns the number.

        ``IssueError`` (with its code) when something is missing; ``StateConflictError`` when
        it was issued or cancelled meanwhile.
        """
        number = self._books.retried(lambda s: invoice_states.issue(s, invoice_id).number)
        if number is None:  # pragma: no cover - issue always numbers
            raise IssueError("no_number")
        return number

    def mark_paid(self, invoice_id: int) -> None:
        self._move(invoice_id, InvoiceStatus.PAID)

    def cancel(self, invoice_id: int) -> None:
        self._move(invoice_id, InvoiceStatus.CANCELLED)

    def _move(self, invoice_id: int, target: InvoiceStatus) -> None:
        with self._books.transaction() as session:
            invoice_states.move(session, invoice_id, target)

    def record_event(self, invoice_id: int, kind: str, detail: str = "") -> None:
        """Add to the invoice's history (an export, an e-mail draft written), as this app's
        user."""
        with self._books.transaction() as session:
            invoices.add_event(session, invoice_id, kind, detail)

    def history(self, invoice_id: int) -> list[HistoryEntry]:
        """What happened to the invoice and who did it, oldest first; ``NotFoundError``."""
        with self._books.reading() as session:
            if session.get(Invoice, invoice_id) is None:
                raise NotFoundError("invoice", invoice_id)
            rows = session.scalars(
                select(InvoiceEvent)
                .where(InvoiceEvent.invoice_id == invoice_id)
                .order_by(InvoiceEvent.at, InvoiceEvent.id)
            )
            return [HistoryEntry(row.at, row.kind, row.user, row.detail) for row in rows]
