"""File → Print: the system's print dialog, then the exported PDF's pages on the printer."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from desktop.core.errors import NotFoundError, StorageError
from desktop.ui.invoices.pdf_pages import print_pdf

if TYPE_CHECKING:
    from desktop.ui.invoices.editor import InvoiceEditor

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("InvoicePrinting", text)


def print_invoice(editor: InvoiceEditor) -> QPrintDialog | None:
    """Open the print dialog for the editor's invoice (saved first); prints on OK."""
    invoice_id = editor.ensure_saved()
    if invoice_id is None:
        return None  # the editor's banner says why it cannot be saved
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(editor.windowTitle())
    dialog = QPrintDialog(printer, editor)
    dialog.setObjectName("invoice_print_dialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def accepted() -> None:
        try:
            pdf = editor.context.services.exports.pdf_bytes(invoice_id)
            pages = print_pdf(pdf, printer)
        except (NotFoundError, StorageError, OSError) as exc:
            log.warning("printing invoice %s failed: %s", invoice_id, exc)
            editor.context.events.status_message.emit(_tr("The invoice could not be printed."))
            return
        editor.context.events.status_message.emit(
            _tr("Sent %1 page(s) to the printer.").replace("%1", str(pages))
        )

    dialog.accepted.connect(accepted)
    QDialog.open(dialog)  # window-modal; PySide's QPrintDialog.open wants a receiver
    return dialog
