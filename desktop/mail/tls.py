"""TLS contexts: the OS trust store, or one certificate the user explicitly trusted.

SMTP.md: smtplib verifies nothing unless given a context, so every connection gets one of
these.  No silent fall-back to plain text or to an unverified connection (ARCHITECTURE.md);
the only unverified handshakes here read a certificate to *show* it, or probe whether a port
speaks implicit TLS, and never carry a message or a password.
"""

from __future__ import annotations

import os
import smtplib
import socket
import ssl
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import truststore

from desktop.mail.x509 import CertificateParseError, CertInfo, parse_certificate, sha256_hex

if TYPE_CHECKING:
    from desktop.mail.settings import SmtpSettings

#: How these helpers open a connection: ``socket.create_connection``, or a connection's own
#: ``side_connections()`` so that Cancel reaches them too.
Connector = Callable[[tuple[str, int], float], socket.socket]

__all__ = [
    "CertInfo",
    "CertificatePinMismatch",
    "fetch_certificate",
    "peer_certificate",
    "pinned_context",
    "speaks_implicit_tls",
    "trusted_context",
]


class CertificatePinMismatch(ssl.SSLError):
    """The server showed a certificate other than the one the user trusted."""

    def __init__(self, expected: str, cert: CertInfo | None, actual: str) -> None:
        super().__init__(f"certificate {actual} is not the trusted {expected}")
        self.expected = expected
        self.actual = actual
        self.cert = cert


def trusted_context() -> ssl.SSLContext:
    """OS trust store via truststore, plus SSL_CERT_FILE / SSL_CERT_DIR when set.

    The explicit load matters on macOS/Windows, where truststore asks the platform verifier
    and OpenSSL's environment variables would otherwise be ignored (tests rely on them).
    """
    ctx = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    cafile = os.environ.get("SSL_CERT_FILE") or None
    capath = os.environ.get("SSL_CERT_DIR") or None
    if cafile and not Path(cafile).is_file():
        cafile = None
    if capath and not Path(capath).is_dir():
        capath = None
    if cafile or capath:
        ctx.load_verify_locations(cafile=cafile, capath=capath)
    return ctx


class _PinnedSSLSocket(ssl.SSLSocket):
    """Checks the peer's fingerprint as soon as the handshake completes (fail closed)."""

    def do_handshake(self, block: bool = False) -> None:
        super().do_handshake(block)
        expected = getattr(self.context, "pinned_sha256", "")
        der = self.getpeercert(binary_form=True)
        actual = sha256_hex(der) if der else ""
        if not expected or actual != expected:
            raise CertificatePinMismatch(expected, _safe_info(der), actual)


class _PinnedSSLContext(ssl.SSLContext):
    sslsocket_class = _PinnedSSLSocket
    pinned_sha256: str = ""


def peer_certificate(sock: ssl.SSLSocket) -> CertInfo | None:
    """The certificate a TLS socket received, for display; None if absent or unreadable."""
    return _safe_info(sock.getpeercert(binary_form=True))


def _safe_info(der: bytes | None) -> CertInfo | None:
    if not der:
        return None
    try:
        return parse_certificate(der)
    except CertificateParseError:
        return None


def pinned_context(sha256_hex: str) -> ssl.SSLContext:
    """Accept only the certificate with this fingerprint; CA and host name are not checked.

    Used for a company server with a self-signed certificate that the user trusted for this
    host after seeing it (``fetch_certificate``).  Any other certificate raises
    ``CertificatePinMismatch`` right after the handshake, before a byte of SMTP is sent.
    """
    ctx = _PinnedSSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.pinned_sha256 = sha256_hex.strip().lower().replace(":", "")
    return ctx


def _unverified_context() -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


class _SmtpVia(smtplib.SMTP):
    """``smtplib.SMTP`` that opens its socket with a given ``Connector``."""

    def __init__(self, connect: Connector, host: str, port: int, timeout: float) -> None:
        self._connector = connect
        super().__init__(host, port, "localhost", timeout)

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        return self._connector((host, port), timeout)


def fetch_certificate(
    settings: SmtpSettings,
    *,
    timeout: float | None = None,
    connect: Connector = socket.create_connection,
) -> CertInfo:
    """Read the server's certificate without verifying it, only to show it to the user.

    Raises OSError / ssl.SSLError / smtplib.SMTPException like a normal connection, and
    CertificateParseError for a certificate we cannot read.  Sends nothing but EHLO/STARTTLS.
    """
    timeout = settings.timeout_s if timeout is None else timeout
    if settings.encryption == "ssl":
        with (
            connect((settings.network_host, settings.port), timeout) as raw,
            _unverified_context().wrap_socket(raw, server_hostname=settings.network_host) as tls,
        ):
            der = tls.getpeercert(binary_form=True)
    elif settings.encryption == "starttls":
        # local_hostname: smtplib would otherwise call socket.getfqdn(), slow on some LANs.
        smtp = _SmtpVia(connect, settings.network_host, settings.port, timeout)
        try:
            smtp.ehlo()
            if not smtp.has_extn("starttls"):
                raise smtplib.SMTPNotSupportedError("STARTTLS extension not supported by server")
            smtp.starttls(context=_unverified_context())
            assert isinstance(smtp.sock, ssl.SSLSocket)
            der = smtp.sock.getpeercert(binary_form=True)
        finally:
            smtp.close()
    else:
        raise ValueError("a connection without encryption has no certificate")
    if not der:
        raise CertificateParseError("the server sent no certificate")
    return parse_certificate(der)


def speaks_implicit_tls(
    host: str, port: int, timeout: float, *, connect: Connector = socket.create_connection
) -> bool:
    """True if a TLS handshake succeeds on a port that did not greet us in plain text.

    Tells "STARTTLS/none chosen on an implicit-TLS port such as 465" (which just hangs,
    SMTP.md failure table) apart from a server that is merely silent.
    """
    try:
        with (
            connect((host, port), timeout) as raw,
            _unverified_context().wrap_socket(raw, server_hostname=host),
        ):
            return True
    except (OSError, ValueError):
        return False
