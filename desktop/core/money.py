"""Money arithmetic and formatting in ``Decimal`` (never float).

Rounding is ROUND_HALF_UP to cents, as EN 16931 (BR-CO-17) and both tax authorities expect.
Formatting follows the document or interface language: U+00A0 between thousands, decimal
comma and the currency after the amount in lt and cs (``1 234,56 €``, ``1 234,56 Kč``).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

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


def format_number(value: Decimal, lang: str, places: int = 2) -> str:
    """Group thousands with U+00A0 and use the language's decimal mark."""
    quantum = Decimal(1).scaleb(-places) if places else Decimal(1)
    value = value.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if value < 0 else ""
    text = f"{abs(value):,.{places}f}"
    if lang == "en":
        return sign + text
    whole, _, frac = text.partition(".")
    whole = whole.replace(",", NBSP)
    return sign + (f"{whole},{frac}" if places else whole)


def format_quantity(value: Decimal, lang: str) -> str:
    """Quantities print without trailing zeros (``2``, ``1,5``), up to 4 places."""
    normal = value.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP).normalize()
    places = max(0, -normal.as_tuple().exponent)  # type: ignore[operator]
    return format_number(value, lang, places)


def format_money(value: Decimal, currency: str, lang: str) -> str:
    """``1 234,56 €`` in lt/cs; ``€1,234.56``-style is avoided: English gets ``1,234.56 EUR``."""
    number = format_number(value, lang)
    if lang == "en":
        return f"{number} {currency}"
    return f"{number}{NBSP}{CURRENCY_SYMBOLS.get(currency, currency)}"
