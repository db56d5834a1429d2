"""The company form follows the seller's country and kind: Lithuanian examples on a
Lithuanian form, an individual's certificate number, the Czech register-entry warning, the
domestic account and the DUZP setting; what it saves is what the PDF prints."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit

from desktop.ui.context import AppContext
from desktop.ui.parties.company_dialog import CompanyDialog
from tests.ui.helpers import child, click, type_into


def opened(qtbot: Any, context: AppContext) -> CompanyDialog:
    dialog = CompanyDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(dialog: CompanyDialog, name: str, data: str) -> None:
    combo = child(dialog, QComboBox, name)
    combo.setCurrentIndex(combo.findData(data))


def test_lithuanian_form_shows_lithuanian_examples_and_certificate(
    app_context: AppContext, qtbot: Any
) -> None:
    dialog = opened(qtbot, app_context)
    choose(dialog, "company_country", "LT")
    register = child(dialog, QLineEdit, "company_register_line")
    assert "Zapsán" not in register.placeholderText()
    assert "registre" in register.placeholderText()
    code = child(dialog, QLineEdit, "company_company_code")
    assert "įmonės kodas" in code.placeholderText()
    choose(dialog, "company_seller_kind", "individual")
    assert dialog.party.labels["company_code"].text() == "Certificate No.:"
    assert "pažymos" in code.placeholderText()
    choose(dialog, "company_seller_kind", "business_licence")
    assert dialog.party.labels["company_code"].text() == "Business licence No.:"
    assert not child(dialog, QCheckBox, "company_supply_date_always").isVisible()
    type_into(qtbot, dialog, "company_name", "Jonas Jonaitis")
    type_into(qtbot, dialog, "company_company_code", "AB 123456")  # not a 9-digit code
    click(qtbot, dialog, "company_save")
    assert not dialog.isVisible()
    saved = app_context.services.parties.company()
    assert (saved.seller_kind, saved.company_code) == ("business_licence", "AB 123456")


def test_czech_seller_is_warned_about_the_register_entry(
    app_context: AppContext, qtbot: Any
) -> None:
    dialog = opened(qtbot, app_context)
    choose(dialog, "company_country", "CZ")
    warning = child(dialog, QLabel, "company_register_line_message")
    assert warning.isVisible() and "register entry" in warning.text()
    register = child(dialog, QLineEdit, "company_register_line")
    assert "Zapsán v OR" in register.placeholderText()
    register.setText("Zapsán v obchodním rejstříku vedeném Městským soudem v Praze")
    assert not warning.isVisible()
    assert child(dialog, QCheckBox, "company_supply_date_always").isVisible()
    type_into(qtbot, dialog, "company_iban", "CZ6508000000192000145399")
    account = child(dialog, QLineEdit, "company_bank_account")
    assert account.placeholderText() == "19-2000145399/0800"  # read from the IBAN
    type_into(qtbot, dialog, "company_bank_account", "19-2000145398/0800")  # bad check digit
    child(dialog, QLineEdit, "company_name").setText("Tiskárna s.r.o.")  # QTest cannot type á
    child(dialog, QCheckBox, "company_supply_date_always").setChecked(False)
    click(qtbot, dialog, "company_save")
    assert not dialog.isVisible()  # a warning, never a block
    saved = app_context.services.parties.company()
    assert saved.bank_account == "19-2000145398/0800" and saved.supply_date_always is False
    assert saved.register_line.startswith("Zapsán")
