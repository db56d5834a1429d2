"""Invoice use cases: drafts, issuing with a number, credit notes, duplicates, status.

Each function works inside the caller's session; the caller commits (one short session per
user action).  Issuing assigns the number and takes the seller/buyer snapshot in the same
transaction, so a crash can never leave a gap or a duplicate in a series.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import numbering
from desktop.core.document import (
    LEGAL_BASIS_TREATMENTS,
    DocumentLine,
    InvoiceDocument,
    Party,
    basis_extra_key,
)
from desktop.core.lifecycle import DocumentKind, InvoiceStatus, check_transition, is_editable
from desktop.core.totals import LineAmounts, compute_totals
from desktop.core.validation import rate_required
from desktop.core.vat import VatRate, default_rate
from desktop.storage.models import (
    Client,
    Invoice,
    InvoiceEvent,
    InvoiceLine,
    NumberSeries,
    SeriesCounter,
)
from desktop.storage.parties import client_party, company_party, get_company

DEFAULT_SERIES = {
    DocumentKind.INVOICE: ("FAK", "FAK{YYYY}-{N:4}"),
    DocumentKind.CREDIT_NOTE: ("KR", "KR{YYYY}-{N:4}"),
    DocumentKind.PROFORMA: ("ZAL", "ZAL{YYYY}-{N:4}"),
}


class IssueError(ValueError):
    """The draft lacks something a tax document must carry; ``code`` names what."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class LockedError(ValueError):
    """An issued invoice's content cannot change; corrections go through a credit note."""


@dataclass
class LineForm:
    description: str = ""
    quantity: Decimal = Decimal(1)
    unit: str = ""
    unit_price: Decimal = Decimal(0)
    discount_pct: Decimal = Decimal(0)
    vat_key: str = "21"
    product_id: int | None = None

    def amounts(self) -> LineAmounts:
        return LineAmounts(
            self.quantity, self.unit_price, self.discount_pct, VatRate.from_key(self.vat_key)
        )


@dataclass
class InvoiceForm:
    """Everything the editor shows and edits, as plain values."""

    id: int | None = None
    kind: str = DocumentKind.INVOICE.value
    status: str = InvoiceStatus.DRAFT.value
    number: str | None = None
    client_id: int | None = None
    client_name: str = ""
    language: str = "lt"
    currency: str = "EUR"
    issue_date: date = field(default_factory=date.today)
    supply_date: date | None = None
    due_date: date | None = None
    prices_include_vat: bool = False
    notes: str = ""
    variable_symbol: str = ""
    amount_in_words: bool = True
    credited_invoice_id: int | None = None
    lines: list[LineForm] = field(default_factory=list)
    # 1 <currency> = <exchange_rate> <national currency>; the date ``None`` means the rate of
    # the supply date, else the issue date (issuing writes that date down).
    exchange_rate: Decimal | None = None
    exchange_rate_date: date | None = None
    # The provision printed for each special treatment ("exempt", "zero", "reverse_charge":
    # ``core.document.LEGAL_BASIS_TREATMENTS``); a new invoice starts from the company's.
    legal_basis: dict[str, str] = field(default_factory=dict)

    def totals_gross(self) -> Decimal:
        return compute_totals(
            (ln.amounts() for ln in self.lines), prices_include_vat=self.prices_include_vat
        ).gross


def clean_basis(texts: dict[str, str] | None) -> dict[str, str]:
    """Known treatments with a non-blank text only: what storage keeps and the PDF prints."""
    known = LEGAL_BASIS_TREATMENTS.values()
    return {k: v.strip() for k, v in (texts or {}).items() if k in known and v and v.strip()}


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
        raise KeyError(invoice_id)
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
    totals = compute_totals(
        (
            LineAmounts(ln.quantity, ln.unit_price, ln.discount_pct, VatRate.from_key(ln.vat_key))
            for ln in inv.lines
        ),
        prices_include_vat=inv.prices_include_vat,
    )
    inv.total_base, inv.total_vat, inv.total_gross = totals.base, totals.vat, totals.gross
    inv.total_cents = int(totals.gross * 100)


def save_draft(session: Session, form: InvoiceForm) -> Invoice:
    """Create or overwrite a draft from the form; refuses issued invoices."""
    if form.id is None:
        inv = Invoice(kind=form.kind, status=InvoiceStatus.DRAFT.value)
        session.add(inv)
    else:
        found = session.get(Invoice, form.id)
        if found is None:
            raise KeyError(form.id)
        inv = found
        if not is_editable(InvoiceStatus(inv.status)):
            raise LockedError(inv.number or str(inv.id))
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
    session.flush()
    form.id = inv.id
    return inv


def next_number(session: Session, series: NumberSeries, when: date) -> str:
    """Advance the series counter (row-locked where the engine supports it)."""
    period = numbering.period_key(series.pattern, when)
    counter = session.scalars(
        select(SeriesCounter)
        .where(SeriesCounter.series_id == series.id, SeriesCounter.period == period)
        .with_for_update()
    ).first()
    if counter is None:
        counter = SeriesCounter(series_id=series.id, period=period, last_value=0)
        session.add(counter)
    counter.last_value += 1
    return numbering.format_number(series.pattern, counter.last_value, when)


def issue(session: Session, invoice_id: int, *, series_id: int | None = None) -> Invoice:
    """Lock a draft as a tax document: number, snapshots and status in one transaction."""
    inv = session.get(Invoice, invoice_id)
    if inv is None:
        raise KeyError(invoice_id)
    check_transition(InvoiceStatus(inv.status), InvoiceStatus.ISSUED)
    company = get_company(session)
    if not company.name.strip():
        raise IssueError("company_missing")
    client = session.get(Client, inv.client_id) if inv.client_id else None
    if client is None:
        raise IssueError("no_client")
    if not inv.lines:
        raise IssueError("no_lines")
    if any(not ln.description.strip() for ln in inv.lines):
        raise IssueError("empty_description")
    # VAT must also be stated in the national currency (LT VAT Law Art. 80(3), CZ VAT Act
    # §29(1)(l)): a VAT payer's invoice in another currency cannot be issued without the rate.
    if rate_required(company.country, company.vat_payer, inv.currency) and not (
        inv.exchange_rate and inv.exchange_rate > 0
    ):
        raise IssueError("exchange_rate_missing")
    series = session.get(NumberSeries, series_id) if series_id else None
    series = series or default_series(session, inv.kind)
    inv.series_id = series.id
    inv.number = next_number(session, series, inv.issue_date)
    if inv.currency == "CZK" and not inv.variable_symbol:
        inv.variable_symbol = numbering.digits_of(inv.number)
    if inv.exchange_rate is not None and inv.exchange_rate_date is None:
        inv.exchange_rate_date = inv.supply_date or inv.issue_date  # the rate's day, fixed now
    inv.seller_snapshot = company_party(company).to_dict()
    inv.buyer_snapshot = client_party(client).to_dict()
    inv.client_name = client.name
    inv.status = InvoiceStatus.ISSUED.value
    inv.issued_at = datetime.now()
    add_event(session, inv, "issued", inv.number)
    session.flush()
    return inv


def add_event(session: Session, inv: Invoice, kind: str, detail: str = "") -> None:
    inv.events.append(InvoiceEvent(kind=kind, detail=detail, at=datetime.now()))


def set_status(session: Session, invoice_id: int, target: InvoiceStatus) -> Invoice:
    inv = session.get(Invoice, invoice_id)
    if inv is None:
        raise KeyError(invoice_id)
    check_transition(InvoiceStatus(inv.status), target)
    inv.status = target.value
    if target is InvoiceStatus.PAID:
        inv.paid_at = date.today()
    elif target is InvoiceStatus.SENT:
        inv.sent_at = datetime.now()
    add_event(session, inv, target.value)
    session.flush()
    return inv


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
    return save_draft(session, form)


def create_credit_note(session: Session, invoice_id: int, today: date | None = None) -> Invoice:
    """A draft credit note that references and exactly negates an issued invoice."""
    original = session.get(Invoice, invoice_id)
    if original is None:
        raise KeyError(invoice_id)
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
    return save_draft(session, form)


def to_document(session: Session, invoice_id: int) -> InvoiceDocument:
    """The renderable document: snapshots for issued invoices, live data for drafts."""
    inv = session.get(Invoice, invoice_id)
    if inv is None:
        raise KeyError(invoice_id)
    if inv.seller_snapshot:
        seller = Party.from_dict(inv.seller_snapshot)
    else:
        seller = company_party(get_company(session))
    client = session.get(Client, inv.client_id) if inv.client_id else None
    if inv.buyer_snapshot:
        buyer = Party.from_dict(inv.buyer_snapshot)
    elif client is not None:
        buyer = client_party(client)
    else:
        buyer = Party(name=inv.client_name)
    credited = session.get(Invoice, inv.credited_invoice_id) if inv.credited_invoice_id else None
    return InvoiceDocument(
        kind=DocumentKind(inv.kind),
        status=InvoiceStatus(inv.status),
        number=inv.number,
        language=inv.language,
        currency=inv.currency,
        issue_date=inv.issue_date,
        supply_date=inv.supply_date,
        due_date=inv.due_date,
        seller=seller,
        buyer=buyer,
        lines=tuple(
            DocumentLine(
                ln.description,
                ln.quantity,
                ln.unit,
                ln.unit_price,
                ln.discount_pct,
                VatRate.from_key(ln.vat_key),
            )
            for ln in inv.lines
        ),
        prices_include_vat=inv.prices_include_vat,
        notes=inv.notes,
        variable_symbol=inv.variable_symbol,
        credited_number=credited.number if credited else None,
        exchange_rate=inv.exchange_rate,
        exchange_rate_date=inv.exchange_rate_date,
        amount_in_words=inv.amount_in_words,
        extra={basis_extra_key(k): v for k, v in clean_basis(inv.legal_basis).items()},
    )


def update_notes(session: Session, invoice_id: int, notes: str) -> Invoice:
    """Notes stay editable after issuing (they are not part of the tax content)."""
    inv = session.get(Invoice, invoice_id)
    if inv is None:
        raise KeyError(invoice_id)
    inv.notes = notes
    inv.updated_at = datetime.now()
    session.flush()
    return inv


def last_currency_for_client(session: Session, client_id: int) -> str | None:
    """The currency of the client's most recent invoice: the editor's hint for a new one."""
    return session.scalars(
        select(Invoice.currency)
        .where(Invoice.client_id == client_id)
        .order_by(Invoice.issue_date.desc(), Invoice.id.desc())
        .limit(1)
    ).first()
