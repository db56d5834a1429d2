"""Line totals, per-rate VAT summary and invoice totals.

Rules (INVOICE-RULES.md; EN 16931 BR-CO-17): a line total is quantity × unit price ×
(1 − discount %), rounded half-up to cents; VAT is computed once per rate on the sum of that
rate's lines, never per line, so the summary always adds up.  With gross prices (common for
Czech users) VAT per rate is gross × rate / (100 + rate) and the base is what remains.
ROUND_HALF_UP rounds away from zero, so negating every quantity negates every total exactly.

Everything is computed in ``limits.money_context()`` (enough digits that nothing rounds before
the cents), and nothing beyond the money limits is computed at all: a value out of range, a
line or an invoice over 999 999 999 999.99 raises ``AmountLimitError`` — never
``InvalidOperation`` or an overflow further down (``core.limits`` has the figures and why).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, localcontext

from desktop.core.errors import AmountLimitError
from desktop.core.limits import MAX_TOTAL, check_amount_inputs, check_total, money_context
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
        """Quantity × unit price − discount, in cents; ``AmountLimitError`` beyond the limits."""
        check_amount_inputs(self.quantity, self.unit_price, self.discount_pct)
        with localcontext(money_context()):
            factor = (HUNDRED - self.discount_pct) / HUNDRED
            amount = round_money(self.quantity * self.unit_price * factor)
        return check_total(amount, "line_total_too_large")


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


def converted(totals: InvoiceTotals, rate: Decimal) -> InvoiceTotals:
    """The per-rate base and VAT restated at ``rate`` (1 unit = ``rate`` national), each
    rounded to cents on its own, as the PDF prints them (LT VAT Law Art. 80(3), CZ VAT Act
    §29(1)(l)) and ISDOC carries them; totals are the sums of those rounded figures."""
    with localcontext(money_context()):
        return InvoiceTotals(
            tuple(
                RateSummary(r.vat, round_money(r.base * rate), round_money(r.vat_amount * rate))
                for r in totals.rates
            )
        )


def vat_from_net(base: Decimal, rate: Decimal) -> Decimal:
    with localcontext(money_context()):
        return round_money(base * rate / HUNDRED)


def vat_from_gross(gross: Decimal, rate: Decimal) -> Decimal:
    """Czech VAT Act §37: price × rate / (100 + rate), rounded to cents."""
    with localcontext(money_context()):
        return round_money(gross * rate / (HUNDRED + rate))


def ceiling(lines: Iterable[LineAmounts]) -> Decimal:
    """The most any total of these lines can come to: their amounts without sign, summed per
    rate, with VAT added on top (``core.limits``: why the invoice limit is measured so).

    ``AmountLimitError`` for a line beyond the limits."""
    return _ceiling([(line.vat, line.amount) for line in lines])


def _ceiling(amounts: list[tuple[VatRate, Decimal]]) -> Decimal:
    sums: dict[VatRate, Decimal] = {}
    for vat, amount in amounts:
        sums[vat] = sums.get(vat, ZERO) + abs(amount)
    with localcontext(money_context()):
        return sum((base + vat_from_net(base, vat.rate) for vat, base in sums.items()), ZERO)


def compute_totals(lines: Iterable[LineAmounts], *, prices_include_vat: bool) -> InvoiceTotals:
    """Sum lines per VAT rate in first-seen order (the order the user typed them).

    ``AmountLimitError`` when a line, or the lines together (``ceiling``), exceed the limits."""
    amounts = [(line.vat, line.amount) for line in lines]
    if _ceiling(amounts) > MAX_TOTAL:
        raise AmountLimitError("invoice_total_too_large")
    sums: dict[VatRate, Decimal] = {}
    for vat, amount in amounts:
        sums[vat] = sums.get(vat, ZERO) + amount
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
    check_amount_inputs(line.quantity, line.unit_price, line.discount_pct)
    with localcontext(money_context()):
        return round_money(line.unit_price * HUNDRED / (HUNDRED + line.vat.rate))
