"""The legal basis of exempt, 0 % and reverse-charge supplies: stored per invoice, defaulted
from the company, kept by duplicates and credit notes, handed to the PDF in ``doc.extra``."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from desktop.core import forms
from desktop.core.document import treatments_needing_basis
from desktop.storage import documents, invoice_states, invoices
from desktop.storage.database import Database
from desktop.storage.models import Client
from desktop.storage.parties import get_company
from tests.storage.books import lt_vat_payer_books

RC = "Art. 196 of Directive 2006/112/EC"


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    client = Client(name="Nordlicht GmbH", country="DE", language="en")
    yield from lt_vat_payer_books(database_url, client, legal_basis={"reverse_charge": RC})


def draft(session: Session, vat_key: str = "0:AE", **basis: str) -> int:
    form = invoices.new_form(session, date(2026, 3, 5))
    form.client_id = 1
    form.lines = [forms.LineForm("Consulting", Decimal(2), "h", Decimal(100), vat_key=vat_key)]
    form.legal_basis.update(basis)
    return invoices.save_draft(session, form).id


def test_treatments_follow_the_rates_in_print_order() -> None:
    assert treatments_needing_basis(["21", "0:Z", "0:E", "0:AE", "0:Z"]) == [
        "reverse_charge",
        "exempt",
        "zero",
    ]
    assert treatments_needing_basis(["21", "12", "0:O", "not a rate"]) == []


def test_new_invoice_starts_from_the_company_default(db: Database) -> None:
    with db.session() as session:
        assert invoices.new_form(session).legal_basis == {"reverse_charge": RC}
        invoice_id = draft(session)
        session.commit()
    with db.session() as session:
        assert invoices.load_form(session, invoice_id).legal_basis == {"reverse_charge": RC}
        document = documents.to_document(session, invoice_id)
    assert document.extra == {"reverse_charge_basis": RC}


def test_the_invoice_text_wins_and_blanks_are_not_kept(db: Database) -> None:
    with db.session() as session:
        invoice_id = draft(
            session, reverse_charge="  § 92a zákona o DPH ", exempt="   ", unknown="x"
        )
        session.commit()
    with db.session() as session:
        form = invoices.load_form(session, invoice_id)
        assert form.legal_basis == {"reverse_charge": "§ 92a zákona o DPH"}
        form.legal_basis = {}  # cleared in the editor: the generic wording again
        invoices.save_draft(session, form)
        session.commit()
    with db.session() as session:
        assert invoices.load_form(session, invoice_id).legal_basis == {}
        assert documents.to_document(session, invoice_id).extra == {}


def test_issued_invoice_keeps_its_basis_when_the_default_changes(db: Database) -> None:
    with db.session() as session:
        invoice_id = draft(session, exempt="PVM įstatymo 20 str.")
        invoice_states.issue(session, invoice_id)
        get_company(session).legal_basis = {"reverse_charge": "changed later"}
        session.commit()
    with db.session() as session:
        extra = documents.to_document(session, invoice_id).extra
    assert extra == {"reverse_charge_basis": RC, "exempt_basis": "PVM įstatymo 20 str."}


def test_duplicate_and_credit_note_keep_the_basis(db: Database) -> None:
    with db.session() as session:
        invoice_id = draft(session, reverse_charge="own text")
        invoice_states.issue(session, invoice_id)
        get_company(session).legal_basis = {"reverse_charge": RC, "zero": "PVM įstatymo 41 str."}
        copy = invoices.duplicate(session, invoice_id)
        credit = invoices.create_credit_note(session, invoice_id)
        session.commit()
        copy_basis = invoices.load_form(session, copy.id).legal_basis
        credit_basis = invoices.load_form(session, credit.id).legal_basis
    # The copy is a new invoice: the company's defaults, except the original's own text.
    assert copy_basis == {"reverse_charge": "own text", "zero": "PVM įstatymo 41 str."}
    # The correction relies on the provision the original named, nothing else.
    assert credit_basis == {"reverse_charge": "own text"}
