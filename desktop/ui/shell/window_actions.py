"""Actions on a saved invoice shared by the list, the toolbar and the editor."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.lifecycle import InvoiceStatus, TransitionError
from desktop.ui.context import AppContext

log = logging.getLogger(__name__)


class InvoiceActions(QObject):
    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._window = parent
        self.last_pdf: Path | None = None

    def export_pdf(self, invoice_id: int | None, *, ask: bool = True) -> Path | None:
        """Write ``<data dir>/pdf/<number>.pdf`` and offer to open it or save a copy."""
        if invoice_id is None:
            self._context.events.status_message.emit(self.tr("Select an invoice first."))
            return None
        from desktop.pdf.export import export_invoice_pdf
        from desktop.storage import invoices
        from desktop.storage.models import Invoice

        with self._context.db.session() as session:
            document = invoices.to_document(session, invoice_id)
            try:
                path = export_invoice_pdf(document, self._context.paths.pdf, draft_id=invoice_id)
            except OSError as exc:
                QMessageBox.warning(
                    self._window,
                    self.tr("PDF not saved"),
                    self.tr("The PDF could not be written: %1").replace(
                        "%1", exc.strerror or str(exc)
                    ),
                )
                return None
            inv = session.get(Invoice, invoice_id)
            if inv is not None:
                invoices.add_event(session, inv, "pdf_exported", path.name)
                session.commit()
        self.last_pdf = path
        self._context.events.status_message.emit(self.tr("PDF saved: %1").replace("%1", str(path)))
        if ask:
            self._offer_pdf(path)
        return path

    def _offer_pdf(self, path: Path) -> None:
        box = QMessageBox(self._window)
        box.setObjectName("pdf_exported_dialog")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("PDF saved"))
        box.setText(self.tr("The invoice was saved as %1.").replace("%1", str(path)))
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        open_button.setObjectName("pdf_open")
        copy_button = box.addButton(self.tr("Save a copy…"), QMessageBox.ButtonRole.ActionRole)
        copy_button.setObjectName("pdf_save_copy")
        box.addButton(QMessageBox.StandardButton.Close)

        def clicked(button: object) -> None:
            if button is open_button:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            elif button is copy_button:
                target, _ = QFileDialog.getSaveFileName(
                    self._window,
                    self.tr("Save a copy"),
                    str(Path.home() / path.name),
                    "PDF (*.pdf)",
                )
                if target:
                    shutil.copyfile(path, target)

        box.buttonClicked.connect(clicked)
        box.open()

    def edit_company(self) -> None:
        from desktop.ui.parties.company_dialog import CompanyDialog

        dialog = CompanyDialog(self._context, self._window)
        dialog.open()

    def open_modules(self) -> None:
        from desktop.ui.shell.modules_dialog import ModulesDialog

        dialog = ModulesDialog(self._context, self._window)
        dialog.open()

    def open_guides(self) -> None:
        from desktop.ui.mail.guide_viewer import GuideDialog

        dialog = GuideDialog(self._context, self._window)
        dialog.show()

    def run(self, action: str, invoice_id: int) -> int | None:
        """Carry out a list action; returns an invoice id to open, if the action made one."""
        from desktop.storage import invoices

        if action == "pdf":
            self.export_pdf(invoice_id)
            return None
        try:
            with self._context.db.session() as session:
                if action == "duplicate":
                    new_id: int | None = invoices.duplicate(session, invoice_id).id
                elif action == "credit_note":
                    new_id = invoices.create_credit_note(session, invoice_id).id
                elif action == "paid":
                    invoices.set_status(session, invoice_id, InvoiceStatus.PAID)
                    new_id = None
                elif action == "cancel":
                    if not self._confirm_cancel():
                        return None
                    invoices.set_status(session, invoice_id, InvoiceStatus.CANCELLED)
                    new_id = None
                else:
                    raise ValueError(action)
                session.commit()
        except (TransitionError, invoices.IssueError) as exc:
            log.info("Refused %s on invoice %s: %s", action, invoice_id, exc)
            self._context.events.status_message.emit(
                self.tr("This action is not possible for this invoice.")
            )
            return None
        self._context.events.invoices_changed.emit()
        return new_id

    def _confirm_cancel(self) -> bool:
        answer = QMessageBox.question(
            self._window,
            self.tr("Cancel invoice"),
            self.tr("Cancel this invoice? It stays in the list, marked as cancelled."),
        )
        return answer == QMessageBox.StandardButton.Yes
