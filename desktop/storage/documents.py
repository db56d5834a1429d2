"""The renderable document of an invoice: what the PDF, the e-mail and the exports read.

Issued invoices render from the snapshots taken when they were issued, so editing a client
later never changes a tax document; drafts render from the live company and client.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.document import DocumentLine, InvoiceDocument, Party, basis_extra_key
from desktop.core.errors import NotFoundError
from desktop.core.forms import clean_basis
from desktop.core.lifecycle import DocumentKind, InvoiceStatus
from desktop.core.vat import VatRate
from desktop.storage.models import Client, Invoice
from desktop.storage.parties import client_party, company_party, get_company


def to_document(session: Session, invoice_id: int) -> InvoiceDocument:
    """The renderable document: snapshots for issued invoices, live data for drafts."""
    inv = session.get(Invoice, invoice_id)
    if inv is None:
        raise NotFoundError("invoice", invoice_id)
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
        credited_issue_date=credited.issue_date if credited else None,
        exchange_rate=inv.exchange_rate,
        exchange_rate_date=inv.exchange_rate_date,
        amount_in_words=inv.amount_in_words,
        extra={basis_extra_key(k): v for k, v in clean_basis(inv.legal_basis).items()},
    )


def period_documents(session: Session, start: date, end: date) -> list[InvoiceDocument]:
    """Every issued (sent, paid or cancelled) invoice and credit note issued from ``start``
    to ``end`` inclusive, oldest first: what the accountant's export lists."""
    query = (
        select(Invoice.id)
        .where(
            Invoice.status != InvoiceStatus.DRAFT.value,
            Invoice.kind.in_((DocumentKind.INVOICE.value, DocumentKind.CREDIT_NOTE.value)),
            Invoice.issue_date >= start,
            Invoice.issue_date <= end,
        )
        .order_by(Invoice.issue_date, Invoice.number, Invoice.id)
    )
    return [to_document(session, invoice_id) for invoice_id in session.scalars(query)]
