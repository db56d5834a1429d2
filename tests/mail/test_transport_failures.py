"""SmtpConnection failures after TLS: network, envelope and DATA replies, abort, secrecy."""

from __future__ import annotations

import threading
import time

import pytest

from desktop.mail.errors import SmtpCancelled, SmtpFailure
from desktop.mail.guidance import Guidance
from desktop.mail.transport import SmtpConnection, Step
from tests.mail.sending import failure_of, invoice
from tests.smtp_server import (
    PASSWORD,
    SilentServer,
    SmtpTestServer,
    TestPki,
    refused_port,
    settings_for,
)


# -- network ---------------------------------------------------------------------------------
def test_connection_refused() -> None:
    with refused_port() as port:
        server = SilentServer()
        server.port = port
        failure = failure_of(server)
        server.__exit__()
    assert (failure.guidance, failure.step) == (Guidance.CONNECTION_REFUSED, Step.CONNECT)
    assert failure.transient and not failure.stops_queue


def test_silent_server_times_out(silent_server: SilentServer) -> None:
    started = time.monotonic()
    failure = failure_of(silent_server, timeout_s=1.0)
    assert time.monotonic() - started < 1.5
    assert failure.guidance in (Guidance.TIMEOUT, Guidance.PORT_BLOCKED)
    assert failure.transient


def test_unknown_host_is_dns_failure(plain_server: SmtpTestServer) -> None:
    failure = failure_of(plain_server, host="smtp.invalid")
    assert (failure.guidance, failure.step) == (Guidance.DNS_FAILED, Step.RESOLVE)


# -- envelope and data -----------------------------------------------------------------------
def test_size_checked_before_sending(pki: TestPki) -> None:
    big = invoice(attachments=[("didelis.pdf", b"x" * 4000, "application/pdf")])
    with SmtpTestServer("ssl", pki, data_size_limit=2000) as server:
        failure = failure_of(server, message=big)
    assert (failure.guidance, failure.step, failure.transient) == (
        Guidance.MESSAGE_TOO_LARGE,
        Step.MAIL,
        False,
    )
    assert server.handler.messages == []


def test_552_from_server_is_too_large(plain_server: SmtpTestServer) -> None:
    plain_server.handler.script("DATA", "552 5.3.4 Message size exceeds fixed maximum message size")
    failure = failure_of(plain_server)
    assert (failure.guidance, failure.step) == (Guidance.MESSAGE_TOO_LARGE, Step.DATA)


@pytest.mark.parametrize("command", ["MAIL", "RCPT", "DATA"])
def test_sender_not_owned(plain_server: SmtpTestServer, command: str) -> None:
    plain_server.handler.script(command, "553 5.7.1 Sender address rejected: not owned by user")
    failure = failure_of(plain_server)
    assert failure.guidance is Guidance.SENDER_NOT_OWNED
    assert failure.step == Step(command.lower())
    assert not failure.transient


def test_recipient_rejected(plain_server: SmtpTestServer) -> None:
    plain_server.handler.script("RCPT", "550 5.1.1 No such user")
    failure = failure_of(plain_server)
    assert (failure.guidance, failure.step) == (Guidance.RECIPIENT_REJECTED, Step.RCPT)


def test_451_is_transient_550_permanent_and_session_survives(
    plain_server: SmtpTestServer,
) -> None:
    plain_server.handler.script("DATA", "451 4.3.0 try later")
    plain_server.handler.script("MAIL", "550 5.4.5 Daily user sending limit exceeded")
    with SmtpConnection(settings_for(plain_server), PASSWORD) as conn:
        with pytest.raises(SmtpFailure) as first:
            conn.send(invoice())
        with pytest.raises(SmtpFailure) as second:
            conn.send(invoice())
        assert conn.is_alive()
        conn.send(invoice())
    assert (first.value.step, first.value.guidance) == (Step.MAIL, Guidance.RATE_LIMITED)
    assert not first.value.transient
    assert second.value.transient and second.value.reply_code == 451
    assert second.value.guidance is Guidance.SERVER_TEMPORARY
    assert len(plain_server.handler.messages) == 1


def test_dropped_during_data_is_transient(plain_server: SmtpTestServer) -> None:
    plain_server.handler.drop_in_data = 1
    before: list[int] = []
    with SmtpConnection(settings_for(plain_server), PASSWORD) as conn:
        with pytest.raises(SmtpFailure) as info:
            conn.send(invoice(), before_data=lambda: before.append(1))
        assert not conn.is_alive()
    assert before == [1]
    assert (info.value.guidance, info.value.step) == (Guidance.SERVER_DISCONNECTED, Step.DATA)
    assert info.value.transient and info.value.maybe_delivered
    assert len(plain_server.handler.dropped) == 1


def test_before_data_error_leaves_nothing_sent(plain_server: SmtpTestServer) -> None:
    def fail() -> None:
        raise RuntimeError("database is locked")

    with SmtpConnection(settings_for(plain_server), PASSWORD) as conn:
        with pytest.raises(RuntimeError):
            conn.send(invoice(), before_data=fail)
        conn.send(invoice())
    assert len(plain_server.handler.messages) == 1


def test_smtputf8_used_when_needed(plain_server: SmtpTestServer) -> None:
    with SmtpConnection(settings_for(plain_server), PASSWORD) as conn:
        conn.send(invoice(), envelope_to=["jūratė@example.lt"])
    (received,) = plain_server.handler.messages
    assert received.rcpt_tos == ["jūratė@example.lt"]
    assert "SMTPUTF8" in received.mail_options


def test_smtputf8_needed_but_missing() -> None:
    with (
        SmtpTestServer("plain", smtputf8=False) as server,
        SmtpConnection(settings_for(server), PASSWORD) as conn,
        pytest.raises(SmtpFailure) as info,
    ):
        conn.send(invoice(), envelope_to=["jūratė@example.lt"])
    failure = info.value
    assert failure.guidance is Guidance.SMTPUTF8_UNSUPPORTED


def test_abort_from_another_thread_interrupts_data(plain_server: SmtpTestServer) -> None:
    plain_server.handler.delay_data_s = 5.0
    conn = SmtpConnection(settings_for(plain_server, timeout_s=10.0), PASSWORD)
    conn.open()
    waited: list[float] = []

    def abort_once_in_data() -> None:
        plain_server.handler.in_data.wait(5)
        waited.append(time.monotonic())
        conn.abort()

    timer = threading.Thread(target=abort_once_in_data)
    timer.start()
    with pytest.raises(SmtpCancelled) as info:
        conn.send(invoice())
    assert time.monotonic() - waited[0] < 1.0
    assert info.value.step is Step.DATA and info.value.transient
    conn.close()  # tolerant after abort
    timer.join()
    with pytest.raises(SmtpCancelled):
        conn.open()


def test_failure_traceback_locals_never_hold_the_password(ssl_server: SmtpTestServer) -> None:
    ssl_server.authenticator.script("535 5.7.8 no")
    conn = SmtpConnection(settings_for(ssl_server), PASSWORD)
    with pytest.raises(SmtpFailure) as info:
        conn.open()
    failure = info.value
    assert failure.__context__ is None and failure.__cause__ is None
    tb = failure.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        if frame.f_globals.get("__name__", "").startswith("desktop.mail"):
            for value in frame.f_locals.values():
                assert PASSWORD not in repr(value)
        tb = tb.tb_next
    assert PASSWORD not in repr(conn.__dict__)
