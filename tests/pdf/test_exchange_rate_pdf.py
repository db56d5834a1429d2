"""From the editor's form to the PDF: the rate and the VAT in the national currency."""

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


def issued_text(country: str, currency: str, rate: Decimal | None, language: str) -> str:
    db = open_database("sqlite://")
    try:
        with db.session() as session:
            company = get_company(session)
            company.name, company.country, company.vat_payer = "Pardavėjas", country, True
            session.add(Client(name="Odběratel", country="CZ", language=language))
            session.flush()
            form = invoices.new_form(session, date(2026, 3, 5))
            form.client_id, form.currency, form.language = 1, currency, language
            form.supply_date, form.exchange_rate = date(2026, 2, 27), rate
            form.lines = [forms.LineForm("Návrh", Decimal(10), "h", Decimal(1000), vat_key="21")]
            inv = invoice_states.issue(session, invoices.save_draft(session, form).id)
            return re.sub(r"\s+", " ", rendered_text(documents.to_document(session, inv.id)))
    finally:
        db.dispose()


def test_lt_seller_czk_invoice_states_rate_and_vat_in_euro() -> None:
    text = issued_text("LT", "CZK", Decimal("0.0411"), "lt")
    assert "Kursas 1 CZK = 0,0411 EUR (2026-02-27)" in text
    # 10 000 CZK base, 2 100 CZK VAT → 411,00 € and 86,31 €
    assert "411,00 €" in text and "86,31 €" in text


def test_cz_seller_eur_invoice_states_rate_and_vat_in_czk() -> None:
    text = issued_text("CZ", "EUR", Decimal("24.325"), "cs")
    assert "Kurz 1 EUR = 24,325 CZK (27. 2. 2026)" in text
    # 10 000 € base, 2 100 € VAT → 243 250,00 Kč and 51 082,50 Kč
    assert "243 250,00 Kč" in text and "51 082,50 Kč" in text
    assert "Kurz neuveden" not in text


def test_no_restatement_in_the_national_currency() -> None:
    assert "Sumos EUR" not in issued_text("LT", "EUR", None, "lt")
