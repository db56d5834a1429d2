"""Table models pass Qt's model checks; the automation names exist; texts follow the language."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.forms import LineForm
from desktop.ui.invoices.line_items_model import PRICE, QUANTITY, VAT, CatalogueItem, LineItemsModel
from desktop.ui.parties.clients_page import ClientRow
from desktop.ui.parties.record_table_model import Column, RecordTableModel
from desktop.ui.shell.main_window import MainWindow
from tests.ui.helpers import new_editor, open_dialog

EDITOR_NAMES = [
    "invoice_editor",
    "invoice_client",
    "invoice_client_create",
    "invoice_lines",
    "invoice_add_line",
    "invoice_remove_line",
    "invoice_move_up",
    "invoice_move_down",
    "invoice_save",
    "invoice_export_pdf",
    "invoice_export_isdoc",
    "invoice_send",
    "invoice_issue",
    "invoice_mark_paid",
    "invoice_credit_note",
    "invoice_duplicate",
    "invoice_issue_date",
    "invoice_supply_date",
    "invoice_due_date",
    "invoice_currency",
    "invoice_language",
    "invoice_prices_include_vat",
    "invoice_variable_symbol",
    "invoice_amount_in_words",
    "invoice_notes",
    "invoice_totals",
    "invoice_total_to_pay",
    "invoice_message",
    "invoice_lines_message",
    "invoice_exchange_rate",
    "invoice_exchange_rate_date",
    "invoice_exchange_rate_message",
    "invoice_basis_exempt",
    "invoice_basis_zero",
    "invoice_basis_reverse_charge",
]
COMPANY_NAMES = [
    "company_name",
    "company_address",
    "company_country",
    "company_company_code",
    "company_vat_code",
    "company_vat_payer",
    "company_email",
    "company_phone",
    "company_iban",
    "company_bank",
    "company_bic",
    "company_register_line",
    "company_logo_choose",
    "company_currency",
    "company_language",
    "company_payment_days",
    "company_prices_include_vat",
    "company_basis_exempt",
    "company_basis_zero",
    "company_basis_reverse_charge",
    "company_save",
    "company_cancel",
]


def test_line_items_model_passes_qt_checks(qtmodeltester: Any) -> None:
    model = LineItemsModel()
    model.vat_keys = ("21", "12", "0:E")
    model.set_catalogue([CatalogueItem(1, "Hour", "h", Decimal(40), "12")])
    model.set_lines([LineForm("Work", Decimal(2), "h", Decimal("10.5")), LineForm("Other")])
    qtmodeltester.check(model)
    model.insert_line()
    model.setData(model.index(2, PRICE), "abc")
    model.setData(model.index(2, VAT), "0:E")
    model.move_line(0, 1)
    model.remove_line(1)
    qtmodeltester.check(model)
    assert model.index(1, PRICE).data() == "abc"
    assert model.index(1, VAT).data() == "0 % exempt"
    assert model.index(1, QUANTITY).data(Qt.ItemDataRole.TextAlignmentRole)


def test_record_model_passes_qt_checks(qtmodeltester: Any) -> None:
    model: RecordTableModel[ClientRow] = RecordTableModel(
        [Column(lambda: "Name", lambda r: r.name), Column(lambda: "VAT", lambda r: r.vat_code)],
        archived=lambda r: r.archived,
    )
    model.set_rows([ClientRow(1, "A", "", "LT1", "", "LT", False)])
    qtmodeltester.check(model)
    model.set_filter("zzz")
    assert model.rowCount() == 0


def test_editor_and_company_names(main_window: MainWindow, qtbot: Any) -> None:
    editor = new_editor(qtbot, main_window)
    for name in EDITOR_NAMES:
        found = [w for w in editor.findChildren(QWidget) if w.objectName() == name]
        assert len(found) + (editor.objectName() == name) == 1, name
    main_window.action_company.trigger()
    dialog = open_dialog(qtbot, main_window, "company_dialog")
    for name in COMPANY_NAMES:
        assert dialog.findChild(QWidget, name) is not None, name
    dialog.reject()
    main_window.nav.setCurrentRow(1)
    for name in ("clients_table", "client_add", "clients_search"):
        assert main_window.findChild(QWidget, name) is not None, name
    main_window.nav.setCurrentRow(2)
    for name in ("products_table", "product_add", "products_search"):
        assert main_window.findChild(QWidget, name) is not None, name


def test_language_change_reapplies_texts(main_window: MainWindow, qtbot: Any) -> None:
    editor = new_editor(qtbot, main_window)
    editor.save_button.setText("")
    QApplication.sendEvent(editor, QEvent(QEvent.Type.LanguageChange))
    assert editor.save_button.text() == "Save"
    assert editor.windowTitle() == "New invoice"
