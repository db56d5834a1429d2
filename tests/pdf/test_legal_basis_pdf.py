"""The legal basis the user entered is printed after the wording of its treatment only."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from desktop.core import forms
from desktop.storage import documents, invoice_states, invoices
from desktop.storage.database import open_database
from desktop.storage.models import Client
from desktop.storage.parties import get_company
from tests.pdf.conftest import rendered_text


def issued_text(language: str, vat_keys: list[str], basis: dict[str, str]) -> str:
    db = open_database("sqlite://")
    try:
        with db.session() as session:
            company = get_company(session)
            company.name, company.country, company.vat_payer = "Pardavėjas", "LT", True
            company.legal_basis = {"zero": "PVM įstatymo 41 str."}  # the default, overridden
            session.add(Client(name="Odběratel s.r.o.", country="CZ", language=language))
            session.flush()
            form = invoices.new_form(session, date(2026, 3, 5))
            form.client_id, form.language = 1, language
            form.lines = [
                forms.LineForm(f"Item {key}", Decimal(1), "h", Decimal(100), vat_key=key)
                for key in vat_keys
            ]
            form.legal_basis = basis
            inv = invoice_states.issue(session, invoices.save_draft(session, form).id)
            return re.sub(r"\s+", " ", rendered_text(documents.to_document(session, inv.id)))
    finally:
        db.dispose()


def test_each_treatment_prints_its_own_basis() -> None:
    text = issued_text(
        "en",
        ["0:AE", "0:E"],
        {"reverse_charge": "Art. 196 of Directive 2006/112/EC", "exempt": "Art. 135(1)(d)"},
    )
    assert (
        "Reverse charge – VAT to be accounted for by the customer. "
        "Legal basis: Art. 196 of Directive 2006/112/EC"
    ) in text
    assert "Legal basis: Art. 135(1)(d)" in text


def test_czech_and_lithuanian_documents_print_the_basis_in_their_language() -> None:
    cs = issued_text("cs", ["0:AE"], {"reverse_charge": "§ 92a zákona o DPH"})
    assert "Právní základ: § 92a zákona o DPH" in cs
    lt = issued_text("lt", ["0:Z"], {"zero": "PVM įstatymo 41 str."})
    assert "Teisinis pagrindas: PVM įstatymo 41 str." in lt


def test_no_basis_for_a_treatment_the_invoice_does_not_use() -> None:
    text = issued_text("en", ["21"], {"reverse_charge": "Art. 196", "exempt": "Art. 132"})
    assert "Legal basis" not in text and "Art. 196" not in text


def test_without_a_basis_the_wording_stays_generic() -> None:
    text = issued_text("en", ["0:AE"], {})
    assert "Reverse charge – VAT to be accounted for by the customer." in text
    assert "Legal basis" not in text
