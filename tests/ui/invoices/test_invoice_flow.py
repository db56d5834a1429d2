"""The whole first-invoice story through the main window, as a user clicks and types it."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView

from desktop.core.totals import compute_totals
from desktop.options import parse_args
from desktop.paths import DataPaths
from desktop.ui.invoices.line_items_model import DESCRIPTION, DISCOUNT, PRICE, QUANTITY, UNIT, VAT
from desktop.ui.shell.app import Session, start_session
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.widgets.formatting import format_money
from tests.ui.helpers import (
    child,
    click,
    confirm_issue,
    create_client_by_typing,
    fill_company,
    new_editor,
    type_line,
)

LINES = [
    {DESCRIPTION: "Web design", QUANTITY: "10", UNIT: "h", PRICE: "50,00", VAT: "21"},
    {DESCRIPTION: "Hosting, 12 months", QUANTITY: "1", UNIT: "pcs", PRICE: "120", VAT: "21"},
    {DESCRIPTION: "Printed brochure", QUANTITY: "100", UNIT: "pcs", PRICE: "0,85", VAT: "5"},
]


def _start(data_paths: DataPaths, qtbot: Any) -> tuple[Session, MainWindow]:
    started = start_session(parse_args(["--data-dir", str(data_paths.root), "--lang", "en"]))
    assert isinstance(started, Session)
    window = MainWindow(started.context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return started, window


def _stop(started: Session, window: MainWindow) -> None:
    window.close()
    window.shutdown()
    started.close()


def _fill_invoice(qtbot: Any, window: MainWindow) -> Any:
    editor = new_editor(qtbot, window)
    create_client_by_typing(qtbot, editor, "UAB Naujas klientas")
    for row, values in enumerate(LINES):
        if row > 0:
            click(qtbot, editor, "invoice_add_line")
        type_line(qtbot, editor, row, values)
    return editor


def test_first_invoice_from_company_to_restart(data_paths: DataPaths, qtbot: Any) -> None:
    started, window = _start(data_paths, qtbot)
    fill_company(qtbot, window)
    editor = _fill_invoice(qtbot, window)

    (client,) = started.context.services.parties.clients()
    assert client.name == "UAB Naujas klientas"
    # Live totals: 21 % on 500 + 120, 5 % on 85.
    to_pay = child(editor, QLabel, "invoice_total_to_pay")
    assert to_pay.text() == "839.45 EUR"
    assert child(editor, QLabel, "invoice_total_vat").text() == "134.45 EUR"

    click(qtbot, editor, "invoice_save")
    assert editor.invoice_id is not None
    confirm_issue(qtbot, editor)
    qtbot.waitUntil(lambda: editor.form.number is not None, timeout=3000)
    number = editor.form.number
    assert re.fullmatch(r"FAK\d{4}-0001", number)
    assert editor.windowTitle() == number
    assert not child(editor, type(editor.add_button), "invoice_add_line").isVisible()

    document = started.context.services.invoices.document(editor.invoice_id)
    totals = compute_totals((ln.amounts() for ln in document.lines), prices_include_vat=False)
    assert totals.gross == Decimal("839.45")
    table = window.findChild(QTableView, "invoice_table")
    model = table.model()
    rows = {model.index(r, 0).data(): model.index(r, 4).data() for r in range(model.rowCount())}
    assert rows[number] == format_money(totals.gross, "EUR")

    _stop(started, window)
    started, window = _start(data_paths, qtbot)
    try:
        model = window.findChild(QTableView, "invoice_table").model()
        numbers = [model.index(r, 0).data() for r in range(model.rowCount())]
        assert number in numbers
        window.list_page.search.setText(number)
        window.list_page.apply_filter_now()
        assert model.rowCount() == 1
        reopened = window.open_invoice(model.row_at(0).id)
        assert child(reopened, QLabel, "invoice_total_to_pay").text() == "839.45 EUR"
        assert reopened.model.rowCount() == 3
    finally:
        _stop(started, window)


def test_enter_and_insert_add_lines(main_window: MainWindow, qtbot: Any) -> None:
    fill_company(qtbot, main_window)
    editor = new_editor(qtbot, main_window)
    type_line(qtbot, editor, 0, {DESCRIPTION: "Consulting", PRICE: "100", DISCOUNT: "10"})
    table = child(editor, QTableView, "invoice_lines")
    table.setCurrentIndex(table.model().index(0, QUANTITY))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert table.model().rowCount() == 2
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert table.model().rowCount() == 3
    assert child(editor, QLabel, "invoice_total_to_pay").text() == "108.90 EUR"


def test_autosave_creates_the_draft_within_two_seconds(main_window: MainWindow, qtbot: Any) -> None:
    editor = new_editor(qtbot, main_window)
    assert editor.invoice_id is None
    assert editor.windowTitle() == "New invoice"
    type_line(qtbot, editor, 0, {DESCRIPTION: "Typed, never saved by hand"})
    qtbot.waitUntil(lambda: editor.invoice_id is not None, timeout=2000)
    inv = main_window.context.services.invoices.load(editor.invoice_id)
    assert inv is not None and inv.lines[0].description == "Typed, never saved by hand"
    assert editor.windowTitle() == "Draft"
    model = main_window.list_page.model
    assert model.rowCount() == 1


def test_issue_without_client_says_why(main_window: MainWindow, qtbot: Any) -> None:
    fill_company(qtbot, main_window, vat_payer=False)
    editor = new_editor(qtbot, main_window)
    type_line(qtbot, editor, 0, {DESCRIPTION: "Work", PRICE: "10"})
    click(qtbot, editor, "invoice_issue")
    message = child(editor, QLabel, "invoice_message")
    assert message.isVisible()
    assert "client" in message.text()
    assert editor.form.number is None


def test_issue_without_company_offers_the_profile(main_window: MainWindow, qtbot: Any) -> None:
    editor = new_editor(qtbot, main_window)
    create_client_by_typing(qtbot, editor, "Someone")
    type_line(qtbot, editor, 0, {DESCRIPTION: "Work", PRICE: "10"})
    click(qtbot, editor, "invoice_issue")
    assert "company profile" in child(editor, QLabel, "invoice_message").text()
    click(qtbot, editor, "invoice_fill_company")


def test_ctrl_s_saves_the_draft(main_window: MainWindow, qtbot: Any) -> None:
    editor = new_editor(qtbot, main_window)
    editor.activateWindow()
    type_line(qtbot, editor, 0, {DESCRIPTION: "Saved by keyboard"})
    table = child(editor, QTableView, "invoice_lines")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.invoice_id is not None
    assert not editor.autosave.dirty
