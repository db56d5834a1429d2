"""The header's exchange-rate rows: ``1 USD = [ ] EUR`` and the rate's date.

Shown only for an invoice in another currency than the seller's national one
(``core.validation.needs_exchange_rate``).  The typed rate is checked as it is typed (the reason
shows under the field); its date follows the supply date, else the issue date, until the user
picks another day.  ``InvoiceHeader`` builds on this class and owns the other fields.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.core.validation import Problem, national_currency, parse_exchange_rate
from desktop.ui.invoices.date_fields import date_edit
from desktop.ui.widgets.field_errors import FieldMessage
from desktop.ui.widgets.formatting import ui_language


def rate_text(value: Decimal | None) -> str:
    """A rate as the user would retype it: every published place, the UI's decimal mark."""
    if value is None:
        return ""
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text if ui_language() == "en" else text.replace(".", ",")


class ExchangeRateRows(QWidget):
    changed = Signal()
    # The header's own fields the rate depends on.
    currency: QComboBox
    issue_date: QDateEdit
    supply_date: QDateEdit
    supply_enabled: QCheckBox

    def _build_rate(self) -> None:
        self.seller_country, self.seller_vat_payer = "", False
        self.exchange_rate = QLineEdit(objectName="invoice_exchange_rate")
        self.exchange_rate.setMaxLength(20)
        self.exchange_rate.setMinimumWidth(72)
        self.exchange_rate.setMaximumWidth(96)  # ČNB and ECB publish at most 6 digits
        self.exchange_rate.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.exchange_rate_date = date_edit("invoice_exchange_rate_date")
        self.rate_value: Decimal | None = None  # the last valid rate typed
        self.rate_date_follows = True  # the rate's day follows the supply/issue date
        # Currency codes are data, not words to translate ("1 USD =", "EUR").
        self.rate_from = QLabel(objectName="invoice_rate_currency")
        self.rate_to = QLabel(objectName="invoice_rate_national")
        self.rate_message = FieldMessage(self.exchange_rate)

    def _add_rate_rows(self, form: QFormLayout) -> None:
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
        form.addRow(self.rate_label, self.rate_field)
        form.addRow(self.rate_message)  # the box's full width: a sentence fits in two lines
        form.addRow(self.rate_date_label, self.exchange_rate_date)
        self.rate_form = form

    def _connect_rate(self) -> None:
        self.exchange_rate.textEdited.connect(self.changed)
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
        self.rate_form.setRowVisible(self.rate_field, visible)
        self.rate_form.setRowVisible(self.exchange_rate_date, visible)
        self.rate_form.setRowVisible(self.rate_message, visible)
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

    def retranslate_rate(self) -> None:
        """``1 USD = [ ] EUR`` and the hint naming whose rate to use (ECB or ČNB)."""
        national = national_currency(self.seller_country) or ""
        self.rate_from.setText(f"1 {self.currency.currentText()} =")
        self.rate_to.setText(national)
        self.rate_label.setText(self.tr("Exchange rate:"))
        self.rate_date_label.setText(self.tr("Rate date:"))
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
