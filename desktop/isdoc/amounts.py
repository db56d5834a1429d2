"""The figures an ISDOC carries, from the document the PDF prints.

ISDOC writes every amount in the local currency (the seller's national one) and, for an
invoice in another currency, also in that currency (the ``…Curr`` twins, rules-6.0.2.xml
invoice-rule-2).  The document-currency figures are the PDF's own (``core.totals``); the local
ones are the per-rate base and VAT restated at the invoice's rate, each rounded to cents, as
the PDF's national-currency table prints them (``core.totals.converted``).  Lines carry VAT
per line for information only: ISDOC says the per-rate summary wins when they differ
(rules-6.0.2.xml, "Výpočet DPH").

A credit note is written in positive amounts (rules-6.0.2.xml, "Finanční částky": DocumentType
2 says the amounts are deducted), so its figures are negated here.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext

from desktop.core.document import DocumentLine, InvoiceDocument
from desktop.core.errors import ExportRefusedError
from desktop.core.limits import money_context
from desktop.core.money import round_money
from desktop.core.totals import (
    InvoiceTotals,
    converted,
    net_unit_price,
    vat_from_gross,
    vat_from_net,
)
from desktop.core.validation import national_currency
from desktop.core.vat import VatCategory

ONE = Decimal(1)
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Money:
    """One amount in the local currency and, for a foreign-currency invoice, in that one."""

    local: Decimal
    foreign: Decimal | None = None


@dataclass(frozen=True)
class LineFigures:
    line: DocumentLine
    quantity: Decimal
    net: Money
    gross: Money
    vat: Decimal  # local currency; ISDOC has no foreign twin for a line's VAT
    unit_net: Decimal  # local currency
    unit_gross: Decimal


@dataclass(frozen=True)
class Figures:
    local_currency: str
    foreign_currency: str | None
    rate: Decimal  # 1 foreign = rate local; 1 without a foreign currency
    charges_vat: bool
    lines: tuple[LineFigures, ...]
    local_totals: InvoiceTotals
    foreign_totals: InvoiceTotals | None

    def money(self, pick: str) -> Money:
        """A total (``base``, ``vat`` or ``gross``) in both currencies."""
        foreign = getattr(self.foreign_totals, pick) if self.foreign_totals else None
        return Money(getattr(self.local_totals, pick), foreign)


def charges_vat(doc: InvoiceDocument) -> bool:
    """The same test the PDF makes before printing VAT columns (``pdf.summary``)."""
    return doc.seller.vat_payer and any(
        ln.vat.category is not VatCategory.NOT_SUBJECT for ln in doc.lines
    )


def _negated(totals: InvoiceTotals) -> InvoiceTotals:
    from dataclasses import replace

    return InvoiceTotals(
        tuple(replace(r, base=-r.base, vat_amount=-r.vat_amount) for r in totals.rates)
    )


def _line(doc: InvoiceDocument, line: DocumentLine, sign: int, rate: Decimal | None) -> LineFigures:
    amounts = line.amounts()
    amount = amounts.amount
    vat_rate = line.vat.rate
    with localcontext(money_context()):
        if doc.prices_include_vat:
            vat = vat_from_gross(amount, vat_rate)
            net, gross = amount - vat, amount
            unit_gross = line.unit_price
        else:
            vat = vat_from_net(amount, vat_rate)
            net, gross = amount, amount + vat
            unit_gross = round_money(line.unit_price * (HUNDRED + vat_rate) / HUNDRED)
        unit_net = net_unit_price(amounts, prices_include_vat=doc.prices_include_vat)
        net, gross, vat = sign * net, sign * gross, sign * vat
        if rate is None:
            return LineFigures(
                line, sign * line.quantity, Money(net), Money(gross), vat, unit_net, unit_gross
            )
        local_net, local_vat = round_money(net * rate), round_money(vat * rate)
        return LineFigures(
            line,
            sign * line.quantity,
            Money(local_net, net),
            Money(local_net + local_vat, gross),
            local_vat,
            round_money(unit_net * rate),
            round_money(unit_gross * rate),
        )


def figures(doc: InvoiceDocument) -> Figures:
    """Every amount of the ISDOC; ``ExportRefusedError("exchange_rate_missing")`` for a
    foreign-currency invoice without its rate (its local amounts are unknown)."""
    local = national_currency(doc.seller.country) or doc.currency
    foreign = doc.currency if doc.currency != local else None
    if foreign is not None and doc.exchange_rate is None:
        raise ExportRefusedError("exchange_rate_missing")
    rate = doc.exchange_rate if foreign is not None and doc.exchange_rate else None
    sign = -1 if doc.is_credit_note else 1
    totals = doc.totals if sign == 1 else _negated(doc.totals)
    lines = tuple(_line(doc, ln, sign, rate) for ln in doc.lines)
    if rate is None:
        return Figures(local, None, ONE, charges_vat(doc), lines, totals, None)
    # Converted from the signed totals, so a credit note's figures are the PDF's, negated.
    local_totals = converted(doc.totals, rate)
    if sign == -1:
        local_totals = _negated(local_totals)
    return Figures(local, foreign, rate, charges_vat(doc), lines, local_totals, totals)
