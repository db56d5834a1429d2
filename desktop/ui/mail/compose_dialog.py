"""The e-mail compose dialog: recipients, subject and body from the template, the PDF attached.

"Send" builds the message and writes it, with its exact bytes, to the outbox; the mailer
thread sends it, so the dialog closes at once even when the network is slow or down.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.mail import templates
from desktop.mail.compose import (
    HeaderInjectionError,
    InvalidAddressError,
    build_message,
    is_valid_address,
)
from desktop.mail.outbox_queue import queue_message
from desktop.mail.settings import SmtpSettings
from desktop.storage import invoices
from desktop.storage.models import Client, Invoice
from desktop.ui.context import AppContext

log = logging.getLogger(__name__)

_SPLIT = re.compile(r"[,;\s]+")


def split_addresses(text: str) -> list[str]:
    return [a for a in _SPLIT.split(text.strip()) if a]


def client_addresses(context: AppContext, invoice_id: int) -> list[str]:
    """The client's current e-mail addresses, else the ones in the issued snapshot."""
    with context.db.session() as session:
        inv = session.get(Invoice, invoice_id)
        if inv is None:
            return []
        client = session.get(Client, inv.client_id) if inv.client_id else None
        raw = client.emails if client is not None else (inv.buyer_snapshot or {}).get("email", "")
    return split_addresses(str(raw or ""))


class ComposeDialog(QDialog):
    queued = Signal(object)  # OutboxEntry

    def __init__(
        self,
        context: AppContext,
        invoice_id: int,
        pdf_path: Path,
        settings: SmtpSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compose_dialog")
        self.context = context
        self.invoice_id = invoice_id
        self.pdf_path = pdf_path
        self.settings = settings
        with context.db.session() as session:
            doc = invoices.to_document(session, invoice_id)
            filled = templates.render(
                templates.load(session, doc.language), templates.values_for(doc)
            )
        self.number = doc.number or ""
        self.language = doc.language

        self.from_label = QLabel(objectName="compose_from")
        self.to = QLineEdit(
            ", ".join(client_addresses(context, invoice_id)), objectName="compose_to"
        )
        self.cc = QLineEdit(objectName="compose_cc")
        self.bcc = QLineEdit(objectName="compose_bcc")
        self.subject = QLineEdit(filled.subject, objectName="compose_subject")
        self.body = QPlainTextEdit(filled.body, objectName="compose_body")
        self.body.setTabChangesFocus(True)
        self.attachment = QLabel(objectName="compose_attachment")
        self.error = QLabel(objectName="compose_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        self.send_button = QPushButton(objectName="compose_send")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.button_box.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.button_box.rejected.connect(self.reject)
        self.save_template_button = QPushButton(objectName="compose_save_template")
        self.save_template_button.setAutoDefault(False)
        self.save_template_button.clicked.connect(self.save_template)
        self.button_box.addButton(self.save_template_button, QDialogButtonBox.ButtonRole.ResetRole)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [QLabel() for _ in range(6)]
        for label, field in zip(
            self.labels,
            (self.from_label, self.to, self.cc, self.bcc, self.subject, self.attachment),
            strict=True,
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.button_box)
        self.resize(640, 520)
        self.retranslate()
        self.to.setFocus()

    # -- sending ---------------------------------------------------------------------------
    def _check(self) -> tuple[list[str], list[str], list[str]] | None:
        fields = {"to": self.to, "cc": self.cc, "bcc": self.bcc}
        values: dict[str, list[str]] = {}
        for name, field in fields.items():
            addresses = split_addresses(field.text())
            bad = [a for a in addresses if not is_valid_address(a)]
            field.setProperty("invalid", bool(bad))
            if bad:
                self._fail(
                    field, self.tr("Not a valid e-mail address: %1").replace("%1", ", ".join(bad))
                )
                return None
            values[name] = addresses
        if not values["to"]:
            self._fail(self.to, self.tr("Enter at least one recipient."))
            return None
        if not self.subject.text().strip():
            self._fail(self.subject, self.tr("Enter a subject."))
            return None
        return values["to"], values["cc"], values["bcc"]

    def _fail(self, field: QWidget, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        field.setFocus()

    def send(self) -> None:
        """Build the message, store it in the outbox and close; the mailer does the rest."""
        checked = self._check()
        if checked is None:
            return
        to, cc, bcc = checked
        try:
            data = self.pdf_path.read_bytes()
            message = build_message(
                sender_name=self.settings.sender_name,
                sender_email=self.settings.sender_email,
                reply_to=self.settings.reply_to,
                to=to,
                cc=cc,
                bcc=bcc,
                subject=self.subject.text().strip(),
                body=self.body.toPlainText(),
                attachments=[(self.pdf_path.name, data, "application/pdf")],
            )
        except HeaderInjectionError:
            self._fail(self.subject, self.tr("Line breaks are not allowed in this field."))
            return
        except InvalidAddressError as exc:
            self._fail(self.to, self.tr("Not a valid e-mail address: %1").replace("%1", str(exc)))
            return
        except OSError as exc:
            self._fail(self.to, self.tr("The PDF could not be read: %1").replace("%1", str(exc)))
            return
        entry = queue_message(self.context.db, message, self.invoice_id)
        from desktop.ui.mail.mail_service import mail_service_for

        service = mail_service_for(self.context)
        if service is not None:
            service.enqueued(entry)
        self.context.events.status_message.emit(
            self.tr("Invoice %1 is in the outbox and will be sent now.").replace("%1", self.number)
        )
        self.queued.emit(entry)
        self.accept()

    def save_template(self) -> None:
        """Keep this subject and text (with the invoice's values turned back into
        placeholders) as the default for the invoice's language."""
        with self.context.db.session() as session:
            doc = invoices.to_document(session, self.invoice_id)
            values = templates.values_for(doc)
            subject, body = self.subject.text(), self.body.toPlainText()
            for key, value in sorted(values.items(), key=lambda kv: -len(kv[1])):
                if value:
                    subject = subject.replace(value, "{" + key + "}")
                    body = body.replace(value, "{" + key + "}")
            templates.save(session, self.language, templates.MailTemplate(subject, body))
            session.commit()
        self.context.events.status_message.emit(self.tr("Template saved."))

    # -- language --------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Send invoice %1").replace("%1", self.number))
        for label, text in zip(
            self.labels,
            (
                self.tr("From:"),
                self.tr("&To:"),
                self.tr("&Cc:"),
                self.tr("&Bcc:"),
                self.tr("&Subject:"),
                self.tr("Attachment:"),
            ),
            strict=True,
        ):
            label.setText(text)
        name, address = self.settings.sender_name, self.settings.sender_email
        self.from_label.setText(f"{name} <{address}>" if name else address)
        size = self.pdf_path.stat().st_size if self.pdf_path.exists() else 0
        self.attachment.setText(f"{self.pdf_path.name} ({QLocale().formattedDataSize(size)})")
        self.to.setPlaceholderText(self.tr("client@example.com, another@example.com"))
        self.send_button.setText(self.tr("Send"))
        self.save_template_button.setText(self.tr("Save as template"))
        self.save_template_button.setToolTip(
            self.tr("Use this subject and text for every invoice in this language")
        )
