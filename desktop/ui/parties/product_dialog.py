"""Adding or editing one catalogue product: name, unit, price and VAT rate."""

from __future__ import annotations

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

from desktop.core import money, validation
from desktop.core.validation import Problem
from desktop.core.vat import rate_presets
from desktop.storage.models import Product
from desktop.storage.parties import get_company
from desktop.ui.context import AppContext
from desktop.ui.invoices.line_items_model import edit_text
from desktop.ui.parties.party_fields import field_cell
from desktop.ui.widgets.field_errors import FieldMessage
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
        layout.addLayout(buttons)
        self.setMinimumWidth(440)
        self._load()
        self.retranslate()
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

    def _load(self) -> None:
        with self.context.db.session() as session:
            company = get_company(session)
            keys = [rate.key for rate in rate_presets(company.country, company.vat_payer)]
            product = session.get(Product, self.product_id) if self.product_id else None
            if product is not None:
                self.name.setText(product.name)
                self.unit.setText(product.unit)
                self.price.setText(edit_text(product.unit_price))
                if product.vat_key not in keys:
                    keys.append(product.vat_key)
        for key in keys:
            self.vat.addItem(vat_label(key), key)
        if product is not None:
            self.vat.setCurrentIndex(max(0, self.vat.findData(product.vat_key)))

    def _price(self) -> tuple[Decimal | None, Problem | None]:
        text = self.price.text()
        try:
            return (money.parse_decimal(text) if text.strip() else Decimal(0)), None
        except ValueError:
            return None, Problem("not_a_number")

    def save(self) -> bool:
        name_problem = validation.check_text(self.name.text(), required=True)
        price, price_problem = self._price()
        self.name_message.show_problem(name_problem)
        self.price_message.show_problem(price_problem, self.price.text())
        if name_problem or price is None:
            return False
        with self.context.db.session() as session:
            product = session.get(Product, self.product_id) if self.product_id else None
            if product is None:
                product = Product()
                session.add(product)
            product.name = self.name.text().strip()
            product.unit = self.unit.text().strip()
            product.unit_price = price
            product.vat_key = self.vat.currentData()
            session.commit()
            self.product_id = product.id
        self.context.events.products_changed.emit()
        self.accept()
        return True

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
