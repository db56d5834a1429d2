"""What Czech and Lithuanian recipients expect on the PDF, read back with pypdf.

Czech (issue 14, item 3): the DUZP on every tax document unless the company turns it off,
the domestic account and bank code beside the IBAN, the register entry, and a non-payer's
"Faktura" without VAT columns and with "Nejsem plátce DPH".  Lithuanian (item 4): an
individual's certificate number instead of "Įmonės kodas", and a non-payer's "Sąskaita
faktūra" without VAT columns.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from desktop.core.lifecycle import DocumentKind
from tests.pdf.conftest import rendered_text
from tests.pdf.samples import CZ_SELLER, LT_SELLER, cz_invoice, lt_invoice, without_vat


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_duzp_on_every_czech_tax_document() -> None:
    same_day = cz_invoice(supply_date=date(2026, 3, 5))
    assert "DUZP 5. 3. 2026" in flat(rendered_text(same_day))
    credit = replace(same_day, kind=DocumentKind.CREDIT_NOTE, credited_number="FAK2026-0041")
    assert "DUZP 5. 3. 2026" in flat(rendered_text(credit))
    no_supply_date = cz_invoice(supply_date=None)  # the issue date is the tax point
    assert "DUZP 5. 3. 2026" in flat(rendered_text(no_supply_date))
    off = replace(CZ_SELLER, supply_date_always=False)
    assert "DUZP" not in rendered_text(cz_invoice(supply_date=date(2026, 3, 5), seller=off))
    # It still prints when it differs, whatever the setting (VAT Act §29(1)(h)).
    assert "DUZP 1. 3. 2026" in flat(rendered_text(cz_invoice(seller=off)))
    # A non-payer's invoice is no tax document: no DUZP of its own when it is the same day.
    assert "DUZP" not in rendered_text(without_vat(same_day))


def test_domestic_account_beside_the_iban() -> None:
    text = flat(rendered_text(cz_invoice()))
    assert "Číslo účtu (IBAN) CZ65 0800 0000 1920 0014 5399" in text
    assert "Číslo účtu 19-2000145399/0800" in text  # derived from the Czech IBAN
    entered = replace(CZ_SELLER, bank_account="2000145399/0800")
    assert "Číslo účtu 2000145399/0800" in flat(rendered_text(cz_invoice(seller=entered)))
    # A Lithuanian IBAN has no Czech account inside it.
    assert "Sąskaitos numeris" not in rendered_text(lt_invoice())


def test_register_entry_printed_for_the_seller() -> None:
    seller = replace(
        CZ_SELLER,
        register_line="Zapsán v obchodním rejstříku vedeném Městským soudem v Praze, "
        "oddíl C, vložka 12345",
    )
    assert "vedeném Městským soudem v Praze" in flat(rendered_text(cz_invoice(seller=seller)))


def test_czech_non_payer_gets_a_plain_faktura() -> None:
    person = without_vat(cz_invoice(seller=replace(CZ_SELLER, seller_kind="individual")))
    text = flat(rendered_text(person))
    assert text.startswith("Faktura ") and "daňový doklad" not in text
    assert "Nejsem plátce DPH" in text
    for vat_word in ("Sazba DPH", "Základ daně", "bez DPH"):
        assert vat_word not in text, vat_word
    company = flat(rendered_text(without_vat(cz_invoice())))
    assert "Neplátce DPH" in company and "Nejsem" not in company


def test_lithuanian_individual_prints_the_certificate_number() -> None:
    for kind, label in (
        ("individual", "Individualios veiklos pažymos Nr.: 123456"),
        ("business_licence", "Verslo liudijimo Nr.: AB-1234567"),
    ):
        code = "123456" if kind == "individual" else "AB-1234567"
        seller = replace(LT_SELLER, seller_kind=kind, company_code=code)
        text = flat(rendered_text(lt_invoice(seller=seller)))
        assert label in text
        assert "Įmonės kodas: " + code not in text
    # The buyer keeps its company code; so does a company seller.
    assert "Įmonės kodas: 305123456" in flat(rendered_text(lt_invoice()))


def test_lithuanian_non_payer_gets_saskaita_faktura_without_vat() -> None:
    seller = replace(LT_SELLER, seller_kind="individual", company_code="123456")
    text = flat(rendered_text(without_vat(lt_invoice(seller=seller))))
    assert text.startswith("Sąskaita faktūra ") and "PVM sąskaita" not in text
    assert "Nesu PVM mokėtojas" in text
    for vat_word in ("PVM tarifas", "Apmokestinamoji vertė", "be PVM"):
        assert vat_word not in text, vat_word
