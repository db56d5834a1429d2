"""Nothing sent twice, nothing lost: the user's Cancel against the mailer's claim, a stop that
lands before a drain, and a long batch whose every "sent" is recorded before the next message
starts."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope, Session

from desktop.core.outbox import OutboxEntry, OutboxError, OutboxState
from desktop.mail.outbox_sender import OutboxSender
from desktop.mail.settings import SmtpSettings
from desktop.mail.transport import SmtpConnection
from desktop.storage import outbox, outbox_queries
from desktop.storage.database import Database
from tests.mail.outbox_fixtures import configure_smtp
from tests.mail.test_outbox_sender import queued, state_of
from tests.smtp_server import RecordingHandler, SmtpTestServer


def user_cancels(db: Database, row_id: int) -> None:
    """The notification pane's Cancel: its own session, one guarded statement."""
    with db.session() as session:
        outbox.cancel(session, row_id)
        session.commit()


class CancelFirst(SmtpConnection):
    """Before the mailer claims ``victim`` (it has already read it as due), the user
    cancels it in another session."""

    def __init__(self, db: Database, victim: int, *args: Any) -> None:
        super().__init__(*args)
        self.db, self.victim = db, victim

    def send(self, message: EmailMessage, **kwargs: Any) -> str:
        if self.victim:
            victim, self.victim = self.victim, 0
            user_cancels(self.db, victim)
        return super().send(message, **kwargs)


def subjects(server: SmtpTestServer) -> list[str]:
    return [
        str(email.message_from_bytes(m.data, policy=email.policy.default)["Subject"])
        for m in server.handler.messages
    ]


def test_a_cancel_committed_before_the_claim_wins(db: Database, server: SmtpTestServer) -> None:
    configure_smtp(db, server)
    first, second = queued(db, subject="first"), queued(db, subject="second")

    def connect(settings: SmtpSettings, password: str | None) -> SmtpConnection:
        return CancelFirst(db, first.id, settings, password)

    result = OutboxSender(db, connect=connect).drain()
    assert result.sent == 1
    assert state_of(db, first.id).state is OutboxState.CANCELLED
    assert state_of(db, second.id).state is OutboxState.SENT
    assert subjects(server) == ["second"]  # the cancelled one never reached DATA


def test_a_cancel_after_the_claim_loses_and_the_message_is_sent(
    db: Database, server: SmtpTestServer
) -> None:
    configure_smtp(db, server)
    entry = queued(db)
    refused: list[str] = []

    def on_change(changed: OutboxEntry) -> None:
        if changed.state is OutboxState.SENDING:  # DATA is about to go out
            try:
                user_cancels(db, changed.id)
            except OutboxError as exc:
                refused.append(str(exc))

    assert OutboxSender(db, on_change=on_change).drain().sent == 1
    assert refused and "sending" in refused[0]
    assert state_of(db, entry.id).state is OutboxState.SENT
    assert len(server.handler.messages) == 1


def test_a_stop_before_the_drain_is_not_lost(db: Database, server: SmtpTestServer) -> None:
    configure_smtp(db, server)
    entry = queued(db)
    sender = OutboxSender(db)
    sender.request_stop()  # e.g. quitting just as the mailer wakes
    result = sender.drain()
    assert result.stopped and result.sent == 0
    assert state_of(db, entry.id).state is OutboxState.QUEUED
    assert server.handler.messages == []


class SentCounter(RecordingHandler):
    """At every MAIL FROM, reads from the books how many messages are recorded as sent."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.sent_at_mail: list[tuple[int, int]] = []  # (received so far, recorded as sent)

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        with self.db.session() as s:
            recorded = outbox_queries.state_counts(s).get(OutboxState.SENT, 0)
        self.sent_at_mail.append((len(self.messages), recorded))
        return await super().handle_MAIL(server, session, envelope, address, options)


def test_a_batch_records_every_message_once_in_order(db: Database, server: SmtpTestServer) -> None:
    configure_smtp(db, server)
    handler = server.controller.handler = server.handler = SentCounter(db)
    entries = [queued(db, subject=f"m{i}") for i in range(12)]
    changes: list[tuple[int, OutboxState]] = []
    result = OutboxSender(db, on_change=lambda e: changes.append((e.id, e.state))).drain()
    assert result.sent == 12
    assert subjects(server) == [f"m{i}" for i in range(12)]
    for entry in entries:
        assert state_of(db, entry.id).state is OutboxState.SENT
        mine = [state for row, state in changes if row == entry.id]
        assert mine == [OutboxState.SENDING, OutboxState.SENT]
    # Each delivered message is recorded as sent before the next one starts (its MAIL FROM):
    # a crash between two messages never leaves a delivered one to look "uncertain".
    assert handler.sent_at_mail == [(i, i) for i in range(12)]
