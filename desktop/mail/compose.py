"""Build the MIME message for an invoice e-mail.

Rules from SMTP.md's "Python pitfalls": ``EmailMessage(policy=email.policy.SMTP)`` so names,
subjects and file names with diacritics get RFC 2047 / RFC 2231 encoding; ``Address`` with
keyword arguments (the second positional one is the *user name*); IDNA-encode domains
ourselves (the email package does not); a Message-ID from the sender's domain so the outbox
can recognise the message across retries; and no CR/LF in any header value from user input.
"""

from __future__ import annotations

import email.policy
import re
from collections.abc import Sequence
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

# ASCII only: non-ASCII local parts need SMTPUTF8, which many servers lack, and
# email.headerregistry.Address refuses them (NonASCIILocalPartDefect).
_LOCAL_FORBIDDEN = re.compile(r'[^\x21-\x7e]|["(),:;<>@\[\\\]]')
_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
_TLD = re.compile(r"(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})")
_MIME_TYPE = re.compile(r"[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+")


class HeaderInjectionError(ValueError):
    """A header value contained CR or LF (would let the text add its own headers)."""


class InvalidAddressError(ValueError):
    """An e-mail address is not syntactically valid."""


#: Everything str.splitlines() breaks on; the email package refuses all of them in headers.
LINE_BREAKS = "\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029"


def has_newline(value: str) -> bool:
    """CR/LF (or another line break) in a header value from user input: header injection."""
    return any(c in LINE_BREAKS for c in value)


def _check_header(field: str, value: str) -> str:
    if has_newline(value):
        raise HeaderInjectionError(field)
    return value


def _idna_domain(domain: str) -> str:
    """ASCII form of a domain; raises UnicodeError or ValueError when impossible."""
    ascii_domain = domain.rstrip(".").encode("idna").decode("ascii").lower()
    labels = ascii_domain.split(".")
    if len(labels) < 2 or not all(_LABEL.fullmatch(label) for label in labels):
        raise ValueError(domain)
    if not _TLD.fullmatch(labels[-1]):
        raise ValueError(domain)
    return ascii_domain


def is_valid_address(address: str) -> bool:
    """Syntax only (``local@domain`` with an IDN-capable domain); no DNS look-up."""
    if not address or len(address) > 254 or "@" not in address:
        return False
    local, _, domain = address.rpartition("@")
    if not local or len(local) > 64 or _LOCAL_FORBIDDEN.search(local):
        return False
    if local.startswith(".") or local.endswith(".") or ".." in local:
        return False
    try:
        _idna_domain(domain)
    except (UnicodeError, ValueError):
        return False
    return True


def encode_address(address: str) -> str:
    """``info@žalgiris.lt`` -> ``info@xn--algiris-lza.lt``; raises InvalidAddressError."""
    _check_header("address", address)
    address = address.strip()
    if not is_valid_address(address):
        raise InvalidAddressError(address)
    local, _, domain = address.rpartition("@")
    return f"{local}@{_idna_domain(domain)}"


def _addresses(field: str, values: Sequence[str]) -> list[Address]:
    return [Address(addr_spec=encode_address(_check_header(field, v))) for v in values]


def build_message(
    *,
    sender_name: str,
    sender_email: str,
    to: Sequence[str],
    subject: str,
    body: str,
    cc: Sequence[str] = (),
    bcc: Sequence[str] = (),
    reply_to: str = "",
    attachments: Sequence[tuple[str, bytes, str]] = (),
) -> EmailMessage:
    """A ready-to-send message; raises HeaderInjectionError or InvalidAddressError.

    ``bcc`` is kept as a header so a saved .eml shows it, but ``SmtpConnection.send`` strips
    it before transmission and only puts those addresses in the envelope.
    """
    if not to:
        raise InvalidAddressError("no recipient")
    sender = encode_address(sender_email)
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = Address(display_name=_check_header("sender_name", sender_name), addr_spec=sender)
    msg["To"] = _addresses("to", to)
    if cc:
        msg["Cc"] = _addresses("cc", cc)
    if bcc:
        msg["Bcc"] = _addresses("bcc", bcc)
    if reply_to:
        msg["Reply-To"] = Address(addr_spec=encode_address(reply_to))
    msg["Subject"] = _check_header("subject", subject)
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2])
    # Quoted-printable keeps the body 7-bit: no dependence on the server's 8BITMIME.
    msg.set_content(body, cte="quoted-printable")
    for filename, data, mime_type in attachments:
        _check_header("attachment", filename)
        if not _MIME_TYPE.fullmatch(mime_type):
            raise ValueError(f"bad MIME type {mime_type!r}")
        maintype, _, subtype = mime_type.partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg
