"""Adding or editing one client: identity, e-mails, document language, payment terms, notes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core import validation
from desktop.storage.models import Client
from desktop.storage.parties import find_client_by_name, get_company
from desktop.ui.context import AppContext
from desktop.ui.invoices.header import DOCUMENT_LANGUAGES
from desktop.ui.parties.party_fields import PartyFields, field_cell
from desktop.ui.widgets.field_errors import FieldMessage


class ClientDialog(QDialog):
    def __init__(
        self, context: AppContext, client_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("client_dialog")
        self.context = context
        self.client_id = client_id
        self.party = PartyFields("client", self)
        self.emails = QLineEdit(objectName="client_emails")
        self.language = QComboBox(objectName="client_language")
        for code in DOCUMENT_LANGUAGES:
            self.language.addItem("", code)
        self.payment_days = QSpinBox(objectName="client_payment_days")
        self.payment_days.setRange(-1, 365)
        self.notes = QPlainTextEdit(objectName="client_notes")
        self.notes.setFixedHeight(70)
        self.notes.setTabChangesFocus(True)
        self.emails_message = FieldMessage(self.emails, self)
        self.save_button = QPushButton(objectName="client_save")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(objectName="client_cancel")
        self.labels = {key: QLabel() for key in ("emails", "language", "days", "notes")}

        self.identity_box, self.terms_box = QGroupBox(), QGroupBox()
        identity = QFormLayout(self.identity_box)
        self.party.add_identity_rows(identity)
        terms = QFormLayout(self.terms_box)
        terms.addRow(self.labels["emails"], field_cell(self.emails, self.emails_message))
        self.party.add_contact_rows(terms)
        terms.addRow(self.labels["language"], self.language)
        terms.addRow(self.labels["days"], self.payment_days)
        terms.addRow(self.labels["notes"], self.notes)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        columns = QHBoxLayout()
        columns.addWidget(self.identity_box, 1)
        columns.addWidget(self.terms_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addLayout(buttons)
        self.setMinimumWidth(820)

        self._load()
        self.retranslate()
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

    def _load(self) -> None:
        with self.context.db.session() as session:
            client = session.get(Client, self.client_id) if self.client_id else None
            if client is None:
                company = get_company(session)
                client = Client(
                    name="",
                    address="",
                    country=company.country,
                    company_code="",
                    vat_code="",
                    vat_payer=False,
                    phone="",
                    register_line="",
                    emails="",
                    language=company.document_language,
                    payment_days=None,
                    notes="",
                )
            self.party.load(client)
            self.emails.setText(client.emails)
            self.language.setCurrentIndex(max(0, self.language.findData(client.language)))
            self.payment_days.setValue(-1 if client.payment_days is None else client.payment_days)
            self.notes.setPlainText(client.notes)

    def validate(self) -> bool:
        name_problem = None
        with self.context.db.session() as session:
            same = find_client_by_name(session, self.party.name.text())
            if same is not None and same.id != self.client_id:
                name_problem = validation.Problem("client_exists", validation.Severity.WARNING)
        ok = self.party.validate(
            {"emails": (self.emails_message, validation.check_emails(self.emails.text()))}
        )
        if ok and name_problem is not None:
            self.party.messages["name"].show_problem(name_problem)
        return ok

    def save(self) -> bool:
        if not self.validate():
            return False
        with self.context.db.session() as session:
            client = session.get(Client, self.client_id) if self.client_id else None
            if client is None:
                client = Client()
                session.add(client)
            self.party.apply(client)
            client.emails = ", ".join(validation.split_emails(self.emails.text()))
            client.language = self.language.currentData() or "lt"
            days = self.payment_days.value()
            client.payment_days = None if days < 0 else days
            client.notes = self.notes.toPlainText().strip()
            session.commit()
            self.client_id = client.id
        self.context.events.clients_changed.emit()
        self.accept()
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New client") if self.client_id is None else self.tr("Client"))
        self.identity_box.setTitle(self.tr("Client"))
        self.terms_box.setTitle(self.tr("Contact and terms"))
        self.party.retranslate()
        self.labels["emails"].setText(self.tr("E-mails:"))
        self.labels["language"].setText(self.tr("Document language:"))
        self.labels["days"].setText(self.tr("Payment terms:"))
        self.labels["notes"].setText(self.tr("Notes:"))
        self.emails.setPlaceholderText(self.tr("one or more, separated by commas"))
        for i, text in enumerate((self.tr("English"), self.tr("Lithuanian"), self.tr("Czech"))):
            self.language.setItemText(i, text)
        self.payment_days.setSpecialValueText(self.tr("Company default"))
        self.payment_days.setSuffix(self.tr(" days"))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
