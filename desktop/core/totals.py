"""Line totals, per-rate VAT summary and invoice totals.

Rules (INVOICE-RULES.md; EN 16931 BR-CO-17): a line total is quantity × unit price ×
(1 − discount %), rounded half-up to cents; VAT is computed once per rate on the sum of that
rate's lines, never per line, so the summary always adds up.  With gross prices (common for
Czech users) VAT per rate is gross × rate / (100 + rate) and the base is what remains.
ROUND_HALF_UP rounds away from zero, so negating every quantity negates every total exactly.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from desktop.core.money import ZERO, round_money
from desktop.core.vat import VatRate

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class LineAmounts:
    """What a single line contributes; ``amount`` is net or gross as the invoice says."""

    quantity: Decimal
    unit_price: Decimal
    discount_pct: Decimal
    vat: VatRate

    @property
    def amount(self) -> Decimal:
        factor = (HUNDRED - self.discount_pct) / HUNDRED
        return round_money(self.quantity * self.unit_price * factor)


@dataclass(frozen=True)
class RateSummary:
    vat: VatRate
    base: Decimal
    vat_amount: Decimal

    @property
    def gross(self) -> Decimal:
        return self.base + self.vat_amount


@dataclass(frozen=True)
class InvoiceTotals:
    rates: tuple[RateSummary, ...] = field(default_factory=tuple)

    @property
    def base(self) -> Decimal:
        return sum((r.base for r in self.rates), ZERO)

    @property
    def vat(self) -> Decimal:
        return sum((r.vat_amount for r in self.rates), ZERO)

    @property
    def gross(self) -> Decimal:
        return self.base + self.vat


def vat_from_net(base: Decimal, rate: Decimal) -> Decimal:
    return round_money(base * rate / HUNDRED)


def vat_from_gross(gross: Decimal, rate: Decimal) -> Decimal:
    """Czech VAT Act §37: price × rate / (100 + rate), rounded to cents."""
    return round_money(gross * rate / (HUNDRED + rate))


def compute_totals(lines: Iterable[LineAmounts], *, prices_include_vat: bool) -> InvoiceTotals:
    """Sum lines per VAT rate in first-seen order (the order the user typed them)."""
    sums: dict[VatRate, Decimal] = {}
    for line in lines:
        sums[line.vat] = sums.get(line.vat, ZERO) + line.amount
    summaries = []
    for vat, amount in sums.items():
        if prices_include_vat:
            tax = vat_from_gross(amount, vat.rate)
            summaries.append(RateSummary(vat, amount - tax, tax))
        else:
            summaries.append(RateSummary(vat, amount, vat_from_net(amount, vat.rate)))
    return InvoiceTotals(tuple(summaries))


def negate(lines: Sequence[LineAmounts]) -> list[LineAmounts]:
    """Lines of a credit note: the same prices with negative quantities."""
    return [LineAmounts(-ln.quantity, ln.unit_price, ln.discount_pct, ln.vat) for ln in lines]


def net_unit_price(line: LineAmounts, *, prices_include_vat: bool) -> Decimal:
    """Unit price without VAT for printing, when the user typed gross prices."""
    if not prices_include_vat:
        return line.unit_price
    return round_money(line.unit_price * HUNDRED / (HUNDRED + line.vat.rate))
