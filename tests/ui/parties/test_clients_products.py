"""Clients and products pages, the client form, catalogue completion, buyer snapshots."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableView

from desktop.services.parties import ClientRecord, ProductRecord
from desktop.ui.invoices.date_fields import from_qdate
from desktop.ui.invoices.line_items_model import DESCRIPTION, PRICE, UNIT
from desktop.ui.shell.main_window import MainWindow
from tests.ui.helpers import (
    child,
    click,
    confirm_issue,
    fill_company,
    new_editor,
    open_dialog,
    type_cell,
    type_into,
)

# The completer's popup cannot raise or grab the keyboard on the offscreen platform.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _add_client(qtbot: Any, window: MainWindow, name: str, emails: str) -> Any:
    window.nav.setCurrentRow(1)
    page = window.findChild(QTableView, "clients_table").parent()
    click(qtbot, page, "client_add")
    dialog = open_dialog(qtbot, window, "client_dialog")
    type_into(qtbot, dialog, "client_name", name)
    type_into(qtbot, dialog, "client_emails", emails)
    type_into(qtbot, dialog, "client_vat_code", "LT100001919017")
    child(dialog, QComboBox, "client_language").setCurrentIndex(2)  # Czech
    child(dialog, type(dialog.payment_days), "client_payment_days").setValue(30)
    click(qtbot, dialog, "client_save")
    return dialog


def test_client_form_validates_emails_then_lists_the_client(
    main_window: MainWindow, qtbot: Any
) -> None:
    dialog = _add_client(qtbot, main_window, "Firma s.r.o.", "a@firma.cz, broken@")
    message = child(dialog, QLabel, "client_emails_message")
    assert message.isVisible() and "e-mail" in message.text()
    type_into(qtbot, dialog, "client_emails", "a@firma.cz; b@firma.cz")
    click(qtbot, dialog, "client_save")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    table = main_window.findChild(QTableView, "clients_table")
    assert table.model().rowCount() == 1
    assert table.model().index(0, 3).data() == "a@firma.cz, b@firma.cz"
    search = main_window.findChild(QLineEdit, "clients_search")
    qtbot.keyClicks(search, "nothing like it")
    assert table.model().rowCount() == 0
    search.clear()
    table.selectRow(0)
    click(qtbot, table.parent(), "client_archive")
    assert table.model().rowCount() == 0


def test_picking_a_client_sets_language_and_due_date(main_window: MainWindow, qtbot: Any) -> None:
    dialog = _add_client(qtbot, main_window, "Firma s.r.o.", "a@firma.cz")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    editor = new_editor(qtbot, main_window)
    combo = child(editor, QComboBox, "invoice_client")
    qtbot.keyClicks(combo, "firma s.r.o.")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert editor.form.client_id is not None
    assert child(editor, QComboBox, "invoice_language").currentData() == "cs"
    header = editor.header
    issued = from_qdate(header.issue_date.date())
    assert from_qdate(header.due_date.date()) == issued + timedelta(days=30)
    assert not editor.findChild(
        type(editor.header.client.prompt), "invoice_client_prompt"
    ).isVisible()


def test_product_catalogue_fills_a_line(main_window: MainWindow, qtbot: Any) -> None:
    fill_company(qtbot, main_window)
    main_window.nav.setCurrentRow(2)
    page = main_window.findChild(QTableView, "products_table").parent()
    click(qtbot, page, "product_add")
    dialog = open_dialog(qtbot, main_window, "product_dialog")
    type_into(qtbot, dialog, "product_name", "Consulting hour")
    type_into(qtbot, dialog, "product_unit", "h")
    type_into(qtbot, dialog, "product_price", "forty")
    click(qtbot, dialog, "product_save")
    assert "not a number" in child(dialog, QLabel, "product_price_message").text()
    type_into(qtbot, dialog, "product_price", "40,50")
    child(dialog, QComboBox, "product_vat").setCurrentIndex(1)  # 12 %
    click(qtbot, dialog, "product_save")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert main_window.findChild(QTableView, "products_table").model().rowCount() == 1

    editor = new_editor(qtbot, main_window)
    type_cell(qtbot, editor, 0, DESCRIPTION, "Consulting hour")
    line = editor.model.line(0)
    assert (line.unit, line.unit_price, line.vat_key) == ("h", Decimal("40.50"), "12")
    assert line.product_id is not None
    model = editor.model
    assert model.index(0, UNIT).data() == "h"
    assert model.index(0, PRICE).data() == "40.50"
    [product] = main_window.context.services.parties.products()
    assert product.unit_price == Decimal("40.50")


def test_issued_invoice_keeps_its_buyer_snapshot(main_window: MainWindow, qtbot: Any) -> None:
    fill_company(qtbot, main_window)
    dialog = _add_client(qtbot, main_window, "Old Name UAB", "x@old.lt")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    editor = new_editor(qtbot, main_window)
    combo = child(editor, QComboBox, "invoice_client")
    qtbot.keyClicks(combo, "Old Name UAB")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    type_cell(qtbot, editor, 0, DESCRIPTION, "Work")
    type_cell(qtbot, editor, 0, PRICE, "100")
    confirm_issue(qtbot, editor)
    qtbot.waitUntil(lambda: editor.form.number is not None)

    main_window.nav.setCurrentRow(1)
    table = main_window.findChild(QTableView, "clients_table")
    table.selectRow(0)
    click(qtbot, table.parent(), "client_edit")
    edit = open_dialog(qtbot, main_window, "client_dialog")
    type_into(qtbot, edit, "client_name", "New Name UAB")
    address = edit.findChild(type(edit.party.address), "client_address")
    qtbot.keyClicks(address, "Somewhere else 5")
    click(qtbot, edit, "client_save")
    qtbot.waitUntil(lambda: not edit.isVisible())

    services = main_window.context.services
    [client] = services.parties.clients()
    assert client.name == "New Name UAB"
    document = services.invoices.document(editor.invoice_id)
    assert document.buyer.name == "Old Name UAB"
    assert document.buyer.address == ""
    list_model = main_window.list_page.model
    assert list_model.index(0, 1).data() == "Old Name UAB"


def test_after_issue_notes_stay_editable_and_follow_ups_work(
    main_window: MainWindow, qtbot: Any
) -> None:
    fill_company(qtbot, main_window)
    editor = new_editor(qtbot, main_window)
    combo = child(editor, QComboBox, "invoice_client")
    qtbot.keyClicks(combo, "Buyer")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    click(qtbot, editor, "invoice_client_create")
    type_cell(qtbot, editor, 0, DESCRIPTION, "Work")
    type_cell(qtbot, editor, 0, PRICE, "100")
    confirm_issue(qtbot, editor)
    qtbot.waitUntil(lambda: editor.form.number is not None)
    assert not editor.header.issue_date.isEnabled()
    assert not editor.model.flags(editor.model.index(0, DESCRIPTION)) & Qt.ItemFlag.ItemIsEditable
    notes = editor.notes
    assert notes.isEnabled()
    qtbot.keyClicks(notes, "Thank you!")
    editor.flush()
    assert main_window.context.services.invoices.load(editor.invoice_id).notes == "Thank you!"

    click(qtbot, editor, "invoice_mark_paid")
    assert editor.form.status == "paid"
    click(qtbot, editor, "invoice_credit_note")
    credit = main_window.invoice_tabs.currentWidget()
    assert credit is not editor and credit.objectName() == "invoice_editor"
    assert credit.model.line(0).quantity == -1
    assert child(credit, QLabel, "invoice_total_to_pay").text() == "-121.00 EUR"


def _columns_fit(table: QTableView) -> list[str]:
    """Headers (and values) wider than their column, as "header: need > have"."""
    header = table.horizontalHeader()
    model = table.model()
    cut = []
    for column in range(header.count()):
        need = max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
        if header.sectionSize(column) < need:
            title = model.headerData(column, Qt.Orientation.Horizontal)
            cut.append(f"{title}: {need} > {header.sectionSize(column)}")
    return cut


@pytest.mark.usefixtures("layout_font")
@pytest.mark.parametrize("lang", ["en", "lt", "cs", "pseudo"])
def test_catalogue_columns_fit_their_headers(
    main_window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    from desktop.ui.shell.pseudo import ENV_VAR
    from desktop.ui.shell.translations import install_translators

    parties = main_window.context.services.parties
    client = ClientRecord(name="Kavárna U Řeky s.r.o.", company_code="304523421", country="CZ")
    client.vat_code, client.emails = "LT100001919017", "info@kavarna.cz"
    parties.save_client(client)
    parties.save_product(ProductRecord(name="Konzultace", unit="h", unit_price=Decimal("1250.50")))
    main_window.nav.setCurrentRow(1)  # the pages are made in English, then the language changes
    main_window.nav.setCurrentRow(2)
    tables = [main_window.findChild(QTableView, n) for n in ("clients_table", "products_table")]
    if lang == "pseudo":
        monkeypatch.setenv(ENV_VAR, "1")
    try:
        install_translators("en" if lang == "pseudo" else lang)
        country = {"en": "Country", "lt": "Šalis", "cs": "Země", "pseudo": "[Č"}[lang]
        assert str(tables[0].model().headerData(4, Qt.Orientation.Horizontal)).startswith(country)
        for table, button in zip(tables, ("client_add", "product_add"), strict=True):
            add = child(table.parent(), QPushButton, button)
            source = {"client_add": ("ClientsPage", "Add client"),
                      "product_add": ("ProductsPage", "Add product")}[button]  # fmt: skip
            # the page has had its LanguageChange event once its own texts changed
            qtbot.waitUntil(lambda a=add, s=source: a.text() == QCoreApplication.translate(*s))
            assert _columns_fit(table) == [], (lang, table.objectName())
    finally:
        monkeypatch.delenv(ENV_VAR, raising=False)
        install_translators("en")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("lt", ["Cukrus", "Čiobrelis", "Ieva", "Yra kur", "Jonas", "Žolė"]),
        ("cs", ["Cukrus", "Čiobrelis", "Hora", "Chata", "Ieva", "Jonas", "Žolė"]),
    ],
)
def test_clients_and_products_in_the_order_of_the_language(
    main_window: MainWindow, qtbot: Any, lang: str, expected: list[str]
) -> None:
    """Č after C and before D, "ch" after "h" in Czech, "y" with "i" in Lithuanian: the
    database's ASCII-only ``lower()`` put every Č, Š and Ž after Z."""
    from desktop.ui.shell.translations import install_translators

    parties = main_window.context.services.parties
    names = {"lt": ["Žolė", "Jonas", "Čiobrelis", "Yra kur", "Cukrus", "Ieva"]}
    for name in names.get(lang, ["Žolė", "Chata", "Jonas", "Čiobrelis", "Hora", "Cukrus", "Ieva"]):
        parties.save_client(ClientRecord(name=name, country="LT"))
        parties.save_product(ProductRecord(name=name, unit="h", unit_price=Decimal(1)))
    try:
        install_translators(lang)
        main_window.nav.setCurrentRow(1)  # the clients page, then the products page
        main_window.nav.setCurrentRow(2)
        for table_name in ("clients_table", "products_table"):
            model = main_window.findChild(QTableView, table_name).model()
            shown = [model.index(row, 0).data() for row in range(model.rowCount())]
            assert shown == expected, table_name
        editor = new_editor(qtbot, main_window)
        combo = child(editor, QComboBox, "invoice_client")
        listed = [combo.itemText(i) for i in range(combo.count()) if combo.itemText(i)]
        assert listed == expected
    finally:
        install_translators("en")


def test_a_long_address_is_answered_with_its_own_limit(main_window: MainWindow, qtbot: Any) -> None:
    """An address may hold 1000 characters (a name 300): the message names the right one."""
    from PySide6.QtWidgets import QPlainTextEdit

    main_window.nav.setCurrentRow(1)
    page = main_window.findChild(QTableView, "clients_table").parent()
    click(qtbot, page, "client_add")
    dialog = open_dialog(qtbot, main_window, "client_dialog")
    type_into(qtbot, dialog, "client_name", "Adresas")
    child(dialog, QPlainTextEdit, "client_address").setPlainText("Gatvė 1, " * 112)  # 1008
    click(qtbot, dialog, "client_save")
    message = child(dialog, QLabel, "client_address_message")
    qtbot.waitUntil(message.isVisible)
    assert "at most 1000 characters" in message.text()
    child(dialog, QPlainTextEdit, "client_address").setPlainText("Gatvė 1, " * 60)  # 540
    click(qtbot, dialog, "client_save")
    qtbot.waitUntil(lambda: not dialog.isVisible())
