"""The rendered PDF, parsed back: content, wording, formats, fonts and pagination."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.core.document import DocumentLine
from desktop.core.lifecycle import DocumentKind, InvoiceStatus
from desktop.core.money import format_money
from desktop.pdf.render import render_invoice_pdf
from tests.pdf.conftest import norm, page_texts, rendered_text
from tests.pdf.samples import (
    CZ_BUYER,
    CZ_SELLER,
    EXEMPT,
    LT_SELLER,
    REVERSE,
    VAT21,
    cz_invoice,
    en_invoice,
    long_invoice,
    lt_invoice,
    without_vat,
)
from tests.required import require_tools

D = Decimal


def flat(text: str) -> str:
    """Whitespace collapsed, so wrapped paragraphs compare as one line."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def lt_text() -> str:
    return rendered_text(lt_invoice())


@pytest.fixture(scope="module")
def cz_text() -> str:
    return rendered_text(cz_invoice())


def test_lithuanian_vat_invoice(lt_text: str) -> None:
    doc = lt_invoice()
    for expected in (
        "PVM sąskaita faktūra",
        "Nr. FAK2026-0001",
        "UAB „Žalgirio“ prekyba",
        "MB „Ąžuolų šviesa“",
        "Įmonės kodas: 305123456",
        "PVM mokėtojo kodas: LT100012345617",
        "Išrašymo data",
        "2026-03-05",
        "Tiekimo data",
        "2026-02-28",
        "2026-03-19",
        "ą č ę ė į š ų ū ž",
        "1 850,00",
        "21 %",
        "Puslapis 1 / 1",
    ):
        assert expected in flat(lt_text), expected
    total = norm(format_money(doc.totals.gross, "EUR", "lt"))
    assert total == "2 913,75 €"
    assert f"Iš viso mokėti {total}" in flat(lt_text)
    assert "Suma žodžiais: du tūkstančiai devyni šimtai trylika eurų ir 75 ct" in flat(lt_text)


def test_czech_vat_invoice(cz_text: str) -> None:
    doc = cz_invoice()
    text = flat(cz_text)
    for expected in (
        "Faktura – daňový doklad",
        "Číslo FAK2026-0042",
        "Příliš žluťoučký kůň",
        "ř ť ď ň ů ě",
        "Šťastný & Říha s.r.o.",
        "IČO: 12345678",
        "DIČ: CZ8001011234",
        "Zapsán v živnostenském rejstříku ÚMČ Praha 2",
        "Datum vystavení 5. 3. 2026",
        "DUZP 1. 3. 2026",
        "Datum splatnosti 19. 3. 2026",
        "Variabilní symbol 20260042",
        "Strana 1 / 1",
        "QR Platba",
    ):
        assert expected in text, expected
    assert f"Celkem k úhradě {norm(format_money(doc.totals.gross, 'CZK', 'cs'))}" in text
    assert "20 481,55 Kč" in text
    assert "slovy" not in text  # num2words cs is wrong; not printed


def test_supply_date_hidden_when_equal_to_issue_date() -> None:
    """Unless the seller is a Czech VAT payer: then the DUZP is on every tax document (a
    company setting turns that off); see tests/pdf/test_czech_lithuanian.py."""
    assert "Tiekimo data" not in rendered_text(lt_invoice(supply_date=date(2026, 3, 5)))
    seller = replace(CZ_SELLER, supply_date_always=False)
    assert "DUZP" not in rendered_text(cz_invoice(supply_date=date(2026, 3, 5), seller=seller))


def test_english_dates_and_money() -> None:
    text = flat(rendered_text(en_invoice()))
    assert "Invoice – tax document" in text
    assert "Issue date 5 March 2026" in text
    assert "1,420.00 EUR" in text
    assert "Reverse charge" in text


@pytest.mark.parametrize(
    ("make", "title", "status_line", "absent"),
    [
        (lt_invoice, "Sąskaita faktūra", "Ne PVM mokėtojas", "PVM tarifas"),
        (cz_invoice, "Faktura", "Neplátce DPH", "Sazba DPH"),
    ],
)
def test_non_payer_invoices(make, title, status_line, absent) -> None:  # type: ignore[no-untyped-def]
    doc = without_vat(make())
    text = flat(rendered_text(doc))
    assert text.startswith(title) or f"\n{title}" in rendered_text(doc)
    assert "daňový doklad" not in text and "PVM sąskaita" not in text
    assert status_line in text
    assert absent not in text
    assert norm(format_money(doc.totals.gross, doc.currency, doc.language)) in text


def test_czech_non_payer_says_no_vat() -> None:
    text = flat(rendered_text(without_vat(cz_invoice())))
    assert "Dodavatel není plátcem DPH." in text
    assert "DIČ" not in text.split("Odběratel".upper())[0]


@pytest.mark.parametrize(
    ("make", "wording"),
    [
        (lt_invoice, "Atvirkštinis PVM apmokestinimas"),
        (cz_invoice, "Daň odvede zákazník"),
        (en_invoice, "Reverse charge – VAT to be accounted for by the customer."),
    ],
)
def test_reverse_charge_wording(make, wording) -> None:  # type: ignore[no-untyped-def]
    doc = make()
    doc = replace(doc, lines=tuple(replace(ln, vat=REVERSE) for ln in doc.lines))
    assert wording in flat(rendered_text(doc))


def test_exemption_wording_with_legal_basis() -> None:
    doc = lt_invoice(extra={"exempt_basis": "PVM įstatymo 22 str."})
    doc = replace(doc, lines=(*doc.lines, replace(doc.lines[0], vat=EXEMPT)))
    text = flat(rendered_text(doc))
    assert "PVM neapmokestinama pagal Lietuvos Respublikos PVM įstatymą." in text
    assert "Teisinis pagrindas: PVM įstatymo 22 str." in text
    assert "neapm." in text


def test_vat_restated_in_euro_for_a_usd_invoice() -> None:
    doc = lt_invoice(currency="USD", exchange_rate=D("0.92"), exchange_rate_date=date(2026, 3, 4))
    text = flat(rendered_text(doc))
    vat21 = doc.totals.rates[0].vat_amount  # 494.81 USD
    assert "Sumos EUR" in text
    assert "Kursas 1 USD = 0,92 EUR (2026-03-04)" in text
    assert norm(format_money((vat21 * D("0.92")).quantize(D("0.01")), "EUR", "lt")) in text
    assert "455,23 €" in text


def test_vat_restated_in_czk_for_a_eur_invoice() -> None:
    doc = cz_invoice(currency="EUR", exchange_rate=D("24.325"), exchange_rate_date=date(2026, 3, 4))
    text = flat(rendered_text(doc))
    assert "Částky v CZK" in text
    assert "Kurz 1 EUR = 24,325 CZK (4. 3. 2026)" in text
    # DPH 21 %: 2 409,75 × 24,325 = 58 617,17 Kč
    assert "58 617,17 Kč" in text


def test_no_restatement_in_the_national_currency() -> None:
    assert "Částky v" not in rendered_text(cz_invoice())


@pytest.mark.parametrize(
    ("make", "mark"),
    [(lt_invoice, "JUODRAŠTIS"), (cz_invoice, "KONCEPT"), (en_invoice, "DRAFT")],
)
def test_draft_has_watermark_and_no_number(make, mark) -> None:  # type: ignore[no-untyped-def]
    doc = make(status=InvoiceStatus.DRAFT, number=None)
    text = rendered_text(doc)
    assert mark in text
    assert "FAK2026" not in text


def test_credit_note_references_the_invoice() -> None:
    doc = lt_invoice(kind=DocumentKind.CREDIT_NOTE, number="KR2026-0001")
    doc = replace(
        doc,
        credited_number="FAK2026-0001",
        lines=tuple(replace(ln, quantity=-ln.quantity) for ln in doc.lines),
    )
    text = flat(rendered_text(doc))
    assert "Kreditinė PVM sąskaita faktūra" in text
    assert "Koreguojama sąskaita faktūra Nr. FAK2026-0001" in text
    assert "Iš viso kredituojama -2 913,75 €" in text


def test_prices_including_vat_print_net_unit_prices() -> None:
    doc = cz_invoice(
        prices_include_vat=True,
        lines=(DocumentLine("Poukaz", D(2), "ks", D("121.00"), D(0), VAT21),),
    )
    text = flat(rendered_text(doc))
    assert "Celkem s DPH" in text
    assert "100,00" in text  # 121 / 1.21
    assert "Celkem k úhradě 242,00 Kč" in text


def test_embedded_fonts_are_ours_only() -> None:
    reader = PdfReader(io.BytesIO(render_invoice_pdf(lt_invoice())))
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            base = str(font["/BaseFont"])
            seen.add(base.split("+")[-1])
            assert font["/Subtype"] == "/TrueType", base
            assert "/FontFile2" in font["/FontDescriptor"], base
    assert seen == {"NotoSans-Regular", "NotoSans-Bold"}  # PostScript names, subset tags


def test_long_invoice_paginates_with_each_line_once() -> None:
    doc = long_invoice(200)
    pages = page_texts(render_invoice_pdf(doc))
    total = len(pages)
    assert total >= 3
    for number, text in enumerate(pages, start=1):
        assert f"Puslapis {number} / {total}" in text
    line_pages = [p for p in pages if "Line item" in p]
    assert all("Pavadinimas" in p for p in line_pages)  # header row repeated
    everything = "\n".join(pages)
    for i in range(1, 201):
        assert len(re.findall(rf"Line item {i:03d} ", everything)) == 1, i
    assert "Iš viso mokėti 2 420,00 €" in flat(everything)


def test_long_names_descriptions_and_big_amounts_fit() -> None:
    name = "UAB „Žalgirio“ prekyba " + "ir partneriai " * 12
    description = "Labai ilgas aprašymas apie atliktus darbus. " * 120
    doc = lt_invoice(
        buyer=replace(CZ_BUYER, name=name),
        lines=(
            DocumentLine(description, D(1), "vnt.", D("9999999.99"), D(0), VAT21),
            DocumentLine("Smulkmena", D(1), "vnt.", D("0.01"), D(0), VAT21),
        ),
    )
    pages = page_texts(render_invoice_pdf(doc))
    text = flat("\n".join(pages))
    assert flat(name) in text
    assert "9 999 999,99" in text
    assert text.count("Labai") == 120  # a sentence may break across pages; words do not


def test_output_is_deterministic() -> None:
    assert render_invoice_pdf(cz_invoice()) == render_invoice_pdf(cz_invoice())


def test_logo_is_drawn_when_the_file_exists(tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), "#1f5f99").save(logo)
    with_logo = render_invoice_pdf(lt_invoice(seller=replace(LT_SELLER, logo_path=str(logo))))
    missing = render_invoice_pdf(lt_invoice(seller=replace(LT_SELLER, logo_path="/nope.png")))
    assert b"/Subtype /Image" in with_logo
    assert b"/Subtype /Image" not in missing


def test_package_import_does_not_load_reportlab() -> None:
    code = "import sys, desktop.pdf; sys.exit('reportlab' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_pdffonts_lists_only_embedded_noto(tmp_path: Path) -> None:
    require_tools("poppler-utils", "pdffonts")
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(render_invoice_pdf(cz_invoice(status=InvoiceStatus.DRAFT, number=None)))
    out = subprocess.run(["pdffonts", pdf], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert len(rows) == 2
    for row in rows:
        name, *_rest = row.split()
        assert name.split("+")[-1] in {"NotoSans-Regular", "NotoSans-Bold"}, row
        assert " yes yes yes " in row, row  # embedded, subset, with a ToUnicode map


def test_proforma_says_it_is_not_a_tax_document() -> None:
    text = flat(rendered_text(lt_invoice(kind=DocumentKind.PROFORMA, number="ZAL2026-0001")))
    assert "Išankstinė sąskaita Nr. ZAL2026-0001" in text
    assert "Išankstinė sąskaita nėra PVM sąskaita faktūra." in text


def test_zero_rate_wording() -> None:
    from desktop.core.vat import VatCategory, VatRate

    zero = VatRate(D(0), VatCategory.ZERO)
    doc = lt_invoice(lines=(replace(lt_invoice().lines[0], vat=zero),))
    text = flat(rendered_text(doc))
    assert "Taikomas 0 % PVM tarifas" in text
    assert "0 %" in text


def test_amount_in_words_can_be_switched_off() -> None:
    assert "Suma žodžiais" not in rendered_text(lt_invoice(amount_in_words=False))


def test_unknown_language_falls_back_to_english() -> None:
    text = flat(rendered_text(lt_invoice(language="de")))
    assert "VAT invoice" in text
    assert "Issue date" in text
