"""The editor's header: client, dates, exchange rate, currency, language and payment options.

It only shows and collects values (``load`` / ``apply_to``); saving and the rules about what a
client choice implies live in the editor.  The exchange rate row appears only for an invoice in
another currency than the seller's national one (``core.validation.needs_exchange_rate``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from desktop.core.forms import InvoiceForm
from desktop.ui.invoices.client_chooser import ClientChooser
from desktop.ui.invoices.date_fields import date_edit, date_format, from_qdate, to_qdate
from desktop.ui.invoices.rate_fields import ExchangeRateRows, rate_text
from desktop.ui.widgets.choices import CURRENCIES, DOCUMENT_LANGUAGES


class InvoiceHeader(ExchangeRateRows):
    issue_date_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = ClientChooser()
        self.language = QComboBox(objectName="invoice_language")
        for code in DOCUMENT_LANGUAGES:
            self.language.addItem("", code)
        self.client_info = QLabel(objectName="invoice_client_info")
        self.client_info.setStyleSheet("color: #5f6b7a;")
        self.client_info.setWordWrap(True)

        self.issue_date = date_edit("invoice_issue_date")
        self.supply_enabled = QCheckBox(objectName="invoice_supply_enabled")
        self.supply_date = date_edit("invoice_supply_date")
        self.due_date = date_edit("invoice_due_date")
        self._build_rate()

        self.currency = QComboBox(objectName="invoice_currency")
        self.currency.addItems(list(CURRENCIES))
        self.variable_symbol = QLineEdit(objectName="invoice_variable_symbol")
        self.variable_symbol.setMaxLength(10)
        self.variable_symbol.setMaximumWidth(140)
        self.prices_include_vat = QCheckBox(objectName="invoice_prices_include_vat")
        self.amount_in_words = QCheckBox(objectName="invoice_amount_in_words")

        self.client_box = QGroupBox()
        client_form = QFormLayout(self.client_box)
        self.client_label, self.language_label = QLabel(), QLabel()
        client_form.addRow(self.client_label, self.client)
        client_form.addRow("", self.client_info)
        # In a narrow window the label goes above the chooser: this box has height to spare.
        client_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.dates_box = QGroupBox()
        dates_form = QFormLayout(self.dates_box)
        self.issue_label, self.due_label = QLabel(), QLabel()
        supply_row = QHBoxLayout()
        supply_row.addWidget(self.supply_enabled)
        supply_row.addWidget(self.supply_date, 1)
        dates_form.addRow(self.issue_label, self.issue_date)
        dates_form.addRow(self.due_label, self.due_date)
        self.supply_label = QLabel()
        dates_form.addRow(self.supply_label, supply_row)
        self._add_rate_rows(dates_form)

        self.payment_box = QGroupBox()
        payment_form = QFormLayout(self.payment_box)
        self.currency_label, self.vs_label = QLabel(), QLabel()
        payment_form.addRow(self.currency_label, self.currency)
        payment_form.addRow(self.language_label, self.language)
        payment_form.addRow(self.vs_label, self.variable_symbol)
        payment_form.addRow(self.prices_include_vat)
        payment_form.addRow(self.amount_in_words)

        for form in (client_form, dates_form, payment_form):
            form.setVerticalSpacing(8)
        # Dates and document options never shrink below what their texts need; the buyer box,
        # which has room to spare, gives way first (a squeezed combo clipped "Lietuvių").
        for box in (self.dates_box, self.payment_box):
            box.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.client_box, 5)
        layout.addWidget(self.dates_box, 3)
        layout.addWidget(self.payment_box, 3)

        for signal in (
            self.language.currentIndexChanged,
            self.supply_enabled.toggled,
            self.supply_date.dateChanged,
            self.due_date.dateChanged,
            self.currency.currentIndexChanged,
            self.variable_symbol.textEdited,
            self.prices_include_vat.toggled,
            self.amount_in_words.toggled,
        ):
            signal.connect(self.changed)
        self._connect_rate()
        self.issue_date.dateChanged.connect(self.issue_date_changed)
        self.issue_date.dateChanged.connect(self.changed)
        self.supply_enabled.toggled.connect(self.supply_date.setEnabled)
        self.currency.currentIndexChanged.connect(self._show_variable_symbol)
        self.language.currentIndexChanged.connect(self._language_picked)
        self.retranslate()

    def _language_picked(self) -> None:
        # The amount in words is customary only in Lithuania (INVOICE-RULES.md).
        self.amount_in_words.setChecked(self.language.currentData() == "lt")

    def _show_variable_symbol(self) -> None:
        visible = self.currency.currentText() == "CZK"
        self.variable_symbol.setVisible(visible)
        self.vs_label.setVisible(visible)

    def load(self, form: InvoiceForm) -> None:
        """Show a form's values without emitting ``changed`` (nothing was edited)."""
        widgets = self.findChildren(QWidget)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.client.set_current(form.client_id, form.client_name)
            self.language.setCurrentIndex(max(0, self.language.findData(form.language)))
            self.issue_date.setDate(to_qdate(form.issue_date))
            self.supply_enabled.setChecked(form.supply_date is not None)
            self.supply_date.setDate(to_qdate(form.supply_date or form.issue_date))
            self.supply_date.setEnabled(form.supply_date is not None)
            self.due_date.setDate(to_qdate(form.due_date or form.issue_date))
            position = self.currency.findText(form.currency)
            if position < 0:
                self.currency.addItem(form.currency)
                position = self.currency.count() - 1
            self.currency.setCurrentIndex(position)
            self.variable_symbol.setText(form.variable_symbol)
            self.prices_include_vat.setChecked(form.prices_include_vat)
            self.amount_in_words.setChecked(form.amount_in_words)
            self.rate_value = form.exchange_rate
            self.exchange_rate.setText(rate_text(form.exchange_rate))
            self.rate_date_follows = form.exchange_rate_date is None
            rate_day = form.exchange_rate_date or form.supply_date or form.issue_date
            self.exchange_rate_date.setDate(to_qdate(rate_day))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.rate_message.clear_message()
        self._show_variable_symbol()
        self._show_exchange_rate()

    def apply_to(self, form: InvoiceForm) -> None:
        form.client_name = self.client.text()
        form.language = self.language.currentData() or "en"
        form.issue_date = from_qdate(self.issue_date.date())
        form.supply_date = (
            from_qdate(self.supply_date.date()) if self.supply_enabled.isChecked() else None
        )
        form.due_date = from_qdate(self.due_date.date())
        form.currency = self.currency.currentText()
        form.variable_symbol = self.variable_symbol.text().strip()
        form.prices_include_vat = self.prices_include_vat.isChecked()
        form.amount_in_words = self.amount_in_words.isChecked()
        if self.needs_rate():
            form.exchange_rate = self.rate_value
            form.exchange_rate_date = (
                None if self.rate_date_follows else from_qdate(self.exchange_rate_date.date())
            )
        else:  # the national currency needs no rate; the typed one stays in the field
            form.exchange_rate = form.exchange_rate_date = None

    def set_read_only(self, read_only: bool) -> None:
        self.client.setReadOnly(read_only)
        for widget in (
            self.language,
            self.issue_date,
            self.supply_enabled,
            self.supply_date,
            self.due_date,
            self.currency,
            self.variable_symbol,
            self.prices_include_vat,
            self.amount_in_words,
            self.exchange_rate,
            self.exchange_rate_date,
        ):
            widget.setEnabled(not read_only)
        if not read_only:
            self.supply_date.setEnabled(self.supply_enabled.isChecked())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for edit in (self.issue_date, self.supply_date, self.due_date, self.exchange_rate_date):
            edit.setDisplayFormat(date_format())  # dates follow the interface language too
        self.client_box.setTitle(self.tr("Buyer"))
        self.dates_box.setTitle(self.tr("Dates"))
        self.payment_box.setTitle(self.tr("Document"))
        self.client_label.setText(self.tr("Client:"))
        self.language_label.setText(self.tr("Language:"))
        self.language.setToolTip(self.tr("The language the invoice is printed in"))
        for i, text in enumerate((self.tr("English"), self.tr("Lithuanian"), self.tr("Czech"))):
            self.language.setItemText(i, text)
        self.issue_label.setText(self.tr("Issue date:"))
        self.due_label.setText(self.tr("Due date:"))
        self.supply_label.setText(self.tr("Date of supply:"))
        self.supply_enabled.setToolTip(self.tr("Only when it differs from the issue date"))
        self.currency_label.setText(self.tr("Currency:"))
        self.vs_label.setText(self.tr("Variable symbol:"))
        self.prices_include_vat.setText(self.tr("Prices include VAT"))
        self.amount_in_words.setText(self.tr("Amount in words"))
        self.amount_in_words.setToolTip(
            self.tr("Print the total in words (customary in Lithuania)")
        )
        self.retranslate_rate()
