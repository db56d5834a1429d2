"""Adding or editing one catalogue product: name, unit, price and VAT rate.

The price is parsed here with the invoice lines' rules (the record holds a number, so "forty"
never reaches the service, nor a price no line could take);
the name is checked by ``services.parties.product_problems``, the rules the save enforces.
A save over a newer one (another window or app saved the product since) asks
``product_conflict`` who wins (``widgets.stale_question``).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import StaleError
from desktop.core.line_rules import read_field
from desktop.core.validation import Problem
from desktop.core.vat import rate_presets
from desktop.services.parties import InvalidInputError, ProductRecord, product_problems
from desktop.ui.context import AppContext
from desktop.ui.parties.party_fields import field_cell, show_problems
from desktop.ui.widgets.field_errors import FieldMessage
from desktop.ui.widgets.formatting import edit_text
from desktop.ui.widgets.stale_question import StaleQuestion
from desktop.ui.widgets.vat_labels import vat_label


class ProductDialog(QDialog):
    def __init__(
        self, context: AppContext, product_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("product_dialog")
        self.context = context
        self.product_id = product_id
        self.name = QLineEdit(objectName="product_name")
        self.unit = QLineEdit(objectName="product_unit")
        self.unit.setMaxLength(20)
        self.price = QLineEdit(objectName="product_price")
        self.price.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.vat = QComboBox(objectName="product_vat")
        self.name_message = FieldMessage(self.name, self)
        self.price_message = FieldMessage(self.price, self)
        self.message = FieldMessage(None, self)  # what no single field is to blame for
        self.message.setObjectName("product_message")
        self.save_button = QPushButton(objectName="product_save")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(objectName="product_cancel")
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        form.addRow(self.labels[0], field_cell(self.name, self.name_message))
        form.addRow(self.labels[1], self.unit)
        form.addRow(self.labels[2], field_cell(self.price, self.price_message))
        form.addRow(self.labels[3], self.vat)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(440)
        self._load()
        self.conflict = StaleQuestion(self, "product_conflict", self._keep_mine, self._load)
        self.retranslate()
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

    def _load(self) -> None:
        parties = self.context.services.parties
        company = parties.company()
        keys = [rate.key for rate in rate_presets(company.country, company.vat_payer)]
        product = parties.product(self.product_id) if self.product_id else ProductRecord()
        self._loaded = product
        self.vat.clear()  # filled again on a reload
        if self.product_id:
            self.name.setText(product.name)
            self.unit.setText(product.unit)
            self.price.setText(edit_text(product.unit_price))
            if product.vat_key not in keys:
                keys.append(product.vat_key)
        for key in keys:
            self.vat.addItem(vat_label(key), key)
        if self.product_id:
            self.vat.setCurrentIndex(max(0, self.vat.findData(product.vat_key)))

    def _price(self) -> tuple[Decimal | None, Problem | None]:
        """Read as an invoice line's price cell reads it (``core.line_rules``): a product
        priced beyond the money limits could never fill a line."""
        value, problem = read_field("unit_price", self.price.text(), ())
        return (value if isinstance(value, Decimal) else None), problem

    def save(self) -> bool:
        record = replace(self._loaded, name=self.name.text().strip(), unit=self.unit.text().strip())
        record.vat_key = self.vat.currentData()
        price, price_problem = self._price()
        self.price_message.show_problem(price_problem, self.price.text())
        messages = {"name": self.name_message}
        problems = product_problems(record)
        if not show_problems(messages, problems, self.message) or price is None:
            return False
        record.unit_price = price
        try:
            self.product_id = self.context.services.parties.save_product(record)
        except InvalidInputError as refused:  # the service's rules are the last word
            show_problems(messages, problems | refused.problems, self.message)
            return False
        except StaleError as stale:  # saved elsewhere since: the user chooses, nothing is lost
            self.conflict.ask(stale)
            return False
        self._loaded = record
        self.context.events.products_changed.emit()
        self.accept()
        return True

    def _keep_mine(self, version: int) -> None:
        self._loaded = replace(self._loaded, version=version)  # over theirs, knowingly
        self.save()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Product"))
        for label, text in zip(
            self.labels,
            (self.tr("Name:"), self.tr("Unit:"), self.tr("Unit price:"), self.tr("VAT rate:")),
            strict=True,
        ):
            label.setText(text)
        self.unit.setPlaceholderText(self.tr("e.g. h, pcs, month"))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
