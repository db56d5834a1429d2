"""Sending an invoice: its PDF, the e-mail from the template, and the way out.

``prepare`` reads the invoice's document once and gives everything a send needs: the PDF
(written and recorded), the filled template, the client's addresses, and the route — the
compose dialog and the outbox when the SMTP module has an account, "set it up first" when
the module has none, or an ``.eml`` draft for the user's mail program without the module.
``queue`` stores the exact message bytes in the outbox; nothing is sent here (the mailer
or ``outbox run`` does it).
"""

from __future__ import annotations

import email.policy
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from enum import StrEnum
from pathlib import Path

from desktop.core.document import InvoiceDocument
from desktop.core.errors import ExportRefusedError, NotFoundError
from desktop.core.lifecycle import InvoiceStatus
from desktop.core.outbox import OutboxEntry
from desktop.core.validation import attaches_isdoc, split_emails
from desktop.mail import settings_repo, templates
from desktop.mail.compose import build_message, encode_address, is_valid_address
from desktop.mail.outbox_queue import queue_message
from desktop.mail.settings import SmtpSettings
from desktop.modules.registry import default_registry
from desktop.modules.smtp_module import SMTP_MODULE_ID
from desktop.paths import DataPaths
from desktop.pdf.export import export_invoice_pdf, write_atomically
from desktop.services.database import Books
from desktop.storage import documents, invoices, outbox_queries
from desktop.storage.models import Client, Invoice

log = logging.getLogger(__name__)


class Route(StrEnum):
    COMPOSE = "compose"  # the module and an account: the compose dialog, then the outbox
    SETUP = "setup"  # the module without an account: set it up first
    EML = "eml"  # no module: a ready draft for the user's mail program


class SendRefusedError(ValueError):
    """Nothing can be sent for this invoice now; ``code``: ``draft`` (issue it first),
    ``cancelled``, ``account_missing`` (the command line cannot compose), ``no_recipient``,
    ``invalid_address`` (a recipient the command line was given)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class PreparedSend:
    invoice_id: int
    number: str
    language: str
    status: str
    pdf: Path
    route: Route
    account: SmtpSettings | None
    to: tuple[str, ...]
    subject: str
    body: str
    seller_email: str
    placeholders: dict[str, str] = field(default_factory=dict)
    #: Earlier messages of this invoice the server accepted, newest first (compose warns).
    sent_before: tuple[OutboxEntry, ...] = ()
    isdoc: tuple[str, bytes] | None = None  # ``<number>.isdoc`` for a client who takes it


# ISDOC is XML; its standard names ``application/xml`` as its MIME type (spec-6.0.2, MimeType).
ISDOC_MIME = "application/xml"


def _isdoc_attachment(doc: InvoiceDocument) -> tuple[str, bytes] | None:
    """``<number>.isdoc`` for the e-mail, or ``None`` when this document cannot be one (a
    foreign-currency invoice without its rate): the PDF still goes, the e-mail is not held up."""
    from desktop.isdoc.build import isdoc_bytes, isdoc_file_name

    try:
        return isdoc_file_name(doc), isdoc_bytes(doc)
    except ExportRefusedError as exc:
        log.info("no ISDOC attached to %s: %s", doc.number, exc.code)
        return None


class SendingService:
    def __init__(self, books: Books, paths: DataPaths) -> None:
        self._books = books
        self._paths = paths

    def refusal(self, invoice_id: int) -> str | None:
        """Why Send cannot go ahead yet: ``draft`` (the user may issue it), ``cancelled``."""
        with self._books.reading() as session:
            inv = session.get(Invoice, invoice_id)
            if inv is None:
                raise NotFoundError("invoice", invoice_id)
            status = inv.status
        if status == InvoiceStatus.DRAFT:
            return "draft"
        return "cancelled" if status == InvoiceStatus.CANCELLED else None

    def prepare(self, invoice_id: int) -> PreparedSend:
        """Write the PDF and fill the e-mail; ``SendRefusedError`` for a draft or a cancelled
        invoice, ``OSError`` when the PDF cannot be written."""
        with self._books.reading() as session:
            doc = documents.to_document(session, invoice_id)
            inv = session.get(Invoice, invoice_id)
            assert inv is not None  # to_document found it
            client = session.get(Client, inv.client_id) if inv.client_id else None
            raw = client.emails if client is not None else doc.buyer.email
            template = templates.load(session, doc.language)
            sent_before = tuple(outbox_queries.sent_entries_for(session, invoice_id))
            wants_isdoc = client is not None and attaches_isdoc(client.country, client.attach_isdoc)
        refused = {InvoiceStatus.DRAFT: "draft", InvoiceStatus.CANCELLED: "cancelled"}
        if doc.status in refused:
            raise SendRefusedError(refused[doc.status])
        values = templates.values_for(doc)
        filled = templates.render(template, values)
        pdf = export_invoice_pdf(doc, self._paths.pdf, draft_id=invoice_id)
        with self._books.transaction() as session:
            invoices.add_event(session, invoice_id, "pdf_exported", pdf.name)
        isdoc = _isdoc_attachment(doc) if wants_isdoc else None
        account = settings_repo.load_settings(self._books.database)
        installed = default_registry(self._books.database).is_installed(SMTP_MODULE_ID)
        if not installed:
            route, account = Route.EML, None
        else:
            route = Route.COMPOSE if account is not None else Route.SETUP
        return PreparedSend(
            invoice_id, doc.number or "", doc.language, doc.status.value, pdf, route, account,
            tuple(split_emails(str(raw or ""))), filled.subject, filled.body,
            doc.seller.email.strip(), values, sent_before, isdoc,
        )  # fmt: skip

    def queue(
        self,
        prepared: PreparedSend,
        *,
        to: Sequence[str],
        cc: Sequence[str] = (),
        bcc: Sequence[str] = (),
        subject: str,
        body: str,
    ) -> OutboxEntry:
        """Build the message with the PDF and store it in the outbox, due now.

        ``HeaderInjectionError`` / ``InvalidAddressError`` for what the user typed,
        ``OSError`` when the PDF cannot be read, ``SendRefusedError`` without an account.
        """
        account = prepared.account
        if account is None:
            raise SendRefusedError("account_missing")
        attachments = [(prepared.pdf.name, prepared.pdf.read_bytes(), "application/pdf")]
        if prepared.isdoc is not None:
            attachments.append((*prepared.isdoc, ISDOC_MIME))
        message = build_message(
            sender_name=account.sender_name, sender_email=account.sender_email,
            reply_to=account.reply_to, to=to, cc=cc, bcc=bcc, subject=subject.strip(),
            body=body, attachments=attachments,
        )  # fmt: skip
        return queue_message(self._books.database, message, prepared.invoice_id)

    def send_invoice(self, invoice_id: int, to: list[str] | None = None) -> OutboxEntry:
        """What the window's Send does with the compose dialog's defaults (the command line):
        the template, the PDF, the client's addresses unless ``to`` is given.

        ``SendRefusedError`` (``invalid_address`` is checked before anything is written)."""
        if to and not all(is_valid_address(address) for address in to):
            raise SendRefusedError("invalid_address")
        prepared = self.prepare(invoice_id)
        if prepared.route is not Route.COMPOSE:
            raise SendRefusedError("account_missing")
        recipients = list(to) if to else list(prepared.to)
        if not recipients:
            raise SendRefusedError("no_recipient")
        if not all(is_valid_address(address) for address in recipients):
            raise SendRefusedError("invalid_address")
        return self.queue(prepared, to=recipients, subject=prepared.subject, body=prepared.body)

    def write_eml(self, prepared: PreparedSend) -> Path:
        """A draft for the user's mail program: From the company, To the client, the PDF
        attached, ``X-Unsent: 1`` so Outlook and Thunderbird open it ready to send."""
        msg = EmailMessage(policy=email.policy.SMTP)
        sender = prepared.seller_email
        valid_sender = is_valid_address(sender)
        if valid_sender:
            msg["From"] = encode_address(sender)
        to = [encode_address(a) for a in prepared.to if is_valid_address(a)]
        if to:
            msg["To"] = ", ".join(to)
        msg["Subject"] = prepared.subject
        msg["Date"] = formatdate(localtime=True)
        domain = encode_address(sender).rpartition("@")[2] if valid_sender else None
        msg["Message-ID"] = make_msgid(domain=domain)
        msg["X-Unsent"] = "1"
        msg.set_content(prepared.body, cte="quoted-printable")
        pdf = prepared.pdf
        msg.add_attachment(
            pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name
        )
        if prepared.isdoc is not None:
            name, content = prepared.isdoc
            msg.add_attachment(content, maintype="application", subtype="xml", filename=name)
        data = msg.as_bytes(policy=email.policy.SMTP)
        target = write_atomically(data, self._paths.outgoing / f"{pdf.stem}.eml")
        with self._books.transaction() as session:
            invoices.add_event(session, prepared.invoice_id, "eml_written", target.name)
        log.info("wrote e-mail draft %s", target)
        return target

    def save_template(self, prepared: PreparedSend, subject: str, body: str) -> None:
        """Keep this subject and text for every invoice in the document's language, with the
        invoice's own values turned back into placeholders."""
        for key, value in sorted(prepared.placeholders.items(), key=lambda kv: -len(kv[1])):
            if value:
                subject = subject.replace(value, "{" + key + "}")
                body = body.replace(value, "{" + key + "}")
        with self._books.transaction() as session:
            templates.save(session, prepared.language, templates.MailTemplate(subject, body))
