"""Which of the main window's invoice actions apply now: enabled only then.

Send and Export PDF stayed enabled with nothing selected and answered a click with a status
message; now they are greyed out until there is something to act on: an open editor's
invoice, or a selection in the list (Send: one invoice that is not cancelled).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.lifecycle import InvoiceStatus

if TYPE_CHECKING:
    from desktop.ui.shell.main_window import MainWindow


def update_invoice_actions(window: MainWindow) -> None:
    """Enable Send / Export PDF (and the editor-only actions) for what is in front now."""
    on_invoices = window.nav.currentRow() == 0
    current = window.invoice_tabs.currentWidget()
    in_list = on_invoices and current is window.list_page
    in_editor = on_invoices and not in_list and current is not None
    if in_list:
        page = window.list_page
        rows = sorted({i.row() for i in page.table.selectionModel().selectedRows()})
        looked = [page.model.row_at(n) for n in rows]
        chosen = [row for row in looked if row is not None]
        export = bool(chosen)
        send = len(chosen) == 1 and chosen[0].status != InvoiceStatus.CANCELLED.value
    else:
        export = send = in_editor
    window.action_export_pdf.setEnabled(export)
    window.action_send.setEnabled(send)
    for action in window.editor_only_actions():
        action.setEnabled(in_editor)
