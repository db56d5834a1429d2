"""The e-mail compose dialog: recipients, subject and body from the template, the PDF attached.

It shows what ``services.sending.prepare`` read (no database reads of its own).  "Send"
stores the message, with its exact bytes, in the outbox; the mailer sends it, so the dialog
closes at once even when the network is slow or down.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

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

from desktop.core.outbox import OutboxError
from desktop.core.validation import split_emails
from desktop.mail.compose import HeaderInjectionError, InvalidAddressError, is_valid_address
from desktop.services.sending import PreparedSend, SendRefusedError
from desktop.ui.context import AppContext

if TYPE_CHECKING:
    from desktop.ui.mail.mail_service import MailService

log = logging.getLogger(__name__)


class ComposeDialog(QDialog):
    queued = Signal(object)  # OutboxEntry

    def __init__(
        self,
        context: AppContext,
        prepared: PreparedSend,
        parent: QWidget | None = None,
        *,
        cc: tuple[str, ...] = (),
        replaces: int | None = None,
    ) -> None:
        """``replaces``: a failed outbox message this one corrects (put away once queued)."""
        super().__init__(parent)
        self.replaces = replaces
        self.setObjectName("compose_dialog")
        self.context = context
        self.prepared = prepared
        self.invoice_id = prepared.invoice_id
        self.pdf_path = prepared.pdf
        self.number = prepared.number
        self.language = prepared.language

        self.from_label = QLabel(objectName="compose_from")
        self.to = QLineEdit(", ".join(prepared.to), objectName="compose_to")
        self.cc = QLineEdit(", ".join(cc), objectName="compose_cc")
        self.bcc = QLineEdit(objectName="compose_bcc")
        self.subject = QLineEdit(prepared.subject, objectName="compose_subject")
        self.body = QPlainTextEdit(prepared.body, objectName="compose_body")
        self.body.setTabChangesFocus(True)
        self.attachment = QLabel(objectName="compose_attachment")
        self.error = QLabel(objectName="compose_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        self.sent_before = QLabel(objectName="compose_sent_before")
        self.sent_before.setWordWrap(True)
        self.sent_before.setStyleSheet(
            "background: #fff4e5; color: #663c00; border: 1px solid #ffb74d;"
            " border-radius: 4px; padding: 6px;"
        )
        self.sent_before.setVisible(bool(prepared.sent_before))
        self.send_button = QPushButton(objectName="compose_send")
        self.send_button.clicked.connect(self.send)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.button_box.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.button_box.rejected.connect(self.reject)
        self.save_template_button = QPushButton(objectName="compose_save_template")
        self.save_template_button.clicked.connect(self.save_template)
        self.button_box.addButton(self.save_template_button, QDialogButtonBox.ButtonRole.ResetRole)
        # Enter anywhere but the body presses Send, never Cancel: no other button may become
        # the default by having had the focus (auto-default), and Send is the dialog's default
        # once it sits in the dialog (setDefault before that does not reach QDialog).
        for button in self.button_box.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)

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
        layout.addWidget(self.sent_before)
        layout.addLayout(self.form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.button_box)
        self.send_button.setDefault(True)
        self.resize(640, 520)
        self.retranslate()
        self.to.setFocus()

    # -- sending ---------------------------------------------------------------------------
    def _check(self) -> tuple[list[str], list[str], list[str]] | None:
        fields = {"to": self.to, "cc": self.cc, "bcc": self.bcc}
        values: dict[str, list[str]] = {}
        for name, field in fields.items():
            addresses = split_emails(field.text())
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
            entry = self.context.services.sending.queue(
                self.prepared, to=to, cc=cc, bcc=bcc,
                subject=self.subject.text(), body=self.body.toPlainText(),
            )  # fmt: skip
        except HeaderInjectionError:
            self._fail(self.subject, self.tr("Line breaks are not allowed in this field."))
            return
        except InvalidAddressError as exc:
            self._fail(self.to, self.tr("Not a valid e-mail address: %1").replace("%1", str(exc)))
            return
        except OSError as exc:
            self._fail(self.to, self.tr("The PDF could not be read: %1").replace("%1", str(exc)))
            return
        except SendRefusedError as exc:  # the account was removed while the dialog was open
            log.info("not queued: %s", exc.code)
            self._fail(self.to, self.tr("E-mail sending is not set up any more."))
            return
        from desktop.ui.mail.mail_service import mail_service_for

        service = mail_service_for(self.context)
        if service is not None:
            service.enqueued(entry)
        self._put_away_replaced(service)
        self.context.events.status_message.emit(
            self.tr("Invoice %1 is in the outbox and will be sent now.").replace("%1", self.number)
        )
        self.queued.emit(entry)
        self.accept()

    def _put_away_replaced(self, service: MailService | None) -> None:
        """The corrected message is queued: the failed one it replaces leaves the pane."""
        if self.replaces is None:
            return
        try:
            gone = self.context.services.outbox.dismiss(self.replaces)
        except OutboxError as exc:  # retried or dismissed meanwhile: leave it as it is
            log.info("failed message %s not put away: %s", self.replaces, exc)
            return
        if service is not None:
            service.entry_changed.emit(gone)

    def save_template(self) -> None:
        """Keep this subject and text (with the invoice's values turned back into
        placeholders) as the default for the invoice's language."""
        self.context.services.sending.save_template(
            self.prepared, self.subject.text(), self.body.toPlainText()
        )
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
        account = self.prepared.account
        name, address = (account.sender_name, account.sender_email) if account else ("", "")
        self.from_label.setText(f"{name} <{address}>" if name else address)
        size = self.pdf_path.stat().st_size if self.pdf_path.exists() else 0
        attached = [f"{self.pdf_path.name} ({QLocale().formattedDataSize(size)})"]
        if self.prepared.isdoc is not None:  # the client takes the ISDOC e-invoice too
            name, content = self.prepared.isdoc
            attached.append(f"{name} ({QLocale().formattedDataSize(len(content))})")
        self.attachment.setText(", ".join(attached))
        self.to.setPlaceholderText(self.tr("client@example.com, another@example.com"))
        self.send_button.setText(self.tr("Send"))
        self.sent_before.setText(self._sent_before_text())
        self.save_template_button.setText(self.tr("Save as template"))
        self.save_template_button.setToolTip(
            self.tr("Use this subject and text for every invoice in this language")
        )

    def _sent_before_text(self) -> str:
        """ "Already sent on <date> to <addresses>", newest first, so a second send is a choice."""
        if not self.prepared.sent_before:
            return ""
        locale = QLocale()
        short = QLocale.FormatType.ShortFormat
        fmt = f"{locale.dateFormat(short)} {locale.timeFormat(short)}"
        sends = []
        for entry in self.prepared.sent_before[:3]:
            stamp = str(locale.toString(entry.sent_at or entry.updated_at, fmt))
            sends.append(
                self.tr("%1 to %2").replace("%1", stamp).replace("%2", ", ".join(entry.to))
            )
        return self.tr(
            "This invoice was already sent: %1. Sending again makes a second e-mail."
        ).replace("%1", "; ".join(sends))
