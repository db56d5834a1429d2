# ruff: noqa: E501 - one sentence per line reads better for translators than split strings
"""The SMTP form's "Copy to Sent" part: after sending, the same message goes to the
mailbox's Sent folder over IMAP, so the user's own mail shows what the client received.

Opt-in; a preset that knows its IMAP server fills it and ticks the box for a new account.
The login is the SMTP one (user name and password, or the same OAuth2 sign-in).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.mail.providers import IMAP_PORT, imap_server
from desktop.mail.settings import ENCRYPTIONS, Encryption, SmtpSettings
from desktop.ui.mail.smtp_texts import show_field_errors
from desktop.ui.widgets.field_errors import FieldMessage

IMAP_FIELDS = ("imap_host", "imap_port", "imap_encryption", "imap_folder")


class SmtpImapFields(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.copy = QCheckBox(objectName="smtp_imap_copy")
        self.host = QLineEdit(objectName="smtp_imap_host")
        self.port = QSpinBox(objectName="smtp_imap_port")
        self.port.setRange(1, 65535)
        self.port.setValue(IMAP_PORT)
        self.port.setMaximumWidth(110)
        self.encryption = QComboBox(objectName="smtp_imap_encryption")
        for enc in ENCRYPTIONS:
            self.encryption.addItem("", enc)
        self.folder = QLineEdit(objectName="smtp_imap_folder")
        self.group = QWidget()
        self.labels: dict[str, QLabel] = {}
        self.messages: dict[str, FieldMessage] = {}
        inputs: dict[str, QWidget] = {"imap_host": self.host, "imap_port": self.port,
                                      "imap_encryption": self.encryption, "imap_folder": self.folder}  # fmt: skip
        form = QFormLayout(self.group)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in IMAP_FIELDS:
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(inputs[name])
            message = FieldMessage(inputs[name], self)
            cell.addWidget(message)
            self.messages[name] = message
            label = QLabel()
            label.setBuddy(inputs[name])
            self.labels[name] = label
            form.addRow(label, cell)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.copy)
        layout.addWidget(self.group)
        self.copy.toggled.connect(self.group.setVisible)
        self.group.setVisible(False)
        self.retranslate()

    def apply_preset(self, preset_id: str, *, new_account: bool) -> None:
        """Fill the preset's IMAP server; a new account starts with the copy on when known."""
        host = imap_server(preset_id)
        if host:
            self.host.setText(host)
            self.port.setValue(IMAP_PORT)
            self.encryption.setCurrentIndex(self.encryption.findData("ssl"))
        if new_account:
            self.copy.setChecked(bool(host))

    def apply(self, settings: SmtpSettings) -> SmtpSettings:
        value = str(self.encryption.currentData())
        encryption: Encryption = value if value in ENCRYPTIONS else "ssl"  # type: ignore[assignment]
        return dataclasses.replace(
            settings,
            imap_copy=self.copy.isChecked(),
            imap_host=self.host.text().strip(),
            imap_port=self.port.value(),
            imap_encryption=encryption,
            imap_folder=self.folder.text().strip(),
        )

    def load(self, settings: SmtpSettings) -> None:
        self.host.setText(settings.imap_host)
        self.port.setValue(settings.imap_port)
        self.encryption.setCurrentIndex(max(self.encryption.findData(settings.imap_encryption), 0))
        self.folder.setText(settings.imap_folder)
        self.copy.setChecked(settings.imap_copy)

    def show_errors(self, errors: dict[str, str]) -> None:
        show_field_errors(self.messages, errors)

    def first_error(self, errors: dict[str, str]) -> QWidget | None:
        widgets: dict[str, QWidget] = {"imap_host": self.host, "imap_port": self.port,
                                       "imap_encryption": self.encryption, "imap_folder": self.folder}  # fmt: skip
        return next((widgets[n] for n in IMAP_FIELDS if n in errors), None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.copy.setText(self.tr("Copy sent messages to the Sent folder (IMAP)"))
        texts = {"imap_host": self.tr("IMAP server:"), "imap_port": self.tr("IMAP port:"),
                 "imap_encryption": self.tr("IMAP encryption:"), "imap_folder": self.tr("Folder:")}  # fmt: skip
        for name, text in texts.items():
            self.labels[name].setText(text)
        labels = {"ssl": self.tr("SSL/TLS"), "starttls": self.tr("STARTTLS"),
                  "none": self.tr("None (unencrypted)")}  # fmt: skip
        for enc, text in labels.items():
            self.encryption.setItemText(self.encryption.findData(enc), text)
        self.host.setPlaceholderText(self.tr("e.g. imap.example.com"))
        self.folder.setPlaceholderText(
            self.tr("Sent (used only when the server marks no Sent folder)")
        )
