"""How large and how precise an invoice's numbers may be: the money limits, in one place.

Why there are limits at all: amounts are exact ``Decimal`` text in the database, but the list
keeps each invoice's gross total in whole cents as a 64-bit integer (``total_cents``), and
``Decimal`` arithmetic keeps only 28 digits unless told otherwise.  Without limits a price of
10^17 made every save fail (``OverflowError``) and 10^13 × 10^13 made the editor draw
tracebacks (``InvalidOperation``) — and a draft that cannot be saved loses everything typed
after it.  So every number is held to these figures where it is typed (the editor's cells,
the command line), and the arithmetic refuses anything beyond them with ``AmountLimitError``:

- quantity: −999 999 999.9999 … 999 999 999.9999, at most 4 decimal places;
- unit price: −999 999 999.9999 … 999 999 999.9999, at most 4 decimal places;
- discount: 0 … 100 %, at most 2 decimal places;
- a line: its amount (quantity × unit price − discount, rounded to cents) with its VAT on
  top, at most 999 999 999 999.99;
- an invoice: all its lines' amounts counted *without sign*, with VAT on top per rate, at
  most 999 999 999 999.99.

Signs: a negative quantity belongs on a credit note only; a negative unit price is a
discount line and is allowed on any document.  An ordinary invoice whose total comes out
negative is refused when it is issued (``negative_total``): money goes back through a
credit note.

Counting the lines without sign, and VAT on top even for gross prices, makes the invoice
rule a ceiling for every total those lines can make: removing or moving a line, switching
between net and gross prices, or turning the invoice into a credit note never goes over it,
so nothing the user does after a value was accepted can make the draft unsaveable.

Decimal places are a rule for typed values: a line stored before the rule existed with more
places still computes (rounded half-up like any other) and prints.
"""

from __future__ import annotations

from decimal import (
    ROUND_HALF_UP,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
)

from desktop.core.errors import AmountLimitError
from desktop.core.money import decimal_places, parse_decimal
from desktop.core.validation import MAX_DESCRIPTION, Problem

MAX_QUANTITY = Decimal("999999999.9999")
QUANTITY_PLACES = 4
MAX_UNIT_PRICE = Decimal("999999999.9999")
PRICE_PLACES = 4
MAX_DISCOUNT = Decimal(100)
DISCOUNT_PLACES = 2
MAX_TOTAL = Decimal("999999999999.99")
MAX_UNIT = 20  # characters: the unit's column on the PDF

# quantity (13 digits) × price (13) × (100 − discount) / 100 (5) needs 31 digits: with 40
# the product is exact and the only rounding is the one to cents.
PRECISION = 40


def money_context() -> Context:
    """The context every amount is computed in: room for any product the limits allow."""
    return Context(
        prec=PRECISION,
        rounding=ROUND_HALF_UP,
        traps=[InvalidOperation, DivisionByZero, Overflow],
    )


def quantity_problem(value: Decimal, *, allow_negative: bool = False) -> Problem | None:
    """A line's quantity: negative only on a credit note (``allow_negative``)."""
    if not value.is_finite():
        return Problem("not_a_number")
    if value < 0 and not allow_negative:
        return Problem("negative_quantity")
    if abs(value) > MAX_QUANTITY:
        return Problem("quantity_too_large")
    if decimal_places(value) > QUANTITY_PLACES:
        return Problem("quantity_too_precise")
    return None


def unit_price_problem(value: Decimal) -> Problem | None:
    """A unit price; a negative one is a discount line, allowed on any document."""
    if not value.is_finite():
        return Problem("not_a_number")
    if abs(value) > MAX_UNIT_PRICE:
        return Problem("price_too_large")
    if decimal_places(value) > PRICE_PLACES:
        return Problem("price_too_precise")
    return None


def discount_problem(value: Decimal) -> Problem | None:
    if not value.is_finite():
        return Problem("not_a_number")
    if not Decimal(0) <= value <= MAX_DISCOUNT:
        return Problem("discount_range")
    if decimal_places(value) > DISCOUNT_PLACES:
        return Problem("discount_too_precise")
    return None


def description_problem(text: str) -> Problem | None:
    return Problem("description_too_long") if len(text) > MAX_DESCRIPTION else None


def unit_problem(text: str) -> Problem | None:
    return Problem("too_long") if len(text.strip()) > MAX_UNIT else None


def read_number(text: str) -> tuple[Decimal | None, Problem | None]:
    """A number cell as typed: empty is 0, anything that is not a plain number is refused
    (``1e13``, ``NaN``, ``Infinity`` included: ``money.parse_decimal``)."""
    if not text.strip():
        return Decimal(0), None
    try:
        return parse_decimal(text), None
    except ValueError:
        return None, Problem("not_a_number")


def check_amount_inputs(quantity: Decimal, unit_price: Decimal, discount_pct: Decimal) -> None:
    """Refuse what the arithmetic cannot be trusted with: not a finite number, or beyond the
    ranges above (decimal places are not checked here: they only change the rounding)."""
    for value in (quantity, unit_price, discount_pct):
        if not isinstance(value, Decimal) or not value.is_finite():
            raise AmountLimitError("not_a_number")
    if abs(quantity) > MAX_QUANTITY:
        raise AmountLimitError("quantity_too_large")
    if abs(unit_price) > MAX_UNIT_PRICE:
        raise AmountLimitError("price_too_large")
    if not Decimal(0) <= discount_pct <= MAX_DISCOUNT:
        raise AmountLimitError("discount_range")


def check_total(amount: Decimal, code: str = "invoice_total_too_large") -> Decimal:
    """``amount`` if it is within ±``MAX_TOTAL``, else ``AmountLimitError(code)``."""
    if not amount.is_finite() or abs(amount) > MAX_TOTAL:
        raise AmountLimitError(code)
    return amount


def cents(amount: Decimal) -> int:
    """A total in whole cents for ``total_cents``: at most 99 999 999 999 999, far inside a
    64-bit integer; ``AmountLimitError`` beyond the limit instead of SQLite's overflow."""
    check_total(amount)
    return int((amount * 100).to_integral_value(rounding=ROUND_HALF_UP, context=money_context()))
