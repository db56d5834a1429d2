"""The company form's seller details that depend on the country: what kind of seller it is,
the Czech domestic account, and whether the DUZP prints when it equals the issue date.

A Lithuanian individual (individuali veikla pagal pažymą) or holder of a verslo liudijimas
has a certificate number where a company has its įmonės kodas; a Czech natural person (OSVČ)
writes "Nejsem plátce DPH".  The kind drives the identity labels and examples
(``PartyFields.show_examples``) and what the PDF prints.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.core.document import SELLER_KINDS
from desktop.core.payments import czech_account
from desktop.services.parties import CompanyProfile
from desktop.ui.parties.party_fields import PartyFields, field_cell
from desktop.ui.widgets.field_errors import FieldMessage


class SellerFields(QObject):
    def __init__(self, party: PartyFields, parent: QWidget) -> None:
        super().__init__(parent)
        self.party = party
        self.kind = QComboBox(objectName="company_seller_kind")
        for kind in SELLER_KINDS:
            self.kind.addItem("", kind)
        self.bank_account = QLineEdit(objectName="company_bank_account")
        self.bank_account.setMaxLength(40)
        self.supply_date_always = QCheckBox(objectName="company_supply_date_always")
        self.messages = {"bank_account": FieldMessage(self.bank_account, parent)}
        self.kind_label, self.account_label = QLabel(), QLabel()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        party.country.currentIndexChanged.connect(self._country_changed)
        party.country_other.textChanged.connect(self._country_changed)

    def add_kind_row(self, form: QFormLayout) -> None:
        form.insertRow(3, self.kind_label, self.kind)  # after name, address and country

    def add_bank_rows(self, form: QFormLayout, iban: QLineEdit) -> None:
        form.addRow(
            self.account_label, field_cell(self.bank_account, self.messages["bank_account"])
        )
        iban.textChanged.connect(self._suggest_account)

    def add_default_rows(self, form: QFormLayout) -> None:
        form.addRow("", self.supply_date_always)

    def _kind_changed(self) -> None:
        self.party.seller_kind = str(self.kind.currentData() or "company")
        self.party.show_examples()

    def _country_changed(self) -> None:
        czech = self.party.country_code() == "CZ"
        self.supply_date_always.setVisible(czech)
        self.bank_account.setEnabled(czech or bool(self.bank_account.text()))
        # A verslo liudijimas exists only in Lithuania.
        licence = self.kind.findData("business_licence")
        item = self.kind.model().item(licence)  # type: ignore[attr-defined]
        item.setEnabled(self.party.country_code() == "LT")

    def _suggest_account(self, iban: str) -> None:
        """The account inside a Czech IBAN, as the placeholder: typing it is not needed."""
        found = czech_account(iban)
        self.bank_account.setPlaceholderText(
            f"{found[0]}/{found[1]}" if found else self.tr("e.g. 19-2000145399/0800")
        )

    def load(self, company: CompanyProfile) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(company.seller_kind)))
        self.bank_account.setText(company.bank_account)
        self.supply_date_always.setChecked(company.supply_date_always)
        self._kind_changed()
        self._country_changed()
        self._suggest_account(company.iban)

    def apply(self, profile: CompanyProfile) -> None:
        profile.seller_kind = str(self.kind.currentData() or "company")
        profile.bank_account = " ".join(self.bank_account.text().split())
        profile.supply_date_always = self.supply_date_always.isChecked()

    def retranslate(self) -> None:
        self.kind_label.setText(self.tr("Seller:"))
        texts = (
            self.tr("A company"),
            self.tr("An individual (OSVČ; individuali veikla pagal pažymą)"),
            self.tr("A business licence (verslo liudijimas)"),
        )
        for index, text in enumerate(texts):
            self.kind.setItemText(index, text)
        self.account_label.setText(self.tr("Account number:"))
        self.bank_account.setToolTip(
            self.tr("The Czech account number and bank code printed beside the IBAN")
        )
        self.supply_date_always.setText(self.tr("Print the DUZP even when it is the issue date"))
