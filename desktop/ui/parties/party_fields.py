"""Identity fields shared by the company profile and the client form, and how problems show.

Every input gets a ``FieldMessage`` under it, keyed by the record field it edits, so the
problems of ``services.parties`` (``company_problems``, ``client_problems``, and the
``InvalidInputError`` a save raises) land under the right field.  ``show_problems`` shows all
of them at once and answers False only for errors; warnings (a VAT code whose checksum fails,
an unusual company code) are shown but never block saving (INVOICE-RULES.md: warn rather than
block).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core import validation
from desktop.core.validation import Problem, Severity
from desktop.services.parties import PartyRecord
from desktop.ui.widgets.field_errors import FieldMessage

COUNTRIES = ("LT", "CZ", "")  # "" = another country, typed as a two-letter code


def show_problems(
    messages: Mapping[str, FieldMessage],
    problems: Mapping[str, Problem | None],
    elsewhere: FieldMessage,
) -> bool:
    """Show each problem under its field and clear the fields without one; True when nothing
    blocks saving.  A problem for a field the form has no message for goes to ``elsewhere``
    (the line above the buttons), so it is never silently dropped."""
    for key, message in messages.items():
        message.show_problem(problems.get(key))
    unplaced = [p for key, p in problems.items() if p is not None and key not in messages]
    elsewhere.show_problem(unplaced[0] if unplaced else None)
    return not any(p is not None and p.severity is Severity.ERROR for p in problems.values())


def field_cell(widget: QWidget | QHBoxLayout, message: FieldMessage) -> QVBoxLayout:
    cell = QVBoxLayout()
    cell.setSpacing(2)
    if isinstance(widget, QWidget):
        cell.addWidget(widget)
    else:
        cell.addLayout(widget)
    cell.addWidget(message)
    return cell


class PartyFields(QObject):
    """Name, address, country, codes, VAT-payer flag, phone and register line."""

    def __init__(self, prefix: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.prefix = prefix
        self.name = QLineEdit(objectName=f"{prefix}_name")
        self.name.setMaxLength(validation.MAX_NAME + 50)
        self.address = QPlainTextEdit(objectName=f"{prefix}_address")
        self.address.setFixedHeight(64)
        self.address.setTabChangesFocus(True)
        self.country = QComboBox(objectName=f"{prefix}_country")
        for code in COUNTRIES:
            self.country.addItem("", code)
        self.country_other = QLineEdit(objectName=f"{prefix}_country_other")
        self.country_other.setMaxLength(2)
        self.country_other.setMaximumWidth(60)
        self.company_code = QLineEdit(objectName=f"{prefix}_company_code")
        self.vat_code = QLineEdit(objectName=f"{prefix}_vat_code")
        self.vat_payer = QCheckBox(objectName=f"{prefix}_vat_payer")
        self.phone = QLineEdit(objectName=f"{prefix}_phone")
        self.register_line = QLineEdit(objectName=f"{prefix}_register_line")
        self.messages = {
            key: FieldMessage(getattr(self, key), parent)
            for key in ("name", "address", "company_code", "vat_code", "phone", "register_line")
        }
        # The country's problem (a code that is not two letters) shows under the typed code.
        self.messages["country"] = FieldMessage(self.country_other, parent)
        self.labels = {key: QLabel() for key in ("name", "address", "country", "company_code",
                                                 "vat_code", "phone", "register_line")}  # fmt: skip
        self.seller_kind = "company"  # the company form sets it; clients are companies here
        self.country.currentIndexChanged.connect(self._country_changed)
        self.country_other.textChanged.connect(self.show_examples)
        self._country_changed()

    def add_identity_rows(self, form: QFormLayout) -> None:
        country_row = QHBoxLayout()
        country_row.addWidget(self.country, 1)
        country_row.addWidget(self.country_other)
        rows: list[tuple[str, Any]] = [
            ("name", self.name),
            ("address", self.address),
            ("country", country_row),
            ("company_code", self.company_code),
            ("vat_code", self.vat_code),
        ]
        for key, widget in rows:
            message = self.messages.get(key)
            label = self.labels[key]
            if message is not None:
                form.addRow(label, field_cell(widget, message))
            elif isinstance(widget, QWidget):
                form.addRow(label, widget)
            else:
                form.addRow(label, widget)
            if isinstance(widget, QWidget):
                label.setBuddy(widget)
        form.addRow("", self.vat_payer)

    def add_contact_rows(self, form: QFormLayout) -> None:
        form.addRow(self.labels["phone"], field_cell(self.phone, self.messages["phone"]))
        form.addRow(
            self.labels["register_line"],
            field_cell(self.register_line, self.messages["register_line"]),
        )

    def _country_changed(self) -> None:
        self.country_other.setVisible(self.country.currentData() == "")
        self.show_examples()

    def show_examples(self) -> None:
        """Labels and placeholders for the chosen country and kind of seller: a Lithuanian
        form shows Lithuanian examples, an individual's number is its certificate's."""
        country, kind = self.country_code(), self.seller_kind
        code_label = self.tr("Company code:")
        if country == "LT" and kind == "individual":
            code_label = self.tr("Certificate No.:")
            code, register = self.tr("individualios veiklos pažymos Nr."), ""
        elif country == "LT" and kind == "business_licence":
            code_label = self.tr("Business licence No.:")
            code, register = self.tr("verslo liudijimo Nr."), ""
        elif country == "LT":
            code = self.tr("įmonės kodas, e.g. 305123456")
            register = self.tr("e.g. Įregistruota Juridinių asmenų registre")
        elif country == "CZ" and kind != "company":
            code = self.tr("IČO, e.g. 12345678")
            register = self.tr("e.g. Zapsán v živnostenském rejstříku")
        elif country == "CZ":
            code = self.tr("IČO, e.g. 27074358")
            register = self.tr("e.g. Zapsán v OR, oddíl C, vložka 12345")  # fits the field
        else:
            code, register = self.tr("registration number"), ""
        self.labels["company_code"].setText(code_label)
        self.company_code.setPlaceholderText(code)
        self.register_line.setPlaceholderText(register)
        examples = {"LT": self.tr("e.g. LT100012345617"), "CZ": self.tr("e.g. CZ27074358")}
        self.vat_code.setPlaceholderText(examples.get(country, self.tr("e.g. DE123456789")))

    def country_code(self) -> str:
        code = str(self.country.currentData() or "")
        return code if code else self.country_other.text().strip().upper()

    # -- values --------------------------------------------------------------------------
    def load(self, party: PartyRecord) -> None:
        self.name.setText(party.name)
        self.address.setPlainText(party.address)
        position = self.country.findData(party.country) if party.country in ("LT", "CZ") else 2
        self.country.setCurrentIndex(position)
        if position == 2:
            self.country_other.setText(party.country)
        self.company_code.setText(party.company_code)
        self.vat_code.setText(party.vat_code)
        self.vat_payer.setChecked(party.vat_payer)
        self.phone.setText(party.phone)
        self.register_line.setText(party.register_line)

    def apply(self, party: PartyRecord) -> None:
        """Copy the fields into ``party`` as the service will store them; an empty "other"
        country stays empty, so the form can say it is missing."""
        party.name = self.name.text().strip()
        party.address = self.address.toPlainText().strip()
        party.country = self.country_code()
        party.company_code = self.company_code.text().strip()
        party.vat_code = self.vat_code.text().strip().replace(" ", "").upper()
        party.vat_payer = self.vat_payer.isChecked()
        party.phone = self.phone.text().strip()
        party.register_line = self.register_line.text().strip()

    def retranslate(self) -> None:
        texts = {
            "name": self.tr("Name:"),
            "address": self.tr("Address:"),
            "country": self.tr("Country:"),
            "vat_code": self.tr("VAT code:"),
            "phone": self.tr("Phone:"),
            "register_line": self.tr("Register entry:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        for i, text in enumerate(
            (self.tr("Lithuania"), self.tr("Czech Republic"), self.tr("Other"))
        ):
            self.country.setItemText(i, text)
        self.country_other.setPlaceholderText(self.tr("PL"))
        self.vat_payer.setText(self.tr("VAT payer"))
        self.show_examples()
