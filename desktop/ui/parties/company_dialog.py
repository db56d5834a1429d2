"""The seller's own company profile: identity, bank, contact and invoice defaults.

The defaults include the legal basis per special VAT treatment (reverse charge, exempt, 0 %),
shown for the treatments the seller's country offers to a VAT payer.

Problems show under each field, from the same rules the service saves with
(``services.parties.company_problems``); errors (no name, a broken IBAN or e-mail) block
saving, warnings (a VAT code with a wrong checksum) do not.  Should the service still refuse
the profile, its ``InvalidInputError`` lands under the same fields and nothing typed is lost.
A save over a newer profile (a colleague's app saved it since) asks ``company_conflict`` who
wins (``widgets.stale_question``: reload theirs, or keep mine).
The logo is copied into the data folder (``store_logo``) so the PDF never depends on a file
the user may move.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core import validation
from desktop.core.document import treatments_needing_basis
from desktop.core.errors import StaleError
from desktop.core.vat import rate_presets
from desktop.services.parties import CompanyProfile, InvalidInputError, company_problems
from desktop.ui.context import AppContext
from desktop.ui.parties.lookup_row import LookupRow
from desktop.ui.parties.party_fields import PartyFields, field_cell, show_problems
from desktop.ui.parties.seller_fields import SellerFields
from desktop.ui.widgets.choices import CURRENCIES, DOCUMENT_LANGUAGES
from desktop.ui.widgets.day_count import show_day_count
from desktop.ui.widgets.field_errors import FieldMessage
from desktop.ui.widgets.legal_basis_fields import LegalBasisFields
from desktop.ui.widgets.stale_question import StaleQuestion


class CompanyDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("company_dialog")
        self.context = context
        self.party = PartyFields("company", self)
        self.seller = SellerFields(self.party, self)
        self.lookups = LookupRow(context, self.party, self)
        self.email = QLineEdit(objectName="company_email")
        self.iban = QLineEdit(objectName="company_iban")
        self.bank = QLineEdit(objectName="company_bank")
        self.bic = QLineEdit(objectName="company_bic")
        self.bic.setMaxLength(11)
        self.currency = QComboBox(objectName="company_currency")
        self.currency.addItems(list(CURRENCIES))
        self.language = QComboBox(objectName="company_language")
        for code in DOCUMENT_LANGUAGES:
            self.language.addItem("", code)
        self.payment_days = QSpinBox(objectName="company_payment_days")
        self.payment_days.setRange(0, 365)
        self.prices_include_vat = QCheckBox(objectName="company_prices_include_vat")
        self.logo_preview = QLabel(objectName="company_logo_preview")
        self.logo_preview.setFixedSize(160, 64)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px dashed #b8c2cc; color: #7a8594;")
        self.logo_choose = QPushButton(objectName="company_logo_choose")
        self.logo_clear = QPushButton(objectName="company_logo_clear")
        self.save_button = QPushButton(objectName="company_save")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(objectName="company_cancel")
        self.messages = (
            self.party.messages
            | self.seller.messages
            | {
                "email": FieldMessage(self.email, self),
                "iban": FieldMessage(self.iban, self),
                "bic": FieldMessage(self.bic, self),
            }
        )
        self.message = FieldMessage(None, self)  # what no single field is to blame for
        self.message.setObjectName("company_message")
        self.labels = {
            key: QLabel()
            for key in ("email", "iban", "bank", "bic", "currency", "language", "days", "logo")
        }
        self.legal_basis = LegalBasisFields("company", self)
        self._logo_path = ""
        self._build()
        self._load()
        self.conflict = StaleQuestion(self, "company_conflict", self._keep_mine, self._load)
        self.retranslate()
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.logo_choose.clicked.connect(self.choose_logo)
        self.logo_clear.clicked.connect(lambda: self.set_logo(""))
        self.party.country.currentIndexChanged.connect(self._show_legal_basis)
        self.party.country_other.textChanged.connect(self._show_legal_basis)
        self.party.vat_payer.toggled.connect(self._show_legal_basis)
        self._show_legal_basis()
        for changed in (
            self.party.country.currentIndexChanged,
            self.party.country_other.textChanged,
            self.party.register_line.textChanged,
        ):
            changed.connect(self._check_register_line)
        self._check_register_line()

    def _check_register_line(self) -> None:
        """A Czech seller without its register entry is warned while the form is open: a
        warning at saving would vanish with the dialog."""
        problem = validation.check_register_line(
            self.party.register_line.text(), self.party.country_code()
        )
        self.messages["register_line"].show_problem(problem)

    def _build(self) -> None:
        self.identity_box, self.bank_box, self.defaults_box = QGroupBox(), QGroupBox(), QGroupBox()
        self.basis_box = QGroupBox(objectName="company_basis_box")
        basis = QVBoxLayout(self.basis_box)
        basis.addWidget(self.legal_basis)
        identity = QFormLayout(self.identity_box)
        self.party.add_identity_rows(identity)
        self.seller.add_kind_row(identity)
        identity.addRow("", self.lookups.layout())
        bank = QFormLayout(self.bank_box)
        bank.addRow(self.labels["email"], field_cell(self.email, self.messages["email"]))
        self.party.add_contact_rows(bank)
        bank.addRow(self.labels["iban"], field_cell(self.iban, self.messages["iban"]))
        bank.addRow(self.labels["bank"], self.bank)
        bank.addRow(self.labels["bic"], field_cell(self.bic, self.messages["bic"]))
        self.seller.add_bank_rows(bank, self.iban)
        defaults = QFormLayout(self.defaults_box)
        defaults.addRow(self.labels["currency"], self.currency)
        defaults.addRow(self.labels["language"], self.language)
        defaults.addRow(self.labels["days"], self.payment_days)
        defaults.addRow("", self.prices_include_vat)
        self.seller.add_default_rows(defaults)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.logo_choose)
        logo_buttons.addWidget(self.logo_clear)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        defaults.addRow(self.labels["logo"], logo_row)
        for form in (identity, bank, defaults):
            form.setVerticalSpacing(6)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.identity_box)
        left.addWidget(self.basis_box)
        left.addStretch(1)
        right.addWidget(self.bank_box)
        right.addWidget(self.defaults_box)
        right.addStretch(1)
        grid = QHBoxLayout()
        grid.setSpacing(14)
        grid.addLayout(left, 1)
        grid.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(860)

    def _load(self) -> None:
        self._loaded = company = self.context.services.parties.company()
        self.party.load(company)
        self.email.setText(company.email)
        self.iban.setText(company.iban)
        self.bank.setText(company.bank_name)
        self.bic.setText(company.bic)
        self.currency.setCurrentIndex(max(0, self.currency.findText(company.default_currency)))
        self.language.setCurrentIndex(max(0, self.language.findData(company.document_language)))
        self.payment_days.setValue(company.payment_days)
        self.prices_include_vat.setChecked(company.prices_include_vat)
        self.set_logo(company.logo_path)
        self.legal_basis.load(company.legal_basis)
        self.seller.load(company)

    def _show_legal_basis(self) -> None:
        """Defaults for the special treatments the seller's country offers (CZ has no 0 %)."""
        presets = rate_presets(self.party.country_code(), self.party.vat_payer.isChecked())
        treatments = treatments_needing_basis(rate.key for rate in presets)
        self.legal_basis.show_treatments(treatments)
        self.basis_box.setVisible(bool(treatments))

    # -- logo ----------------------------------------------------------------------------
    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), str(Path.home()), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.set_logo(path)

    def set_logo(self, path: str) -> None:
        self._logo_path = path
        pixmap = QPixmap(path) if path else QPixmap()
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo") if not path else Path(path).name)
        else:
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    self.logo_preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.logo_clear.setEnabled(bool(path))

    # -- saving --------------------------------------------------------------------------
    def profile(self) -> CompanyProfile:
        """The form's values, on a copy of the profile it loaded (the logo as chosen)."""
        profile = replace(self._loaded, legal_basis=self.legal_basis.values())
        self.party.apply(profile)
        profile.email = self.email.text().strip()
        profile.iban = validation.normalize_iban(self.iban.text())
        profile.bank_name = self.bank.text().strip()
        profile.bic = self.bic.text().strip().replace(" ", "").upper()
        profile.default_currency = self.currency.currentText()
        profile.document_language = self.language.currentData() or "lt"
        profile.payment_days = self.payment_days.value()
        profile.prices_include_vat = self.prices_include_vat.isChecked()
        profile.logo_path = self._logo_path
        self.seller.apply(profile)
        return profile

    def validate(self) -> bool:
        return show_problems(self.messages, company_problems(self.profile()), self.message)

    def save(self) -> bool:
        profile = self.profile()
        problems = company_problems(profile)
        if not show_problems(self.messages, problems, self.message):
            return False
        parties = self.context.services.parties
        try:
            profile.logo_path = (
                parties.store_logo(Path(profile.logo_path)) if profile.logo_path else ""
            )
        except OSError as exc:
            self.logo_preview.setText(exc.strerror or str(exc))
            return False
        try:
            parties.save_company(profile)
        except InvalidInputError as refused:  # the service's rules are the last word
            show_problems(self.messages, problems | refused.problems, self.message)
            return False
        except StaleError as stale:  # saved elsewhere since: the user chooses, nothing is lost
            self.conflict.ask(stale)
            return False
        self._loaded = profile
        self.context.events.company_changed.emit()
        self.context.events.status_message.emit(self.tr("Company profile saved."))
        self.accept()
        return True

    def _keep_mine(self, version: int) -> None:
        self._loaded = replace(self._loaded, version=version)  # over theirs, knowingly
        self.save()

    # -- texts ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Company profile"))
        self.identity_box.setTitle(self.tr("Your company"))
        self.bank_box.setTitle(self.tr("Contact and bank"))
        self.defaults_box.setTitle(self.tr("Invoice defaults"))
        self.basis_box.setTitle(self.tr("Legal basis of the VAT treatment"))
        self.basis_box.setToolTip(  # a wrapped hint in the box squeezed the fields below it
            self.tr(
                "Printed on invoices with exempt, 0 % or reverse-charge lines. New invoices "
                "start from these texts; each invoice can change its own."
            )
        )
        self.party.retranslate()
        self.seller.retranslate()
        self.lookups.retranslate()
        texts = {
            "email": self.tr("E-mail:"),
            "iban": self.tr("IBAN:"),
            "bank": self.tr("Bank:"),
            "bic": self.tr("BIC / SWIFT:"),
            "currency": self.tr("Currency:"),
            "language": self.tr("Document language:"),
            "days": self.tr("Payment terms:"),
            "logo": self.tr("Logo:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        for i, text in enumerate((self.tr("English"), self.tr("Lithuanian"), self.tr("Czech"))):
            self.language.setItemText(i, text)
        show_day_count(self.payment_days)  # "1 den", "5 dní"
        self.prices_include_vat.setText(self.tr("Prices include VAT"))
        self.iban.setPlaceholderText(self.tr("LT12 1000 0111 0100 1000"))
        self.logo_choose.setText(self.tr("Choose…"))
        self.logo_clear.setText(self.tr("Remove"))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.set_logo(self._logo_path)
