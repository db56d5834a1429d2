"""A message's way into the outbox and back out: stored once as wire bytes plus envelope.

Serialising once on the user's click spares the mailer a parse and a re-render per message,
and what was queued is byte for byte what the server receives.  Rows without a stored
envelope (whole messages) are parsed again at send time and their headers give the envelope.
"""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from typing import Any

from desktop.core.outbox import OutboxEntry
from desktop.storage import outbox
from desktop.storage.database import Database
from desktop.storage.outbox_queries import entry_of


class StoredMessage(EmailMessage):
    """A queued message's wire bytes, handed to ``SmtpConnection.send`` without re-rendering.

    ``envelope.prepare`` reads the envelope sender from From and renders with ``as_bytes``;
    here that returns the stored bytes unchanged (they were rendered by ``prepare`` at queue
    time, Bcc already removed).  ``test_sender`` checks the server gets exactly these bytes.
    """

    def __init__(self, wire: bytes, sender: str) -> None:
        super().__init__(policy=email.policy.SMTP)
        self["From"] = sender
        self._wire = wire

    def as_bytes(self, unixfrom: bool = False, policy: Any = None) -> bytes:
        return self._wire


def queue_message(db: Database, message: EmailMessage, invoice_id: int | None) -> OutboxEntry:
    """Store a built message in the outbox as its exact wire bytes plus the envelope."""
    from desktop.mail.envelope import header_addresses, prepare

    envelope = prepare(message)
    raw = envelope.data
    with db.session() as session:
        row = outbox.enqueue(
            session,
            invoice_id=invoice_id,
            to=header_addresses(message, "To"),
            cc=header_addresses(message, "Cc"),
            bcc=header_addresses(message, "Bcc"),
            subject=str(message.get("Subject", "")),
            message_id=str(message["Message-ID"]),
            raw=raw,
            envelope_from=envelope.sender,
            envelope_to=envelope.recipients,
        )
        session.commit()
        return entry_of(row)


def message_to_send(
    raw: bytes, recipients: dict[str, Any]
) -> tuple[EmailMessage, list[str] | None]:
    """The message for ``Connection.send`` and its envelope recipients (None: from headers)."""
    if recipients.get("envelope") and recipients.get("from"):
        stored = StoredMessage(raw, str(recipients["from"]))
        return stored, [str(a) for a in recipients["envelope"]]
    parsed = email.message_from_bytes(raw, policy=email.policy.SMTP)
    assert isinstance(parsed, EmailMessage)
    return parsed, None
