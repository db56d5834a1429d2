"""The user's Cancel against a real send: whoever commits first wins, and the server agrees.

The mailer has loaded the message and is talking to a real aiosmtpd server (STARTTLS, AUTH)
when the user cancels.  Before, the mailer then wrote "sending" over "cancelled" and the
message went out anyway; now its claim before DATA finds nothing to claim.
"""

from __future__ import annotations

from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

from desktop.core.outbox import OutboxState
from desktop.mail.compose import build_message
from desktop.mail.outbox_account import Connection
from desktop.mail.outbox_queue import queue_message
from desktop.mail.outbox_sender import OutboxSender
from desktop.mail.settings import SmtpSettings
from desktop.mail.transport import SmtpConnection
from desktop.paths import DataPaths
from desktop.services import Services
from desktop.services.database import Books
from desktop.storage.database import Database
from tests.mail.outbox_fixtures import configure_smtp, make_invoice
from tests.smtp_server import USER, SmtpTestServer


def message() -> EmailMessage:
    return build_message(
        sender_name="UAB Šviesa", sender_email=USER, to=["pirkejas@example.cz"],
        subject="Faktura", body="Dobrý den",
    )  # fmt: skip


class CancelBeforeSending:
    """A real SMTP connection; the user's Cancel lands as the mailer starts this message."""

    def __init__(self, conn: SmtpConnection, cancel: Callable[[], None]) -> None:
        self._conn = conn
        self._cancel = cancel
        self.max_size = None

    def __getattr__(self, name: str) -> object:
        return getattr(self._conn, name)

    def send(self, msg: EmailMessage, **kw: object) -> str:
        self._cancel()
        return self._conn.send(msg, **kw)  # type: ignore[arg-type]


def test_cancel_after_the_mailer_loaded_it_is_never_sent(
    db: Database, server: SmtpTestServer, trust_test_ca: Path, data_paths: DataPaths
) -> None:
    configure_smtp(db, server)
    invoice_id = make_invoice(db)
    entry = queue_message(db, message(), invoice_id)
    window = Services(Books(db), data_paths)

    def connect(settings: SmtpSettings, password: str | None) -> Connection:
        conn = SmtpConnection(settings, password)
        return CancelBeforeSending(conn, lambda: window.outbox.cancel(entry.id))  # type: ignore[return-value]

    result = OutboxSender(db, connect=connect).drain()
    assert result.sent == 0
    assert server.handler.messages == []  # DATA never started
    assert window.outbox.entry(entry.id).state is OutboxState.CANCELLED
    assert OutboxSender(db).drain().sent == 0  # and a later run leaves it alone
    assert server.handler.messages == []
