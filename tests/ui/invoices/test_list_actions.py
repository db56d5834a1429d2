"""The list: actions enabled only when they apply, a selection total that says what it counts,
and credit notes marked as such."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from desktop.ui.shell.main_window import MainWindow
from tests.ui.helpers import seed_invoices
from tests.ui.invoices.test_export_many import select_rows


def _row_of(window: MainWindow, invoice_id: int) -> int:
    model = window.list_page.model
    for n in range(model.rowCount()):
        row = model.row_at(n)
        if row is not None and row.id == invoice_id:
            return n
    raise AssertionError(f"invoice {invoice_id} not listed")


def _list(window: MainWindow, qtbot: Any, ids: list[int]) -> None:
    window.list_page.refresh()
    qtbot.waitUntil(lambda: window.list_page.model.rowCount() == len(ids))


def test_send_and_export_apply_only_to_something(main_window: MainWindow, qtbot: Any) -> None:
    services = main_window.context.services
    ids = seed_invoices(services, 3)
    services.invoices.cancel(ids[2])
    _list(main_window, qtbot, ids)
    send, export = main_window.action_send, main_window.action_export_pdf
    assert not send.isEnabled() and not export.isEnabled()  # nothing selected

    select_rows(qtbot, main_window, [_row_of(main_window, ids[0])])
    assert send.isEnabled() and export.isEnabled()
    select_rows(qtbot, main_window, [_row_of(main_window, ids[2])])  # cancelled
    assert not send.isEnabled() and export.isEnabled()
    select_rows(qtbot, main_window, [_row_of(main_window, ids[0]), _row_of(main_window, ids[1])])
    assert not send.isEnabled() and export.isEnabled()  # Send takes one invoice

    main_window.open_invoice(ids[0])
    assert send.isEnabled() and export.isEnabled()
    assert not main_window.action_issue.isEnabled()  # issued already
    main_window.open_invoice(None)
    assert main_window.action_issue.isEnabled() and main_window.action_save.isEnabled()
    main_window.nav.setCurrentRow(1)  # Clients
    assert not send.isEnabled() and not export.isEnabled()


def test_selection_total_keeps_drafts_apart(main_window: MainWindow, qtbot: Any) -> None:
    services = main_window.context.services
    ids = seed_invoices(services, 3, issue=False)
    services.invoices.issue(ids[0])
    services.invoices.issue(ids[1])
    _list(main_window, qtbot, ids)
    select_rows(qtbot, main_window, [_row_of(main_window, i) for i in ids])
    label = main_window.findChild(QLabel, "invoice_selection_total")
    text = label.text()
    # seed_invoices sells as a non-payer: 100 + 101 issued, 102 the draft, no VAT on top
    assert "2 issued invoices: 201.00" in text.replace("\u00a0", " "), text
    assert "1 draft, not counted: 102.00" in text.replace("\u00a0", " "), text


def test_credit_note_draft_is_marked(main_window: MainWindow, qtbot: Any) -> None:
    services = main_window.context.services
    [invoice] = seed_invoices(services, 1)
    credit = services.invoices.credit_note(invoice)
    _list(main_window, qtbot, [invoice, credit])
    model = main_window.list_page.model
    status = model.index(_row_of(main_window, credit), 5).data()
    assert "credit note" in status and "Draft" in status
    assert "credit note" not in model.index(_row_of(main_window, invoice), 5).data()
