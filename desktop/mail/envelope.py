"""Turn an EmailMessage into what goes on the wire: envelope addresses and bytes.

Mirrors ``smtplib.SMTP.send_message`` (Bcc/Resent-Bcc removed from the transmitted copy,
SMTPUTF8 only when an address needs it) but hands back the bytes so the transport can check
the server's SIZE limit before MAIL FROM.
"""

from __future__ import annotations

import copy
import email.policy
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import getaddresses


@dataclass(frozen=True)
class Envelope:
    sender: str
    recipients: list[str]
    data: bytes
    international: bool  # needs SMTPUTF8 (non-ASCII address)


def header_addresses(message: EmailMessage, *fields: str) -> list[str]:
    values = [str(v) for f in fields for v in message.get_all(f, [])]
    return [addr for _, addr in getaddresses(values) if addr]


def prepare(message: EmailMessage, envelope_to: list[str] | None = None) -> Envelope:
    """Envelope sender from Sender/From, recipients from To/Cc/Bcc unless given."""
    senders = header_addresses(message, "Sender") or header_addresses(message, "From")
    if not senders:
        raise ValueError("message has no From address")
    recipients = list(envelope_to) if envelope_to else header_addresses(message, "To", "Cc", "Bcc")
    if not recipients:
        raise ValueError("message has no recipient")
    sender = senders[0]
    international = not all(a.isascii() for a in [sender, *recipients])
    # copy.copy is enough: deleting a header rebinds the header list (as smtplib relies on).
    wire = copy.copy(message)
    del wire["Bcc"]
    del wire["Resent-Bcc"]
    policy = message.policy if isinstance(message.policy, email.policy.EmailPolicy) else None
    policy = (policy or email.policy.SMTP).clone(linesep="\r\n", utf8=international)
    return Envelope(sender, recipients, wire.as_bytes(policy=policy), international)
