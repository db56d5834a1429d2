"""Small text helpers shared by the PDF sections (escaping, labels, VAT rate names)."""

from __future__ import annotations

from decimal import Decimal
from xml.sax.saxutils import escape

from desktop.core.money import NBSP, format_number, format_quantity
from desktop.core.vat import VatCategory, VatRate
from desktop.pdf.vocabulary import Vocabulary


def markup(text: str) -> str:
    """User text → paragraph markup: escape ``& < >`` and keep the user's line breaks."""
    lines = [escape(line.strip()) for line in text.strip().splitlines()]
    return "<br/>".join(line for line in lines if line)


def rate_label(vat: VatRate, words: Vocabulary, lang: str) -> str:
    """``21 %`` for taxed lines; exempt and reverse-charge lines name their category."""
    if vat.category is VatCategory.EXEMPT:
        return words["rate_exempt"]
    if vat.category is VatCategory.REVERSE_CHARGE:
        return words["rate_reverse"]
    if vat.category is VatCategory.NOT_SUBJECT:
        return "–"
    return f"{format_quantity(vat.rate, lang)}{NBSP}%"


def format_rate(rate: Decimal, lang: str) -> str:
    """An exchange rate with the places it was published with (at least 2, at most 6)."""
    exponent = rate.normalize().as_tuple().exponent
    places = min(6, max(2, -exponent if isinstance(exponent, int) else 2))
    return format_number(rate, lang, places)


def wrapped(text: str, font: str, size: float, width: float) -> str:
    """Pre-wrap a table cell to ``width`` as a plain multi-line string.

    Plain strings in table cells cost a fraction of a Paragraph's layout; short labels and
    values do not need Paragraph's markup or page splitting.
    """
    from reportlab.lib.utils import simpleSplit

    lines: list[str] = []
    for part in text.splitlines() or [""]:
        lines += simpleSplit(part, font, size, width) or [""]
    return "\n".join(lines)
