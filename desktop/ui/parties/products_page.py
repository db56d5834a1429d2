"""The Products page: the catalogue the invoice lines complete from (name, unit, price, VAT)."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.core.errors import NotFoundError
from desktop.ui.context import AppContext
from desktop.ui.parties.catalogue_page import CataloguePage
from desktop.ui.parties.record_table_model import Column, RecordTableModel
from desktop.ui.widgets.collation import by_name
from desktop.ui.widgets.formatting import format_number
from desktop.ui.widgets.vat_labels import vat_label


@dataclass(frozen=True)
class ProductRow:
    id: int
    name: str
    unit: str
    unit_price: Decimal
    vat_key: str
    archived: bool


class ProductsPage(CataloguePage):
    prefix = "products"
    singular = "product"
    min_widths = {1: 60, 2: 100, 3: 90}

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        model: RecordTableModel[ProductRow] = RecordTableModel(
            [
                Column(lambda: self.tr("Name"), lambda r: r.name),
                Column(lambda: self.tr("Unit"), lambda r: r.unit),
                Column(lambda: self.tr("Unit price"), lambda r: format_number(r.unit_price), True),
                Column(lambda: self.tr("VAT rate"), lambda r: vat_label(r.vat_key)),
            ],
            archived=lambda r: r.archived,
        )
        super().__init__(context, model, parent)
        model.setParent(self)
        context.events.products_changed.connect(self.reload)
        self.retranslate()
        self.reload()

    def load(self, include_archived: bool) -> list[Any]:
        found = self.context.services.parties.products(include_archived=include_archived)
        rows = [
            ProductRow(p.id, p.name, p.unit, p.unit_price, p.vat_key, p.archived)
            for p in found
            if p.id is not None
        ]
        return by_name(rows, lambda row: row.name)

    def open_editor(self, record_id: int | None) -> None:
        from desktop.ui.parties.product_dialog import ProductDialog

        dialog = ProductDialog(self.context, record_id, self)
        dialog.open()

    def set_archived(self, record_id: int, archived: bool) -> None:
        # A row gone meanwhile (another app on shared books) simply drops out on the reload.
        with suppress(NotFoundError):
            self.context.services.parties.set_product_archived(record_id, archived)
        self.context.events.products_changed.emit()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Products and services"))
        self.search.setPlaceholderText(self.tr("Search products"))
        self.add_button.setText(self.tr("Add product"))
        self.empty.setText(
            self.tr("No products yet. Products you add here complete invoice lines.")
        )
        super().retranslate()
