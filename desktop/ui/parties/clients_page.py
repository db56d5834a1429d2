"""The Clients page: a searchable list; add, edit and archive clients."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.core.errors import NotFoundError
from desktop.ui.context import AppContext
from desktop.ui.parties.catalogue_page import CataloguePage
from desktop.ui.parties.record_table_model import Column, RecordTableModel
from desktop.ui.widgets.collation import by_name


@dataclass(frozen=True)
class ClientRow:
    id: int
    name: str
    company_code: str
    vat_code: str
    emails: str
    country: str
    archived: bool


class ClientsPage(CataloguePage):
    prefix = "clients"
    singular = "client"
    min_widths = {1: 90, 2: 110, 3: 160}  # codes and an address before any are typed

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        model: RecordTableModel[ClientRow] = RecordTableModel(
            [
                Column(lambda: self.tr("Name"), lambda r: r.name),
                Column(lambda: self.tr("Company code"), lambda r: r.company_code),
                Column(lambda: self.tr("VAT code"), lambda r: r.vat_code),
                Column(lambda: self.tr("E-mails"), lambda r: r.emails),
                Column(lambda: self.tr("Country"), lambda r: r.country),
            ],
            archived=lambda r: r.archived,
        )
        super().__init__(context, model, parent)
        model.setParent(self)
        context.events.clients_changed.connect(self.reload)
        self.retranslate()
        self.reload()

    def load(self, include_archived: bool) -> list[Any]:
        found = self.context.services.parties.clients(include_archived=include_archived)
        rows = [
            ClientRow(c.id, c.name, c.company_code, c.vat_code, c.emails, c.country, c.archived)
            for c in found
            if c.id is not None
        ]
        return by_name(rows, lambda row: row.name)

    def open_editor(self, record_id: int | None) -> None:
        from desktop.ui.parties.client_dialog import ClientDialog

        dialog = ClientDialog(self.context, record_id, self)
        dialog.open()

    def set_archived(self, record_id: int, archived: bool) -> None:
        # A row gone meanwhile (another app on shared books) simply drops out on the reload.
        with suppress(NotFoundError):
            self.context.services.parties.set_client_archived(record_id, archived)
        self.context.events.clients_changed.emit()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Clients"))
        self.search.setPlaceholderText(self.tr("Search by name, code or e-mail"))
        self.add_button.setText(self.tr("Add client"))
        self.empty.setText(
            self.tr("No clients yet. Add one here, or type a new name in an invoice.")
        )
        super().retranslate()
