"""Who the outbox sends as, and the connection it sends through.

``Connection`` is the part of ``transport.SmtpConnection`` the sending loop uses, so tests
and the benchmark can hand the sender a fake or instrumented connection.  The settings and the
password are read apart: the settings from the books on every look at the queue, the password
only when a message is due, because reading a locked keyring shows the user an unlock prompt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Protocol

from desktop.core.outbox import PasswordWait
from desktop.mail import settings_repo
from desktop.mail.secrets import PasswordUnavailable
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
#: The account's settings, or None while none is set up (or the SMTP module is off).
SettingsSource = Callable[[], SmtpSettings | None]
#: The account's password, or None when none is stored; raises ``PasswordUnavailable`` when
#: the keyring does not answer.  The second argument says "stop waiting" (quitting).
PasswordSource = Callable[[SmtpSettings, Callable[[], bool]], str | None]


def default_connection(settings: SmtpSettings, password: str | None) -> Connection:
    from desktop.mail.transport import SmtpConnection

    return SmtpConnection(settings, password)


@dataclass(frozen=True)
class Account:
    settings: SmtpSettings
    password: str | None  # with OAuth2: the refresh token (the transport gets access tokens)

    def __repr__(self) -> str:  # never show the password
        return f"Account({self.settings.keyring_account()})"

    @property
    def lacks_password(self) -> bool:
        """A login is configured but there is nothing to log in with: never try it (the
        server would refuse, and the queue would pause as "wrong password")."""
        return bool(self.settings.username) and not self.password


def with_password(
    settings: SmtpSettings, password: PasswordSource, stop: Callable[[], bool]
) -> Account | PasswordWait:
    """The account with its password, or why sending must wait for it: the keyring is
    locked or does not answer, or nothing is stored for a login that needs it."""
    try:
        account = Account(settings, password(settings, stop))
    except PasswordUnavailable as exc:
        return PasswordWait.LOCKED if exc.locked else PasswordWait.UNAVAILABLE
    if account.lacks_password:
        return PasswordWait.SIGN_IN if settings.uses_oauth else PasswordWait.MISSING
    return account


def stored_settings(db: Database) -> SmtpSettings | None:
    """The saved SMTP settings, or None when none are saved.

    Whether the SMTP module is installed is the caller's question (``services.outbox``):
    the mail layer does not know about modules.
    """
    return settings_repo.load_settings(db)


def stored_password(settings: SmtpSettings, stop: Callable[[], bool]) -> str | None:
    """The password of ``settings``' login from the app's ``PasswordStore``; None without a
    user name or when none is stored; ``PasswordUnavailable`` while the keyring is locked.
    With OAuth2 the credential is the refresh token (``oauth.tokens``), read the same way."""
    if not settings.username:
        return None
    return settings_repo.password_store().read(
        settings_repo.credential_account(settings), stop=stop
    )
