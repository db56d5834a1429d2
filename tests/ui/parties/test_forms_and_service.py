"""The party forms and ``services.parties`` refuse the same values, by the same field.

These build the dialogs and pages on their own (no main window), through the services only.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QTableView

from desktop.services.parties import ClientRecord, CompanyProfile, InvalidInputError
from desktop.ui.context import AppContext
from desktop.ui.parties import company_dialog
from desktop.ui.parties.client_dialog import ClientDialog
from desktop.ui.parties.clients_page import ClientsPage
from desktop.ui.parties.company_dialog import CompanyDialog
from desktop.ui.widgets.field_errors import describe
from tests.ui.helpers import LEFT, child, click, type_into

BAD_IBAN = "LT00 1234"


def _company_dialog(qtbot: Any, context: AppContext) -> CompanyDialog:
    dialog = CompanyDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog, "company_name", "Jonas Jonaitis IVV")
    type_into(qtbot, dialog, "company_iban", BAD_IBAN)
    return dialog


def test_invalid_iban_is_shown_under_the_field_and_nothing_is_stored(
    app_context: AppContext, qtbot: Any
) -> None:
    dialog = _company_dialog(qtbot, app_context)
    click(qtbot, dialog, "company_save")
    message = child(dialog, QLabel, "company_iban_message")
    assert message.isVisible() and "IBAN" in message.text()
    assert dialog.isVisible()
    assert child(dialog, QLineEdit, "company_iban").text() == BAD_IBAN
    stored = app_context.services.parties.company()
    assert (stored.name, stored.iban) == ("", "")


def test_the_service_refuses_the_same_profile_by_the_same_field(
    app_context: AppContext, qtbot: Any
) -> None:
    dialog = _company_dialog(qtbot, app_context)
    click(qtbot, dialog, "company_save")
    shown = child(dialog, QLabel, "company_iban_message").text()
    with pytest.raises(InvalidInputError) as refused:
        app_context.services.parties.save_company(dialog.profile())
    assert set(refused.value.problems) == {"iban"}
    assert describe(refused.value.problems["iban"]) == shown
    plain = CompanyProfile(name="Jonas Jonaitis IVV", iban=BAD_IBAN)
    with pytest.raises(InvalidInputError) as again:
        app_context.services.parties.save_company(plain)
    assert again.value.problems == refused.value.problems


def test_a_refusal_the_form_did_not_foresee_lands_under_its_field(
    app_context: AppContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The service has the last word: its ``InvalidInputError`` shows like the form's own."""
    monkeypatch.setattr(company_dialog, "company_problems", lambda _profile: {})
    dialog = _company_dialog(qtbot, app_context)
    click(qtbot, dialog, "company_save")
    assert "IBAN" in child(dialog, QLabel, "company_iban_message").text()
    assert dialog.isVisible()
    assert child(dialog, QLineEdit, "company_name").text() == "Jonas Jonaitis IVV"
    assert child(dialog, QLineEdit, "company_iban").text() == BAD_IBAN
    assert app_context.services.parties.company().name == ""


def _page(qtbot: Any, context: AppContext) -> ClientsPage:
    page = ClientsPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_archive_and_restore_a_client_from_the_page(app_context: AppContext, qtbot: Any) -> None:
    parties = app_context.services.parties
    client_id = parties.save_client(ClientRecord(name="Firma s.r.o.", country="CZ"))
    page = _page(qtbot, app_context)
    table = child(page, QTableView, "clients_table")
    assert table.model().rowCount() == 1
    table.selectRow(0)
    assert child(page, QPushButton, "client_archive").text() == "Archive"
    click(qtbot, page, "client_archive")
    assert table.model().rowCount() == 0
    assert parties.client(client_id).archived
    assert parties.clients() == []

    child(page, QCheckBox, "clients_show_archived").setChecked(True)
    assert table.model().rowCount() == 1
    table.selectRow(0)
    assert child(page, QPushButton, "client_archive").text() == "Restore"
    click(qtbot, page, "client_archive")
    assert not parties.client(client_id).archived
    child(page, QCheckBox, "clients_show_archived").setChecked(False)
    assert table.model().rowCount() == 1


def test_a_name_another_client_has_warns_but_saves(app_context: AppContext, qtbot: Any) -> None:
    parties = app_context.services.parties
    parties.save_client(ClientRecord(name="Kavárna U Řeky s.r.o."))
    dialog = ClientDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    # QTest cannot type Ř; the user's keyboard can
    child(dialog, QLineEdit, "client_name").setText("KAVÁRNA u řeky S.R.O.")
    type_into(qtbot, dialog, "client_emails", "broken@")
    click(qtbot, dialog, "client_save")  # the e-mail blocks; the name only warns
    assert "already exists" in child(dialog, QLabel, "client_name_message").text()
    assert "e-mail" in child(dialog, QLabel, "client_emails_message").text()
    assert dialog.isVisible()
    type_into(qtbot, dialog, "client_emails", "info@kavarna.cz")
    click(qtbot, dialog, "client_save")
    assert not dialog.isVisible()
    assert len(parties.clients()) == 2


def test_find_client_ignores_case_beyond_ascii(app_context: AppContext) -> None:
    """SQLite's lower() leaves Ř alone; an exact Czech name must still find its client, or
    typing it in an invoice would create a second one."""
    parties = app_context.services.parties
    client_id = parties.save_client(ClientRecord(name="Kavárna U Řeky s.r.o.", country="CZ"))
    for typed in ("Kavárna U Řeky s.r.o.", " kavárna u řeky s.r.o. ", "KAVÁRNA U ŘEKY S.R.O."):
        found = parties.find_client(typed)
        assert found is not None and found.id == client_id, typed
    assert parties.client_named("Kavárna U Řeky s.r.o.").id == client_id
    assert parties.find_client("Kavárna U Řeky") is None
    assert parties.find_client("") is None


def test_isdoc_attachment_follows_the_country_until_chosen(
    app_context: AppContext, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QComboBox

    parties = app_context.services.parties
    dialog = ClientDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    box = child(dialog, QCheckBox, "client_attach_isdoc")
    country = child(dialog, QComboBox, "client_country")
    country.setCurrentIndex(country.findData("LT"))
    assert box.isVisible() and not box.isChecked()
    country.setCurrentIndex(country.findData("CZ"))
    assert box.isChecked()  # Czech clients get the ISDOC by default
    type_into(qtbot, dialog, "client_name", "Odberatel s.r.o.")
    click(qtbot, dialog, "client_save")
    saved = parties.find_client("Odberatel s.r.o.")
    assert saved is not None and saved.attach_isdoc is None  # the default, not a choice

    again = ClientDialog(app_context, saved.id)
    qtbot.addWidget(again)
    again.show()
    box = child(again, QCheckBox, "client_attach_isdoc")
    assert box.isChecked()
    qtbot.mouseClick(box, LEFT)  # the user's own choice from now on
    click(qtbot, again, "client_save")
    assert parties.client(saved.id or 0).attach_isdoc is False
