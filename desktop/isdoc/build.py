"""An invoice or credit note as an ISDOC 6.0.2 document (``<Invoice version="6.0.2">``).

Which elements and why (isdoc-invoice-6.0.2.xsd; rules-6.0.2.xml):
- ``DocumentType`` 1 for an invoice, 2 for a credit note, which then names the invoice it
  corrects in ``OriginalDocumentReferences`` (invoice-rule-1).
- ``UUID`` is derived from the seller and the number, so exporting the same invoice again
  gives the same identifier and an importer sees one document, not two ("Identifikátory").
- ``TaxPointDate`` (DUZP) only on a VAT payer's invoice: a credit note's tax point is the day
  it is delivered, and a non-tax document has none ("Vyplňování položek v souladu
  s legislativou").
- ``VATApplicable`` false for a seller who charges no VAT, and then false on every line
  (invoice-rule-5).
- Local currency = the seller's national one (CZK, EUR); another invoice currency is
  ``ForeignCurrencyCode`` with every ``…Curr`` twin, ``CurrRate`` = the invoice's rate and
  ``RefCurrRate`` = 1; without one, both rates are 1 and no twin appears (rules 2–4).
- ``PaymentMeans`` (bank transfer, code 42) when the seller has an IBAN; a credit note has
  none, which ISDOC reads as "nothing to pay" ("Informace o platbě").
"""

from __future__ import annotations

import uuid
from xml.etree.ElementTree import Element, ElementTree, indent

from desktop import __version__
from desktop.core.document import (
    LEGAL_BASIS_TREATMENTS,
    InvoiceDocument,
    basis_extra_key,
    domestic_account,
    prints_variable_symbol,
    variable_symbol,
)
from desktop.core.errors import ExportRefusedError
from desktop.core.lifecycle import DocumentKind
from desktop.core.payments import compact_iban
from desktop.core.totals import RateSummary
from desktop.core.vat import VatCategory
from desktop.isdoc.amounts import Figures, LineFigures, Money, figures
from desktop.isdoc.parties import party_element
from desktop.isdoc.xml import NAMESPACE, VERSION, amount, decimal_text, flag, qname, sub, text

# A fixed namespace for uuid5: the same seller and number always give the same UUID.
_UUID_NAMESPACE = uuid.UUID("5b0f3a52-8f3e-4c55-9a41-7d2f1c0e6a10")
ISDOC_SUFFIX = ".isdoc"
# ISDOC DocumentTypeType: 1 invoice (daňový doklad), 2 credit note (opravný daňový doklad),
# 4 advance invoice (zálohová faktura, not a tax document).
DOCUMENT_TYPES = {
    DocumentKind.INVOICE: "1",
    DocumentKind.CREDIT_NOTE: "2",
    DocumentKind.PROFORMA: "4",
}


def document_uuid(doc: InvoiceDocument, number: str | None = None) -> str:
    seller = doc.seller
    key = "|".join((seller.country, seller.company_code or seller.name, number or doc.number or ""))
    return str(uuid.uuid5(_UUID_NAMESPACE, key))


def isdoc_file_name(doc: InvoiceDocument) -> str:
    """``FAK2026-0001.isdoc``: the PDF's name with ISDOC's suffix."""
    from desktop.pdf.export import pdf_file_name

    return pdf_file_name(doc).removesuffix(".pdf") + ISDOC_SUFFIX


def _twin(parent: Element, tag: str, value: Money, *, curr_first: bool = True) -> None:
    """``<TagCurr>`` (foreign currency) and ``<Tag>`` (local), in the schema's order."""
    if curr_first and value.foreign is not None:
        amount(parent, tag + "Curr", value.foreign)
    amount(parent, tag, value.local)
    if not curr_first and value.foreign is not None:
        amount(parent, tag + "Curr", value.foreign)


def _vat_note(doc: InvoiceDocument, category: VatCategory) -> str:
    """The sentence the PDF prints for an exempt, zero-rated or reverse-charge supply, with the
    legal basis the user gave (``pdf.summary.legal_notes``)."""
    from desktop.pdf.vocabulary import vocabulary

    treatment = LEGAL_BASIS_TREATMENTS.get(category)
    if treatment is None or not doc.seller.vat_payer:
        return ""
    words = vocabulary(doc.language)
    note = words[f"legal_{treatment}"]
    basis = doc.extra.get(basis_extra_key(treatment), "").strip()
    return f"{note} {words['legal_basis'].format(basis=basis)}" if basis else note


def _lines(parent: Element, doc: InvoiceDocument, fig: Figures) -> None:
    lines = sub(parent, "InvoiceLines")
    for index, lf in enumerate(fig.lines, 1):
        _line(lines, doc, fig, index, lf)


def _line(parent: Element, doc: InvoiceDocument, fig: Figures, index: int, lf: LineFigures) -> None:
    node = sub(parent, "InvoiceLine")
    text(node, "ID", str(index))
    attrs = {"unitCode": lf.line.unit.strip()} if lf.line.unit.strip() else {}
    text(node, "InvoicedQuantity", decimal_text(lf.quantity), **attrs)
    _twin(node, "LineExtensionAmount", lf.net)
    _twin(node, "LineExtensionAmountTaxInclusive", lf.gross)
    amount(node, "LineExtensionTaxAmount", lf.vat)
    amount(node, "UnitPrice", lf.unit_net)
    amount(node, "UnitPriceTaxInclusive", lf.unit_gross)
    category = sub(node, "ClassifiedTaxCategory")
    text(category, "Percent", decimal_text(lf.line.vat.rate))
    text(category, "VATCalculationMethod", "1" if doc.prices_include_vat else "0")
    applicable = fig.charges_vat and lf.line.vat.category is not VatCategory.NOT_SUBJECT
    text(category, "VATApplicable", flag(applicable))
    if lf.line.discount_pct:
        text(node, "Note", f"-{decimal_text(lf.line.discount_pct)} %")
    note = _vat_note(doc, lf.line.vat.category)
    if note:
        text(node, "VATNote", note)
    if lf.line.description.strip():
        text(sub(node, "Item"), "Description", lf.line.description.strip())


def _tax_total(parent: Element, fig: Figures) -> None:
    node = sub(parent, "TaxTotal")
    foreign_rates = fig.foreign_totals.rates if fig.foreign_totals else None
    for i, local in enumerate(fig.local_totals.rates):
        foreign: RateSummary | None = foreign_rates[i] if foreign_rates else None
        subtotal = sub(node, "TaxSubTotal")
        pairs = (
            ("Taxable", Money(local.base, foreign.base if foreign else None)),
            ("Tax", Money(local.vat_amount, foreign.vat_amount if foreign else None)),
            ("TaxInclusive", Money(local.gross, foreign.gross if foreign else None)),
        )
        for name, value in pairs:
            _twin(subtotal, f"{name}Amount", value)
        zero = Money(local.base * 0, foreign.base * 0 if foreign else None)
        for name, _ in pairs:
            _twin(subtotal, f"AlreadyClaimed{name}Amount", zero)
        for name, value in pairs:
            _twin(subtotal, f"Difference{name}Amount", value)
        category = sub(subtotal, "TaxCategory")
        text(category, "Percent", decimal_text(local.vat.rate))
        applicable = fig.charges_vat and local.vat.category is not VatCategory.NOT_SUBJECT
        text(category, "VATApplicable", flag(applicable))
    _twin(node, "TaxAmount", fig.money("vat"))


def _monetary_total(parent: Element, fig: Figures) -> None:
    node = sub(parent, "LegalMonetaryTotal")
    base, gross = fig.money("base"), fig.money("gross")
    zero = Money(base.local * 0, base.foreign * 0 if base.foreign is not None else None)
    for tag, value in (
        ("TaxExclusiveAmount", base),
        ("TaxInclusiveAmount", gross),
        ("AlreadyClaimedTaxExclusiveAmount", zero),
        ("AlreadyClaimedTaxInclusiveAmount", zero),
        ("DifferenceTaxExclusiveAmount", base),
        ("DifferenceTaxInclusiveAmount", gross),
        ("PaidDepositsAmount", zero),
        ("PayableAmount", gross),
    ):
        _twin(node, tag, value, curr_first=False)


def _payment(parent: Element, doc: InvoiceDocument, fig: Figures) -> None:
    seller = doc.seller
    iban = compact_iban(seller.iban)
    if not iban or doc.is_credit_note:
        return
    means = sub(parent, "PaymentMeans")
    payment = sub(means, "Payment")
    gross = fig.money("gross")
    amount(payment, "PaidAmount", gross.foreign if gross.foreign is not None else gross.local)
    text(payment, "PaymentMeansCode", "42")  # payment to a bank account (UN/ECE 4461)
    details = sub(payment, "Details")
    text(details, "PaymentDueDate", (doc.due_date or doc.issue_date).isoformat())
    domestic = domestic_account(seller)  # as printed on the PDF
    text(details, "ID", domestic[0] if domestic else iban)
    text(details, "BankCode", domestic[1] if domestic else "")
    text(details, "Name", seller.bank_name.strip())
    text(details, "IBAN", iban)
    text(details, "BIC", compact_iban(seller.bic))
    if prints_variable_symbol(doc):  # as on the PDF
        text(details, "VariableSymbol", variable_symbol(doc))


def isdoc_tree(doc: InvoiceDocument) -> ElementTree[Element]:
    """The ISDOC document; ``ExportRefusedError`` for a draft (no number yet), a credit note
    without the invoice it corrects, or a foreign-currency invoice without its rate."""
    if doc.is_draft or not doc.number:
        raise ExportRefusedError("draft")
    if doc.is_credit_note and not doc.credited_number:
        raise ExportRefusedError("credit_without_invoice")
    fig = figures(doc)
    root = Element(qname("Invoice"), {"version": VERSION})
    text(root, "DocumentType", DOCUMENT_TYPES[doc.kind])
    text(root, "ID", doc.number)
    text(root, "UUID", document_uuid(doc))
    text(root, "IssuingSystem", f"Faktura {__version__}")
    text(root, "IssueDate", doc.issue_date.isoformat())
    if fig.charges_vat and doc.kind is DocumentKind.INVOICE:
        text(root, "TaxPointDate", (doc.supply_date or doc.issue_date).isoformat())
    text(root, "VATApplicable", flag(fig.charges_vat))
    text(root, "ElectronicPossibilityAgreementReference", "")
    if doc.notes.strip():
        text(root, "Note", doc.notes.strip(), languageID=doc.language)
    text(root, "LocalCurrencyCode", fig.local_currency)
    if fig.foreign_currency:
        text(root, "ForeignCurrencyCode", fig.foreign_currency)
    text(root, "CurrRate", decimal_text(fig.rate))
    text(root, "RefCurrRate", "1")
    party_element(root, "AccountingSupplierParty", doc.seller)
    party_element(root, "AccountingCustomerParty", doc.buyer)
    if doc.is_credit_note and doc.credited_number:
        refs = sub(root, "OriginalDocumentReferences")
        ref = sub(refs, "OriginalDocumentReference", id="original-1")
        text(ref, "ID", doc.credited_number)
        if doc.credited_issue_date:
            text(ref, "IssueDate", doc.credited_issue_date.isoformat())
        text(ref, "UUID", document_uuid(doc, doc.credited_number))
    _lines(root, doc, fig)
    _tax_total(root, fig)
    _monetary_total(root, fig)
    _payment(root, doc, fig)
    indent(root)
    return ElementTree(root)


def isdoc_bytes(doc: InvoiceDocument) -> bytes:
    """UTF-8 XML with its declaration and ISDOC's namespace as the default one."""
    from xml.etree.ElementTree import register_namespace, tostring

    # The default namespace, as every ISDOC sample has it (``default_namespace=`` would refuse
    # the schema's unqualified attributes); the mapping is process-wide and only ever this.
    register_namespace("", NAMESPACE)
    body = tostring(isdoc_tree(doc).getroot(), encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")
