"""What the editor's buttons do to the database: save, issue, pay, credit, duplicate, send.

Each command is one short session committed before any signal goes out, so the list and other
windows always read what was just written.  Failures the user can fix (a missing client, the
company profile) come back as a message next to the editor's title, never as a traceback.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from desktop.core.lifecycle import InvoiceStatus, TransitionError
from desktop.core.validation import Problem, national_currency
from desktop.storage import invoices
from desktop.storage.models import Client
from desktop.storage.parties import find_client_by_name, get_company
from desktop.ui.widgets.field_errors import problem_text

if TYPE_CHECKING:
    from desktop.ui.invoices.editor import InvoiceEditor

log = logging.getLogger(__name__)


class EditorCommands(QObject):
    def __init__(self, editor: InvoiceEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    @property
    def context(self):  # type: ignore[no-untyped-def]
        return self.editor.context

    def _notify(self, invoice_id: int | None, *, created: bool = False) -> None:
        """A new invoice changes the list's rows; an edit changes one row (one refresh)."""
        events = self.context.events
        if created or invoice_id is None:
            events.invoices_changed.emit()
        else:
            events.invoice_changed.emit(invoice_id)

    def _bug(self, what: str) -> None:
        log.exception("Invoice editor: %s failed", what)
        self.editor.message.show_message(
            self.tr("Something went wrong. Details are in the log: %1").replace(
                "%1", str(self.context.paths.log_file)
            )
        )

    # -- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        editor = self.editor
        created = editor.invoice_id is None
        try:
            if not editor.editable:
                if editor.invoice_id is None:
                    return False
                with self.context.db.session() as session:
                    invoices.update_notes(session, editor.invoice_id, editor.notes.toPlainText())
                    session.commit()
            else:
                form = editor.collect()
                with self.context.db.session() as session:
                    invoices.save_draft(session, form)
                    session.commit()
                editor.invoice_id = form.id
        except invoices.LockedError:
            editor.message.show_message(self.tr("This invoice is issued and can no longer change."))
            return False
        except Exception:
            self._bug("save")
            return False
        editor.update_title()
        self._notify(editor.invoice_id, created=created)
        return True

    # -- issuing -------------------------------------------------------------------------
    def _issue_problem(self, invoice_id: int) -> str | None:
        """Try the issue in a transaction that is rolled back: the same rules, nothing kept."""
        with self.context.db.session() as session:
            try:
                invoices.issue(session, invoice_id)
            except invoices.IssueError as exc:
                return exc.code
            finally:
                session.rollback()
        return None

    def issue(self) -> None:
        editor = self.editor
        editor.company_button.hide()
        editor.message.clear_message()
        if editor.model.has_problems():
            editor.message.show_message(problem_text("cells_invalid"))
            return
        if editor.header.rate_has_problem():
            editor.message.show_message(problem_text("fields_invalid"))
            editor.header.exchange_rate.setFocus()
            return
        invoice_id = editor.ensure_saved()
        if invoice_id is None:
            return
        code = self._issue_problem(invoice_id)
        if code is not None:
            self._show_issue_problem(code)
            return
        box = QMessageBox(editor)
        box.setObjectName("invoice_issue_confirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Issue invoice"))
        box.setText(self.tr("Issue this invoice now?"))
        box.setInformativeText(
            self.tr(
                "It gets the next number in the series and its content can no longer be "
                "changed; corrections are made with a credit note."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Issue"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.finished.connect(box.deleteLater)
        box.buttonClicked.connect(
            lambda button: (
                self.issue_confirmed()
                if box.standardButton(button) == QMessageBox.StandardButton.Yes
                else None
            )
        )
        box.open()

    def _show_issue_problem(self, code: str) -> None:
        """Next to the field it is about when the header shows that field, else on top."""
        editor = self.editor
        header = editor.header
        if code == "exchange_rate_missing" and header.needs_rate():
            header.show_rate_problem(Problem(code))
            header.exchange_rate.setFocus()
            return
        national = national_currency(editor.company_country) or ""
        editor.message.show_message(problem_text(code).replace("%1", national))
        editor.company_button.setVisible(code == "company_missing")

    def issue_confirmed(self) -> None:
        editor = self.editor
        if editor.invoice_id is None:
            return
        try:
            with self.context.db.session() as session:
                inv = invoices.issue(session, editor.invoice_id)
                number = inv.number or ""
                session.commit()
        except invoices.IssueError as exc:
            self._show_issue_problem(exc.code)
            return
        except Exception:
            self._bug("issue")
            return
        editor.reload()
        self._notify(editor.invoice_id)
        self.context.events.status_message.emit(self.tr("Invoice %1 issued.").replace("%1", number))

    # -- after issuing -------------------------------------------------------------------
    def mark_paid(self) -> None:
        self._status(InvoiceStatus.PAID)

    def _status(self, target: InvoiceStatus) -> None:
        editor = self.editor
        if editor.invoice_id is None:
            return
        editor.flush()
        try:
            with self.context.db.session() as session:
                invoices.set_status(session, editor.invoice_id, target)
                session.commit()
        except TransitionError:
            editor.message.show_message(self.tr("This action is not possible for this invoice."))
            return
        editor.reload()
        self._notify(editor.invoice_id)

    def credit_note(self) -> None:
        self._derive(invoices.create_credit_note)

    def duplicate(self) -> None:
        self._derive(invoices.duplicate)

    def _derive(self, make) -> None:  # type: ignore[no-untyped-def]
        editor = self.editor
        invoice_id = editor.ensure_saved()
        if invoice_id is None:
            return
        try:
            with self.context.db.session() as session:
                new_id = make(session, invoice_id).id
                session.commit()
        except invoices.IssueError as exc:
            editor.message.show_message(problem_text(exc.code))
            return
        self._notify(new_id, created=True)
        opener = getattr(editor.window(), "open_invoice", None)
        if callable(opener):
            opener(new_id)

    # -- outside the editor --------------------------------------------------------------
    def export_pdf(self) -> None:
        editor = self.editor
        invoice_id = editor.ensure_saved()
        if invoice_id is None:
            return
        export = editor.export_pdf_callable
        if export is None:
            actions = getattr(editor.window(), "actions_", None)
            export = getattr(actions, "export_pdf", None)
        if export is None:
            from desktop.ui.shell.window_actions import InvoiceActions

            export = InvoiceActions(self.context, editor).export_pdf
        try:
            export(invoice_id)
        except ImportError:
            log.warning("PDF export is not available in this build")
            self.context.events.status_message.emit(self.tr("PDF export is not available yet."))

    def send(self) -> None:
        editor = self.editor
        invoice_id = editor.ensure_saved()
        if invoice_id is None:
            return
        try:
            from desktop.ui.mail.send_flow import send_invoice  # type: ignore[import-not-found]
        except ImportError:
            self.context.events.status_message.emit(self.tr("Sending is not available yet."))
            return
        send_invoice(self.context, invoice_id, editor)

    def create_client(self, name: str) -> None:
        """Create a client from the typed name with the company's defaults, then pick it."""
        with self.context.db.session() as session:
            client = find_client_by_name(session, name)
            if client is None:
                company = get_company(session)
                client = Client(
                    name=name.strip(),
                    country=company.country,
                    language=company.document_language,
                )
                session.add(client)
                session.commit()
            client_id = client.id
        self.context.events.clients_changed.emit()
        self.editor.reload_clients()
        self.editor.choose_client(client_id)
        self.context.events.status_message.emit(
            self.tr("Client %1 created; add their address and codes on the Clients page.").replace(
                "%1", name.strip()
            )
        )

    def edit_company(self) -> None:
        from desktop.ui.parties.company_dialog import CompanyDialog

        dialog = CompanyDialog(self.context, self.editor.window() or self.editor)
        dialog.open()
