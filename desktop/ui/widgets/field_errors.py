"""Messages shown right next to the field they are about, never as a traceback.

``FieldMessage`` is a small label placed under (or beside) an input; ``show_problem`` colours
the input's frame and the label by severity (errors block saving, warnings only inform).
``problem_text`` turns the stable codes of ``desktop.core.validation`` and
``storage.invoices.IssueError`` into translated sentences, in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from desktop.core import limits
from desktop.core.validation import (
    MAX_DESCRIPTION,
    MAX_EXCHANGE_RATE,
    MAX_NAME,
    Problem,
    Severity,
)
from desktop.ui.widgets.formatting import format_number

ERROR_COLOUR = "#b3261e"
WARNING_COLOUR = "#8a5a00"

_CONTEXT = "FieldErrors"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def problem_text(code: str) -> str:
    """Translated sentence for a validation or issue code; unknown codes get a generic text."""
    texts = {
        "required": _t("This field is required."),
        "too_long": _t("This text is too long (at most %1 characters)."),
        "description_too_long": _t(
            "The description is too long: %2 characters, at most %1 are allowed."
        ).replace("%1", str(MAX_DESCRIPTION)),
        "email_invalid": _t("This does not look like an e-mail address (name@example.com)."),
        "vat_checksum": _t("The VAT code's check digits do not match. Please check it."),
        "vat_invalid": _t("This does not look like an EU VAT code (e.g. LT123456789, CZ12345678)."),
        "iban_invalid": _t(
            "This IBAN is not valid; check the digits (e.g. LT12 1000 0111 0100 1000)."
        ),
        "ico_invalid": _t("A Czech IČO has 8 digits with a valid check digit."),
        "company_code_invalid": _t("A Lithuanian company code has 7 or 9 digits."),
        "bic_invalid": _t("A BIC has 8 or 11 letters and digits, e.g. HABALT22."),
        "bank_account_invalid": _t(
            "This does not look like a Czech account number (e.g. 19-2000145399/0800)."
        ),
        "register_line_missing": _t(
            "Czech invoices name the register entry, e.g. “Zapsán v obchodním rejstříku "
            "vedeném Městským soudem v Praze, oddíl C, vložka 12345”."
        ),
        "client_exists": _t("A client with this name already exists."),
        "country_invalid": _t("Enter a two-letter country code, e.g. PL or DE."),
        "not_a_number": _t("“%1” is not a number. Use digits, e.g. 1 234,50."),
        "negative_quantity": _t(
            "The quantity cannot be negative on an invoice; create a credit note instead."
        ),
        "discount_range": _t("The discount must be between 0 and 100 %."),
        "discount_too_precise": _t("Use at most 2 decimal places in the discount."),
        "quantity_too_large": _t("The quantity is too large: at most %1.").replace(
            "%1", format_number(limits.MAX_QUANTITY, limits.QUANTITY_PLACES)
        ),
        "quantity_too_precise": _t("Use at most 4 decimal places in the quantity."),
        "price_too_large": _t("The unit price is too large: at most %1.").replace(
            "%1", format_number(limits.MAX_UNIT_PRICE, limits.PRICE_PLACES)
        ),
        "price_too_precise": _t("Use at most 4 decimal places in the unit price."),
        "line_total_too_large": _t(
            "The line total would be too large: a line may come to at most %1 with VAT."
        ).replace("%1", format_number(limits.MAX_TOTAL)),
        "invoice_total_too_large": _t(
            "The invoice total would be too large: all lines together may come to at most %1 "
            "with VAT."
        ).replace("%1", format_number(limits.MAX_TOTAL)),
        "negative_total": _t(
            "The total is negative, so this cannot be issued as an invoice. To give money "
            "back, create a credit note from the invoice you are correcting."
        ),
        "vat_rate": _t("Choose one of the VAT rates in the list."),
        "company_missing": _t("Fill in your company profile before issuing an invoice."),
        "no_client": _t("Choose or create a client before issuing."),
        "no_lines": _t("Add at least one line before issuing."),
        "empty_description": _t("Every line needs a description before issuing."),
        "credit_needs_issued_invoice": _t("A credit note can only correct an issued invoice."),
        "cells_invalid": _t("Some cells are marked red; fix them first."),
        "fields_invalid": _t("Some fields are marked red; fix them first."),
        "rate_not_positive": _t("The exchange rate must be greater than zero."),
        "rate_too_precise": _t("Use at most 6 decimal places in the exchange rate."),
        "rate_too_large": _t("The exchange rate is too large: at most %1.").replace(
            "%1", format_number(MAX_EXCHANGE_RATE, 0)
        ),
        "exchange_rate_missing": _t("Enter the exchange rate: the VAT must also be stated in %1."),
    }
    return texts.get(code, _t("This value is not valid."))


def cell_message(problem: Problem, typed: str) -> str:
    """A line cell's sentence: the limits are in the text already, the typed value is not."""
    message = problem_text(problem.code)
    if problem.code == "too_long":
        return message.replace("%1", str(limits.MAX_UNIT))
    if problem.code == "description_too_long":
        return message.replace("%2", str(len(typed)))
    return message.replace("%1", typed)


def describe(problem: Problem, value: str = "") -> str:
    if problem.code == "too_long" and not value:
        value = str(problem.limit or MAX_NAME)
    return problem_text(problem.code).replace("%1", value)


class FieldMessage(QLabel):
    """The line of text under a field; hidden while there is nothing to say."""

    def __init__(self, field: QWidget | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName("field message")
        self.hide()
        if field is not None and field.objectName():
            self.setObjectName(field.objectName() + "_message")

    @property
    def severity(self) -> Severity | None:
        value = self.property("severity")
        return Severity(value) if value else None

    def _make_room(self) -> None:
        """A wrapped message needs more height than the form had; let the dialog grow."""
        window = self.window()
        if window is not None and window.isWindow() and window is not self:
            layout = window.layout()
            if layout is not None:
                layout.activate()
            hint = window.sizeHint()
            if hint.height() > window.height() or hint.width() > window.width():
                window.resize(
                    max(hint.width(), window.width()), max(hint.height(), window.height())
                )

    def show_message(self, text: str, severity: Severity = Severity.ERROR) -> None:
        colour = ERROR_COLOUR if severity is Severity.ERROR else WARNING_COLOUR
        self.setText(text)
        self.setProperty("severity", severity.value)
        self.setStyleSheet(f"color: {colour}; font-size: 9pt;")
        if self._field is not None:
            self._field.setProperty("invalid", severity.value)
            self._field.setToolTip(text)
            self._field.setStyleSheet(f"border: 1px solid {colour};")
        self.show()
        if isinstance(self.window(), QDialog):
            self._make_room()

    def show_problem(self, problem: Problem | None, value: str = "") -> None:
        if problem is None:
            self.clear_message()
        else:
            self.show_message(describe(problem, value), problem.severity)

    def clear_message(self) -> None:
        self.setText("")
        self.setProperty("severity", "")
        if self._field is not None:
            self._field.setProperty("invalid", "")
            self._field.setToolTip("")
            self._field.setStyleSheet("")
        self.hide()

    def is_blocking(self) -> bool:
        return bool(self.text()) and self.severity is Severity.ERROR
