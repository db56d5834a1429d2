"""The editor's exchange rate: shown for a foreign currency, parsed, required to issue."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QLineEdit, QMessageBox

from desktop.core.forms import InvoiceForm
from desktop.ui.invoices.date_fields import to_qdate
from desktop.ui.invoices.line_items_model import DESCRIPTION, PRICE
from desktop.ui.shell.main_window import MainWindow
from tests.ui.helpers import (
    child,
    click,
    confirm_issue,
    create_client_by_typing,
    fill_company,
    new_editor,
    type_cell,
    type_into,
)


def czk_draft(qtbot: Any, window: MainWindow) -> Any:
    """An LT VAT payer's invoice switched to CZK, with a client and one priced line."""
    fill_company(qtbot, window)
    editor = new_editor(qtbot, window)
    create_client_by_typing(qtbot, editor, "Kavarna U Reky s.r.o.")
    type_cell(qtbot, editor, 0, DESCRIPTION, "Graphic design")
    type_cell(qtbot, editor, 0, PRICE, "1000")
    currency = child(editor, QComboBox, "invoice_currency")
    currency.setCurrentIndex(currency.findText("CZK"))
    return editor


def stored(window: MainWindow, invoice_id: int) -> InvoiceForm:
    return window.context.services.invoices.load(invoice_id)


def test_rate_is_shown_only_for_a_foreign_currency(main_window: MainWindow, qtbot: Any) -> None:
    editor = new_editor(qtbot, main_window)  # the seller is Lithuanian by default: EUR
    rate = child(editor, QLineEdit, "invoice_exchange_rate")
    rate_date = child(editor, QDateEdit, "invoice_exchange_rate_date")
    assert not rate.isVisible() and not rate_date.isVisible()
    currency = child(editor, QComboBox, "invoice_currency")
    currency.setCurrentIndex(currency.findText("USD"))
    assert rate.isVisible() and rate_date.isVisible()
    assert editor.header.rate_from.text() == "1 USD =" and editor.header.rate_to.text() == "EUR"
    assert "ECB" in editor.header.rate_label.toolTip()
    currency.setCurrentIndex(currency.findText("EUR"))
    assert not rate.isVisible()


def test_rate_accepts_comma_or_dot_and_rejects_the_rest(
    main_window: MainWindow, qtbot: Any
) -> None:
    editor = czk_draft(qtbot, main_window)
    message = child(editor, QLabel, "invoice_exchange_rate_message")
    type_into(qtbot, editor, "invoice_exchange_rate", "abc")
    assert message.isVisible() and "not a number" in message.text()
    type_into(qtbot, editor, "invoice_exchange_rate", "0")
    assert "greater than zero" in message.text()
    type_into(qtbot, editor, "invoice_exchange_rate", "-0,04")
    assert "greater than zero" in message.text()
    type_into(qtbot, editor, "invoice_exchange_rate", "0,0411")
    assert not message.isVisible()
    click(qtbot, editor, "invoice_save")
    assert stored(main_window, editor.invoice_id).exchange_rate == Decimal("0.0411")
    type_into(qtbot, editor, "invoice_exchange_rate", "0.0412")
    assert not message.isVisible()
    click(qtbot, editor, "invoice_save")
    assert stored(main_window, editor.invoice_id).exchange_rate == Decimal("0.0412")


def test_rate_date_follows_the_supply_date_until_changed(
    main_window: MainWindow, qtbot: Any
) -> None:
    editor = czk_draft(qtbot, main_window)
    issue_date = child(editor, QDateEdit, "invoice_issue_date")
    rate_date = child(editor, QDateEdit, "invoice_exchange_rate_date")
    assert rate_date.date() == issue_date.date()
    child(editor, QCheckBox, "invoice_supply_enabled").setChecked(True)
    child(editor, QDateEdit, "invoice_supply_date").setDate(to_qdate(date(2026, 2, 27)))
    assert rate_date.date() == to_qdate(date(2026, 2, 27))
    click(qtbot, editor, "invoice_save")
    assert stored(main_window, editor.invoice_id).exchange_rate_date is None  # "that day"
    rate_date.setDate(to_qdate(date(2026, 2, 26)))
    child(editor, QDateEdit, "invoice_supply_date").setDate(to_qdate(date(2026, 2, 25)))
    assert rate_date.date() == to_qdate(date(2026, 2, 26))  # the user's choice stays
    click(qtbot, editor, "invoice_save")
    assert stored(main_window, editor.invoice_id).exchange_rate_date == date(2026, 2, 26)


def test_issue_without_a_rate_says_so_next_to_the_field(
    main_window: MainWindow, qtbot: Any
) -> None:
    editor = czk_draft(qtbot, main_window)
    click(qtbot, editor, "invoice_issue")
    message = child(editor, QLabel, "invoice_exchange_rate_message")
    assert message.isVisible()
    assert message.text() == "Enter the exchange rate: the VAT must also be stated in EUR."
    assert editor.findChild(QMessageBox, "confirm_issue") is None
    rate = child(editor, QLineEdit, "invoice_exchange_rate")
    assert editor.focusWidget() is rate  # the cursor waits in the field
    inv = stored(main_window, editor.invoice_id)
    assert inv.status == "draft" and inv.number is None
    assert editor.model.line(0).description == "Graphic design"  # nothing typed is lost
    assert child(editor, QComboBox, "invoice_currency").currentText() == "CZK"

    qtbot.keyClicks(rate, "0,0411")
    assert not message.isVisible()
    confirm_issue(qtbot, editor)
    qtbot.waitUntil(lambda: editor.form.number is not None, timeout=3000)
    inv = stored(main_window, editor.invoice_id)
    assert inv.exchange_rate == Decimal("0.0411")
    assert inv.exchange_rate_date == inv.issue_date  # no supply date: the issue date's rate
    assert not rate.isEnabled()


def test_issue_refused_while_the_rate_is_not_a_number(main_window: MainWindow, qtbot: Any) -> None:
    editor = czk_draft(qtbot, main_window)
    type_into(qtbot, editor, "invoice_exchange_rate", "24,3x")
    click(qtbot, editor, "invoice_issue")
    assert "marked red" in child(editor, QLabel, "invoice_message").text()
    assert child(editor, QLineEdit, "invoice_exchange_rate").text() == "24,3x"
    assert editor.findChild(QMessageBox, "confirm_issue") is None


def test_non_payer_may_issue_without_a_rate(main_window: MainWindow, qtbot: Any) -> None:
    fill_company(qtbot, main_window, vat_payer=False)
    editor = new_editor(qtbot, main_window)
    create_client_by_typing(qtbot, editor, "Buyer")
    type_cell(qtbot, editor, 0, DESCRIPTION, "Work")
    type_cell(qtbot, editor, 0, PRICE, "10")
    currency = child(editor, QComboBox, "invoice_currency")
    currency.setCurrentIndex(currency.findText("USD"))
    confirm_issue(qtbot, editor)
    qtbot.waitUntil(lambda: editor.form.number is not None, timeout=3000)


def test_reopened_draft_shows_the_rate_in_the_ui_language(
    main_window: MainWindow, qtbot: Any
) -> None:
    editor = czk_draft(qtbot, main_window)
    type_into(qtbot, editor, "invoice_exchange_rate", "0,0411")
    click(qtbot, editor, "invoice_save")
    invoice_id = editor.invoice_id
    main_window.close_tab(main_window.invoice_tabs.indexOf(editor))
    again = main_window.open_invoice(invoice_id)
    assert child(again, QLineEdit, "invoice_exchange_rate").text() == "0.0411"  # English UI
    assert child(again, QLineEdit, "invoice_exchange_rate").isVisible()


def test_company_country_change_reaches_an_open_editor(main_window: MainWindow, qtbot: Any) -> None:
    from desktop.storage.parties import get_company

    editor = new_editor(qtbot, main_window)
    rate = child(editor, QLineEdit, "invoice_exchange_rate")
    assert not rate.isVisible()  # EUR from a Lithuanian seller
    with main_window.context.services.books.transaction() as session:
        get_company(session).country = "CZ"
    main_window.context.events.company_changed.emit()
    assert rate.isVisible() and editor.header.rate_to.text() == "CZK"
    assert "ČNB" in editor.header.rate_label.toolTip()
