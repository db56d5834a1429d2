"""Document vocabulary: complete catalogues and the right title for every seller."""

from __future__ import annotations

import string
from dataclasses import replace

import pytest

from desktop.core.lifecycle import DocumentKind
from desktop.pdf.vocabulary import VOCABULARIES, document_title
from tests.pdf.samples import cz_invoice, en_invoice, lt_invoice, non_payer


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_language_has_every_key_with_the_same_placeholders() -> None:
    reference = VOCABULARIES["en"]
    for lang, words in VOCABULARIES.items():
        assert set(words) == set(reference), lang
        for key, text in words.items():
            assert text.strip(), (lang, key)
            assert _fields(text) == _fields(reference[key]), (lang, key)


@pytest.mark.parametrize(
    ("doc", "payer", "title"),
    [
        (lt_invoice(), True, "PVM sąskaita faktūra"),
        (lt_invoice(), False, "Sąskaita faktūra"),
        (cz_invoice(), True, "Faktura – daňový doklad"),
        (cz_invoice(), False, "Faktura"),
        (lt_invoice(language="en"), True, "VAT invoice"),
        (lt_invoice(language="en"), False, "Invoice"),
        (en_invoice(), True, "Invoice – tax document"),
    ],
)
def test_invoice_title_follows_seller_status_and_language(doc, payer, title) -> None:  # type: ignore[no-untyped-def]
    seller = doc.seller if payer else non_payer(doc.seller)
    assert document_title(replace(doc, seller=seller)) == title


@pytest.mark.parametrize(
    ("doc", "payer", "title"),
    [
        (lt_invoice(), True, "Kreditinė PVM sąskaita faktūra"),
        (lt_invoice(), False, "Kreditinė sąskaita faktūra"),
        (cz_invoice(), True, "Opravný daňový doklad"),
        (lt_invoice(language="en"), True, "Credit note"),
    ],
)
def test_credit_note_titles(doc, payer, title) -> None:  # type: ignore[no-untyped-def]
    seller = doc.seller if payer else non_payer(doc.seller)
    credit = replace(doc, seller=seller, kind=DocumentKind.CREDIT_NOTE)
    assert document_title(credit) == title


def test_proforma_titles() -> None:
    assert document_title(lt_invoice(kind=DocumentKind.PROFORMA)) == "Išankstinė sąskaita"
    assert document_title(cz_invoice(kind=DocumentKind.PROFORMA)) == "Zálohová faktura"
