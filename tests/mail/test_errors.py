"""classify(): the SMTP.md failure table for exceptions that a loopback server cannot produce."""

from __future__ import annotations

import errno
import smtplib
import socket
import ssl

import pytest

from desktop.mail.errors import NoGreeting, SmtpCancelled, SmtpFailure, classify
from desktop.mail.guidance import Guidance
from desktop.mail.settings import SmtpSettings
from desktop.mail.transport import Step

SECRET = "slaptažodis-ž"
SETTINGS = SmtpSettings("smtp.example.lt", 587, "starttls", "u", "U", "u@example.lt")


def reply(code: int, text: str) -> smtplib.SMTPResponseException:
    return smtplib.SMTPResponseException(code, text.encode())


@pytest.mark.parametrize(
    ("exc", "step", "guidance", "transient"),
    [
        (reply(421, "4.7.0 Try again later, closing connection"), Step.MAIL,
         Guidance.RATE_LIMITED, True),
        (reply(450, "4.2.1 The user you are trying to contact is receiving mail too quickly"),
         Step.RCPT, Guidance.RATE_LIMITED, True),
        (reply(550, "5.4.5 Daily user sending limit exceeded"), Step.MAIL,
         Guidance.RATE_LIMITED, False),
        (reply(554, "5.7.1 <x@example.com>: Relay access denied"), Step.RCPT,
         Guidance.RELAY_DENIED, False),
        (reply(530, "5.7.0 Authentication required"), Step.MAIL, Guidance.RELAY_DENIED, False),
        (reply(552, "5.2.2 Mailbox full"), Step.RCPT, Guidance.RECIPIENT_REJECTED, False),
        (reply(552, "Error: too much mail data"), Step.DATA, Guidance.MESSAGE_TOO_LARGE, False),
        (reply(451, "4.3.0 try later"), Step.DATA, Guidance.SERVER_TEMPORARY, True),
        (reply(554, "5.6.0 Message rejected"), Step.DATA, Guidance.SERVER_PERMANENT, False),
        (reply(454, "4.7.0 Temporary authentication failure"), Step.LOGIN,
         Guidance.SERVER_TEMPORARY, True),
        (smtplib.SMTPRecipientsRefused({"a@b.lt": (550, b"5.1.1 unknown user")}), Step.RCPT,
         Guidance.RECIPIENT_REJECTED, False),
        (socket.gaierror(socket.EAI_NONAME, "Name or service not known"), Step.RESOLVE,
         Guidance.DNS_FAILED, True),
        (TimeoutError("timed out"), Step.CONNECT, Guidance.PORT_BLOCKED, True),
        (TimeoutError("timed out"), Step.DATA, Guidance.TIMEOUT, True),
        (OSError(errno.ENETUNREACH, "Network is unreachable"), Step.CONNECT,
         Guidance.NETWORK_UNREACHABLE, True),
        (ConnectionResetError(), Step.DATA, Guidance.SERVER_DISCONNECTED, True),
        (ssl.SSLEOFError(8, "EOF occurred in violation of protocol"), Step.TLS,
         Guidance.SERVER_DISCONNECTED, True),
        (NoGreeting(timed_out=True, implicit_tls=False), Step.EHLO, Guidance.TIMEOUT, True),
        (NoGreeting(timed_out=True, implicit_tls=True), Step.EHLO,
         Guidance.STARTTLS_ON_SSL_PORT, False),
        (smtplib.SMTPNotSupportedError("SMTPUTF8 not supported by server"), Step.MAIL,
         Guidance.SMTPUTF8_UNSUPPORTED, False),
        (RuntimeError("our bug"), Step.MAIL, Guidance.UNKNOWN, False),
    ],
)  # fmt: skip
def test_mapping(exc: BaseException, step: Step, guidance: Guidance, transient: bool) -> None:
    failure = classify(exc, step, SETTINGS)
    assert (failure.guidance, failure.transient, failure.step) == (guidance, transient, step)


def test_port_465_without_ssl_is_a_mode_mismatch_even_without_probe() -> None:
    settings = SmtpSettings("smtp.example.lt", 465, "none", "u", "U", "u@example.lt")
    failure = classify(NoGreeting(timed_out=True, implicit_tls=False), Step.EHLO, settings)
    assert failure.guidance is Guidance.STARTTLS_ON_SSL_PORT and failure.stops_queue


def test_stops_queue_only_for_what_the_user_must_fix() -> None:
    auth = classify(smtplib.SMTPAuthenticationError(535, b"5.7.8 bad"), Step.LOGIN, SETTINGS)
    cert = classify(ssl.SSLCertVerificationError(1, "self-signed"), Step.TLS, SETTINGS)
    busy = classify(reply(421, "4.7.0 Try again later"), Step.MAIL, SETTINGS)
    assert auth.stops_queue and cert.stops_queue and not busy.stops_queue


def test_failure_text_and_scrubbing() -> None:
    failure = classify(reply(535, f"5.7.8 no {SECRET}"), Step.LOGIN, SETTINGS).scrubbed(SECRET)
    for text in (str(failure), repr(failure), failure.reply_text, repr(failure.args)):
        assert SECRET not in text
    assert str(failure).startswith("login: auth_failed (535 5.7.8 no ***")
    assert failure.__cause__ is None and failure.__context__ is None
    assert classify(failure, Step.MAIL, SETTINGS) is failure


def test_cancelled_is_a_transient_failure() -> None:
    cancelled = SmtpCancelled(Step.DATA)
    assert isinstance(cancelled, SmtpFailure) and cancelled.transient
