"""Send an invoice: issue a draft first (after a yes), then e-mail it the way the setup allows.

``services.sending.prepare`` reads the invoice once and writes its PDF; its route decides
what follows.  With the SMTP module and an account the compose dialog puts the message in
the outbox.  With the module but no account the pane says so and the Modules dialog opens.
Without the module Faktura writes a ready ``.eml`` draft (``X-Unsent: 1``, the PDF attached)
under ``<data dir>/outgoing`` and hands it to the user's mail program.
"""

from __future__ import annotations

import logging
from dataclasses import replace

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.errors import IssueError, NotFoundError, StateConflictError
from desktop.core.outbox import OutboxEntry
from desktop.services.sending import PreparedSend, Route, SendRefusedError
from desktop.ui.context import AppContext
from desktop.ui.mail.compose_dialog import ComposeDialog
from desktop.ui.widgets.glyph_check import check_characters, unprintable_warning

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SendFlow", text)


def send_invoice(context: AppContext, invoice_id: int, parent: QWidget | None) -> QWidget | None:
    """Start sending; returns the dialog or message box it opened (non-modal, for tests)."""
    try:
        refusal = context.services.sending.refusal(invoice_id)
    except NotFoundError:
        log.info("invoice %s is gone; nothing to send", invoice_id)
        return None
    if refusal == "draft":
        return _confirm_issue(context, invoice_id, parent)
    if refusal is not None:
        return _refuse(parent, refusal)
    return _continue(context, invoice_id, parent)


def _confirm_issue(context: AppContext, invoice_id: int, parent: QWidget | None) -> QMessageBox:
    """Ask before issuing; Yes waits for the check of the characters the PDF cannot print
    (``widgets.glyph_check``), which the question then names as the editor's does."""
    box = QMessageBox(parent)
    box.setObjectName("confirm_issue")  # AUTOMATION.md: the box that asks before issuing
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Issue the invoice?"))
    box.setText(
        _tr(
            "This invoice is a draft. Sending issues it first: it gets its number and can no "
            "longer be edited."
        )
    )
    yes = box.addButton(_tr("Issue and send"), QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("confirm_issue_yes")
    yes.setEnabled(False)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(yes)

    def checked(characters: list[str]) -> None:
        if not shiboken6.isValid(box):  # closed with its window meanwhile
            return
        if characters:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setInformativeText(unprintable_warning(characters))
        box.setProperty("unprintable", "".join(characters))
        yes.setEnabled(True)

    def clicked(button: object) -> None:
        if button is yes and _issue(context, invoice_id, parent):
            _continue(context, invoice_id, parent)

    box.buttonClicked.connect(clicked)
    box.open()
    check_characters(context.services, invoice_id, checked)
    return box


def _issue(context: AppContext, invoice_id: int, parent: QWidget | None) -> bool:
    """Issue the draft; True when sending may go on (also when another window issued it
    meanwhile: the user asked for exactly that)."""
    try:
        context.services.invoices.issue(invoice_id)
    except IssueError as exc:
        texts = {
            "company_missing": _tr("Fill in your company profile before issuing invoices."),
            "no_client": _tr("Choose a client before sending."),
            "no_lines": _tr("Add at least one line before sending."),
            "empty_description": _tr("Every line needs a description."),
        }
        text = texts.get(exc.code, _tr("The invoice cannot be issued: %1").replace("%1", exc.code))
        _warn(parent, text)
        return False
    except StateConflictError as exc:  # issued or cancelled elsewhere since the user clicked
        log.info("invoice %s changed before it was issued here: %s", invoice_id, exc)
    except NotFoundError:
        log.info("invoice %s is gone; nothing to issue", invoice_id)
        return False
    _changed(context, invoice_id)
    return True  # if it was cancelled meanwhile, ``prepare`` refuses it


def _changed(context: AppContext, invoice_id: int) -> None:
    context.events.invoice_changed.emit(invoice_id)
    context.events.invoices_changed.emit()


def _refuse(parent: QWidget | None, code: str) -> QMessageBox:
    if code == "cancelled":
        return _warn(parent, _tr("A cancelled invoice cannot be sent."))
    return _warn(parent, _tr("The invoice cannot be issued: %1").replace("%1", code))


def _warn(parent: QWidget | None, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Cannot send"), text, parent=parent)
    box.setObjectName("send_error")
    box.open()
    return box


def _continue(context: AppContext, invoice_id: int, parent: QWidget | None) -> QWidget | None:
    """The PDF, the filled template and the route, read once; then the route's screen."""
    try:
        prepared = context.services.sending.prepare(invoice_id)
    except SendRefusedError as exc:  # a draft again, or cancelled, since the check above
        return _refuse(parent, exc.code)
    except NotFoundError:
        log.info("invoice %s is gone; nothing to send", invoice_id)
        return None
    except OSError as exc:
        return _warn(parent, _tr("The PDF could not be written: %1").replace("%1", str(exc)))
    if prepared.route is Route.SETUP:
        _notify(
            context,
            "setup_needed",
            _tr("E-mail sending is not set up"),
            _tr("Enter your SMTP settings, then send the invoice again."),
            invoice_id=invoice_id,
        )
        context.events.open_modules_requested.emit()
        return None
    if prepared.route is Route.EML:
        return _write_eml(context, prepared, parent)
    dialog = ComposeDialog(context, prepared, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def edit_recipients(
    context: AppContext, failed: OutboxEntry, parent: QWidget | None
) -> QWidget | None:
    """Compose again with the refused message's addresses, to correct them; sending the
    corrected message puts the failed one away."""
    if failed.invoice_id is None:
        return None
    try:
        prepared = context.services.sending.prepare(failed.invoice_id)
    except SendRefusedError as exc:
        return _refuse(parent, exc.code)
    except NotFoundError:
        log.info("invoice %s is gone; nothing to send", failed.invoice_id)
        return None
    except OSError as exc:
        return _warn(parent, _tr("The PDF could not be written: %1").replace("%1", str(exc)))
    if prepared.route is not Route.COMPOSE:
        return _continue(context, failed.invoice_id, parent)
    prepared = replace(prepared, to=failed.to, subject=failed.subject or prepared.subject)
    dialog = ComposeDialog(context, prepared, parent, cc=failed.cc, replaces=failed.id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.to.setFocus()
    return dialog


def _notify(context: AppContext, kind: str, title: str, detail: str, **extra: object) -> None:
    from desktop.ui.mail.mail_service import mail_service_for

    service = mail_service_for(context)
    if service is not None:
        service.notice(kind, title, detail, **extra)
    context.events.status_message.emit(title)


def _write_eml(
    context: AppContext, prepared: PreparedSend, parent: QWidget | None
) -> QWidget | None:
    """Write the draft for the user's mail program, say so in the pane, and open it."""
    try:
        target = context.services.sending.write_eml(prepared)
    except OSError as exc:
        return _warn(
            parent, _tr("The e-mail draft could not be written: %1").replace("%1", str(exc))
        )
    _notify(
        context,
        "eml_saved",
        _tr("E-mail draft saved"),
        _tr(
            "%1 was opened in your mail program; send it from there. Install the "
            "“Email sending via SMTP” module to send invoices directly from Faktura."
        ).replace("%1", target.name),
        path=str(target),
        invoice_id=prepared.invoice_id,
    )
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    return None
