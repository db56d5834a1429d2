"""Smaller editor behaviours: follow-up actions, export hook, document options."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit

from desktop.ui.invoices.editor import InvoiceEditor
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
)


def test_issue_without_lines_says_why(main_window: MainWindow, qtbot: Any) -> None:
    fill_company(qtbot, main_window)
    editor = new_editor(qtbot, main_window)
    create_client_by_typing(qtbot, editor, "Buyer")
    editor.table.setCurrentIndex(editor.model.index(0, 0))
    click(qtbot, editor, "invoice_remove_line")
    assert editor.model.rowCount() == 0
    click(qtbot, editor, "invoice_issue")
    assert "at least one line" in child(editor, QLabel, "invoice_message").text()


def test_export_pdf_uses_the_given_exporter(app_context: Any, qtbot: Any, tmp_path: Path) -> None:
    calls: list[int] = []

    def export(invoice_id: int) -> Path:
        calls.append(invoice_id)
        return tmp_path / "x.pdf"

    editor = InvoiceEditor(app_context, None, export_pdf=export)
    qtbot.addWidget(editor)
    editor.show()
    type_cell(qtbot, editor, 0, DESCRIPTION, "Exported")
    click(qtbot, editor, "invoice_export_pdf")
    assert calls == [editor.invoice_id] and editor.invoice_id is not None


def test_duplicate_opens_a_new_draft(main_window: MainWindow, qtbot: Any) -> None:
    fill_company(qtbot, main_window)
    editor = new_editor(qtbot, main_window)
    create_client_by_typing(qtbot, editor, "Buyer")
    type_cell(qtbot, editor, 0, DESCRIPTION, "Work")
    type_cell(qtbot, editor, 0, PRICE, "10")
    confirm_issue(qtbot, editor)
    qtbot.waitUntil(lambda: editor.form.number is not None)
    click(qtbot, editor, "invoice_duplicate")
    copy = main_window.invoice_tabs.currentWidget()
    assert copy is not editor and copy.form.number is None
    assert copy.model.line(0).description == "Work"
    assert copy.windowTitle() == "Draft"
    assert len(main_window.context.services.invoices.summaries()) == 2


def test_document_options_follow_language_and_currency(main_window: MainWindow, qtbot: Any) -> None:
    editor = new_editor(qtbot, main_window)
    words = child(editor, QCheckBox, "invoice_amount_in_words")
    language = child(editor, QComboBox, "invoice_language")
    language.setCurrentIndex(language.findData("cs"))
    assert not words.isChecked()
    language.setCurrentIndex(language.findData("lt"))
    assert words.isChecked()
    symbol = child(editor, QLineEdit, "invoice_variable_symbol")
    assert not symbol.isVisible()
    currency = child(editor, QComboBox, "invoice_currency")
    currency.setCurrentIndex(currency.findText("CZK"))
    assert symbol.isVisible()
    qtbot.waitUntil(lambda: editor.invoice_id is not None, timeout=2000)
    invoice = main_window.context.services.invoices.summary(editor.invoice_id)
    assert invoice is not None and invoice.currency == "CZK"
    assert "CZK" in child(editor, QLabel, "invoice_total_to_pay").text()


def test_editor_follows_an_issue_made_elsewhere(main_window: MainWindow, qtbot: Any) -> None:
    fill_company(qtbot, main_window)
    editor = new_editor(qtbot, main_window)
    create_client_by_typing(qtbot, editor, "Buyer")
    type_cell(qtbot, editor, 0, DESCRIPTION, "Work")
    editor.flush()
    main_window.context.services.invoices.issue(editor.invoice_id)
    main_window.context.events.invoice_changed.emit(editor.invoice_id)
    assert editor.form.number is not None
    assert editor.windowTitle() == editor.form.number
    assert not editor.issue_button.isVisible()


def test_send_hands_the_saved_draft_to_the_send_flow(
    main_window: MainWindow, qtbot: Any, monkeypatch: Any
) -> None:
    import desktop.ui.mail.send_flow as send_flow

    calls: list[tuple[int, object]] = []
    monkeypatch.setattr(
        send_flow,
        "send_invoice",
        lambda context, invoice_id, parent: calls.append((invoice_id, parent)),
    )
    editor = new_editor(qtbot, main_window)
    type_cell(qtbot, editor, 0, DESCRIPTION, "To be sent")
    click(qtbot, editor, "invoice_send")
    assert calls == [(editor.invoice_id, editor)]
