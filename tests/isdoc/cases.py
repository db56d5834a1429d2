"""Invoices the ISDOC tests export: several VAT rates, discounts, gross prices that round,
credit notes, a non-payer, EUR and CZK invoices with an exchange rate, both sellers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.core.document import DocumentLine, InvoiceDocument
from desktop.core.lifecycle import DocumentKind
from tests.pdf.samples import (
    CZ_SELLER,
    VAT5,
    VAT12,
    VAT21,
    D,
    cz_invoice,
    en_invoice,
    lt_invoice,
    without_vat,
)


def credit_note(doc: InvoiceDocument, number: str) -> InvoiceDocument:
    """The whole of ``doc`` credited, as ``storage.invoices.create_credit_note`` makes it."""
    return replace(
        doc,
        kind=DocumentKind.CREDIT_NOTE,
        number=number,
        credited_number=doc.number,
        credited_issue_date=doc.issue_date,
        issue_date=date(2026, 3, 20),
        supply_date=date(2026, 3, 20),
        variable_symbol="",
        lines=tuple(replace(ln, quantity=-ln.quantity) for ln in doc.lines),
    )


def gross_prices() -> InvoiceDocument:
    """Prices with VAT (common in Czech shops): VAT = gross × rate / (100 + rate) per rate."""
    return cz_invoice(
        number="FAK2026-0050",
        prices_include_vat=True,
        lines=(
            DocumentLine("Káva zrnková 1 kg", D(3), "ks", D("99.99"), D(0), VAT21),
            DocumentLine("Hrnek", D(7), "ks", D("33.33"), D(3), VAT21),
            DocumentLine("Kniha", D(1), "ks", D("0.05"), D(0), VAT12),
            DocumentLine("Čaj sypaný", D("2.5"), "kg", D("412.70"), D("12.5"), VAT12),
        ),
    )


def eur_with_rate() -> InvoiceDocument:
    """A Czech payer invoicing in EUR: reverse charge and 21 % on one invoice."""
    doc = en_invoice()
    return replace(
        doc,
        lines=(
            *doc.lines,
            DocumentLine("Shipping", D(3), "pc", D("10.333"), D(7), VAT21),
        ),
    )


def lt_in_czk() -> InvoiceDocument:
    """A Lithuanian payer invoicing a Czech client in CZK; the local currency is EUR."""
    return lt_invoice(
        number="FAK2026-0077",
        currency="CZK",
        exchange_rate=D("0.0411"),
        exchange_rate_date=date(2026, 2, 27),
        lines=(
            DocumentLine("Vertimas", D(12), "psl.", D("450"), D(0), VAT21),
            DocumentLine("Knyga", D(2), "vnt.", D("333.33"), D(10), VAT5),
        ),
    )


def cz_non_payer() -> InvoiceDocument:
    return without_vat(cz_invoice(number="FAK2026-0060"))


CASES: dict[str, InvoiceDocument] = {
    "cz_rates_discount": cz_invoice(),
    "cz_gross_rounding": gross_prices(),
    "cz_credit_note": credit_note(cz_invoice(), "DOB2026-0001"),
    "cz_non_payer": cz_non_payer(),
    "cz_non_payer_credit": credit_note(cz_non_payer(), "DOB2026-0002"),
    "eur_rate": eur_with_rate(),
    "eur_rate_credit_note": credit_note(eur_with_rate(), "DOB2026-0003"),
    "lt_rates_discount": lt_invoice(),
    "lt_in_czk": lt_in_czk(),
    "cz_seller_lt_iban": cz_invoice(seller=replace(CZ_SELLER, iban="LT12 1000 0111 0100 1000")),
}
