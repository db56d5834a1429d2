"""SmtpConnection against real aiosmtpd servers: success paths and every failure row of SMTP.md."""

from __future__ import annotations

import email
import email.policy
import threading
import time
from email.message import EmailMessage
from typing import Any

import pytest

from desktop.mail.compose import build_message
from desktop.mail.errors import SmtpCancelled, SmtpFailure
from desktop.mail.guidance import Guidance
from desktop.mail.transport import SmtpConnection, Step
from tests.smtp_server import (
    PASSWORD,
    USER,
    SilentServer,
    SmtpTestServer,
    TestPki,
    refused_port,
    settings_for,
)


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


# -- success ---------------------------------------------------------------------------------
@pytest.mark.parametrize("mode", ["ssl", "starttls", "plain"])
@pytest.mark.parametrize("mechanism", ["PLAIN", "LOGIN"])
def test_sends_with_utf8_password(pki: TestPki, mode: str, mechanism: str) -> None:
    with SmtpTestServer(mode, pki, mechanisms=(mechanism,)) as server:  # type: ignore[arg-type]
        reply = send_one(server)
    assert "queued" in reply
    assert server.authenticator.mechanisms == [mechanism]
    (received,) = server.handler.messages
    assert received.login == USER.encode()
    assert received.rcpt_tos == ["klientas@example.cz"]
    parsed = email.message_from_bytes(received.data, policy=email.policy.default)
    assert parsed["Subject"] == "Sąskaita faktūra Nr. 7"


def test_prefers_plain_and_can_reopen(starttls_server: SmtpTestServer) -> None:
    conn = SmtpConnection(settings_for(starttls_server), PASSWORD)
    conn.open()
    conn.close()
    assert not conn.is_alive()
    conn.open()  # the mailer reconnects between batches
    conn.send(invoice())
    conn.close()
    assert starttls_server.authenticator.mechanisms == ["PLAIN", "PLAIN"]


def test_reports_steps_and_capabilities(starttls_server: SmtpTestServer) -> None:
    steps: list[tuple[Step, str]] = []
    conn = SmtpConnection(
        settings_for(starttls_server),
        PASSWORD,
        on_step=lambda step, state, _: steps.append((step, state)),
    )
    with conn:
        assert conn.auth_mechanisms == ["LOGIN", "PLAIN"]
        assert conn.max_size == 33554432
        assert conn.is_alive()
        assert conn.peer_cert is not None
    assert (Step.STARTTLS, "ok") in steps
    assert (Step.TLS, "skipped") in steps
    assert steps.index((Step.STARTTLS, "ok")) < steps.index((Step.LOGIN, "ok"))
    assert not conn.is_alive()


def test_one_connection_sends_a_batch_and_bcc_stays_out_of_headers(
    ssl_server: SmtpTestServer,
) -> None:
    calls: list[str] = []
    with SmtpConnection(settings_for(ssl_server), PASSWORD) as conn:
        for n in range(3):
            message = invoice(subject=f"Nr. {n}", bcc=["archyvas@example.lt"])
            conn.send(message, before_data=lambda: calls.append("before"))
    assert calls == ["before"] * 3
    assert len(ssl_server.handler.messages) == 3
    for received in ssl_server.handler.messages:
        assert "archyvas@example.lt" in received.rcpt_tos
        assert b"archyvas" not in received.data
        assert b"Bcc" not in received.data


def test_envelope_to_overrides_headers(plain_server: SmtpTestServer) -> None:
    with SmtpConnection(settings_for(plain_server), PASSWORD) as conn:
        conn.send(invoice(), envelope_to=["kitas@example.lt"])
    assert plain_server.handler.messages[0].rcpt_tos == ["kitas@example.lt"]


def test_no_username_skips_login_and_host_is_trimmed(pki: TestPki) -> None:
    with SmtpTestServer("plain") as server:
        send_one(server, username="", host=" 127.0.0.1 ")
    assert server.authenticator.mechanisms == []
    assert len(server.handler.messages) == 1


# -- authentication --------------------------------------------------------------------------
def test_wrong_password_is_auth_failed_and_never_echoed(ssl_server: SmtpTestServer) -> None:
    failure = failure_of(ssl_server, password="neteisingas-ž")
    assert failure.guidance is Guidance.AUTH_FAILED
    assert (failure.step, failure.reply_code, failure.transient) == (Step.LOGIN, 535, False)
    assert failure.stops_queue
    for text in (str(failure), repr(failure), failure.reply_text, repr(failure.args)):
        assert "neteisingas" not in text


@pytest.mark.parametrize(
    ("reply", "guidance"),
    [
        ("534 5.7.9 Application-specific password required", Guidance.APP_PASSWORD_REQUIRED),
        ("535 5.7.8 Username and Password not accepted", Guidance.AUTH_FAILED),
        (
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled "
            "for the Tenant.",
            Guidance.MS_BASIC_AUTH_DISABLED,
        ),
    ],
)
def test_auth_replies(ssl_server: SmtpTestServer, reply: str, guidance: Guidance) -> None:
    ssl_server.authenticator.script(reply)
    failure = failure_of(ssl_server)
    assert (failure.guidance, failure.step, failure.stops_queue) == (guidance, Step.LOGIN, True)
    assert failure.reply_text in reply


def test_server_echoing_the_password_is_scrubbed(ssl_server: SmtpTestServer) -> None:
    ssl_server.authenticator.script(f"535 5.7.8 bad password {PASSWORD}")
    failure = failure_of(ssl_server)
    assert PASSWORD not in str(failure) and PASSWORD not in repr(failure.args)
    assert "***" in failure.reply_text


def test_no_usable_auth_mechanism(pki: TestPki) -> None:
    with SmtpTestServer("ssl", pki, mechanisms=()) as server:
        failure = failure_of(server)
    assert failure.guidance is Guidance.AUTH_NOT_OFFERED


# -- encryption mismatches -------------------------------------------------------------------
def test_plain_against_starttls_required_server(starttls_server: SmtpTestServer) -> None:
    failure = failure_of(starttls_server, encryption="none")
    assert (failure.guidance, failure.step) == (Guidance.STARTTLS_REQUIRED, Step.LOGIN)
    assert starttls_server.authenticator.mechanisms == []  # no password went out
    failure = failure_of(starttls_server, encryption="none", username="")
    assert (failure.guidance, failure.reply_code) == (Guidance.STARTTLS_REQUIRED, 530)


def test_starttls_not_offered_fails_closed(plain_server: SmtpTestServer) -> None:
    failure = failure_of(plain_server, encryption="starttls")
    assert (failure.guidance, failure.step) == (Guidance.STARTTLS_NOT_OFFERED, Step.STARTTLS)
    assert plain_server.authenticator.mechanisms == []


def test_ssl_on_starttls_port(starttls_server: SmtpTestServer) -> None:
    failure = failure_of(starttls_server, encryption="ssl")
    assert (failure.guidance, failure.step) == (Guidance.SSL_ON_STARTTLS_PORT, Step.TLS)
    assert failure.stops_queue and not failure.transient


@pytest.mark.parametrize("encryption", ["starttls", "none"])
def test_starttls_or_none_on_ssl_port_fails_within_timeout(
    ssl_server: SmtpTestServer, encryption: str
) -> None:
    started = time.monotonic()
    failure = failure_of(ssl_server, encryption=encryption, timeout_s=1.0)
    assert time.monotonic() - started < 1.5
    assert failure.guidance is Guidance.STARTTLS_ON_SSL_PORT
    assert ssl_server.authenticator.mechanisms == []


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


# -- certificates ----------------------------------------------------------------------------
@pytest.mark.parametrize("mode", ["ssl", "starttls"])
def test_untrusted_then_pinned_then_replaced(pki: TestPki, mode: str) -> None:
    with SmtpTestServer(mode, pki, cert="untrusted") as server:  # type: ignore[arg-type]
        failure = failure_of(server)
        assert failure.guidance is Guidance.CERT_UNTRUSTED
        assert failure.stops_queue and not failure.transient
        assert server.authenticator.mechanisms == []
        send_one(server, pinned_sha256=TestPki.sha256(pki.other_cert))
        assert len(server.handler.messages) == 1
    with SmtpTestServer(mode, pki) as replaced:  # type: ignore[arg-type]
        failure = failure_of(replaced, pinned_sha256=TestPki.sha256(pki.other_cert))
    assert failure.guidance is Guidance.CERT_PIN_MISMATCH
    assert failure.cert is not None
    assert failure.cert.sha256 == TestPki.sha256(pki.cert)
    assert replaced.authenticator.mechanisms == []


def test_host_name_mismatch(pki: TestPki) -> None:
    with SmtpTestServer("ssl", pki, cert="wrong_name") as server:
        failure = failure_of(server)
    assert failure.guidance is Guidance.CERT_HOSTNAME_MISMATCH


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
    timer = threading.Timer(0.2, conn.abort)
    timer.start()
    started = time.monotonic()
    with pytest.raises(SmtpCancelled) as info:
        conn.send(invoice())
    assert time.monotonic() - started < 1.0
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
