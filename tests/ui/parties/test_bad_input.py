"""Bad input is answered next to the field, in words, and nothing typed is lost."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView

from desktop.core.validation import MAX_DESCRIPTION
from desktop.ui.invoices.line_items_model import DESCRIPTION, PRICE, QUANTITY
from desktop.ui.shell.main_window import MainWindow
from tests.ui.helpers import child, click, new_editor, open_dialog, type_cell, type_into


def _cell(editor: Any, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return child(editor, QTableView, "invoice_lines").model().index(row, column).data(role)


def _lines_message(editor: Any) -> QLabel:
    return child(editor, QLabel, "invoice_lines_message")


def test_letters_in_price_are_kept_and_explained(main_window: MainWindow, qtbot: Any) -> None:
    editor = new_editor(qtbot, main_window)
    type_cell(qtbot, editor, 0, PRICE, "12")
    type_cell(qtbot, editor, 0, PRICE, "12,5abc")
    assert _cell(editor, 0, PRICE) == "12,5abc"
    assert _cell(editor, 0, PRICE, Qt.ItemDataRole.EditRole) == "12,5abc"
    message = _lines_message(editor)
    assert message.isVisible()
    assert "is not a number" in message.text() and "Line 1" in message.text()
    # The line keeps its last good price, so the totals never show garbage.
    assert child(editor, QLabel, "invoice_total_base").text() == "12.00 EUR"
    type_cell(qtbot, editor, 0, PRICE, "12.50")
    assert not message.isVisible()
    assert child(editor, QLabel, "invoice_total_base").text() == "12.50 EUR"


def test_live_message_while_typing(main_window: MainWindow, qtbot: Any) -> None:
    editor = new_editor(qtbot, main_window)
    table = child(editor, QTableView, "invoice_lines")
    index = table.model().index(0, QUANTITY)
    table.setCurrentIndex(index)
    table.edit(index)
    cell = table.indexWidget(index)
    assert isinstance(cell, QLineEdit)
    qtbot.keyClicks(cell, "x")
    assert "not a number" in _lines_message(editor).text()
    assert cell.toolTip()
    qtbot.keyClick(cell, Qt.Key.Key_Escape)


def test_negative_quantity_only_on_credit_notes(main_window: MainWindow, qtbot: Any) -> None:
    editor = new_editor(qtbot, main_window)
    type_cell(qtbot, editor, 0, QUANTITY, "-3")
    assert _cell(editor, 0, QUANTITY) == "-3"
    assert "credit note" in _lines_message(editor).text()
    assert editor.model.line(0).quantity == 1
    editor.model.allow_negative = True  # what a credit-note editor sets up
    type_cell(qtbot, editor, 0, QUANTITY, "-3")
    assert editor.model.line(0).quantity == -3
    assert not _lines_message(editor).isVisible()


def test_very_long_description_is_kept_with_a_message(main_window: MainWindow, qtbot: Any) -> None:
    editor = new_editor(qtbot, main_window)
    text = "A" * 10_000
    type_cell(qtbot, editor, 0, DESCRIPTION, text)
    assert _cell(editor, 0, DESCRIPTION) == text
    message = _lines_message(editor).text()
    assert "10000" in message and str(MAX_DESCRIPTION) in message
    click(qtbot, editor, "invoice_issue")
    assert "marked red" in child(editor, QLabel, "invoice_message").text()


def test_company_vat_code_warning_does_not_block(main_window: MainWindow, qtbot: Any) -> None:
    main_window.action_company.trigger()
    dialog = open_dialog(qtbot, main_window, "company_dialog")
    type_into(qtbot, dialog, "company_name", "Jonas Jonaitis IVV")
    type_into(qtbot, dialog, "company_vat_code", "LT12345")
    type_into(qtbot, dialog, "company_iban", "LT00 1234")
    click(qtbot, dialog, "company_save")
    vat_message = child(dialog, QLabel, "company_vat_code_message")
    iban_message = child(dialog, QLabel, "company_iban_message")
    assert vat_message.isVisible() and "VAT code" in vat_message.text()
    assert iban_message.isVisible() and "IBAN" in iban_message.text()
    assert dialog.isVisible()  # the IBAN error blocks
    assert child(dialog, QLineEdit, "company_vat_code").text() == "LT12345"
    type_into(qtbot, dialog, "company_iban", "LT12 1000 0111 0100 1000")
    click(qtbot, dialog, "company_save")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    company = main_window.context.services.parties.company()
    assert company.vat_code == "LT12345"
    assert company.iban == "LT121000011101001000"


def test_company_requires_a_name(main_window: MainWindow, qtbot: Any) -> None:
    main_window.action_company.trigger()
    dialog = open_dialog(qtbot, main_window, "company_dialog")
    type_into(qtbot, dialog, "company_email", "not an address")
    click(qtbot, dialog, "company_save")
    assert "required" in child(dialog, QLabel, "company_name_message").text()
    assert "e-mail" in child(dialog, QLabel, "company_email_message").text()
    assert dialog.isVisible()
    click(qtbot, dialog, "company_cancel")
