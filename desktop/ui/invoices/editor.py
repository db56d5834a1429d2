"""The invoice editor: header, line table, live totals, autosave, issue and follow-ups.

A new draft reaches the database at its first change; after that every change is saved within
two seconds (``Autosave``), the text of a cell still being typed into too, and on close.  A
save that fails keeps the edits on screen with a banner that says why, tries again by itself,
and closing asks before anything is dropped.  Issuing assigns the number in one transaction of
``services.invoices``; the editor then becomes read-only except for notes and payment status.
Everything it reads or writes goes through ``context.services``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QWidget,
)

from desktop.core.document import treatments_needing_basis
from desktop.core.errors import NotFoundError, StorageError
from desktop.core.forms import InvoiceForm
from desktop.core.lifecycle import DocumentKind, InvoiceStatus
from desktop.core.vat import rate_presets
from desktop.ui.context import AppContext
from desktop.ui.invoices.autosave import Autosave
from desktop.ui.invoices.editor_commands import EditorCommands
from desktop.ui.invoices.editor_parties import EditorParties
from desktop.ui.invoices.editor_undo import EditorUndo
from desktop.ui.invoices.editor_view import InvoiceEditorView
from desktop.ui.invoices.line_items_delegate import LineItemsView, with_open_cell
from desktop.ui.invoices.line_items_model import DESCRIPTION
from desktop.ui.invoices.save_error import CloseGuard
from desktop.ui.widgets.formatting import status_label

log = logging.getLogger(__name__)

ExportPdf = Callable[[int], Path | None]


class InvoiceEditor(InvoiceEditorView):
    close_requested = Signal()

    def __init__(
        self,
        context: AppContext,
        invoice_id: int | None = None,
        parent: QWidget | None = None,
        *,
        export_pdf: ExportPdf | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invoice_editor")
        self.context = context
        self.invoice_id = invoice_id
        self.export_pdf_callable = export_pdf
        services = context.services
        if invoice_id is None:
            self.form = services.invoices.new_form()
        else:
            self.form = services.invoices.load(invoice_id)
        self.may_edit = services.invoices.may_edit()  # a team's read-only role may not
        self.parties = EditorParties(self)
        self.autosave = Autosave(self.save, self)
        self.commands = EditorCommands(self)
        self.loading = False  # True while the form is shown: no edit, no autosave
        self._build(context.paths.log_file)
        self.closing = CloseGuard(self)
        self.header.set_seller(self.parties.company_country, self.parties.company_vat_payer)
        self.parties.reload_clients()
        self.parties.reload_catalogue()
        self._show_form()
        self.undo = EditorUndo(self)  # Edit → Undo / Redo (the window's QUndoGroup)
        self._connect()
        self.retranslate()

    def _connect(self) -> None:
        c = self.commands
        self.save_button.clicked.connect(self.save_now)
        self.pdf_button.clicked.connect(c.export_pdf)
        self.isdoc_button.clicked.connect(c.export_isdoc)
        self.send_button.clicked.connect(self.send)
        self.issue_button.clicked.connect(c.issue)
        self.paid_button.clicked.connect(c.mark_paid)
        self.credit_button.clicked.connect(c.credit_note)
        self.duplicate_button.clicked.connect(c.duplicate)
        self.history_button.clicked.connect(c.history)
        self.company_button.clicked.connect(c.edit_company)
        self.add_button.clicked.connect(self.add_line)
        self.table.add_line_requested.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_line)
        self.up_button.clicked.connect(lambda: self.move_line(-1))
        self.down_button.clicked.connect(lambda: self.move_line(1))
        self.model.lines_changed.connect(self.on_changed)
        self.model.problems_changed.connect(self._show_line_problems)
        self.delegate.message.connect(self._on_live_message)
        self.delegate.typing.connect(self._on_cell_typing)
        self.save_error.retry_requested.connect(self.flush)
        self.header.changed.connect(self.on_changed)
        self.notes.textChanged.connect(self.on_changed)
        self.legal_basis.changed.connect(self.on_changed)
        self.parties.connect_events()
        events = self.context.events
        events.invoice_changed.connect(self._on_invoice_changed)
        events.invoices_changed.connect(lambda: self._on_invoice_changed(self.invoice_id))

    # -- showing the form ----------------------------------------------------------------
    @property
    def editable(self) -> bool:
        return self.form.status == InvoiceStatus.DRAFT.value and self.may_edit

    def _show_form(self) -> None:
        self.loading = True
        try:
            form = self.form
            seller = (self.parties.company_country, self.parties.company_vat_payer)
            keys = [r.key for r in rate_presets(*seller)]
            keys += [ln.vat_key for ln in form.lines if ln.vat_key not in keys]
            self.model.vat_keys = tuple(dict.fromkeys(keys))
            self.model.allow_negative = form.kind == DocumentKind.CREDIT_NOTE.value
            self.model.read_only = not self.editable
            self.model.set_lines(form.lines)
            self.header.load(form)
            self.header.set_read_only(not self.editable)
            self.notes.setPlainText(form.notes)
            self.notes.setReadOnly(not self.may_edit)
            self.legal_basis.load(form.legal_basis)
            self.legal_basis.set_read_only(not self.editable)
            self.show_legal_basis()
            triggers = LineItemsView.EditTrigger
            self.table.setEditTriggers(
                triggers.DoubleClicked
                | triggers.EditKeyPressed
                | triggers.AnyKeyPressed
                | triggers.SelectedClicked
                if self.editable
                else triggers.NoEditTriggers
            )
            self._update_buttons()
            self._update_totals()
            self.update_title()
        finally:
            self.loading = False

    def _update_buttons(self) -> None:
        status = self.form.status
        for widget in (self.add_button, self.remove_button, self.up_button, self.down_button):
            widget.setVisible(self.editable)
        self.save_button.setVisible(self.editable)
        self.issue_button.setVisible(self.editable)
        self.paid_button.setVisible(status in ("issued", "sent"))
        self.credit_button.setVisible(
            not self.editable
            and self.may_edit
            and status != "cancelled"
            and self.form.kind == DocumentKind.INVOICE.value
        )
        self.duplicate_button.setVisible(not self.editable and self.may_edit)
        self.history_button.setVisible(self.invoice_id is not None)
        self.isdoc_button.setVisible(not self.editable)  # a draft has no number for ISDOC
        self.status_badge.setText(status_label(status))
        self.status_badge.setVisible(status != InvoiceStatus.DRAFT.value)

    def update_title(self) -> None:
        if self.form.number:
            title = self.form.number
        elif self.invoice_id is None:
            title = self.tr("New invoice")
        elif self.form.kind == DocumentKind.CREDIT_NOTE.value:
            title = self.tr("Credit note draft")
        else:
            title = self.tr("Draft")
        self.setWindowTitle(title)
        self.title_label.setText(title)

    def _update_totals(self) -> None:
        self.totals.show_lines(
            self.model.lines(),
            prices_include_vat=self.header.prices_include_vat.isChecked(),
            currency=self.header.currency.currentText(),
            credit_note=self.form.kind == DocumentKind.CREDIT_NOTE.value,
        )

    def show_legal_basis(self) -> None:
        """A field per special treatment the lines use; a non-payer's invoice prints none."""
        shown = self.parties.company_vat_payer or not self.editable
        keys = [ln.vat_key for ln in self.model.lines()] if shown else []
        self.legal_basis.show_treatments(treatments_needing_basis(keys))

    # -- reacting to edits ---------------------------------------------------------------
    def on_changed(self) -> None:
        if self.loading:
            return
        self._update_totals()
        self.show_legal_basis()
        self.autosave.touch()
        self.undo.changed()

    def show_restored(self) -> None:
        """An undo or redo put other content in ``form``: show it and store it."""
        self._show_form()
        self.autosave.touch()

    def _on_cell_typing(self) -> None:
        """Text in an open cell is not in the model yet, but it is the user's: save it soon."""
        if not self.loading:
            self.autosave.touch()

    def _on_live_message(self, text: str) -> None:
        if text:
            self.lines_message.show_message(text)
        else:
            self._show_line_problems()

    def _show_line_problems(self) -> None:
        problems = self.model.problems()
        if not problems:
            self.lines_message.clear_message()
            return
        row, column, text = problems[0]
        title = self.model.headerData(column, Qt.Orientation.Horizontal)
        self.lines_message.show_message(
            self.tr("Line %1, %2: %3")
            .replace("%1", str(row + 1))
            .replace("%2", str(title))
            .replace("%3", text)
        )

    # -- lines ---------------------------------------------------------------------------
    def add_line(self) -> None:
        if not self.editable:
            return
        row = self.model.insert_line()
        index = self.model.index(row, DESCRIPTION)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_line(self) -> None:
        row = self.table.currentIndex().row()
        if self.editable and row >= 0:
            self.model.remove_line(row)

    def move_line(self, delta: int) -> None:
        current = self.table.currentIndex()
        if self.editable and current.isValid():
            row = self.model.move_line(current.row(), delta)
            self.table.setCurrentIndex(self.model.index(row, current.column()))

    # -- saving --------------------------------------------------------------------------
    def collect(self) -> InvoiceForm:
        self.header.apply_to(self.form)
        self.form.lines = with_open_cell(self.model, self.delegate.open_value())
        self.form.notes = self.notes.toPlainText()
        self.form.legal_basis = self.legal_basis.values()
        return self.form

    def save(self) -> bool:
        return self.commands.save()

    def save_now(self) -> None:
        self.autosave.mark_dirty()
        if self.autosave.flush():
            self.context.events.status_message.emit(self.tr("Saved."))

    def flush(self) -> bool:
        """Save pending changes now (before export or sending); True when none are left."""
        return self.autosave.flush()

    def ensure_saved(self) -> int | None:
        """The stored invoice's id once it holds what is on screen; None while it cannot."""
        if not self.flush():
            return None
        if self.invoice_id is None:
            self.save()
        return self.invoice_id

    def send(self) -> None:
        self.commands.send()

    def issue(self) -> None:
        self.commands.issue()

    def show_preview(self) -> QWidget:
        """The print preview window (one per editor), raised if already open."""
        from desktop.ui.invoices.preview import InvoicePreview

        preview = self.findChild(InvoicePreview, "invoice_preview") or next(
            (w for w in self.window().findChildren(InvoicePreview) if w.editor is self), None
        )
        if preview is None:
            preview = InvoicePreview(self)
        preview.show()
        preview.raise_()
        return preview

    def print_invoice(self) -> QWidget | None:
        from desktop.ui.invoices.printing import print_invoice

        return print_invoice(self)

    def reload(self) -> None:
        """Show the invoice as it is stored now; unsaved edits are dropped."""
        if self.invoice_id is None:
            return
        try:
            self.form = self.context.services.invoices.load(self.invoice_id)
        except NotFoundError:
            log.info("Invoice %s is gone; the editor keeps what it shows", self.invoice_id)
            return
        self.autosave.clear()
        self.save_error.clear()  # what is shown now is what is stored
        self._show_form()
        self.undo.reset()

    def _on_invoice_changed(self, invoice_id: int | None) -> None:
        """Follow changes made elsewhere (sending issues a draft; the list marks it paid)."""
        if invoice_id is None or invoice_id != self.invoice_id:
            return
        try:
            stored = self.context.services.invoices.summary(invoice_id)
        except NotFoundError:
            return
        except StorageError as exc:  # the server went away: the window says so
            log.info("Invoice %s not read again: %s", invoice_id, exc.problem)
            return
        if (stored.status, stored.number) != (self.form.status, self.form.number):
            self.reload()

    # -- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.retranslate_widgets()
        self.status_badge.setText(status_label(self.form.status))
        self.update_title()
