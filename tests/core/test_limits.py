"""The money limits (``core.limits``) and the arithmetic that relies on them.

What the issue found: 10^17 as a price overflowed ``total_cents`` and 10^13 × 10^13 raised
``InvalidOperation`` in ``compute_totals``.  Here every out-of-range value is refused with
``AmountLimitError`` and its code; everything inside the limits computes exactly; and the
invoice rule (lines counted without sign, VAT on top) bounds every total those lines can
make, whichever lines are kept and whether prices are net or gross.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.errors import AmountLimitError
from desktop.core.forms import LineForm
from desktop.core.limits import (
    MAX_QUANTITY,
    MAX_TOTAL,
    MAX_UNIT_PRICE,
    cents,
    quantity_problem,
    unit_price_problem,
)
from desktop.core.line_rules import line_problems, lines_problem, read_field
from desktop.core.money import decimal_places, format_number, format_quantity
from desktop.core.totals import LineAmounts, ceiling, compute_totals, negate
from desktop.core.validation import Problem, parse_exchange_rate
from desktop.core.vat import VatCategory, VatRate

D = Decimal
STANDARD = VatRate(D(21))
RATES = [STANDARD, VatRate(D(12)), VatRate(D(5)), VatRate(D(0), VatCategory.ZERO)]


def _line(quantity: str, price: str, discount: str = "0", vat: VatRate = STANDARD) -> LineAmounts:
    return LineAmounts(D(quantity), D(price), D(discount), vat)


@pytest.mark.parametrize(
    ("quantity", "price", "discount", "code"),
    [
        ("1", "100000000000000000", "0", "price_too_large"),  # the price
        ("10000000000000", "10000000000000", "0", "quantity_too_large"),  # the 1e13 × 1e13
        ("999999999.9999", "999999999.9999", "0", "line_total_too_large"),
        ("1", "1", "101", "discount_range"),
        ("1", "1", "-1", "discount_range"),
        ("NaN", "1", "0", "not_a_number"),
        ("1", "Infinity", "0", "not_a_number"),
        ("1", "1", "sNaN", "not_a_number"),
        ("1E+999999", "1E-999999", "0", "quantity_too_large"),
    ],
)
def test_values_beyond_the_limits_are_refused_by_code(
    quantity: str, price: str, discount: str, code: str
) -> None:
    with pytest.raises(AmountLimitError) as refused:
        compute_totals([_line(quantity, price, discount)], prices_include_vat=False)
    assert refused.value.code == code


def test_the_largest_line_and_invoice_compute_exactly() -> None:
    # 826 446 280 991.73 × 1.21 = 999 999 999 999.99 (rounded): the most a 21 % line may be.
    largest = _line("1", "826446280.99173", vat=STANDARD)  # 5 places: a stored, older line
    assert largest.amount == D("826446280.99")
    edge = [_line("1000", "826446280.99173")]
    totals = compute_totals(edge, prices_include_vat=False)
    assert totals.gross == D("999999999999.99") == MAX_TOTAL
    assert cents(totals.gross) == 99_999_999_999_999
    with pytest.raises(AmountLimitError, match="invoice_total_too_large"):
        cent = _line("1", "0.01", vat=VatRate(D(0), VatCategory.ZERO))
        compute_totals([*edge, cent], prices_include_vat=False)
    # Every digit counts: 999.9999 × 999 999 999.9999 × 66.67 % = 666 699 933 329.93333…
    assert _line("999.9999", "999999999.9999", "33.33").amount == D("666699933329.93")


def test_cents_refuses_what_sqlite_could_not_hold() -> None:
    assert cents(D("-999999999999.99")) == -99_999_999_999_999
    for amount in (D("1000000000000"), D("1e17"), D("NaN")):
        with pytest.raises(AmountLimitError):
            cents(amount)


def test_decimal_places_count_digits_not_the_context() -> None:
    assert decimal_places(D("1." + "0" * 40 + "1")) == 41  # normalize() would round this to 1
    assert decimal_places(D("1.2300")) == 2
    assert decimal_places(D("1E+5")) == 0


def test_formatting_never_raises() -> None:
    """A value the rules refuse may still be drawn (a stored line, a raw cell)."""
    assert format_number(D("1e30"), "lt").startswith("1\u00a0000\u00a0000")
    assert format_quantity(D("1e30"), "en").endswith(",000")
    assert format_number(D("-1e-99999999"), "en") == "0.00"
    assert format_number(D("NaN"), "en") == "NaN"


@pytest.mark.parametrize(
    ("text", "field", "value", "code"),
    [
        ("1e13", "quantity", None, "not_a_number"),
        ("Infinity", "unit_price", None, "not_a_number"),
        ("", "quantity", D(0), None),
        ("١٢٣", "quantity", D(123), None),  # Arabic-Indic digits are digits
        ("-5", "quantity", None, "negative_quantity"),
        ("-5", "unit_price", D(-5), None),  # a discount line
        ("0,12345", "unit_price", None, "price_too_precise"),
        ("1000000000", "quantity", None, "quantity_too_large"),
        ("33,333", "discount_pct", None, "discount_too_precise"),
        ("  h  ", "unit", "h", None),
        ("u" * 21, "unit", None, "too_long"),
        ("7", "vat_key", None, "vat_rate"),
    ],
)
def test_a_typed_cell_reads_as_the_rules_say(
    text: str, field: str, value: object, code: str | None
) -> None:
    assert read_field(field, text, ["21"]) == (value, Problem(code) if code else None)


def test_negative_quantities_belong_on_credit_notes_and_prices_may_be_discounts() -> None:
    assert quantity_problem(D(-1)) == Problem("negative_quantity")
    assert quantity_problem(-MAX_QUANTITY, allow_negative=True) is None
    assert unit_price_problem(-MAX_UNIT_PRICE) is None
    discount = LineForm("Discount", D(1), unit_price=D(-50))
    assert line_problems(discount, ["21"]) == {}


def test_a_line_too_large_only_together_is_a_total_problem() -> None:
    line = LineForm("x", D("999999999"), unit_price=D("999999999"))
    assert line_problems(line, ["21"]) == {"total": Problem("line_total_too_large")}
    half = LineForm("x", D(1000), unit_price=D("450000000"))  # 5.445e11 with VAT
    assert line_problems(half, ["21"]) == {}
    assert lines_problem([half]) is None
    assert lines_problem([half, half]) == Problem("invoice_total_too_large")
    discount = LineForm("x", D(-1000), unit_price=D("450000000"))
    assert lines_problem([half, discount]) == Problem("invoice_total_too_large")


def test_exchange_rates_have_a_ceiling_too() -> None:
    assert parse_exchange_rate("1000000") == (D(1000000), None)
    assert parse_exchange_rate("1000000,000001") == (None, Problem("rate_too_large"))
    assert parse_exchange_rate("0,0000001") == (None, Problem("rate_too_precise"))


lines = st.builds(
    LineAmounts,
    st.decimals(min_value=-MAX_QUANTITY, max_value=MAX_QUANTITY, places=4),
    st.decimals(min_value=-MAX_UNIT_PRICE, max_value=MAX_UNIT_PRICE, places=4),
    st.decimals(min_value=0, max_value=100, places=2),
    st.sampled_from(RATES),
)


@given(st.lists(lines, max_size=8), st.data())
def test_the_ceiling_bounds_every_total_the_lines_can_make(
    items: list[LineAmounts], data: st.DataObject
) -> None:
    """Accepted lines can be removed, reordered, negated or switched between net and gross
    prices: no total of theirs ever exceeds the ceiling, so the draft stays saveable."""
    try:
        top = ceiling(items)
    except AmountLimitError:
        return  # a line over the limit on its own: the editor refuses it before this
    if top > MAX_TOTAL:
        with pytest.raises(AmountLimitError):
            compute_totals(items, prices_include_vat=False)
        return
    kept = data.draw(st.lists(st.sampled_from(items), unique_by=id) if items else st.just([]))
    for chosen in (kept, negate(kept), list(reversed(items))):
        for gross in (False, True):
            totals = compute_totals(chosen, prices_include_vat=gross)
            for amount in (totals.base, totals.vat, totals.gross):
                assert abs(amount) <= top
            cents(totals.gross)
