"""An invoice's content: new drafts, loading and saving them, credit notes, duplicates.

Each function works inside the caller's session; the service that calls it owns the
transaction.  Status changes (issue, pay, cancel) are ``invoice_states``; the renderable
document is ``documents``.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.core.errors import IssueError, LockedError, NotFoundError, StaleError
from desktop.core.forms import InvoiceForm, LineForm, clean_basis
from desktop.core.lifecycle import DocumentKind, InvoiceStatus
from desktop.core.limits import cents
from desktop.core.totals import LineAmounts, compute_totals
from desktop.core.vat import VatRate, default_rate
from desktop.storage.actor import NAME_LENGTH, actor
from desktop.storage.models import Client, Invoice, InvoiceEvent, InvoiceLine, NumberSeries
from desktop.storage.parties import get_company

DEFAULT_SERIES = {
    DocumentKind.INVOICE: ("FAK", "FAK{YYYY}-{N:4}"),
    DocumentKind.CREDIT_NOTE: ("KR", "KR{YYYY}-{N:4}"),
    DocumentKind.PROFORMA: ("ZAL", "ZAL{YYYY}-{N:4}"),
}


def ensure_default_series(session: Session) -> None:
    for kind, (name, pattern) in DEFAULT_SERIES.items():
        exists = session.scalars(
            select(NumberSeries).where(NumberSeries.kind == kind.value).limit(1)
        ).first()
        if exists is None:
            session.add(NumberSeries(name=name, pattern=pattern, kind=kind.value, is_default=True))
    session.flush()


def default_series(session: Session, kind: str) -> NumberSeries:
    ensure_default_series(session)
    query = (
        select(NumberSeries)
        .where(NumberSeries.kind == kind)
        .order_by(NumberSeries.is_default.desc(), NumberSeries.id)
    )
    return session.scalars(query).one_or_none() or session.scalars(query).first()  # type: ignore[return-value]


def new_form(session: Session, today: date | None = None) -> InvoiceForm:
    company = get_company(session)
    today = today or date.today()
    vat = default_rate(company.country, company.vat_payer)
    return InvoiceForm(
        language=company.document_language,
        currency=company.default_currency,
        issue_date=today,
        due_date=today + timedelta(days=company.payment_days),
        prices_include_vat=company.prices_include_vat,
        amount_in_words=company.document_language == "lt",
        lines=[LineForm(vat_key=vat.key)],
        legal_basis=clean_basis(company.legal_basis),
    )


def load_form(session: Session, invoice_id: int) -> InvoiceForm:
    inv = session.get(Invoice, invoice_id)
    if inv is None:
        raise NotFoundError("invoice", invoice_id)
    return InvoiceForm(
        id=inv.id,
        kind=inv.kind,
        status=inv.status,
        number=inv.number,
        client_id=inv.client_id,
        client_name=inv.client_name,
        language=inv.language,
        currency=inv.currency,
        issue_date=inv.issue_date,
        supply_date=inv.supply_date,
        due_date=inv.due_date,
        prices_include_vat=inv.prices_include_vat,
        notes=inv.notes,
        variable_symbol=inv.variable_symbol,
        amount_in_words=inv.amount_in_words,
        credited_invoice_id=inv.credited_invoice_id,
        exchange_rate=inv.exchange_rate,
        exchange_rate_date=inv.exchange_rate_date,
        legal_basis=clean_basis(inv.legal_basis),
        version=inv.version,
        lines=[
            LineForm(
                ln.description,
                ln.quantity,
                ln.unit,
                ln.unit_price,
                ln.discount_pct,
                ln.vat_key,
                ln.product_id,
            )
            for ln in inv.lines
        ],
    )


def _refresh_totals(inv: Invoice) -> None:
    """The stored totals; ``AmountLimitError`` (nothing written) for lines beyond the money
    limits, which keep ``total_cents`` far inside SQLite's 64-bit integer (``core.limits``)."""
    totals = compute_totals(
        (
            LineAmounts(ln.quantity, ln.unit_price, ln.discount_pct, VatRate.from_key(ln.vat_key))
            for ln in inv.lines
        ),
        prices_include_vat=inv.prices_include_vat,
    )
    inv.total_base, inv.total_vat, inv.total_gross = totals.base, totals.vat, totals.gross
    inv.total_cents = cents(totals.gross)


def save_draft(
    session: Session, form: InvoiceForm, user: str | None = None, *, origin: str = ""
) -> Invoice:
    """Create or overwrite a draft from the form; refuses issued invoices (``LockedError``)
    and, when the form names the version it was loaded at, a draft someone saved since
    (``StaleError``: who and when).  ``form.version`` is the new version afterwards.

    A new draft's history starts with "created" (``origin``: the invoice it was made from).
    ``user`` is who saves (``storage.actor`` by default)."""
    user = actor(session) if user is None else user
    created = form.id is None
    if form.id is None:
        inv = Invoice(kind=form.kind, status=InvoiceStatus.DRAFT.value, version=1)
        session.add(inv)
    else:
        _claim_draft(session, form.id, form.version, user)
        found = session.get(Invoice, form.id, populate_existing=True)
        assert found is not None  # the claim matched it
        inv = found
    client = session.get(Client, form.client_id) if form.client_id else None
    inv.client_id = client.id if client else None
    inv.client_name = client.name if client else form.client_name.strip()
    inv.kind = form.kind
    inv.language = form.language
    inv.currency = form.currency
    inv.issue_date = form.issue_date
    inv.supply_date = form.supply_date
    inv.due_date = form.due_date
    inv.prices_include_vat = form.prices_include_vat
    inv.notes = form.notes
    inv.variable_symbol = form.variable_symbol
    inv.amount_in_words = form.amount_in_words
    inv.credited_invoice_id = form.credited_invoice_id
    inv.exchange_rate = form.exchange_rate
    inv.exchange_rate_date = form.exchange_rate_date
    inv.legal_basis = clean_basis(form.legal_basis) or None
    inv.updated_at = datetime.now()
    inv.lines.clear()
    session.flush()
    for position, ln in enumerate(form.lines):
        inv.lines.append(
            InvoiceLine(
                position=position,
                description=ln.description,
                quantity=ln.quantity,
                unit=ln.unit,
                unit_price=ln.unit_price,
                discount_pct=ln.discount_pct,
                vat_key=ln.vat_key,
                product_id=ln.product_id,
            )
        )
    _refresh_totals(inv)
    inv.updated_by = user[:NAME_LENGTH]
    session.flush()
    if created:
        add_event(session, inv.id, "created", origin, user=user)
    form.id, form.version = inv.id, inv.version
    return inv


def _claim_draft(session: Session, invoice_id: int, version: int | None, user: str) -> None:
    """Claim the draft in one guarded statement, its version going up: an issue that won
    meanwhile (in another window or app) makes this a ``LockedError``, another save a
    ``StaleError``, instead of an overwrite."""
    claimed = update(Invoice).where(
        Invoice.id == invoice_id, Invoice.status == InvoiceStatus.DRAFT.value
    )
    if version is not None:
        claimed = claimed.where(Invoice.version == version)
    values = {"updated_at": datetime.now(), "version": Invoice.version + 1, "updated_by": user}
    result = session.execute(claimed.values(**values).execution_options(synchronize_session=False))
    if result.rowcount == 1:  # type: ignore[attr-defined]
        return
    row = session.execute(
        select(Invoice.status, Invoice.version, Invoice.updated_by, Invoice.updated_at).where(
            Invoice.id == invoice_id
        )
    ).first()
    if row is None:
        raise NotFoundError("invoice", invoice_id)
    if row.status != InvoiceStatus.DRAFT.value:
        raise LockedError(str(invoice_id))
    raise StaleError("invoice", invoice_id, row.updated_by, row.updated_at, row.version)


def add_event(
    session: Session, invoice_id: int, kind: str, detail: str = "", *, user: str | None = None
) -> None:
    """Append to the invoice's history (an insert, never a state change), naming who did it:
    ``user``, else the session's (``storage.actor``)."""
    who = actor(session) if user is None else user[:NAME_LENGTH]
    session.add(
        InvoiceEvent(invoice_id=invoice_id, kind=kind, detail=detail, at=datetime.now(), user=who)
    )


def duplicate(session: Session, invoice_id: int, today: date | None = None) -> Invoice:
    form = load_form(session, invoice_id)
    fresh = new_form(session, today)
    form.id, form.number, form.status = None, None, InvoiceStatus.DRAFT.value
    form.issue_date, form.due_date, form.supply_date = fresh.issue_date, fresh.due_date, None
    form.variable_symbol, form.credited_invoice_id = "", None
    # A new invoice: the company's defaults, except where the original gave its own text.
    form.legal_basis = {**fresh.legal_basis, **form.legal_basis}
    if form.kind == DocumentKind.CREDIT_NOTE.value:
        form.kind = DocumentKind.INVOICE.value
    original = session.scalar(select(Invoice.number).where(Invoice.id == invoice_id))
    return save_draft(session, form, origin=original or "")


def create_credit_note(session: Session, invoice_id: int, today: date | None = None) -> Invoice:
    """A draft credit note that references and exactly negates an issued invoice."""
    original = session.get(Invoice, invoice_id)
    if original is None:
        raise NotFoundError("invoice", invoice_id)
    if original.status == InvoiceStatus.DRAFT.value or original.kind != DocumentKind.INVOICE:
        raise IssueError("credit_needs_issued_invoice")
    form = load_form(session, invoice_id)
    form.id, form.number, form.status = None, None, InvoiceStatus.DRAFT.value
    form.kind = DocumentKind.CREDIT_NOTE.value
    form.credited_invoice_id = original.id
    form.issue_date = today or date.today()
    form.due_date, form.variable_symbol = form.issue_date, ""
    # The legal basis stays the original's: the correction relies on the same provision.
    for ln in form.lines:
        ln.quantity = -ln.quantity
    return save_draft(session, form, origin=original.number or "")


def update_notes(session: Session, invoice_id: int, notes: str) -> None:
    """Notes stay editable after issuing (they are not part of the tax content)."""
    result = session.execute(
        update(Invoice)
        .where(Invoice.id == invoice_id)
        .values(notes=notes, updated_at=datetime.now(), version=Invoice.version + 1)
        .execution_options(synchronize_session=False)
    )
    if not result.rowcount:  # type: ignore[attr-defined]
        raise NotFoundError("invoice", invoice_id)


def last_currency_for_client(session: Session, client_id: int) -> str | None:
    """The currency of the client's most recent invoice: the editor's hint for a new one."""
    return session.scalars(
        select(Invoice.currency)
        .where(Invoice.client_id == client_id)
        .order_by(Invoice.issue_date.desc(), Invoice.id.desc())
        .limit(1)
    ).first()
