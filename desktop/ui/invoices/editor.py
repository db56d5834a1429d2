"""The invoice editor: header, line table, live totals, autosave, issue and follow-ups.

A new draft reaches the database at its first change; after that every change is saved within
two seconds (``Autosave``) and on close.  Issuing assigns the number in one storage
transaction; the editor then becomes read-only except for notes and payment status.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QWidget,
)

from desktop.core import forms
from desktop.core.document import treatments_needing_basis
from desktop.core.lifecycle import DocumentKind, InvoiceStatus
from desktop.core.totals import compute_totals
from desktop.core.vat import rate_presets
from desktop.storage import invoices
from desktop.storage.models import Client, Invoice
from desktop.storage.parties import get_company, list_clients, list_products
from desktop.ui.context import AppContext
from desktop.ui.invoices.autosave import Autosave
from desktop.ui.invoices.editor_commands import EditorCommands
from desktop.ui.invoices.editor_view import InvoiceEditorView
from desktop.ui.invoices.header import from_qdate, to_qdate
from desktop.ui.invoices.line_items_delegate import LineItemsView
from desktop.ui.invoices.line_items_model import DESCRIPTION, CatalogueItem
from desktop.ui.widgets.formatting import status_label

log = logging.getLogger(__name__)

ExportPdf = Callable[[int], Path | None]


def client_summary(client: Client) -> str:
    """One grey line under the client field: address and VAT or company code."""
    parts = [client.address.replace("\n", ", "), client.vat_code or client.company_code]
    return " · ".join(part for part in parts if part)


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
        with context.db.session() as session:
            company = get_company(session)
            self.company_country, self.company_vat_payer = company.country, company.vat_payer
            self.company_payment_days = company.payment_days
            if invoice_id is None:
                self.form = invoices.new_form(session)
            else:
                self.form = invoices.load_form(session, invoice_id)
        self.autosave = Autosave(self._autosave, self)
        self.commands = EditorCommands(self)
        self._loading = False
        self.client_days: int | None = None  # the chosen client's payment terms, if any
        self._build()
        self.header.set_seller(self.company_country, self.company_vat_payer)
        self.reload_clients()
        self.reload_catalogue()
        self._show_form()
        self._connect()
        self.retranslate()

    def _connect(self) -> None:
        c = self.commands
        self.save_button.clicked.connect(self.save_now)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_now)
        self.pdf_button.clicked.connect(c.export_pdf)
        self.send_button.clicked.connect(self.send)
        self.issue_button.clicked.connect(c.issue)
        self.paid_button.clicked.connect(c.mark_paid)
        self.credit_button.clicked.connect(c.credit_note)
        self.duplicate_button.clicked.connect(c.duplicate)
        self.company_button.clicked.connect(c.edit_company)
        self.add_button.clicked.connect(self.add_line)
        self.table.add_line_requested.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_line)
        self.up_button.clicked.connect(lambda: self.move_line(-1))
        self.down_button.clicked.connect(lambda: self.move_line(1))
        self.model.lines_changed.connect(self._on_changed)
        self.model.problems_changed.connect(self._show_line_problems)
        self.delegate.message.connect(self._on_live_message)
        self.header.changed.connect(self._on_changed)
        self.header.issue_date_changed.connect(self._update_due_date)
        self.header.client.client_chosen.connect(self.choose_client)
        self.header.client.name_edited.connect(self._on_client_typed)
        self.header.client.create_requested.connect(c.create_client)
        self.notes.textChanged.connect(self._on_changed)
        self.legal_basis.changed.connect(self._on_changed)
        events = self.context.events
        events.clients_changed.connect(self.reload_clients)
        events.products_changed.connect(self.reload_catalogue)
        events.company_changed.connect(self._on_company_changed)
        events.invoice_changed.connect(self._on_invoice_changed)
        events.invoices_changed.connect(lambda: self._on_invoice_changed(self.invoice_id))

    # -- showing the form ----------------------------------------------------------------
    @property
    def editable(self) -> bool:
        return self.form.status == InvoiceStatus.DRAFT.value

    def _show_form(self) -> None:
        self._loading = True
        try:
            form = self.form
            keys = [r.key for r in rate_presets(self.company_country, self.company_vat_payer)]
            keys += [ln.vat_key for ln in form.lines if ln.vat_key not in keys]
            self.model.vat_keys = tuple(dict.fromkeys(keys))
            self.model.allow_negative = form.kind == DocumentKind.CREDIT_NOTE.value
            self.model.read_only = not self.editable
            self.model.set_lines(form.lines)
            self.header.load(form)
            self.header.set_read_only(not self.editable)
            self.notes.setPlainText(form.notes)
            self.legal_basis.load(form.legal_basis)
            self.legal_basis.set_read_only(not self.editable)
            self._show_legal_basis()
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
            self._loading = False

    def _update_buttons(self) -> None:
        status = self.form.status
        for widget in (self.add_button, self.remove_button, self.up_button, self.down_button):
            widget.setVisible(self.editable)
        self.save_button.setVisible(self.editable)
        self.issue_button.setVisible(self.editable)
        self.paid_button.setVisible(status in ("issued", "sent"))
        self.credit_button.setVisible(
            not self.editable
            and status != "cancelled"
            and self.form.kind == DocumentKind.INVOICE.value
        )
        self.duplicate_button.setVisible(not self.editable)
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
        totals = compute_totals(
            (ln.amounts() for ln in self.model.lines()),
            prices_include_vat=self.header.prices_include_vat.isChecked(),
        )
        self.totals.set_totals(totals, self.header.currency.currentText())

    def _show_legal_basis(self) -> None:
        """A field per special treatment the lines use; a non-payer's invoice prints none."""
        shown = self.company_vat_payer or not self.editable
        keys = [ln.vat_key for ln in self.model.lines()] if shown else []
        self.legal_basis.show_treatments(treatments_needing_basis(keys))

    # -- reacting to edits ---------------------------------------------------------------
    def _on_changed(self) -> None:
        if self._loading:
            return
        self._update_totals()
        self._show_legal_basis()
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

    def _on_client_typed(self, _text: str) -> None:
        self.form.client_id = None
        self.header.client_info.setText("")
        self._on_changed()

    def choose_client(self, client_id: int) -> None:
        """Picking a client sets the document language, due date and a currency hint."""
        with self.context.db.session() as session:
            client = session.get(Client, client_id)
            if client is None:
                return
            currency = invoices.last_currency_for_client(session, client_id)
            self.form.client_id, self.form.client_name = client.id, client.name
            self.form.language = client.language
            self.client_days = client.payment_days
            info = client_summary(client)
        self._loading = True
        header = self.header
        header.client.set_current(client_id, self.form.client_name)
        header.client_info.setText(info)
        header.language.setCurrentIndex(max(0, header.language.findData(self.form.language)))
        header.amount_in_words.setChecked(self.form.language == "lt")
        if currency and header.currency.findText(currency) >= 0:
            header.currency.setCurrentIndex(header.currency.findText(currency))
        self._loading = False
        self._update_due_date()
        self._on_changed()

    def _update_due_date(self) -> None:
        days = self.company_payment_days if self.client_days is None else self.client_days
        issued = from_qdate(self.header.issue_date.date())
        self.header.due_date.setDate(to_qdate(issued + timedelta(days=days)))

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
    def collect(self) -> forms.InvoiceForm:
        self.header.apply_to(self.form)
        self.form.lines = self.model.lines()
        self.form.notes = self.notes.toPlainText()
        self.form.legal_basis = self.legal_basis.values()
        return self.form

    def save(self) -> bool:
        return self.commands.save()

    def _autosave(self) -> None:
        self.save()

    def save_now(self) -> None:
        self.autosave.clear()
        if self.save():
            self.context.events.status_message.emit(self.tr("Saved."))

    def flush(self) -> None:
        """Save pending changes now (tab close, quit, before export or sending)."""
        self.autosave.flush()

    def ensure_saved(self) -> int | None:
        self.flush()
        if self.invoice_id is None:
            self.save()
        return self.invoice_id

    def send(self) -> None:
        self.commands.send()

    def reload(self) -> None:
        if self.invoice_id is None:
            return
        with self.context.db.session() as session:
            self.form = invoices.load_form(session, self.invoice_id)
        self.autosave.clear()
        self._show_form()

    def _on_invoice_changed(self, invoice_id: int | None) -> None:
        """Follow changes made elsewhere (sending issues a draft; the list marks it paid)."""
        if invoice_id is None or invoice_id != self.invoice_id:
            return
        with self.context.db.session() as session:
            inv = session.get(Invoice, invoice_id)
            stored = (inv.status, inv.number) if inv is not None else None
        if stored is not None and stored != (self.form.status, self.form.number):
            self.reload()

    def _on_company_changed(self) -> None:
        """The seller's country and VAT status decide whether the rate is shown and required.

        A draft's empty legal-basis fields take the company's new defaults: the user who sets
        them up from an open invoice expects to see them there.
        """
        with self.context.db.session() as session:
            company = get_company(session)
            self.company_country, self.company_vat_payer = company.country, company.vat_payer
            self.company_payment_days = company.payment_days
            defaults = forms.clean_basis(company.legal_basis)
        self.header.set_seller(self.company_country, self.company_vat_payer)
        if self.editable and self.legal_basis.fill_blanks(defaults):
            self._on_changed()
        self._show_legal_basis()

    def reload_clients(self) -> None:
        with self.context.db.session() as session:
            clients = [(c.id, c.name) for c in list_clients(session)]
            chosen = session.get(Client, self.form.client_id) if self.form.client_id else None
            if chosen is not None:
                self.client_days = chosen.payment_days
                self.header.client_info.setText(client_summary(chosen))
        self.header.client.set_clients(clients)
        if self.form.client_id is not None:
            self.header.client.set_current(self.form.client_id, self.form.client_name)

    def reload_catalogue(self) -> None:
        with self.context.db.session() as session:
            items = [
                CatalogueItem(p.id, p.name, p.unit, p.unit_price, p.vat_key)
                for p in list_products(session)
            ]
        self.model.set_catalogue(items)

    # -- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.retranslate_widgets()
        self.status_badge.setText(status_label(self.form.status))
        self.update_title()
