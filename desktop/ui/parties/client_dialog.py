"""Adding or editing one client: identity, e-mails, document language, payment terms, notes.

The form shows the problems ``services.parties.client_problems`` finds, under each field;
a name another client already has is only a warning (two branches of one firm may share
it).  Two dialogs (or two apps on shared books) editing the same client never silently
overwrite each other: a save over a newer one asks ``client_conflict`` who wins
(``widgets.stale_question``: reload theirs, or keep mine).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
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

from desktop.core.errors import StaleError
from desktop.core.validation import Problem, Severity, attaches_isdoc
from desktop.services.parties import ClientRecord, InvalidInputError, client_problems
from desktop.ui.context import AppContext
from desktop.ui.parties.lookup_row import LookupRow
from desktop.ui.parties.party_fields import PartyFields, field_cell, show_problems
from desktop.ui.widgets.choices import DOCUMENT_LANGUAGES
from desktop.ui.widgets.day_count import show_day_count
from desktop.ui.widgets.field_errors import FieldMessage
from desktop.ui.widgets.stale_question import StaleQuestion


class ClientDialog(QDialog):
    def __init__(
        self, context: AppContext, client_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("client_dialog")
        self.context = context
        self.client_id = client_id
        self.party = PartyFields("client", self)
        self.lookups = LookupRow(context, self.party, self)
        self.emails = QLineEdit(objectName="client_emails")
        self.language = QComboBox(objectName="client_language")
        for code in DOCUMENT_LANGUAGES:
            self.language.addItem("", code)
        self.payment_days = QSpinBox(objectName="client_payment_days")
        self.payment_days.setRange(-1, 365)
        # The ISDOC e-invoice next to the PDF in invoice e-mails (on by default for Czech
        # clients); untouched, it follows the country chosen above.
        self.attach_isdoc = QCheckBox(objectName="client_attach_isdoc")
        self.notes = QPlainTextEdit(objectName="client_notes")
        self.notes.setFixedHeight(70)
        self.notes.setTabChangesFocus(True)
        self.emails_message = FieldMessage(self.emails, self)
        self.messages = self.party.messages | {"emails": self.emails_message}
        self.message = FieldMessage(None, self)  # what no single field is to blame for
        self.message.setObjectName("client_message")
        self.save_button = QPushButton(objectName="client_save")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(objectName="client_cancel")
        self.labels = {key: QLabel() for key in ("emails", "language", "days", "notes")}

        self.identity_box, self.terms_box = QGroupBox(), QGroupBox()
        identity = QFormLayout(self.identity_box)
        self.party.add_identity_rows(identity)
        identity.addRow("", self.lookups.layout())
        terms = QFormLayout(self.terms_box)
        terms.addRow(self.labels["emails"], field_cell(self.emails, self.emails_message))
        self.party.add_contact_rows(terms)
        terms.addRow(self.labels["language"], self.language)
        terms.addRow(self.labels["days"], self.payment_days)
        terms.addRow("", self.attach_isdoc)
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
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(820)

        self._load()
        self.conflict = StaleQuestion(self, "client_conflict", self._keep_mine, self._load)
        self.retranslate()
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.attach_isdoc.clicked.connect(self._isdoc_chosen)
        self.party.country.currentIndexChanged.connect(self._follow_country)
        self.party.country_other.textChanged.connect(self._follow_country)

    def _isdoc_chosen(self) -> None:
        self._isdoc_choice = self.attach_isdoc.isChecked()

    def _follow_country(self) -> None:
        country = self.party.country_code()
        self.attach_isdoc.setChecked(attaches_isdoc(country, self._isdoc_choice))

    def _load(self) -> None:
        parties = self.context.services.parties
        client = parties.client(self.client_id) if self.client_id else parties.new_client()
        self._loaded = client
        self.party.load(client)
        self.emails.setText(client.emails)
        self.language.setCurrentIndex(max(0, self.language.findData(client.language)))
        self.payment_days.setValue(-1 if client.payment_days is None else client.payment_days)
        self.notes.setPlainText(client.notes)
        self._isdoc_choice = client.attach_isdoc
        if client.vies_checked_on is not None:
            day = client.vies_checked_on.isoformat()
            text = (
                self.tr("Last checked in VIES on %1: valid.")
                if client.vies_valid
                else self.tr("Last checked in VIES on %1: not valid.")
            )
            self.lookups.status.setText(text.replace("%1", day))
        self.attach_isdoc.setChecked(attaches_isdoc(client.country, client.attach_isdoc))

    def record(self) -> ClientRecord:
        """The form's values, on a copy of the client it loaded (its id, archived flag)."""
        record = replace(self._loaded)
        self.party.apply(record)
        record.emails = self.emails.text()
        record.language = self.language.currentData() or "lt"
        days = self.payment_days.value()
        record.payment_days = None if days < 0 else days
        record.notes = self.notes.toPlainText().strip()
        record.attach_isdoc = self._isdoc_choice  # None while the user has not chosen
        check = self.lookups.last_check
        if check is not None and check.vat_code == record.vat_code:  # the date of the check
            record.vies_checked_on, record.vies_valid = check.checked_on, check.valid
        return record

    def problems(self, record: ClientRecord) -> dict[str, Problem | None]:
        """The service's problems, plus a warning when another client has the same name."""
        problems = client_problems(record)
        if problems.get("name") is None and record.name:
            same = self.context.services.parties.find_client(record.name)
            if same is not None and same.id != record.id:
                problems["name"] = Problem("client_exists", Severity.WARNING)
        return problems

    def validate(self) -> bool:
        return show_problems(self.messages, self.problems(self.record()), self.message)

    def save(self) -> bool:
        record = self.record()
        problems = self.problems(record)
        if not show_problems(self.messages, problems, self.message):
            return False
        try:
            self.client_id = self.context.services.parties.save_client(record)
        except InvalidInputError as refused:  # the service's rules are the last word
            show_problems(self.messages, problems | refused.problems, self.message)
            return False
        except StaleError as stale:  # saved elsewhere since: the user chooses, nothing is lost
            self.conflict.ask(stale)
            return False
        self._loaded = record
        self.context.events.clients_changed.emit()
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
        self.setWindowTitle(self.tr("New client") if self.client_id is None else self.tr("Client"))
        self.identity_box.setTitle(self.tr("Client"))
        self.terms_box.setTitle(self.tr("Contact and terms"))
        self.party.retranslate()
        self.lookups.retranslate()
        self.labels["emails"].setText(self.tr("E-mails:"))
        self.labels["language"].setText(self.tr("Document language:"))
        self.labels["days"].setText(self.tr("Payment terms:"))
        self.labels["notes"].setText(self.tr("Notes:"))
        self.attach_isdoc.setText(self.tr("Attach the ISDOC e-invoice to invoice e-mails"))
        self.attach_isdoc.setToolTip(
            self.tr(
                "ISDOC is the Czech e-invoice that accounting programs such as Pohoda, Money S3 "
                "and iDoklad import; it is sent next to the PDF."
            )
        )
        self.emails.setPlaceholderText(self.tr("one or more, separated by commas"))
        for i, text in enumerate((self.tr("English"), self.tr("Lithuanian"), self.tr("Czech"))):
            self.language.setItemText(i, text)
        self.payment_days.setSpecialValueText(self.tr("Company default"))
        show_day_count(self.payment_days)  # "1 den", "5 dní"
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
