"""Legal basis fields: one per special VAT treatment on the invoice, defaulted from the company."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QPushButton

from desktop.core import forms
from desktop.ui.invoices.line_items_model import DESCRIPTION, PRICE, VAT
from desktop.ui.shell.main_window import MainWindow
from tests.ui.helpers import (
    LEFT,
    child,
    click,
    confirm_issue,
    create_client_by_typing,
    fill_company,
    new_editor,
    open_dialog,
    type_cell,
    type_into,
)

FIELDS = ("invoice_basis_reverse_charge", "invoice_basis_exempt", "invoice_basis_zero")


def shown(editor: Any) -> list[str]:
    return [name for name in FIELDS if child(editor, QLineEdit, name).isVisible()]


def paste_into(qtbot: Any, parent: Any, name: str, text: str) -> None:
    """Paste with Ctrl+V, as one would a "§" (test key clicks are ASCII only)."""
    edit = child(parent, QLineEdit, name)
    QApplication.clipboard().setText(text)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == text


def stored_basis(window: MainWindow, invoice_id: int) -> dict[str, str]:
    return window.context.services.invoices.load(invoice_id).legal_basis


def test_a_field_per_treatment_on_the_lines(main_window: MainWindow, qtbot: Any) -> None:
    fill_company(qtbot, main_window)
    editor = new_editor(qtbot, main_window)
    type_cell(qtbot, editor, 0, DESCRIPTION, "Consulting")
    assert shown(editor) == []  # 21 %: nothing to cite
    type_cell(qtbot, editor, 0, VAT, "0:AE")
    assert shown(editor) == ["invoice_basis_reverse_charge"]
    field = child(editor, QLineEdit, "invoice_basis_reverse_charge")
    assert "196" in field.placeholderText()  # an example, in the interface language
    click(qtbot, editor, "invoice_add_line")
    type_cell(qtbot, editor, 1, DESCRIPTION, "Training")
    type_cell(qtbot, editor, 1, VAT, "0:E")
    assert shown(editor) == ["invoice_basis_reverse_charge", "invoice_basis_exempt"]
    type_into(qtbot, editor, "invoice_basis_reverse_charge", "Art. 196 of Directive 2006/112/EC")
    type_into(qtbot, editor, "invoice_basis_exempt", "Art. 132(1)(i)")
    click(qtbot, editor, "invoice_save")
    assert stored_basis(main_window, editor.invoice_id) == {
        "reverse_charge": "Art. 196 of Directive 2006/112/EC",
        "exempt": "Art. 132(1)(i)",
    }
    # Back to 21 %: the field hides but keeps its text for when the rate comes back.
    type_cell(qtbot, editor, 1, VAT, "21")
    assert shown(editor) == ["invoice_basis_reverse_charge"]
    click(qtbot, editor, "invoice_save")
    assert stored_basis(main_window, editor.invoice_id)["exempt"] == "Art. 132(1)(i)"


def test_not_shown_for_a_seller_who_is_not_a_vat_payer(main_window: MainWindow, qtbot: Any) -> None:
    fill_company(qtbot, main_window, vat_payer=False)
    editor = new_editor(qtbot, main_window)
    editor.model.set_lines([forms.LineForm("Old line", vat_key="0:AE")])
    editor.show_legal_basis()
    assert shown(editor) == []


def test_company_default_reaches_new_and_open_invoices(main_window: MainWindow, qtbot: Any) -> None:
    fill_company(qtbot, main_window)
    open_draft = new_editor(qtbot, main_window)
    type_cell(qtbot, open_draft, 0, DESCRIPTION, "Consulting")
    type_cell(qtbot, open_draft, 0, VAT, "0:AE")
    main_window.action_company.trigger()
    dialog = open_dialog(qtbot, main_window, "company_dialog")
    for name in ("company_basis_reverse_charge", "company_basis_exempt", "company_basis_zero"):
        assert child(dialog, QLineEdit, name).isVisible(), name  # LT offers all three
    country = child(dialog, QComboBox, "company_country")
    country.setCurrentIndex(country.findData("CZ"))
    assert not child(dialog, QLineEdit, "company_basis_zero").isVisible()  # no 0 % in CZ
    payer = child(dialog, QCheckBox, "company_vat_payer")
    payer.setChecked(False)
    assert not child(dialog, QLineEdit, "company_basis_exempt").isVisible()
    payer.setChecked(True)
    country.setCurrentIndex(country.findData("LT"))
    type_into(qtbot, dialog, "company_basis_reverse_charge", "Art. 196 of Directive 2006/112/EC")
    qtbot.mouseClick(child(dialog, QPushButton, "company_save"), LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    # The open draft's empty field takes the new default; a new invoice starts from it.
    expected = "Art. 196 of Directive 2006/112/EC"
    assert child(open_draft, QLineEdit, "invoice_basis_reverse_charge").text() == expected
    editor = new_editor(qtbot, main_window)
    type_cell(qtbot, editor, 0, DESCRIPTION, "Consulting")
    type_cell(qtbot, editor, 0, VAT, "0:AE")
    field = child(editor, QLineEdit, "invoice_basis_reverse_charge")
    assert field.isVisible() and field.text() == expected
    # The invoice's own text wins, and is what gets printed.
    paste_into(qtbot, editor, "invoice_basis_reverse_charge", "§ 92a zákona o DPH")
    click(qtbot, editor, "invoice_save")
    extra = main_window.context.services.invoices.document(editor.invoice_id).extra
    assert extra == {"reverse_charge_basis": "§ 92a zákona o DPH"}


def test_issued_invoice_basis_is_read_only(main_window: MainWindow, qtbot: Any) -> None:
    fill_company(qtbot, main_window)
    editor = new_editor(qtbot, main_window)
    create_client_by_typing(qtbot, editor, "Nordlicht GmbH")
    type_cell(qtbot, editor, 0, DESCRIPTION, "Consulting")
    type_cell(qtbot, editor, 0, PRICE, "100")
    type_cell(qtbot, editor, 0, VAT, "0:AE")
    type_into(qtbot, editor, "invoice_basis_reverse_charge", "Art. 196")
    confirm_issue(qtbot, editor)
    qtbot.waitUntil(lambda: editor.form.status == "issued", timeout=3000)
    field = child(editor, QLineEdit, "invoice_basis_reverse_charge")
    assert field.isVisible() and field.isReadOnly() and field.text() == "Art. 196"
