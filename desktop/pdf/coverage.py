"""Which characters of an invoice the PDF fonts cannot print: the warning before issuing.

The renderer never drops such a character (it draws a visible mark, see
:mod:`desktop.pdf.marked_font`), but a mark on an issued invoice is still a defect, so the
editor names the characters before the user issues.  Importing this module does not load
reportlab; the first call does (the fonts' cmaps are read once, when they are registered).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from desktop.core.document import LEGAL_BASIS_TREATMENTS, InvoiceDocument, Party, basis_extra_key
from desktop.core.money import format_money
from desktop.core.words import amount_in_words
from desktop.pdf.fonts import printable_chars
from desktop.pdf.glyphs import missing_in
from desktop.pdf.vocabulary import document_title, vocabulary


def missing_glyphs(texts: Iterable[str]) -> list[str]:
    """The distinct characters of ``texts`` the invoice fonts lack, in order of appearance.

    Whitespace and invisible control or format characters (U+FE0F, U+200D) are not listed:
    the layout handles them.
    """
    return missing_in(texts, printable_chars())


def _party_texts(party: Party, *, is_seller: bool) -> list[str]:
    """What ``sections._party`` (and, for the seller, the payment block) prints of a party."""
    texts = [
        party.name, party.address, party.company_code, party.vat_code, party.email, party.phone,
    ]  # fmt: skip
    if is_seller:
        texts.append(party.register_line)
        if party.iban:  # summary.payment_block (an entered account only in its full form)
            texts += [party.iban, party.bank_name, party.bic]
            if "/" in party.bank_account:
                texts.append(party.bank_account)
    return texts


def document_texts(doc: InvoiceDocument) -> list[str]:
    """Every text the PDF of ``doc`` prints, in reading order: the fixed words, then the
    document's own from the header down to the notes.

    Mirrors ``render.story`` and the page footer; numbers and dates are digits and
    punctuation, so only the currency's symbol stands for them.
    """
    texts = [*vocabulary(doc.language).values(), document_title(doc)]
    if doc.number and not doc.is_draft:
        texts.append(doc.number)
    if doc.is_credit_note and doc.credited_number:
        texts.append(doc.credited_number)
    texts += _party_texts(doc.seller, is_seller=True)
    texts += _party_texts(doc.buyer, is_seller=False)
    for line in doc.lines:
        texts += [line.description, line.unit]
    texts.append(format_money(Decimal(0), doc.currency, doc.language))
    if doc.seller.vat_payer:  # summary.legal_notes: a basis only for a treatment present
        categories = {line.vat.category for line in doc.lines}
        for category, treatment in LEGAL_BASIS_TREATMENTS.items():
            if category in categories:
                texts.append(doc.extra.get(basis_extra_key(treatment), ""))
    if doc.amount_in_words:
        texts.append(amount_in_words(doc.totals.gross, doc.currency, doc.language) or "")
    if doc.seller.iban:  # summary.payment_block
        texts.append(doc.variable_symbol)
    texts.append(doc.notes)
    return texts


def document_missing_glyphs(doc: InvoiceDocument) -> list[str]:
    """The characters of ``doc`` its PDF would print as a replacement mark."""
    return missing_glyphs(document_texts(doc))
