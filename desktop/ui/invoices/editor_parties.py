"""What the editor knows of the seller, the client book and the catalogue, and what they imply.

The seller's country and VAT status decide the VAT rates and whether an exchange rate is
needed; a chosen client brings its document language, payment terms and last currency; the
catalogue fills lines.  All of it is read through ``services.parties`` as plain records, and
read again when another window changes it (``AppEvents``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.core import forms
from desktop.core.errors import NotFoundError, StorageError
from desktop.services.parties import ClientRecord, InvalidInputError
from desktop.ui.invoices.date_fields import from_qdate, to_qdate
from desktop.ui.invoices.line_items_model import CatalogueItem
from desktop.ui.widgets.collation import by_name
from desktop.ui.widgets.field_errors import describe

if TYPE_CHECKING:
    from desktop.ui.invoices.editor import InvoiceEditor


def client_summary(client: ClientRecord) -> str:
    """One grey line under the client field: address and VAT or company code."""
    parts = [client.address.replace("\n", ", "), client.vat_code or client.company_code]
    return " · ".join(part for part in parts if part)


log = logging.getLogger(__name__)


class EditorParties(QObject):
    def __init__(self, editor: InvoiceEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        company = editor.context.services.parties.company()
        self.company_country, self.company_vat_payer = company.country, company.vat_payer
        self.company_payment_days = company.payment_days
        self.client_days: int | None = None  # the chosen client's payment terms, if any

    def connect_events(self) -> None:
        editor = self.editor
        editor.header.issue_date_changed.connect(self.update_due_date)
        editor.header.client.client_chosen.connect(self.choose_client)
        editor.header.client.name_edited.connect(self._on_client_typed)
        editor.header.client.create_requested.connect(self.create_client)
        events = editor.context.events
        events.clients_changed.connect(lambda: self._read_again(self.reload_clients))
        events.products_changed.connect(lambda: self._read_again(self.reload_catalogue))
        events.company_changed.connect(lambda: self._read_again(self._on_company_changed))

    @staticmethod
    def _read_again(read: Callable[[], None]) -> None:
        """A change made elsewhere: read it, unless the books cannot be read just now (a
        server that went away); the editor keeps what it shows, and the window says why."""
        try:
            read()
        except StorageError as exc:
            log.info("The editor did not read a change made elsewhere: %s", exc.problem)

    # -- the client ----------------------------------------------------------------------
    def _on_client_typed(self, _text: str) -> None:
        self.editor.form.client_id = None
        self.editor.header.client_info.setText("")
        self.editor.on_changed()

    def choose_client(self, client_id: int) -> None:
        """Picking a client sets the document language, due date and a currency hint."""
        editor = self.editor
        services = editor.context.services
        try:
            client = services.parties.client(client_id)
        except NotFoundError:  # deleted meanwhile: the chooser's list is refreshed
            self.reload_clients()
            return
        currency = services.invoices.last_currency_for_client(client_id)
        form = editor.form
        form.client_id, form.client_name = client_id, client.name
        form.language = client.language
        self.client_days = client.payment_days
        editor.loading = True
        header = editor.header
        header.client.set_current(client_id, form.client_name)
        header.client_info.setText(client_summary(client))
        header.language.setCurrentIndex(max(0, header.language.findData(form.language)))
        header.amount_in_words.setChecked(form.language == "lt")
        if currency and header.currency.findText(currency) >= 0:
            header.currency.setCurrentIndex(header.currency.findText(currency))
        editor.loading = False
        self.update_due_date()
        editor.on_changed()

    def create_client(self, name: str) -> None:
        """Create a client from the typed name with the company's defaults, then pick it."""
        editor = self.editor
        try:
            client = editor.context.services.parties.client_named(name)
        except InvalidInputError as exc:
            problem = next(iter(exc.problems.values()))
            editor.message.show_message(describe(problem))
            return
        assert client.id is not None  # saved
        events = editor.context.events
        events.clients_changed.emit()  # this editor's chooser reloads too
        self.choose_client(client.id)
        events.status_message.emit(
            self.tr("Client %1 created; add their address and codes on the Clients page.").replace(
                "%1", client.name
            )
        )

    def update_due_date(self) -> None:
        days = self.company_payment_days if self.client_days is None else self.client_days
        header = self.editor.header
        issued = from_qdate(header.issue_date.date())
        header.due_date.setDate(to_qdate(issued + timedelta(days=days)))

    def reload_clients(self) -> None:
        editor = self.editor
        parties = editor.context.services.parties
        records = parties.clients()
        client_id = editor.form.client_id
        chosen = next((c for c in records if c.id == client_id), None)
        if chosen is None and client_id is not None:
            try:  # an archived client stays on the invoices made for it
                chosen = parties.client(client_id)
            except NotFoundError:
                chosen = None
        if chosen is not None:
            self.client_days = chosen.payment_days
            editor.header.client_info.setText(client_summary(chosen))
        named = [(c.id, c.name) for c in records if c.id is not None]
        editor.header.client.set_clients(by_name(named, lambda pair: pair[1]))
        if client_id is not None:
            editor.header.client.set_current(client_id, editor.form.client_name)

    # -- the catalogue and the seller ----------------------------------------------------
    def reload_catalogue(self) -> None:
        items = [
            CatalogueItem(p.id, p.name, p.unit, p.unit_price, p.vat_key)
            for p in self.editor.context.services.parties.products()
            if p.id is not None
        ]
        self.editor.model.set_catalogue(by_name(items, lambda item: item.name))

    def _on_company_changed(self) -> None:
        """The seller's country and VAT status decide whether the rate is shown and required.

        A draft's empty legal-basis fields take the company's new defaults: the user who sets
        them up from an open invoice expects to see them there.
        """
        editor = self.editor
        company = editor.context.services.parties.company()
        self.company_country, self.company_vat_payer = company.country, company.vat_payer
        self.company_payment_days = company.payment_days
        defaults = forms.clean_basis(company.legal_basis)
        editor.header.set_seller(self.company_country, self.company_vat_payer)
        if editor.editable and editor.legal_basis.fill_blanks(defaults):
            editor.on_changed()
        editor.show_legal_basis()
