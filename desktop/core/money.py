"""Money arithmetic and formatting in ``Decimal`` (never float).

Rounding is ROUND_HALF_UP to cents, as EN 16931 (BR-CO-17) and both tax authorities expect.
Formatting follows the document or interface language: U+00A0 between thousands, decimal
comma and the currency after the amount in lt and cs (``1 234,56 €``, ``1 234,56 Kč``).
"""

from __future__ import annotations

import re
from decimal import MAX_EMAX, MIN_EMIN, ROUND_HALF_UP, Context, Decimal, InvalidOperation

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
NBSP = "\u00a0"

CURRENCY_SYMBOLS = {"EUR": "€", "CZK": "Kč", "USD": "$", "GBP": "£", "PLN": "zł"}


def round_money(value: Decimal) -> Decimal:
    """Round half-up to cents; the one rounding rule for every amount we print or sum."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def parse_decimal(text: str) -> Decimal:
    """Read a number the way people type it: ``1 234,5``, ``1234.50``, ``1.234,50``.

    Raises ``ValueError`` for anything else, so the form can show a message next to the field.
    """
    cleaned = text.strip().replace(NBSP, "").replace(" ", "").replace("\u202f", "")
    if cleaned.endswith("%"):
        cleaned = cleaned[:-1]
    if not cleaned:
        raise ValueError("empty")
    if "," in cleaned and "." in cleaned:
        # The later separator is the decimal one: 1.234,50 or 1,234.50.
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    else:
        cleaned = cleaned.replace(",", ".")
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", cleaned):
        raise ValueError(text)
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - the regex already rules this out
        raise ValueError(text) from exc


def _wide(digits: int) -> Context:
    """A context with room for ``digits`` digits and any exponent a typed number can have."""
    return Context(prec=digits, Emax=MAX_EMAX, Emin=MIN_EMIN)


def decimal_places(value: Decimal) -> int:
    """Places after the point once trailing zeros are dropped (``1.50`` → 1, ``100`` → 0).

    Counted from the digits themselves: ``normalize()`` would round a long number to the
    context's precision first and count too few."""
    _sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return 0
    trailing = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -(exponent + trailing))


def format_number(value: Decimal, lang: str, places: int = 2) -> str:
    """Group thousands with U+00A0 and use the language's decimal mark.

    Any finite number formats, however long (the context grows with it): drawing a cell must
    never raise, even for a value the money limits (``core.limits``) would refuse."""
    if not value.is_finite():
        return str(value)
    quantum = Decimal(1).scaleb(-places) if places else Decimal(1)
    digits = max(28, value.adjusted() + places + 2)
    value = value.quantize(quantum, rounding=ROUND_HALF_UP, context=_wide(digits))
    sign = "-" if value < 0 else ""
    text = f"{value.copy_abs():,.{places}f}"
    if lang == "en":
        return sign + text
    whole, _, frac = text.partition(".")
    whole = whole.replace(",", NBSP)
    return sign + (f"{whole},{frac}" if places else whole)


def format_quantity(value: Decimal, lang: str) -> str:
    """Quantities print without trailing zeros (``2``, ``1,5``), up to 4 places."""
    if not value.is_finite():
        return str(value)
    context = _wide(max(28, value.adjusted() + 6))
    normal = value.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP, context=context)
    places = max(0, -normal.normalize(context).as_tuple().exponent)  # type: ignore[operator]
    return format_number(value, lang, places)


def format_money(value: Decimal, currency: str, lang: str) -> str:
    """``1 234,56 €`` in lt/cs; ``€1,234.56``-style is avoided: English gets ``1,234.56 EUR``."""
    number = format_number(value, lang)
    if lang == "en":
        return f"{number} {currency}"
    return f"{number}{NBSP}{CURRENCY_SYMBOLS.get(currency, currency)}"
