"""Amount in words ("Suma žodžiais") for Lithuanian documents.

INVOICE-RULES.md: customary (not required) in Lithuania, on by default there.  We use num2words
only for the integer part, because its ``to="currency"`` mode reads a Python ``int`` as cents
(``1`` → "nulis eurų, vienas centas"), and we choose the noun form ourselves.  Czech is not
offered: num2words ``cs`` gets currency grammar wrong ("dva koruny") and the practice is not
customary there, so :func:`amount_in_words` returns ``None`` for any language but ``lt``.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

# Singular (1, 21, 101 ...), plural (2–9, 22 ...), genitive plural (0, 10–20, 30 ...).
_LT_FORMS: dict[str, tuple[str, str, str]] = {
    "EUR": ("euras", "eurai", "eurų"),
    "USD": ("JAV doleris", "JAV doleriai", "JAV dolerių"),
    "GBP": ("svaras sterlingų", "svarai sterlingų", "svarų sterlingų"),
    "CZK": ("Čekijos krona", "Čekijos kronos", "Čekijos kronų"),
    "PLN": ("zlotas", "zlotai", "zlotų"),
}


def lt_plural_form(count: int, forms: tuple[str, str, str]) -> str:
    """Lithuanian noun agreement with a number: 1 euras, 2 eurai, 10/11/20 eurų, 21 euras."""
    last_two = count % 100
    last = count % 10
    if last == 0 or 11 <= last_two <= 19:
        return forms[2]
    if last == 1:
        return forms[0]
    return forms[1]


def amount_in_words(amount: Decimal, currency: str, lang: str) -> str | None:
    """``1234.56 EUR`` → "vienas tūkstantis du šimtai trisdešimt keturi eurai ir 56 ct".

    Cents are written in figures, as Lithuanian accountants do; whole amounts carry no cents
    part.  Returns ``None`` when we cannot write the language correctly.
    """
    if lang != "lt":
        return None
    from num2words import num2words  # lazy: only Lithuanian documents need it

    cents_total = int((abs(amount) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    whole, cents = divmod(cents_total, 100)
    words = str(num2words(whole, lang="lt"))
    forms = _LT_FORMS.get(currency.upper())
    noun = lt_plural_form(whole, forms) if forms else currency.upper()
    text = f"{words} {noun}"
    if cents:
        text += f" ir {cents} ct"
    if amount < 0 and cents_total:
        text = f"minus {text}"
    return text
