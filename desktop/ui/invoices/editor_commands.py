"""What the editor's buttons do: save, issue, pay, credit, duplicate, export, send.

Each command is one call of ``context.services``, finished before any signal goes out, so the
list and other windows always read what was just written.  Failures the user can fix (a
missing client, the company profile) come back as a message next to the editor's title, never
as a traceback.  When another window or app changed the invoice first (the service's guarded
statement matched nothing), the editor shows the invoice as it is now and says what happened.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from desktop.core.errors import (
    AmountLimitError,
    IssueError,
    LockedError,
    NotFoundError,
    StaleError,
    StateConflictError,
    StorageError,
)
from desktop.core.lifecycle import InvoiceStatus
from desktop.core.validation import Problem, national_currency
from desktop.ui.invoices.draft_conflict import DraftConflict
from desktop.ui.invoices.issue_confirm import IssueConfirmation
from desktop.ui.widgets.field_errors import problem_text
from desktop.ui.widgets.storage_messages import bug_text, storage_problem_text

if TYPE_CHECKING:
    from desktop.services import Services
    from desktop.ui.context import AppContext
    from desktop.ui.invoices.editor import InvoiceEditor
    from desktop.ui.invoices.isdoc_export import IsdocExport

log = logging.getLogger(__name__)


class EditorCommands(QObject):
    def __init__(self, editor: InvoiceEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.confirmation = IssueConfirmation(editor, self.issue_confirmed)
        self._bug_logged = False  # one trace per run of failed saves, not one per retry
        self._isdoc: IsdocExport | None = None  # made on the first export
        self.conflict = DraftConflict(editor)

    @property
    def context(self) -> AppContext:
        return self.editor.context

    @property
    def services(self) -> Services:
        return self.editor.context.services

    def _notify(self, invoice_id: int | None, *, created: bool = False) -> None:
        """A new invoice changes the list's rows; an edit changes one row (one refresh)."""
        events = self.context.events
        if created or invoice_id is None:
            events.invoices_changed.emit()
        else:
            events.invoice_changed.emit(invoice_id)

    def _bug(self, what: str) -> None:
        log.exception("Invoice editor: %s failed", what)
        self.editor.message.show_message(bug_text(self.context.paths.log_file))

    # -- someone else got there first ----------------------------------------------------
    def lost_race(self, detail: str = "") -> None:
        """Show the invoice as it is stored now and say who changed it, in words."""
        editor = self.editor
        editor.reload()
        form = editor.form
        if form.status == InvoiceStatus.CANCELLED.value:
            text = self.tr("This invoice was cancelled meanwhile, in another window or app.")
        elif form.status == InvoiceStatus.PAID.value:
            text = self.tr("This invoice was marked as paid meanwhile, in another window or app.")
        elif form.status != InvoiceStatus.DRAFT.value:
            text = self.tr("This invoice was issued meanwhile as %1, in another window or app.")
            text = text.replace("%1", form.number or "")
        else:
            text = self.tr("This invoice was changed meanwhile, in another window or app.")
        editor.message.show_message(f"{text} {detail}".strip())
        self._notify(editor.invoice_id)

    def _gone(self) -> None:
        self.editor.message.show_message(
            self.tr("This invoice no longer exists; it was deleted in another window or app.")
        )
        self.context.events.invoices_changed.emit()

    # -- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        """Store what is on screen; False leaves it unsaved, with the banner saying why."""
        editor = self.editor
        created = editor.invoice_id is None
        invoices = self.services.invoices
        try:
            if not editor.editable:
                if editor.invoice_id is None:
                    return False
                invoices.update_notes(editor.invoice_id, editor.notes.toPlainText())
            else:
                editor.invoice_id = invoices.save_draft(editor.collect())
        except LockedError:
            self.lost_race(self.tr("Your last changes were not saved."))
            return False
        except StaleError as exc:  # saved elsewhere since: the user chooses, nothing is lost
            editor.form.id = editor.invoice_id
            self.conflict.ask(exc)
            return False
        except NotFoundError:
            editor.autosave.clear()  # nothing left to save into; the message says so
            self._gone()
            return False
        except AmountLimitError as exc:  # a value beyond the limits (a draft stored before them)
            editor.form.id = editor.invoice_id
            editor.message.show_message(problem_text(exc.code))
            return False
        except StorageError as exc:  # the user's situation: words, and the draft stays dirty
            editor.form.id = editor.invoice_id  # a rolled-back insert leaves no id behind
            if editor.save_error.problem != exc.problem or editor.save_error.isHidden():
                log.info("Draft %s not saved: %s", editor.invoice_id, exc.problem)
            editor.save_error.show_problem(exc.problem)
            return False
        except Exception:
            editor.form.id = editor.invoice_id
            if not self._bug_logged:
                log.exception("Invoice editor: saving draft %s failed", editor.invoice_id)
                self._bug_logged = True
            editor.save_error.show_problem(None)
            return False
        self._bug_logged = False
        editor.save_error.clear()
        editor.update_title()
        editor.history_button.show()  # a stored invoice has a history
        self._notify(editor.invoice_id, created=created)
        return True

    # -- issuing -------------------------------------------------------------------------
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
        if invoice_id is None or not editor.editable:
            return  # not saved, or issued or cancelled meanwhile (the message says so)
        invoices = self.services.invoices
        try:
            if invoices.summary(invoice_id).status != InvoiceStatus.DRAFT.value:
                self.lost_race()  # no question about a change that can no longer happen
                return
            code = invoices.issue_problem(invoice_id)
        except NotFoundError:
            self._gone()
            return
        if code is not None:
            self._show_issue_problem(code)
            return
        self.confirmation.start(invoice_id)

    def _show_issue_problem(self, code: str) -> None:
        """Next to the field it is about when the header shows that field, else on top."""
        editor = self.editor
        header = editor.header
        if code == "exchange_rate_missing" and header.needs_rate():
            header.show_rate_problem(Problem(code))
            header.exchange_rate.setFocus()
            return
        national = national_currency(editor.parties.company_country) or ""
        editor.message.show_message(problem_text(code).replace("%1", national))
        editor.company_button.setVisible(code == "company_missing")

    def issue_confirmed(self) -> None:
        editor = self.editor
        if editor.invoice_id is None or not editor.flush():
            return  # what is on screen is not what would be issued (the banner says why)
        try:
            number = self.services.invoices.issue(editor.invoice_id)
        except IssueError as exc:
            self._show_issue_problem(exc.code)
            return
        except StateConflictError:
            self.lost_race()
            return
        except NotFoundError:
            self._gone()
            return
        except StorageError as exc:
            editor.message.show_message(storage_problem_text(exc.problem))
            return
        except Exception:
            self._bug("issue")
            return
        editor.reload()
        self._notify(editor.invoice_id)
        self.context.events.status_message.emit(self.tr("Invoice %1 issued.").replace("%1", number))

    # -- after issuing -------------------------------------------------------------------
    def mark_paid(self) -> None:
        self._change_state(self.services.invoices.mark_paid)

    def _change_state(self, change: Callable[[int], None]) -> None:
        editor = self.editor
        if editor.invoice_id is None:
            return
        editor.flush()
        try:
            change(editor.invoice_id)
        except StateConflictError:
            self.lost_race()
            return
        except NotFoundError:
            self._gone()
            return
        editor.message.clear_message()
        editor.reload()
        self._notify(editor.invoice_id)

    def credit_note(self) -> None:
        self._derive(self.services.invoices.credit_note)

    def duplicate(self) -> None:
        self._derive(self.services.invoices.duplicate)

    def history(self) -> None:
        """The invoice's history (what, when, who) in a read-only dialog."""
        from desktop.ui.invoices.history_dialog import InvoiceHistoryDialog

        invoice_id = self.editor.ensure_saved()  # what is on screen is part of it
        if invoice_id is None:
            return
        dialog = InvoiceHistoryDialog(self.services, invoice_id, self.editor)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _derive(self, make: Callable[[int], int]) -> None:
        """A new draft made from this invoice, opened in its own tab by the main window."""
        editor = self.editor
        invoice_id = editor.ensure_saved()
        if invoice_id is None:
            return
        try:
            new_id = make(invoice_id)
        except IssueError as exc:
            editor.message.show_message(problem_text(exc.code))
            return
        except NotFoundError:
            self._gone()
            return
        self._notify(new_id, created=True)
        self.context.events.open_invoice_requested.emit(new_id)

    # -- outside the editor --------------------------------------------------------------
    def export_pdf(self) -> None:
        editor = self.editor
        invoice_id = editor.ensure_saved()
        if invoice_id is None:
            return
        export = editor.export_pdf_callable or self._export_here
        try:
            export(invoice_id)
        except ImportError:
            log.warning("PDF export is not available in this build")
            self.context.events.status_message.emit(self.tr("PDF export is not available yet."))

    def _export_here(self, invoice_id: int) -> None:
        """Without the main window's exporter (an editor on its own): write it, say where."""
        try:
            path = self.services.exports.pdf(invoice_id)
        except OSError as exc:
            self.editor.message.show_message(
                self.tr("The PDF could not be written: %1").replace("%1", exc.strerror or str(exc))
            )
            return
        except NotFoundError:
            self._gone()
            return
        self.context.events.status_message.emit(self.tr("PDF saved: %1").replace("%1", str(path)))

    def export_isdoc(self) -> None:
        """``<data dir>/isdoc/<number>.isdoc``; a refusal is said beside the buttons too."""
        from desktop.ui.invoices.isdoc_export import IsdocExport

        editor = self.editor
        if editor.invoice_id is None:
            return
        if self._isdoc is None:
            self._isdoc = IsdocExport(self.context, editor)
        path, text = self._isdoc.export_one(editor.invoice_id)
        if path is None:
            editor.message.show_message(text)

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

    def edit_company(self) -> None:
        """The main window opens the company profile (the editor does not know it)."""
        self.context.events.edit_company_requested.emit()
