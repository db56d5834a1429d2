"""The editor's header: client, dates, exchange rate, currency, language and payment options.

It only shows and collects values (``load`` / ``apply_to``); saving and the rules about what a
client choice implies live in the editor.  The exchange rate row appears only for an invoice in
another currency than the seller's national one (``core.validation.needs_exchange_rate``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from desktop.core.forms import InvoiceForm
from desktop.core.validation import Problem, national_currency, parse_exchange_rate
from desktop.ui.invoices.client_chooser import ClientChooser
from desktop.ui.widgets.choices import CURRENCIES as CURRENCIES  # re-exported for parties
from desktop.ui.widgets.choices import DOCUMENT_LANGUAGES as DOCUMENT_LANGUAGES
from desktop.ui.widgets.field_errors import FieldMessage
from desktop.ui.widgets.formatting import ui_language


def _date_format() -> str:
    """Explicit patterns: Qt's short Czech format has a two-digit year (INVOICE-RULES.md)."""
    return "d. M. yyyy" if ui_language() == "cs" else "yyyy-MM-dd"


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(_date_format())
    edit.setMinimumWidth(112)
    return edit


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def rate_text(value: Decimal | None) -> str:
    """A rate as the user would retype it: every published place, the UI's decimal mark."""
    if value is None:
        return ""
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text if ui_language() == "en" else text.replace(".", ",")


class InvoiceHeader(QWidget):
    changed = Signal()
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

        self.issue_date = _date_edit("invoice_issue_date")
        self.supply_enabled = QCheckBox(objectName="invoice_supply_enabled")
        self.supply_date = _date_edit("invoice_supply_date")
        self.due_date = _date_edit("invoice_due_date")
        self.seller_country, self.seller_vat_payer = "", False
        self.exchange_rate = QLineEdit(objectName="invoice_exchange_rate")
        self.exchange_rate.setMaxLength(20)
        self.exchange_rate.setMinimumWidth(72)
        self.exchange_rate.setMaximumWidth(96)  # ČNB and ECB publish at most 6 digits
        self.exchange_rate.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.exchange_rate_date = _date_edit("invoice_exchange_rate_date")
        self.rate_value: Decimal | None = None  # the last valid rate typed
        self.rate_date_follows = True  # the rate's day follows the supply/issue date
        # Currency codes are data, not words to translate ("1 USD =", "EUR").
        self.rate_from = QLabel(objectName="invoice_rate_currency")
        self.rate_to = QLabel(objectName="invoice_rate_national")
        self.rate_message = FieldMessage(self.exchange_rate)

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
        self.rate_field = QWidget()
        rate_row = QHBoxLayout(self.rate_field)
        rate_row.setContentsMargins(0, 0, 0, 0)
        rate_row.setSpacing(4)
        rate_row.addWidget(self.rate_from)
        rate_row.addWidget(self.exchange_rate, 1)
        rate_row.addWidget(self.rate_to)
        self.rate_label, self.rate_date_label = QLabel(), QLabel()
        self.rate_label.setBuddy(self.exchange_rate)
        self.rate_date_label.setBuddy(self.exchange_rate_date)
        dates_form.addRow(self.rate_label, self.rate_field)
        dates_form.addRow(self.rate_message)  # the box's full width: a sentence fits in two lines
        dates_form.addRow(self.rate_date_label, self.exchange_rate_date)
        self.dates_form = dates_form

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
            self.exchange_rate.textEdited,
        ):
            signal.connect(self.changed)
        self.exchange_rate.textEdited.connect(self._rate_edited)
        self.exchange_rate_date.dateChanged.connect(self._rate_date_edited)
        for signal in (
            self.issue_date.dateChanged,
            self.supply_enabled.toggled,
            self.supply_date.dateChanged,
        ):
            signal.connect(self._follow_rate_date)
        self.currency.currentIndexChanged.connect(self._show_exchange_rate)
        self.exchange_rate_date.dateChanged.connect(self.changed)
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

    # -- exchange rate -----------------------------------------------------------------------
    def set_seller(self, country: str, vat_payer: bool) -> None:
        """The seller's country decides the national currency (LT → EUR, CZ → CZK)."""
        self.seller_country, self.seller_vat_payer = country, vat_payer
        self._show_exchange_rate()
        self.retranslate_rate()

    def needs_rate(self) -> bool:
        national = national_currency(self.seller_country)
        return national is not None and self.currency.currentText() != national

    def _show_exchange_rate(self) -> None:
        visible = self.needs_rate()
        self.dates_form.setRowVisible(self.rate_field, visible)
        self.dates_form.setRowVisible(self.exchange_rate_date, visible)
        self.dates_form.setRowVisible(self.rate_message, visible)
        if visible:
            self.retranslate_rate()
            self.show_rate_problem(parse_exchange_rate(self.exchange_rate.text())[1])
        else:
            self.rate_message.clear_message()  # a hidden field cannot block anything

    def _rate_edited(self, text: str) -> None:
        value, problem = parse_exchange_rate(text)
        self.show_rate_problem(problem)
        if problem is None:
            self.rate_value = value

    def show_rate_problem(self, problem: Problem | None) -> None:
        if problem is not None and problem.code == "exchange_rate_missing":
            value = national_currency(self.seller_country) or ""
        else:
            value = self.exchange_rate.text().strip()
        self.rate_message.show_problem(problem, value)

    def rate_has_problem(self) -> bool:
        return self.needs_rate() and self.rate_message.is_blocking()

    def _default_rate_date(self) -> QDate:
        return (self.supply_date if self.supply_enabled.isChecked() else self.issue_date).date()

    def _follow_rate_date(self) -> None:
        if self.rate_date_follows:
            self.exchange_rate_date.blockSignals(True)
            self.exchange_rate_date.setDate(self._default_rate_date())
            self.exchange_rate_date.blockSignals(False)

    def _rate_date_edited(self) -> None:
        self.rate_date_follows = self.exchange_rate_date.date() == self._default_rate_date()

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
            edit.setDisplayFormat(_date_format())  # dates follow the interface language too
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
        self.rate_label.setText(self.tr("Exchange rate:"))
        self.rate_date_label.setText(self.tr("Rate date:"))
        self.retranslate_rate()

    def retranslate_rate(self) -> None:
        """``1 USD = [ ] EUR`` and the hint naming whose rate to use (ECB or ČNB)."""
        national = national_currency(self.seller_country) or ""
        self.rate_from.setText(f"1 {self.currency.currentText()} =")
        self.rate_to.setText(national)
        if national == "CZK":
            hint = self.tr(
                "The ČNB rate for the rate date: by default the date of supply, "
                "else the issue date."
            )
        else:
            hint = self.tr(
                "The ECB reference rate for the rate date: by default the date of supply, "
                "else the issue date."
            )
        for widget in (self.rate_label, self.rate_field, self.rate_date_label):
            widget.setToolTip(hint)
        self.exchange_rate_date.setToolTip(hint)
        self.exchange_rate.setAccessibleDescription(hint)
