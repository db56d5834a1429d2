"""The settings form's "Test connection": every step, what the server offers, and why not.

The test runs on its own daemon thread so a Cancel (or a DNS look-up that never returns, which
no socket timeout covers) cannot keep the caller waiting: the caller's thread only collects
events, so ``on_event`` is always called from the thread that called ``run_connection_test``.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from desktop.mail.compose import build_message
from desktop.mail.errors import SmtpCancelled, SmtpFailure
from desktop.mail.guidance import Guidance
from desktop.mail.settings import SmtpSettings
from desktop.mail.steps import Step
from desktop.mail.tls import fetch_certificate
from desktop.mail.transport import SmtpConnection
from desktop.mail.x509 import CertInfo

log = logging.getLogger(__name__)

TEST_SUBJECT = "Faktura: test message"
TEST_BODY = (
    "This message was sent by Faktura to check the e-mail settings.\n"
    "If you can read it, sending invoices by e-mail works.\n"
)
_POLL_S = 0.05
_CANCEL_GRACE_S = 0.5
_SHOW_CERT_FOR = {Guidance.CERT_UNTRUSTED, Guidance.CERT_HOSTNAME_MISMATCH}


class CancelFlag(Protocol):
    """Set when the caller wants the test stopped (a ``threading.Event``, a job's control)."""

    def is_set(self) -> bool: ...


@dataclass(frozen=True)
class StepEvent:
    step: Step
    state: str  # "running" | "ok" | "failed" | "skipped"
    detail: str


@dataclass
class ConnectionTestResult:
    ok: bool
    failure: SmtpFailure | None
    capabilities: dict[str, str]
    auth_mechanisms: list[str]
    max_size: int | None
    cert: CertInfo | None  # the server's certificate (success) or the untrusted one (failure)
    events: list[StepEvent] = field(default_factory=list)
    cancelled: bool = False


def _attach_certificate(failure: SmtpFailure, settings: SmtpSettings) -> None:
    """For "trust this certificate?": read it again without verification, only to show it."""
    if failure.guidance in _SHOW_CERT_FOR and failure.cert is None:
        try:
            failure.cert = fetch_certificate(settings)
        except Exception as exc:  # the dialog then just shows the error
            log.info("could not read the certificate: %s", type(exc).__name__)


def _hung_failure(events: list[StepEvent]) -> SmtpFailure:
    running = [e.step for e in events if e.state == "running"]
    step = running[-1] if running else Step.RESOLVE
    guidance = Guidance.DNS_FAILED if step is Step.RESOLVE else Guidance.TIMEOUT
    return SmtpFailure(step, guidance, transient=True, detail="no answer in time")


def run_connection_test(
    settings: SmtpSettings,
    password: str | None,
    *,
    send_test_to: str | None = None,
    on_event: Callable[[StepEvent], None] | None = None,
    cancel: CancelFlag | None = None,
) -> ConnectionTestResult:
    """Blocking; returns within ``settings.timeout_s`` (plus a little) or ~1 s after cancel.

    Raises only ValueError/HeaderInjectionError for an invalid ``send_test_to`` / sender,
    before any network traffic; every network problem is in ``result.failure``.
    """
    message = None
    if send_test_to:
        message = build_message(
            sender_name=settings.sender_name,
            sender_email=settings.sender_email,
            to=[send_test_to],
            subject=TEST_SUBJECT,
            body=TEST_BODY,
            reply_to=settings.reply_to,
        )
    events: queue.SimpleQueue[StepEvent] = queue.SimpleQueue()
    conn = SmtpConnection(
        settings, password, on_step=lambda st, state, d: events.put(StepEvent(st, state, d))
    )
    outcome: list[SmtpFailure | None] = []
    done = threading.Event()

    def work() -> None:
        failure: SmtpFailure | None = None
        try:
            conn.open()
            if message is not None:
                conn.send(message)
            conn.close()
        except SmtpFailure as exc:
            failure = exc
            if not isinstance(exc, SmtpCancelled):
                _attach_certificate(exc, settings)
        except Exception as exc:  # our bug: report, never crash the dialog
            log.error("connection test failed unexpectedly", exc_info=exc)
            failure = SmtpFailure(
                Step.CONNECT, Guidance.UNKNOWN, transient=False, detail=type(exc).__name__
            )
            conn.close()
        outcome.append(failure)
        done.set()

    worker = threading.Thread(target=work, name="smtp-connection-test", daemon=True)
    worker.start()
    collected: list[StepEvent] = []

    def drain() -> None:
        while True:
            try:
                event = events.get_nowait()
            except queue.Empty:
                return
            collected.append(event)
            if on_event is not None:
                on_event(event)

    # Watchdog for what no socket timeout bounds (a DNS look-up that hangs): open, maybe a
    # certificate read, maybe a test message, each within timeout_s, plus slack.
    watchdog = time.monotonic() + settings.timeout_s * (3.5 if message else 2.5)
    cancelled = timed_out = False
    while not done.wait(_POLL_S):
        drain()
        cancelled = cancel is not None and cancel.is_set()
        timed_out = time.monotonic() > watchdog
        if cancelled or timed_out:
            conn.abort()
            done.wait(_CANCEL_GRACE_S)
            break
    drain()
    failure = outcome[0] if outcome else None
    if cancelled:
        failure = None
    elif timed_out:
        failure = _hung_failure(collected)
    return ConnectionTestResult(
        ok=not cancelled and failure is None,
        failure=failure,
        capabilities=dict(conn.capabilities),
        auth_mechanisms=list(conn.auth_mechanisms),
        max_size=conn.max_size,
        cert=failure.cert if failure is not None else conn.peer_cert,
        events=collected,
        cancelled=cancelled,
    )
