"""Who the outbox sends as, and the connection it sends through.

``Connection`` is the part of ``transport.SmtpConnection`` the sending loop uses, so tests
and the benchmark can hand the sender a fake or instrumented connection.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Protocol

from desktop.mail import settings_repo
from desktop.mail.settings import SmtpSettings
from desktop.storage.database import Database


class Connection(Protocol):
    """What the loop needs from ``desktop.mail.transport.SmtpConnection``."""

    max_size: int | None

    def open(self) -> None: ...
    def send(
        self,
        message: EmailMessage,
        *,
        envelope_to: list[str] | None = None,
        before_data: Callable[[], None] | None = None,
        while_waiting: Callable[[], None] | None = None,
    ) -> str: ...
    def is_alive(self) -> bool: ...
    def abort(self) -> None: ...
    def close(self) -> None: ...


ConnectionFactory = Callable[[SmtpSettings, str | None], Connection]


def default_connection(settings: SmtpSettings, password: str | None) -> Connection:
    from desktop.mail.transport import SmtpConnection

    return SmtpConnection(settings, password)


@dataclass(frozen=True)
class Account:
    settings: SmtpSettings
    password: str | None

    def __repr__(self) -> str:  # never show the password
        return f"Account({self.settings.keyring_account()})"


def stored_account(db: Database) -> Account | None:
    """The saved SMTP account with its password, or None when none is saved.

    Whether the SMTP module is installed is the caller's question (``services.outbox``):
    the mail layer does not know about modules.
    """
    settings = settings_repo.load_settings(db)
    if settings is None:
        return None
    return Account(settings, settings_repo.stored_password(settings))
