"""Characters the fonts lack are printed as a visible mark, never dropped (issue 12, item 6).

The PDFs are parsed back with pypdf: the mark is U+FFFD in the text layer too, because the font
draws the mark's own glyph, not an empty ``.notdef``.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

from desktop.core.document import DocumentLine, InvoiceDocument
from desktop.pdf.fonts import BOLD, REGULAR, printable_chars, register_fonts
from desktop.pdf.glyphs import REPLACEMENT, mark_missing
from desktop.pdf.marked_font import MarkedTTFont
from desktop.pdf.render import render_invoice_pdf
from tests.pdf.conftest import page_texts, rendered_text
from tests.pdf.samples import LT_BUYER, VAT21, D, cz_invoice, lt_invoice

EMOJI = "😀"
HEBREW = "שלום"
ARABIC = "مرحبا"
LT_CZ = "ą č ę ė į š ų ū ž Ą Č Ę Ė Į Š Ų Ū Ž ř ť ď ň ů ě Ř Ť Ď Ň Ů Ě € „ “ – … é"
COMBINING = "e\u0301 a\u0328 u\u030a"  # é, ą, ů written with combining marks


@pytest.fixture(autouse=True)
def _fonts() -> None:
    register_fonts()  # the tests measure with reportlab's registry directly


def _marked(text: str) -> str:
    return mark_missing(text, printable_chars())


def _mixed_invoice() -> InvoiceDocument:
    return lt_invoice(
        buyer=replace(LT_BUYER, name=f"Kavinė „Saulė“ {EMOJI}"),
        lines=(
            DocumentLine(f"Vertimas {HEBREW} ir {ARABIC}", D(1), "vnt.", D(100), D(0), VAT21),
            DocumentLine(LT_CZ, D(1), "vnt.", D(1), D(0), VAT21),
        ),
    )


def test_every_face_prints_its_own_mark() -> None:
    assert REPLACEMENT in printable_chars()
    for name in (REGULAR, BOLD):
        font = getFont(name)
        assert isinstance(font, MarkedTTFont)
        assert font.mark == REPLACEMENT


def test_missing_characters_print_as_marks_and_the_rest_survives() -> None:
    text = rendered_text(_mixed_invoice())
    assert f"Kavinė „Saulė“ {REPLACEMENT}" in text
    marks = REPLACEMENT * len(HEBREW), REPLACEMENT * len(ARABIC)
    assert f"Vertimas {marks[0]} ir {marks[1]}" in text
    assert text.count(REPLACEMENT) == 1 + len(HEBREW) + len(ARABIC)
    for gone in EMOJI + HEBREW + ARABIC:
        assert gone not in text


def test_lithuanian_and_czech_letters_are_untouched() -> None:
    assert _marked(LT_CZ) == LT_CZ
    assert _marked(COMBINING) == COMBINING
    assert LT_CZ in rendered_text(_mixed_invoice())
    for doc in (lt_invoice(), cz_invoice()):
        assert REPLACEMENT not in rendered_text(doc)


@pytest.mark.parametrize(
    ("text", "drawn"),
    [
        ("👍🏽 ok", "� ok"),  # a skin tone joins its emoji's mark
        ("❤️", "�"),  # a variation selector is invisible
        ("👨‍👩‍👧", "�\u200d�\u200d�"),  # the font has the joiner (zero width)
        ("שָׁלוֹם", "����"),  # Hebrew points join their letter's mark
        ("a\u05b0b", "a�b"),  # a lone missing mark after a printed letter still shows
        ("a\tb\x00c\U000e0001d", "a bcd"),  # tab → space; NUL and a tag print as nothing
        ("\u0600", "�"),  # a visible format character is marked
    ],
)
def test_what_is_drawn_instead(text: str, drawn: str) -> None:
    assert _marked(text) == drawn


def test_a_mark_is_measured_as_it_is_drawn() -> None:
    mark = stringWidth(REPLACEMENT, REGULAR, 9)
    assert mark > 0
    assert stringWidth(EMOJI, REGULAR, 9) == mark
    assert stringWidth(f"a{HEBREW}", BOLD, 9) == pytest.approx(
        stringWidth("a", BOLD, 9) + len(HEBREW) * stringWidth(REPLACEMENT, BOLD, 9)
    )


def test_a_name_of_emoji_wraps_inside_its_column() -> None:
    long_name = " ".join([EMOJI * 8] * 8)
    doc = lt_invoice(buyer=replace(LT_BUYER, name=long_name))
    texts = page_texts(render_invoice_pdf(doc))
    assert len(texts) == 1
    assert texts[0].count(REPLACEMENT) == 64


def test_metadata_keeps_the_real_name() -> None:
    """The PDF's title and author are shown in the viewer's own fonts: nothing to replace."""
    import io

    from pypdf import PdfReader

    seller = replace(lt_invoice().seller, name=f"Studija {HEBREW}")
    meta = PdfReader(io.BytesIO(render_invoice_pdf(lt_invoice(seller=seller)))).metadata
    assert meta is not None
    assert meta.author == f"Studija {HEBREW}"
