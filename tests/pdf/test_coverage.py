"""``missing_glyphs`` and ``document_missing_glyphs``: the characters the editor warns about.

The document collector is checked against the renderer itself: a missing character put into
one field at a time is reported exactly when the rendered PDF shows a mark for it.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest

from desktop.core.document import DocumentLine, InvoiceDocument, Party
from desktop.core.lifecycle import DocumentKind, InvoiceStatus
from desktop.pdf.coverage import document_missing_glyphs, document_texts, missing_glyphs
from desktop.pdf.glyphs import REPLACEMENT
from desktop.pdf.vocabulary import VOCABULARIES
from tests.pdf.conftest import rendered_text
from tests.pdf.samples import (
    EXEMPT,
    LT_BUYER,
    LT_SELLER,
    VAT21,
    D,
    cz_invoice,
    en_invoice,
    lt_invoice,
)

ALEF = "א"  # Noto Sans has no Hebrew


def test_missing_glyphs_lists_exactly_the_missing_ones() -> None:
    texts = ["Kavinė „Saulė“ 😀 שלום", "Příliš žluťoučký kůň – 1 234,56 €", "مرحبا 😀\t❤️\n"]
    assert missing_glyphs(texts) == ["😀", "ש", "ל", "ו", "ם", "م", "ر", "ح", "ب", "ا", "❤"]
    assert missing_glyphs(["ą č ę ė į š ų ū ž ř ť ď ň ů ě „ “ – … e\u0301", "a\tb\r\n"]) == []
    assert missing_glyphs([]) == []


def test_sample_invoices_and_every_vocabulary_print_whole() -> None:
    for doc in (lt_invoice(), cz_invoice(), en_invoice()):
        assert document_missing_glyphs(doc) == []
    for words in VOCABULARIES.values():
        assert missing_glyphs(words.values()) == []


def test_document_lists_the_characters_of_its_fields_in_order() -> None:
    doc = lt_invoice(
        buyer=replace(LT_BUYER, name="Kavinė 😀"),
        lines=(DocumentLine("Vertimas שלום ir مرحبا 😀", D(1), "vnt.", D(1), D(0), VAT21),),
        notes="Ačiū 🎉",
    )
    assert document_missing_glyphs(doc) == [
        "😀", "ש", "ל", "ו", "ם", "م", "ر", "ح", "ب", "ا", "🎉",
    ]  # fmt: skip


def _with_alef(field: str) -> InvoiceDocument:
    """The LT sample with ``ALEF`` in one field (``seller.name``, ``lines.unit``, ...)."""
    doc = lt_invoice(kind=DocumentKind.CREDIT_NOTE, credited_number="FAK2026-0000")
    doc = replace(doc, lines=(*doc.lines, replace(doc.lines[0], vat=EXEMPT)))
    owner, _, name = field.partition(".")
    if owner in ("seller", "buyer"):
        party: Party = getattr(doc, owner)
        return replace(doc, **{owner: replace(party, **{name: getattr(party, name) + ALEF})})
    if owner == "lines":
        line = replace(doc.lines[0], **{name: getattr(doc.lines[0], name) + ALEF})
        return replace(doc, lines=(line, *doc.lines[1:]))
    if owner == "extra":
        return replace(doc, extra={name: f"Art. 1 {ALEF}"})
    return replace(doc, **{owner: getattr(doc, owner) + ALEF})


PRINTED = [
    *(f"seller.{f}" for f in ("name", "address", "company_code", "vat_code", "email", "phone",
                              "register_line", "iban", "bank_name", "bic")),
    *(f"buyer.{f}" for f in ("name", "address", "company_code", "vat_code", "email", "phone")),
    "lines.description", "lines.unit", "number", "credited_number", "notes", "variable_symbol",
    "extra.exempt_basis",
]  # fmt: skip
NOT_PRINTED = [
    "seller.country", "buyer.country", "buyer.register_line", "buyer.iban", "buyer.bank_name",
    "buyer.bic", "extra.zero_basis", "extra.reverse_charge_basis",
    "seller.bank_account",  # without "number/bank code" it is not used (the IBAN's is)
    "buyer.bank_account",
]  # fmt: skip


@pytest.mark.parametrize("field", PRINTED + NOT_PRINTED)
def test_reported_exactly_when_the_pdf_shows_a_mark(field: str) -> None:
    doc = _with_alef(field)
    printed = REPLACEMENT in rendered_text(doc)
    assert printed == (field in PRINTED)
    assert document_missing_glyphs(doc) == ([ALEF] if printed else [])


def test_an_entered_domestic_account_is_printed_and_checked() -> None:
    doc = lt_invoice(seller=replace(LT_SELLER, bank_account=f"19-2000145399/0800{ALEF}"))
    assert REPLACEMENT in rendered_text(doc)
    assert document_missing_glyphs(doc) == [ALEF]


def test_draft_number_is_not_printed() -> None:
    draft = lt_invoice(status=InvoiceStatus.DRAFT, number=f"FAK{ALEF}")
    assert REPLACEMENT not in rendered_text(draft)
    assert document_missing_glyphs(draft) == []


def test_every_text_field_is_considered() -> None:
    """A new string field on a party, a line or the document must join PRINTED or NOT_PRINTED."""
    from dataclasses import fields

    known = {f.partition(".")[2] or f for f in PRINTED + NOT_PRINTED} | {"logo_path"}
    known |= {"language", "currency", "seller_kind"}  # codes from lists, printed as words
    for cls in (Party, DocumentLine, InvoiceDocument):
        for item in fields(cls):
            if item.type in ("str", "str | None"):
                assert item.name in known, f"{cls.__name__}.{item.name}"
    assert document_texts(lt_invoice())  # never empty: the vocabulary is printed


def test_importing_coverage_does_not_load_reportlab() -> None:
    code = "import sys, desktop.pdf.coverage; print('reportlab' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
