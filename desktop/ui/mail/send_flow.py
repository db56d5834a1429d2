"""Send an invoice: issue a draft first, export the PDF, then e-mail it.

With the SMTP module the compose dialog puts the message in the outbox.  Without it, Faktura
writes a ready ``.eml`` draft (``X-Unsent: 1``, the PDF attached) under ``<data dir>/outgoing``
and hands it to the user's mail program; the pane says so and suggests the module.
"""

from __future__ import annotations

import email.policy
import logging
import re
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.core.lifecycle import InvoiceStatus
from desktop.mail import templates
from desktop.mail.compose import encode_address, is_valid_address
from desktop.storage import invoices
from desktop.storage.models import Invoice
from desktop.ui.context import AppContext
from desktop.ui.mail.compose_dialog import ComposeDialog, client_addresses

log = logging.getLogger(__name__)

_UNSAFE = re.compile(r"[^0-9A-Za-z._-]+")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SendFlow", text)


def send_invoice(context: AppContext, invoice_id: int, parent: QWidget | None) -> QWidget | None:
    """Start sending; returns the dialog or message box it opened (non-modal, for tests)."""
    with context.db.session() as session:
        inv = session.get(Invoice, invoice_id)
        if inv is None:
            return None
        status = inv.status
    if status == InvoiceStatus.DRAFT:
        return _confirm_issue(context, invoice_id, parent)
    if status == InvoiceStatus.CANCELLED:
        return _warn(parent, _tr("A cancelled invoice cannot be sent."))
    return _continue(context, invoice_id, parent)


def _confirm_issue(context: AppContext, invoice_id: int, parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("send_issue_confirm")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Issue the invoice?"))
    box.setText(
        _tr(
            "This invoice is a draft. Sending issues it first: it gets its number and can no "
            "longer be edited."
        )
    )
    yes = box.addButton(_tr("Issue and send"), QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("send_issue_confirm_yes")
    box.addButton(QMessageBox.StandardButton.Cancel)

    def clicked(button: object) -> None:
        if button is yes and _issue(context, invoice_id, parent):
            _continue(context, invoice_id, parent)

    box.buttonClicked.connect(clicked)
    box.open()
    return box


def _issue(context: AppContext, invoice_id: int, parent: QWidget | None) -> bool:
    try:
        with context.db.session() as session:
            invoices.issue(session, invoice_id)
            session.commit()
    except (invoices.IssueError, ValueError) as exc:
        code = exc.code if isinstance(exc, invoices.IssueError) else str(exc)
        texts = {
            "company_missing": _tr("Fill in your company profile before issuing invoices."),
            "no_client": _tr("Choose a client before sending."),
            "no_lines": _tr("Add at least one line before sending."),
            "empty_description": _tr("Every line needs a description."),
        }
        _warn(parent, texts.get(code, _tr("The invoice cannot be issued: %1").replace("%1", code)))
        return False
    context.events.invoice_changed.emit(invoice_id)
    context.events.invoices_changed.emit()
    return True


def _warn(parent: QWidget | None, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Cannot send"), text, parent=parent)
    box.setObjectName("send_error")
    box.open()
    return box


def _continue(context: AppContext, invoice_id: int, parent: QWidget | None) -> QWidget | None:
    from desktop.pdf.export import export_invoice_pdf

    with context.db.session() as session:
        doc = invoices.to_document(session, invoice_id)
        try:
            pdf = export_invoice_pdf(doc, context.paths.pdf, draft_id=invoice_id)
        except OSError as exc:
            return _warn(parent, _tr("The PDF could not be written: %1").replace("%1", str(exc)))
        inv = session.get(Invoice, invoice_id)
        if inv is not None:
            invoices.add_event(session, inv, "pdf_exported", pdf.name)
            session.commit()
    from desktop.mail.outbox_account import stored_account

    account = stored_account(context.db)
    if account is None:
        if _module_installed(context):
            _notify(
                context,
                "account_missing",
                _tr("E-mail sending is not set up"),
                _tr("Enter your SMTP settings, then send the invoice again."),
            )
            _open_modules(parent)
            return None
        return _write_eml(context, invoice_id, pdf)
    dialog = ComposeDialog(context, invoice_id, pdf, account.settings, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _module_installed(context: AppContext) -> bool:
    from desktop.modules.registry import ModuleRegistry

    return ModuleRegistry(context.db).is_installed("smtp")


def _open_modules(parent: QWidget | None) -> None:
    window = parent.window() if parent is not None else None
    opener = getattr(getattr(window, "actions_", None), "open_modules", None)
    if callable(opener):
        opener()


def _notify(context: AppContext, kind: str, title: str, detail: str, **extra: object) -> None:
    from desktop.ui.mail.mail_service import mail_service_for

    service = mail_service_for(context)
    if service is not None:
        service.notice(kind, title, detail, **extra)
    context.events.status_message.emit(title)


def build_eml(context: AppContext, invoice_id: int, pdf: Path) -> EmailMessage:
    """A draft for the user's mail program: From the company, To the client, PDF attached."""
    with context.db.session() as session:
        doc = invoices.to_document(session, invoice_id)
        filled = templates.render(templates.load(session, doc.language), templates.values_for(doc))
    msg = EmailMessage(policy=email.policy.SMTP)
    sender = doc.seller.email.strip()
    if is_valid_address(sender):
        msg["From"] = encode_address(sender)
    to = [encode_address(a) for a in client_addresses(context, invoice_id) if is_valid_address(a)]
    if to:
        msg["To"] = ", ".join(to)
    msg["Subject"] = filled.subject
    msg["Date"] = formatdate(localtime=True)
    domain = encode_address(sender).rpartition("@")[2] if is_valid_address(sender) else None
    msg["Message-ID"] = make_msgid(domain=domain)
    msg["X-Unsent"] = "1"  # Outlook and Thunderbird open it as a draft ready to send
    msg.set_content(filled.body, cte="quoted-printable")
    msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name)
    return msg


def _write_eml(context: AppContext, invoice_id: int, pdf: Path) -> QDialog | None:
    message = build_eml(context, invoice_id, pdf)
    context.paths.outgoing.mkdir(parents=True, exist_ok=True)
    target = context.paths.outgoing / f"{pdf.stem}.eml"
    temp = target.with_suffix(".eml.tmp")
    temp.write_bytes(message.as_bytes(policy=email.policy.SMTP))
    temp.replace(target)
    with context.db.session() as session:
        inv = session.get(Invoice, invoice_id)
        if inv is not None:
            invoices.add_event(session, inv, "eml_written", target.name)
            session.commit()
    log.info("wrote e-mail draft %s", target)
    _notify(
        context,
        "eml_saved",
        _tr("E-mail draft saved"),
        _tr(
            "%1 was opened in your mail program; send it from there. Install the "
            "“Email sending via SMTP” module to send invoices directly from Faktura."
        ).replace("%1", target.name),
        path=str(target),
        invoice_id=invoice_id,
    )
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    return None
