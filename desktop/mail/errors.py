"""Turn what smtplib, ssl and socket raise into one ``SmtpFailure`` with a ``Guidance`` key.

The mapping is SMTP.md's failure table; the retry policy is K-9 Mail's (SMTP.md "Retry
policy"): 4xx replies and network errors are transient, 5xx are permanent, and failures that
only the user can fix (password, certificate, encryption mode) stop the account's queue.
"""

from __future__ import annotations

import errno
import re
import smtplib
import socket
import ssl
from typing import TYPE_CHECKING

from desktop.mail.guidance import Guidance
from desktop.mail.steps import Step
from desktop.mail.tls import CertificatePinMismatch
from desktop.mail.x509 import CertInfo

if TYPE_CHECKING:
    from desktop.mail.settings import SmtpSettings

G = Guidance

#: Only the user can fix these; retrying would fail the same way (or lock the account).
STOPS_QUEUE = frozenset(
    {
        G.APP_PASSWORD_REQUIRED,
        G.AUTH_FAILED,
        G.MS_BASIC_AUTH_DISABLED,
        G.OAUTH_SIGN_IN_REQUIRED,
        G.OAUTH_TOKEN_REJECTED,
        G.OAUTH_PROVIDER_ERROR,
        G.MS_SMTP_AUTH_DISABLED,
        G.AUTH_NOT_OFFERED,
        G.STARTTLS_REQUIRED,
        G.STARTTLS_NOT_OFFERED,
        G.SSL_ON_STARTTLS_PORT,
        G.STARTTLS_ON_SSL_PORT,
        G.CERT_UNTRUSTED,
        G.CERT_PIN_MISMATCH,
        G.CERT_HOSTNAME_MISMATCH,
        G.TLS_FAILED,
        G.SENDER_NOT_OWNED,
        G.RELAY_DENIED,
    }
)
_NETWORK_TRANSIENT = frozenset(
    {
        G.DNS_FAILED,
        G.CONNECTION_REFUSED,
        G.PORT_BLOCKED,
        G.TIMEOUT,
        G.NETWORK_UNREACHABLE,
        G.SERVER_DISCONNECTED,
    }
)
_RATE_WORDS = re.compile(r"\blimit|try again later|too many|\brate\b|4\.7\.0|4\.2\.1|5\.4\.5")
_NO_NETWORK = {errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN}
_WRONG_TLS_VERSION = (
    "WRONG_VERSION_NUMBER",
    "UNKNOWN_PROTOCOL",
    "HTTP_REQUEST",
    "PACKET_LENGTH_TOO_LONG",
    "RECORD_LAYER_FAILURE",
)


#: SMTPNotSupportedError text for "AUTH is offered only after STARTTLS".
REQUIRES_STARTTLS = "AUTH is offered only after STARTTLS"


class NoGreeting(Exception):  # noqa: N818 - describes the event, not an error class
    """TCP connected but the server never sent its 220 greeting (timed out or hung up).

    ``implicit_tls`` is True when a probe showed the port expects a TLS handshake first,
    i.e. STARTTLS/none was chosen for a 465-style port (SMTP.md: "hangs, then timeout").
    """

    def __init__(self, timed_out: bool, implicit_tls: bool) -> None:
        super().__init__("timed out" if timed_out else "connection closed")
        self.timed_out = timed_out
        self.implicit_tls = implicit_tls


class SmtpFailure(Exception):  # noqa: N818 - name fixed by the public API
    """An SMTP attempt failed; carries what to tell the user and how the outbox reacts.

    Never holds the password: ``reply_text`` is the server's words, ``detail`` the Python
    exception's type and message (the transport scrubs both before raising).
    """

    def __init__(
        self,
        step: Step,
        guidance: Guidance,
        *,
        transient: bool,
        stops_queue: bool = False,
        reply_code: int | None = None,
        reply_text: str = "",
        cert: CertInfo | None = None,
        detail: str = "",
    ) -> None:
        super().__init__(step.value, guidance.value, reply_code, reply_text)
        self.step = step
        self.guidance = guidance
        self.transient = transient
        self.stops_queue = stops_queue
        self.reply_code = reply_code
        self.reply_text = reply_text
        self.cert = cert
        self.detail = detail
        #: The whole message, final "." included, had been handed to the network when the
        #: link failed without a final reply: the server may have stored it (a late reply,
        #: a hang-up after the data), so the outbox never sends it again on its own.  Set
        #: by the transport; False for every failure before the end of the data.
        self.maybe_delivered = False

    def __str__(self) -> str:
        text = f"{self.step.value}: {self.guidance.value}"
        if self.reply_code is not None:
            text += f" ({self.reply_code} {self.reply_text})"
        elif self.detail:
            text += f" ({self.detail})"
        return text

    def __repr__(self) -> str:
        return f"SmtpFailure({self!s}, transient={self.transient})"

    def scrubbed(self, secret: str | None) -> SmtpFailure:
        """Replace any occurrence of ``secret`` (a hostile server may echo it) with ***."""
        if secret:
            self.reply_text = self.reply_text.replace(secret, "***")
            self.detail = self.detail.replace(secret, "***")
            self.args = (self.step.value, self.guidance.value, self.reply_code, self.reply_text)
        return self


class SmtpCancelled(SmtpFailure):
    """``abort()`` was called (Cancel, app quit); transient, never shown as an error."""

    def __init__(self, step: Step) -> None:
        super().__init__(step, G.SERVER_DISCONNECTED, transient=True, detail="cancelled")


def _reply(exc: BaseException) -> tuple[int | None, str]:
    if isinstance(exc, smtplib.SMTPRecipientsRefused) and exc.recipients:
        code, raw = next(iter(exc.recipients.values()))
        return code, _text(raw)
    if isinstance(exc, smtplib.SMTPResponseException):
        return exc.smtp_code, _text(exc.smtp_error)
    return None, ""


def _text(raw: bytes | str) -> str:
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def _caused_by_timeout(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, TimeoutError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _by_reply(code: int, text: str, step: Step, oauth: bool = False) -> Guidance:
    low = text.lower()
    if code == 530 and "starttls" in low:
        return G.STARTTLS_REQUIRED
    if "5.7.139" in low or "smtpclientauthentication" in low:
        # With OAuth too: the tenant (or the mailbox) has SMTP AUTH switched off altogether.
        return G.MS_SMTP_AUTH_DISABLED if oauth else G.MS_BASIC_AUTH_DISABLED
    if oauth and step is Step.LOGIN and code in (334, 535, 454):
        return G.OAUTH_TOKEN_REJECTED
    if code == 534 or "5.7.9" in low:
        return G.APP_PASSWORD_REQUIRED
    if code == 535 or (step is Step.LOGIN and code >= 500):
        return G.AUTH_FAILED
    if _RATE_WORDS.search(low) and code in (421, 450, 451, 452, 550, 554):
        return G.RATE_LIMITED
    if (code == 552 and "5.2.2" not in low) or "5.3.4" in low:
        return G.MESSAGE_TOO_LARGE
    if "relay" in low or code == 530:
        return G.RELAY_DENIED
    if code >= 550 and ("sender" in low or "not owned" in low or step is Step.MAIL):
        return G.SENDER_NOT_OWNED
    if code >= 550 and step is Step.RCPT:
        return G.RECIPIENT_REJECTED
    return G.SERVER_TEMPORARY if code < 500 else G.SERVER_PERMANENT


def _by_exception(exc: BaseException, step: Step, settings: SmtpSettings) -> Guidance:
    if isinstance(exc, CertificatePinMismatch):
        return G.CERT_PIN_MISMATCH
    if isinstance(exc, ssl.SSLCertVerificationError):
        msg = str(exc).lower()
        if getattr(exc, "verify_code", None) == 62 or "mismatch" in msg or "doesn't match" in msg:
            return G.CERT_HOSTNAME_MISMATCH
        return G.CERT_UNTRUSTED
    if isinstance(exc, ssl.SSLEOFError):
        return G.SERVER_DISCONNECTED
    if isinstance(exc, ssl.SSLError):
        reason = (exc.reason or "").upper()
        if settings.encryption == "ssl" and reason in _WRONG_TLS_VERSION:
            return G.SSL_ON_STARTTLS_PORT  # SMTP.md: WRONG_VERSION_NUMBER [seen]
        return G.TLS_FAILED
    if isinstance(exc, NoGreeting):
        if exc.implicit_tls or (settings.encryption != "ssl" and settings.port == 465):
            return G.STARTTLS_ON_SSL_PORT
        return G.TIMEOUT if exc.timed_out else G.SERVER_DISCONNECTED
    if isinstance(exc, socket.gaierror):
        return G.DNS_FAILED
    if isinstance(exc, ConnectionRefusedError):
        return G.CONNECTION_REFUSED
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        msg = str(exc).lower()
        if msg == REQUIRES_STARTTLS.lower():
            return G.STARTTLS_REQUIRED
        if "starttls" in msg:
            return G.STARTTLS_NOT_OFFERED
        return G.SMTPUTF8_UNSUPPORTED if "smtputf8" in msg else G.AUTH_NOT_OFFERED
    if isinstance(exc, smtplib.SMTPServerDisconnected | ConnectionError):
        return G.TIMEOUT if _caused_by_timeout(exc) else G.SERVER_DISCONNECTED
    if isinstance(exc, TimeoutError):
        return G.PORT_BLOCKED if step in (Step.RESOLVE, Step.CONNECT) else G.TIMEOUT
    if isinstance(exc, OSError) and exc.errno in _NO_NETWORK:
        return G.NETWORK_UNREACHABLE
    if isinstance(exc, OSError):
        return G.SERVER_DISCONNECTED
    return G.UNKNOWN


def classify(exc: BaseException, step: Step, settings: SmtpSettings) -> SmtpFailure:
    """Map one exception raised at ``step`` to a failure; pure (no network, no logging)."""
    if isinstance(exc, SmtpFailure):
        return exc
    code, text = _reply(exc)
    if code is not None and code >= 400:
        guidance = _by_reply(code, text, step, settings.uses_oauth)
        transient = code < 500
    else:
        guidance = _by_exception(exc, step, settings)
        transient = guidance in _NETWORK_TRANSIENT
    cert = exc.cert if isinstance(exc, CertificatePinMismatch) else None
    return SmtpFailure(
        step,
        guidance,
        transient=transient,
        stops_queue=guidance in STOPS_QUEUE,
        reply_code=code,
        reply_text=text,
        cert=cert,
        detail=f"{type(exc).__name__}: {exc}",
    )
