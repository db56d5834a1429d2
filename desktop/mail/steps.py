"""The steps of an SMTP conversation, shared by transport, errors and diagnostics.

Kept apart from ``transport`` so ``errors`` can name a step without an import cycle;
``desktop.mail.transport.Step`` is the public spelling.
"""

from __future__ import annotations

from enum import StrEnum


class Step(StrEnum):
    """Stored in the outbox with a failure, so never rename a value."""

    OAUTH = "oauth"  # an access token from the provider (OAuth2 accounts only)
    RESOLVE = "resolve"
    CONNECT = "connect"
    TLS = "tls"
    EHLO = "ehlo"
    STARTTLS = "starttls"
    LOGIN = "login"
    MAIL = "mail"
    RCPT = "rcpt"
    DATA = "data"
    QUIT = "quit"
