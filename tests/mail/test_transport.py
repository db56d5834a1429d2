"""SmtpConnection against real aiosmtpd servers: success, authentication, TLS, certificates."""

from __future__ import annotations

import email
import email.policy
import time

import pytest

from desktop.mail.guidance import Guidance
from desktop.mail.transport import SmtpConnection, Step
from tests.mail.sending import failure_of, invoice, send_one
from tests.smtp_server import PASSWORD, USER, SmtpTestServer, TestPki, settings_for


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


# -- certificates ----------------------------------------------------------------------------
@pytest.mark.parametrize("mode", ["ssl", "starttls"])
@pytest.mark.expected_log("ERROR", r"SMTP session exception")
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
