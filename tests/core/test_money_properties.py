"""Property tests for the money rules in ``desktop.core`` (hypothesis).

The invariants an accountant checks by hand: the per-rate summary adds up to the lines, the
totals never drift by a cent, a credit note is the exact negative of its invoice, typed
numbers read back as written, and a number series never repeats itself.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import money, numbering
from desktop.core.money import round_money
from desktop.core.totals import LineAmounts, compute_totals, negate, vat_from_gross
from desktop.core.vat import VatCategory, VatRate, rate_presets

RATES = sorted(
    {rate for country in ("LT", "CZ", "DE") for rate in rate_presets(country)},
    key=lambda r: r.key,
)

quantities = st.decimals(
    min_value=Decimal("0.0001"), max_value=Decimal(10_000), places=4, allow_nan=False
)
prices = st.decimals(min_value=Decimal(0), max_value=Decimal(1_000_000), places=4, allow_nan=False)
discounts = st.decimals(min_value=Decimal(0), max_value=Decimal(100), places=2, allow_nan=False)
lines = st.builds(LineAmounts, quantities, prices, discounts, st.sampled_from(RATES))
invoices = st.lists(lines, min_size=1, max_size=25)
gross_flags = st.booleans()


@given(invoices, gross_flags)
def test_per_rate_sums_equal_line_sums(items: list[LineAmounts], gross: bool) -> None:
    totals = compute_totals(items, prices_include_vat=gross)
    for summary in totals.rates:
        line_sum = sum((ln.amount for ln in items if ln.vat == summary.vat), Decimal(0))
        if gross:
            assert summary.gross == line_sum
        else:
            assert summary.base == line_sum
    assert {s.vat for s in totals.rates} == {ln.vat for ln in items}


@given(invoices, gross_flags)
def test_totals_never_drift_by_a_cent(items: list[LineAmounts], gross: bool) -> None:
    totals = compute_totals(items, prices_include_vat=gross)
    for summary in totals.rates:
        assert summary.gross == summary.base + summary.vat_amount
        assert round_money(summary.base) == summary.base
        assert round_money(summary.vat_amount) == summary.vat_amount
    assert totals.gross == totals.base + totals.vat
    assert totals.base == sum((s.base for s in totals.rates), Decimal(0))
    assert totals.gross == sum((s.gross for s in totals.rates), Decimal(0))


@given(invoices, gross_flags)
def test_credit_note_negates_exactly(items: list[LineAmounts], gross: bool) -> None:
    original = compute_totals(items, prices_include_vat=gross)
    credit = compute_totals(negate(items), prices_include_vat=gross)
    assert credit.base == -original.base
    assert credit.vat == -original.vat
    assert credit.gross == -original.gross
    for a, b in zip(original.rates, credit.rates, strict=True):
        assert (b.vat, b.base, b.vat_amount) == (a.vat, -a.base, -a.vat_amount)


@given(st.decimals(min_value=0, max_value=Decimal(10**9), places=2, allow_nan=False))
def test_vat_from_gross_is_the_czech_formula(gross: Decimal) -> None:
    rate = Decimal(21)
    assert vat_from_gross(gross, rate) == round_money(gross * rate / (100 + rate))


amounts = st.decimals(
    min_value=Decimal(-(10**12)), max_value=Decimal(10**12), places=2, allow_nan=False
)


@given(amounts, st.sampled_from(["en", "lt", "cs"]))
def test_formatted_numbers_parse_back(value: Decimal, lang: str) -> None:
    assert money.parse_decimal(money.format_number(value, lang)) == value


@given(amounts)
def test_plain_decimal_text_round_trips(value: Decimal) -> None:
    text = f"{value:f}"
    assert money.parse_decimal(text) == value
    assert money.parse_decimal(text.replace(".", ",")) == value
    assert money.parse_decimal(f"  {text}  ") == value


@given(st.text(alphabet=st.characters(whitelist_categories=("L",)), min_size=1, max_size=8))
def test_letters_never_parse(letters: str) -> None:
    for text in (letters, "12" + letters, letters + "3,5"):
        try:
            money.parse_decimal(text)
        except ValueError:
            continue
        raise AssertionError(f"{text!r} parsed")


@settings(max_examples=50)
@given(
    st.lists(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)), max_size=60),
    st.sampled_from(["FAK{YYYY}-{N:4}", "{YY}/{N:3}", "INV-{N:5}", "{YYYY}{MM}-{N}"]),
)
def test_numbering_yearly_reset_and_no_duplicates(days: list[date], pattern: str) -> None:
    counters: dict[str, int] = {}
    issued: list[tuple[date, str]] = []
    for day in sorted(days):
        period = numbering.period_key(pattern, day)
        counters[period] = counters.get(period, 0) + 1
        issued.append((day, numbering.format_number(pattern, counters[period], day)))
    numbers = [n for _d, n in issued]
    assert len(numbers) == len(set(numbers))
    if numbering.resets_yearly(pattern):
        first_of_year: dict[int, tuple[date, str]] = {}
        for day, number in issued:
            first_of_year.setdefault(day.year, (day, number))
        for day, number in first_of_year.values():
            assert number == numbering.format_number(pattern, 1, day)


def test_exempt_and_reverse_charge_carry_no_vat() -> None:
    for category in (VatCategory.EXEMPT, VatCategory.REVERSE_CHARGE):
        line = LineAmounts(Decimal(3), Decimal("9.99"), Decimal(0), VatRate(Decimal(0), category))
        totals = compute_totals([line], prices_include_vat=False)
        assert totals.vat == 0 and totals.gross == Decimal("29.97")
