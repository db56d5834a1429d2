"""Shared helpers for the transport tests: a typical invoice and one-shot send/fail calls."""

from __future__ import annotations

from email.message import EmailMessage
from typing import Any

import pytest

from desktop.mail.compose import build_message
from desktop.mail.errors import SmtpFailure
from desktop.mail.transport import SmtpConnection
from tests.smtp_server import PASSWORD, USER, SilentServer, SmtpTestServer, settings_for


def invoice(**changes: Any) -> EmailMessage:
    values: dict[str, object] = {
        "sender_name": "Jonas Jonaitis",
        "sender_email": USER,
        "to": ["klientas@example.cz"],
        "subject": "Sąskaita faktūra Nr. 7",
        "body": "Labas, siunčiame sąskaitą.\n",
        "attachments": [("sąskaita-7.pdf", b"%PDF-1.7 test", "application/pdf")],
    }
    values.update(changes)
    return build_message(**values)  # type: ignore[arg-type]


def send_one(
    server: SmtpTestServer | SilentServer,
    message: EmailMessage | None = None,
    password: str | None = PASSWORD,
    **changes: Any,
) -> str:
    with SmtpConnection(settings_for(server, **changes), password) as conn:
        return conn.send(message or invoice())


def failure_of(
    server: SmtpTestServer | SilentServer,
    password: str | None = PASSWORD,
    message: EmailMessage | None = None,
    **changes: Any,
) -> SmtpFailure:
    with pytest.raises(SmtpFailure) as info:
        send_one(server, message, password, **changes)
    return info.value
