"""run_connection_test(): the "Test connection" button against real servers."""

from __future__ import annotations

import email
import email.policy
import socket
import threading
import time
from typing import Any

import pytest

from desktop.mail.compose import InvalidAddressError
from desktop.mail.diagnostics import TEST_SUBJECT, StepEvent, run_connection_test
from desktop.mail.guidance import Guidance
from desktop.mail.transport import Step
from desktop.services.control import JobControl
from tests.smtp_server import PASSWORD, USER, SilentServer, SmtpTestServer, TestPki, settings_for


def test_success_reports_every_step_in_the_callers_thread(
    starttls_server: SmtpTestServer,
) -> None:
    threads: set[int] = set()

    def on_event(event: StepEvent) -> None:
        threads.add(threading.get_ident())

    result = run_connection_test(settings_for(starttls_server), PASSWORD, on_event=on_event)
    assert result.ok and result.failure is None and not result.cancelled
    assert threads == {threading.get_ident()}
    done = [(e.step, e.state) for e in result.events if e.state != "running"]
    assert done[:4] == [
        (Step.RESOLVE, "ok"),
        (Step.CONNECT, "ok"),
        (Step.TLS, "skipped"),
        (Step.EHLO, "ok"),
    ]
    assert (Step.STARTTLS, "ok") in done and (Step.LOGIN, "ok") in done
    ehlo_after_tls = [e.detail for e in result.events if e.step is Step.EHLO and e.state == "ok"]
    assert "AUTH LOGIN PLAIN" in ehlo_after_tls[-1] and "SIZE 33 MB" in ehlo_after_tls[-1]
    assert result.auth_mechanisms == ["LOGIN", "PLAIN"]
    assert result.max_size == 33554432
    assert result.cert is not None and "127.0.0.1" not in result.cert.issuer
    assert starttls_server.handler.messages == []


def test_sends_a_test_message_to_the_sender(ssl_server: SmtpTestServer) -> None:
    settings = settings_for(ssl_server)
    result = run_connection_test(settings, PASSWORD, send_test_to=settings.sender_email)
    assert result.ok
    (received,) = ssl_server.handler.messages
    assert received.rcpt_tos == [USER]
    parsed = email.message_from_bytes(received.data, policy=email.policy.default)
    assert parsed["Subject"] == TEST_SUBJECT
    assert (Step.DATA, "ok") in [(e.step, e.state) for e in result.events]


def test_invalid_test_address_fails_before_connecting(ssl_server: SmtpTestServer) -> None:
    with pytest.raises(InvalidAddressError):
        run_connection_test(settings_for(ssl_server), PASSWORD, send_test_to="nobody")


def test_untrusted_certificate_is_shown_then_pinned(pki: TestPki) -> None:
    with SmtpTestServer("ssl", pki, cert="untrusted") as server:
        result = run_connection_test(settings_for(server), PASSWORD)
        assert result.failure is not None and not result.ok
        assert result.failure.guidance is Guidance.CERT_UNTRUSTED
        assert result.cert is not None and result.cert is result.failure.cert
        assert result.cert.sha256 == TestPki.sha256(pki.other_cert)
        assert server.authenticator.mechanisms == []  # no password before trust
        trusted = settings_for(server, pinned_sha256=result.cert.sha256)
        assert run_connection_test(trusted, PASSWORD).ok


def test_wrong_password(ssl_server: SmtpTestServer) -> None:
    result = run_connection_test(settings_for(ssl_server), "blogas")
    assert result.failure is not None
    assert (result.failure.guidance, result.failure.step) == (Guidance.AUTH_FAILED, Step.LOGIN)
    assert result.auth_mechanisms == ["LOGIN", "PLAIN"]  # what EHLO said is still reported


def test_silent_server_fails_within_timeout(silent_server: SilentServer) -> None:
    started = time.monotonic()
    result = run_connection_test(settings_for(silent_server, timeout_s=1.0), PASSWORD)
    assert time.monotonic() - started < 1.6
    assert result.failure is not None
    assert result.failure.guidance in (Guidance.TIMEOUT, Guidance.PORT_BLOCKED)


def test_starttls_on_ssl_port_fails_within_timeout(ssl_server: SmtpTestServer) -> None:
    started = time.monotonic()
    settings = settings_for(ssl_server, encryption="starttls", timeout_s=1.0)
    result = run_connection_test(settings, PASSWORD)
    assert time.monotonic() - started < 1.6
    assert result.failure is not None
    assert result.failure.guidance is Guidance.STARTTLS_ON_SSL_PORT


def test_cancel_returns_quickly(silent_server: SilentServer) -> None:
    cancel = JobControl()
    threading.Timer(0.2, cancel.cancel).start()
    started = time.monotonic()
    result = run_connection_test(
        settings_for(silent_server, timeout_s=20.0), PASSWORD, cancel=cancel
    )
    assert time.monotonic() - started < 1.2
    assert result.cancelled and not result.ok and result.failure is None


def test_hanging_dns_is_cut_off_by_the_watchdog(
    plain_server: SmtpTestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real = socket.getaddrinfo

    def hanging(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", hanging)
    started = time.monotonic()
    result = run_connection_test(settings_for(plain_server, timeout_s=0.5), PASSWORD)
    elapsed = time.monotonic() - started
    release.set()  # let the abandoned worker finish (it then sees the abort)
    assert 1.2 < elapsed < 2.5
    assert result.failure is not None
    assert (result.failure.step, result.failure.guidance) == (Step.RESOLVE, Guidance.DNS_FAILED)


def cancel_when(event: threading.Event, control: JobControl) -> list[float]:
    """Cancel ``control`` as soon as ``event`` is set; returns [when it cancelled]."""
    when: list[float] = []

    def watch() -> None:
        if event.wait(10):
            when.append(time.monotonic())
            control.cancel()

    threading.Thread(target=watch, daemon=True).start()
    return when


def test_cancel_cuts_a_tls_handshake_short(silent_server: SilentServer) -> None:
    """Implicit TLS to a server that never answers: the handshake owns the socket then."""
    control = JobControl()
    tls_started = threading.Event()

    def on_event(event: StepEvent) -> None:
        if event.step is Step.TLS and event.state == "running":
            tls_started.set()

    cancelled_at = cancel_when(tls_started, control)
    settings = settings_for(silent_server, encryption="ssl", timeout_s=20.0)
    result = run_connection_test(settings, PASSWORD, on_event=on_event, cancel=control)
    assert time.monotonic() - cancelled_at[0] < 1.0
    assert result.cancelled and result.failure is None


def test_cancel_cuts_the_implicit_tls_probe_short(
    silent_server: SilentServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """STARTTLS on a silent port: after the greeting times out, a second connection probes
    for implicit TLS; Cancel reaches that one too."""
    import desktop.mail.transport as transport

    control = JobControl()
    probing = threading.Event()
    real_probe = transport.speaks_implicit_tls

    def probe(*args: Any, **kwargs: Any) -> bool:
        threading.Timer(0.3, probing.set).start()  # by then it waits for the handshake
        return real_probe(*args, **kwargs)

    monkeypatch.setattr(transport, "speaks_implicit_tls", probe)
    cancelled_at = cancel_when(probing, control)
    settings = settings_for(silent_server, encryption="starttls", timeout_s=4.0)
    result = run_connection_test(settings, PASSWORD, cancel=control)
    assert probing.is_set()
    assert time.monotonic() - cancelled_at[0] < 0.5
    assert result.cancelled


def test_cancel_during_a_hanging_look_up_returns_quickly(
    plain_server: SmtpTestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real = socket.getaddrinfo

    def hanging(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", hanging)
    control = JobControl()
    threading.Timer(0.2, control.cancel).start()
    started = time.monotonic()
    result = run_connection_test(
        settings_for(plain_server, timeout_s=20.0), PASSWORD, cancel=control
    )
    elapsed = time.monotonic() - started
    release.set()
    assert elapsed < 1.0
    assert result.cancelled and result.failure is None
