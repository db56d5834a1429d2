"""The sending loop against a real aiosmtpd server (STARTTLS + AUTH), without Qt."""

from __future__ import annotations

import email
import email.policy
import random
import threading
import time
from email.message import EmailMessage

import pytest

from desktop.core.outbox import OutboxEntry, OutboxState
from desktop.mail.compose import build_message
from desktop.mail.outbox_queue import queue_message
from desktop.mail.outbox_sender import OutboxSender
from desktop.storage import documents, outbox, outbox_queries
from desktop.storage.database import Database
from desktop.storage.models import Invoice
from tests.mail.outbox_fixtures import configure_smtp, make_invoice
from tests.smtp_server import USER, SmtpTestServer

PDF = b"%PDF-1.4\n% test \xe2\x82\xac\n" + bytes(range(256)) * 40


def message(
    subject: str = "Faktura FAK2026-0001 – Šviesa", to: str = "pirkejas@example.cz"
) -> EmailMessage:
    return build_message(
        sender_name="UAB Šviesa",
        sender_email=USER,
        to=[to],
        subject=subject,
        body="Dobrý den,\nfaktura v příloze.\n",
        attachments=[("FAK2026-0001.pdf", PDF, "application/pdf")],
    )


def queued(db: Database, invoice_id: int | None = None, **kw: str) -> OutboxEntry:
    return queue_message(db, message(**kw), invoice_id)


def state_of(db: Database, row_id: int) -> OutboxEntry:
    with db.session() as session:
        return outbox_queries.get_entry(session, row_id)


def drain_until(sender: OutboxSender, done: object, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        sender.drain()
        if callable(done) and done():
            return
        time.sleep(0.05)
    raise AssertionError("outbox did not settle")


def test_end_to_end_starttls_auth(db: Database, server: SmtpTestServer) -> None:
    configure_smtp(db, server)
    invoice_id = make_invoice(db)
    entry = queued(db, invoice_id)
    changes: list[OutboxEntry] = []
    result = OutboxSender(db, on_change=changes.append).drain()
    assert result.sent == 1
    assert [c.state for c in changes] == [OutboxState.SENDING, OutboxState.SENT]
    [got] = server.handler.messages
    parsed = email.message_from_bytes(got.data, policy=email.policy.default)
    assert parsed["Message-ID"] == entry.message_id
    assert parsed["Subject"] == "Faktura FAK2026-0001 – Šviesa"
    assert parsed["From"].addresses[0].display_name == "UAB Šviesa"
    [attachment] = list(parsed.iter_attachments())
    assert attachment.get_filename() == "FAK2026-0001.pdf"
    assert attachment.get_content() == PDF
    assert got.login == USER.encode()
    with db.session() as session:
        inv = session.get(Invoice, invoice_id)
        assert inv is not None and inv.status == "sent"
        kinds = [e.kind for e in inv.events]
    assert kinds[-4:] == ["email_queued", "email_attempt", "email_sent", "sent"]


def test_451_then_success_is_retried_and_sent_once(db: Database, server: SmtpTestServer) -> None:
    configure_smtp(db, server)
    server.handler.script("DATA", "451 4.3.0 try later")
    entry = queued(db)
    sender = OutboxSender(db)
    first = sender.drain()
    assert first.retrying == 1
    row = state_of(db, entry.id)
    assert row.state is OutboxState.RETRYING and row.last_reply.startswith("451")
    assert first.next_due is not None
    drain_until(sender, lambda: state_of(db, entry.id).state is OutboxState.SENT)
    assert len(server.handler.messages) == 1
    assert state_of(db, entry.id).attempts == 2


def test_550_fails_without_retry(db: Database, server: SmtpTestServer) -> None:
    configure_smtp(db, server)
    server.handler.script("RCPT", "550 5.1.1 no such user")
    entry = queued(db)
    result = OutboxSender(db).drain()
    assert result.failed == 1
    row = state_of(db, entry.id)
    assert row.state is OutboxState.FAILED
    assert row.guidance == "recipient_rejected" and row.last_reply.startswith("550")
    assert not row.seen
    time.sleep(0.3)
    assert OutboxSender(db).drain().sent == 0
    assert server.handler.messages == []


def test_hang_up_after_the_data_is_uncertain_never_retried(
    db: Database, server: SmtpTestServer
) -> None:
    """The whole message went out and no reply came: the server may have stored it (this
    one did), so it is left to the user, never sent again by itself."""
    configure_smtp(db, server)
    server.handler.drop_after_storing = 1
    entry, after = queued(db), queued(db)
    sender = OutboxSender(db)
    result = sender.drain()
    assert (result.uncertain, result.sent) == (1, 1)  # the next one went on a new connection
    row = state_of(db, entry.id)
    assert row.state is OutboxState.UNCERTAIN and row.last_reply.startswith("no reply after")
    assert state_of(db, after.id).state is OutboxState.SENT
    time.sleep(0.3)
    assert sender.drain().sent == 0
    assert len(server.handler.messages) == 2  # one copy each


def test_hang_up_while_the_data_streams_in_is_retried(db: Database, server: SmtpTestServer) -> None:
    """Before the final "." the server cannot have the message: an ordinary attempt.  (A
    small message may be in the kernel's buffers before the hang-up is noticed: then the
    client cannot tell, and it is uncertain instead -- never sent twice either way.)"""
    configure_smtp(db, server)
    server.handler.drop_while_data = 1
    entry = queue_message(db, message_of_size(8_000_000), None)
    sender = OutboxSender(db)
    first = sender.drain()
    assert first.retrying == 1, first
    drain_until(sender, lambda: state_of(db, entry.id).state is OutboxState.SENT)
    assert len(server.handler.messages) == 1 and len(server.handler.dropped) == 1


def message_of_size(size: int) -> EmailMessage:
    """A message with an attachment of ``size`` random-looking bytes (more than a loopback
    socket buffers, so a hang-up mid-data reaches the sender before it is done)."""
    blob = bytes(random.Random(7).getrandbits(8) for _ in range(256)) * (size // 256)
    return build_message(
        sender_name="UAB Šviesa", sender_email=USER, to=["pirkejas@example.cz"],
        subject="Didelis", body="b", attachments=[("big.pdf", blob, "application/pdf")],
    )  # fmt: skip


def test_one_connection_for_a_batch_and_5xx_does_not_stop_it(
    db: Database, server: SmtpTestServer
) -> None:
    configure_smtp(db, server)
    entries = [queued(db) for _ in range(5)]
    server.handler.script("RCPT", "550 5.1.1 unknown")  # the first is refused
    opened = []
    from desktop.mail.transport import SmtpConnection

    def connect(settings, password):  # type: ignore[no-untyped-def]
        opened.append(1)
        return SmtpConnection(settings, password)

    result = OutboxSender(db, connect=connect).drain()
    assert (result.sent, result.failed) == (4, 1)
    assert len(opened) == 1
    assert state_of(db, entries[0].id).state is OutboxState.FAILED


@pytest.mark.expected_log("WARNING", r"sending paused: login: auth_failed")
def test_auth_failure_pauses_the_queue_once(db: Database, server: SmtpTestServer) -> None:
    configure_smtp(db, server)
    server.authenticator.script("535 5.7.8 Username and Password not accepted")
    entries = [queued(db) for _ in range(3)]
    pauses: list[object] = []
    sender = OutboxSender(db, on_pause=pauses.append)
    result = sender.drain()
    assert result.paused is not None and result.paused.guidance == "auth_failed"
    assert len(pauses) == 1
    # Still paused: no new login attempt, no second notification, nothing spent.
    assert sender.drain().paused is not None
    assert len(server.authenticator.mechanisms) == 1
    assert len(pauses) == 1
    assert all(state_of(db, e.id).state is OutboxState.QUEUED for e in entries)
    assert all(state_of(db, e.id).attempts == 0 for e in entries)
    # Changing the settings lifts the pause.
    configure_smtp(db, server, timeout_s=3.0)
    assert sender.drain().sent == 3
    assert pauses[-1] is None


def test_server_down_then_up(db: Database, pki: object) -> None:
    from tests.smtp_server import SmtpTestServer as Server

    srv = Server("starttls", pki)  # type: ignore[arg-type]
    configure_smtp(db, srv)  # port chosen, nothing listening yet
    entry = queued(db)
    sender = OutboxSender(db)
    assert sender.drain().retrying == 1
    assert state_of(db, entry.id).guidance == "connection_refused"
    with srv:
        drain_until(sender, lambda: state_of(db, entry.id).state is OutboxState.SENT)
        assert len(srv.handler.messages) == 1


def test_attempts_are_bounded(db: Database, server: SmtpTestServer) -> None:
    configure_smtp(db, server)
    server.handler.script("DATA", *["451 4.3.0 later"] * 10)
    entry = queued(db)
    sender = OutboxSender(db)
    drain_until(sender, lambda: state_of(db, entry.id).state is OutboxState.FAILED)
    row = state_of(db, entry.id)
    assert row.attempts == 5 and row.last_reply.startswith("451")


@pytest.mark.expected_log("WARNING", r"interrupted mid-send")
def test_crash_recovery_marks_sending_uncertain(db: Database, server: SmtpTestServer) -> None:
    configure_smtp(db, server)
    entry = queued(db)
    with db.session() as session:
        outbox.mark_sending(session, entry.id)
        session.commit()
    sender = OutboxSender(db)
    [recovered] = sender.recover()
    assert recovered.state is OutboxState.UNCERTAIN
    assert sender.drain().sent == 0
    assert server.handler.messages == []
    with db.session() as session:
        outbox.retry_now(session, entry.id)  # the user chose "Resend"
        session.commit()
    assert sender.drain().sent == 1


def test_abort_before_the_data_goes_back_to_the_queue(db: Database, server: SmtpTestServer) -> None:
    """Quitting just after the claim: the data never went out, so nothing is uncertain."""
    configure_smtp(db, server)
    entry = queued(db)
    holder: list[OutboxSender] = []

    def on_change(e: OutboxEntry) -> None:
        if e.state is OutboxState.SENDING:
            holder[0].abort()

    sender = OutboxSender(db, on_change=on_change)
    holder.append(sender)
    result = sender.drain()
    assert result.stopped
    assert state_of(db, entry.id).state is OutboxState.QUEUED
    assert server.handler.messages == []


def test_abort_after_the_data_is_uncertain(db: Database, server: SmtpTestServer) -> None:
    """Quitting while the server takes the message in: it may keep it, the user decides."""
    configure_smtp(db, server)
    server.handler.delay_data_s = 5.0
    entry = queued(db)
    sender = OutboxSender(db)
    aborter = threading.Thread(
        target=lambda: server.handler.in_data.wait(5) and sender.abort(), name="test-abort"
    )
    aborter.start()
    result = sender.drain()
    aborter.join()
    assert result.stopped and result.uncertain == 1
    row = state_of(db, entry.id)
    assert row.state is OutboxState.UNCERTAIN and row.last_reply == "aborted"


@pytest.mark.expected_log("WARNING", r"sending paused: login: auth_failed")
def test_password_never_stored(db: Database, server: SmtpTestServer) -> None:
    from tests.smtp_server import PASSWORD

    configure_smtp(db, server)
    server.authenticator.script("535 5.7.8 bad " + PASSWORD)
    queued(db)
    OutboxSender(db).drain()
    dump = "\n".join(db.engine.raw_connection().iterdump())  # type: ignore[attr-defined]
    assert PASSWORD not in dump


@pytest.mark.parametrize("lang", ["en", "lt", "cs"])
def test_templates_fill_placeholders(db: Database, lang: str) -> None:
    from desktop.mail import templates

    invoice_id = make_invoice(db)
    with db.session() as session:
        doc = documents.to_document(session, invoice_id)
        rendered = templates.render(templates.load(session, lang), templates.values_for(doc))
    assert doc.number and doc.number in rendered.subject
    assert "UAB Šviesa" in rendered.body and "{" not in rendered.body


def test_server_gets_the_queued_bytes_exactly_and_bcc_only_in_the_envelope(
    db: Database, server: SmtpTestServer
) -> None:
    configure_smtp(db, server)
    msg = build_message(
        sender_name="UAB Šviesa",
        sender_email=USER,
        to=["a@example.cz"],
        bcc=["skryta@example.cz"],
        subject="Ž",
        body="b",
        attachments=[("ž.pdf", PDF, "application/pdf")],
    )
    entry = queue_message(db, msg, None)
    with db.session() as session:
        stored = outbox_queries.message_bytes(session, entry.id)
    assert OutboxSender(db).drain().sent == 1
    [got] = server.handler.messages
    assert got.data.replace(b"\r\n", b"\n") == stored.replace(b"\r\n", b"\n")
    assert b"skryta" not in got.data
    assert sorted(got.rcpt_tos) == ["a@example.cz", "skryta@example.cz"]


def test_too_large_for_the_server_fails_without_sending(db: Database, pki: object) -> None:
    from tests.smtp_server import SmtpTestServer as Server

    with Server("starttls", pki, data_size_limit=5000) as small:  # type: ignore[arg-type]
        configure_smtp(db, small)
        small_message = build_message(
            sender_name="J", sender_email=USER, to=["a@example.cz"], subject="s", body="b"
        )
        big, fits = queued(db), queue_message(db, small_message, None)
        result = OutboxSender(db).drain()
        assert (result.failed, result.sent) == (1, 1)
        row = state_of(db, big.id)
        assert row.state is OutboxState.FAILED and row.guidance == "message_too_large"
        assert state_of(db, fits.id).state is OutboxState.SENT
        time.sleep(0.2)
