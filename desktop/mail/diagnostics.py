"""The settings form's "Test connection": every step, what the server offers, and why not.

Blocking, on the caller's thread (a job of ``desktop.jobs`` in the window), and bounded
without a watchdog thread: the whole test has one deadline and every call that can block
(look-up, connect, TLS, each reply) gets at most what is left of it.  Cancel reaches the
connection through ``cancel.on_cancel``, which aborts it from the cancelling thread; every
blocking call then returns at once (a name look-up within 0.1 s, see ``netio.resolve``).
"""

from __future__ import annotations

import logging
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
_SHOW_CERT_FOR = {Guidance.CERT_UNTRUSTED, Guidance.CERT_HOSTNAME_MISMATCH}


class Cancellation(Protocol):
    """How the caller stops the test (``services.control.JobControl`` is one)."""

    def is_set(self) -> bool: ...
    def on_cancel(self, hook: Callable[[], None]) -> Callable[[], None]: ...


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


def _budget(settings: SmtpSettings, sends: bool) -> float:
    """The whole test: open, maybe a certificate read, maybe a test message, with slack."""
    return settings.timeout_s * (3.5 if sends else 2.5)


def _attach_certificate(failure: SmtpFailure, conn: SmtpConnection, deadline: float) -> None:
    """For "trust this certificate?": read it again without verification, only to show it."""
    left = min(deadline - time.monotonic(), conn.settings.timeout_s)
    if failure.guidance not in _SHOW_CERT_FOR or failure.cert is not None or left <= 0:
        return
    try:
        with conn.side_connections() as connect:
            failure.cert = fetch_certificate(conn.settings, timeout=left, connect=connect)
    except Exception as exc:  # the dialog then just shows the error
        log.info("could not read the certificate: %s", type(exc).__name__)


def run_connection_test(
    settings: SmtpSettings,
    password: str | None,
    *,
    send_test_to: str | None = None,
    on_event: Callable[[StepEvent], None] | None = None,
    cancel: Cancellation | None = None,
) -> ConnectionTestResult:
    """Blocking; returns within 2.5 × ``settings.timeout_s`` (3.5 × with a test message) or
    about 0.1 s after cancel.  ``on_event`` is called on this thread, step by step.

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
    events: list[StepEvent] = []

    def step(step: Step, state: str, detail: str) -> None:
        events.append(StepEvent(step, state, detail))
        if on_event is not None:
            on_event(events[-1])

    deadline = time.monotonic() + _budget(settings, message is not None)
    conn = SmtpConnection(settings, password, on_step=step, deadline=deadline)
    forget = cancel.on_cancel(conn.abort) if cancel is not None else _nothing
    failure: SmtpFailure | None = None
    try:
        conn.open()
        if message is not None:
            conn.send(message)
    except SmtpFailure as exc:
        failure = exc
        if not isinstance(exc, SmtpCancelled):
            _attach_certificate(exc, conn, deadline)
    except Exception as exc:  # our bug: report, never crash the dialog
        log.error("connection test failed unexpectedly", exc_info=exc)
        failure = SmtpFailure(
            Step.CONNECT, Guidance.UNKNOWN, transient=False, detail=type(exc).__name__
        )
    finally:
        conn.close()
        forget()
    cancelled = cancel is not None and cancel.is_set()
    if cancelled:
        failure = None
    return ConnectionTestResult(
        ok=not cancelled and failure is None,
        failure=failure,
        capabilities=dict(conn.capabilities),
        auth_mechanisms=list(conn.auth_mechanisms),
        max_size=conn.max_size,
        cert=failure.cert if failure is not None else conn.peer_cert,
        events=events,
        cancelled=cancelled,
    )


def _nothing() -> None:
    pass
