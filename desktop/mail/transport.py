"""One SMTP connection, opened step by step, reused for a batch of messages.

Every step is reported through ``on_step`` (the "Test connection" checklist and the mailer's
status) and every failure leaves as one ``SmtpFailure`` (see ``errors``).  Rules encoded here
come from SMTP.md: always a verifying TLS context; STARTTLS fails closed; UTF-8 AUTH; SIZE is
checked before MAIL; Bcc goes in the envelope only (like ``smtplib.send_message``).
"""

from __future__ import annotations

import contextlib
import re
import smtplib
import socket
import ssl
import time
from collections.abc import Callable
from email.message import EmailMessage

from desktop.mail.envelope import prepare
from desktop.mail.errors import REQUIRES_STARTTLS, NoGreeting, SmtpCancelled, SmtpFailure
from desktop.mail.guidance import Guidance
from desktop.mail.link import SmtpLink, StepCallback
from desktop.mail.netio import AddrInfo, authenticate, connect_interruptibly
from desktop.mail.oauth.smtp_token import describe, login_xoauth2, token_for
from desktop.mail.steps import Step
from desktop.mail.tls import (
    peer_certificate,
    pinned_context,
    speaks_implicit_tls,
    trusted_context,
)

__all__ = ["SmtpConnection", "Step", "StepCallback"]
_LEADING_DOT = re.compile(rb"(?m)^\.")


def _summary(caps: dict[str, str]) -> str:
    parts = [f"AUTH {caps['AUTH']}" if "AUTH" in caps else "no AUTH"]
    if caps.get("SIZE", "0").isdigit() and int(caps.get("SIZE", "0")):
        parts.append(f"SIZE {int(caps['SIZE']) // 1_000_000} MB")
    parts += [name for name in ("STARTTLS", "SMTPUTF8", "8BITMIME") if name in caps]
    return "; ".join(parts)


class SmtpConnection(SmtpLink):
    """Context manager: ``with SmtpConnection(s, pw) as c: c.send(msg)``; raises SmtpFailure.

    ``__init__(settings, password, *, on_step=None, deadline=None)``; ``on_step(step, state,
    detail)`` with state "running" | "ok" | "failed" | "skipped"; ``deadline`` (monotonic)
    caps every time limit of the connection's life (the settings dialog's test).
    """

    # -- opening --------------------------------------------------------------------------
    def open(self) -> None:
        """Resolve, connect, TLS / STARTTLS, EHLO, login. Raises SmtpFailure.

        Calling it again reconnects (after ``is_alive()`` said no); after ``abort()`` the
        object is finished and raises SmtpCancelled.
        """
        if self._aborted:
            raise SmtpCancelled(Step.RESOLVE)
        self._drop()
        s = self.settings
        if s.uses_oauth:  # first, so a refused consent never costs a connection
            refresh = self._password.reveal()
            token = self._do(
                Step.OAUTH, lambda: token_for(s, refresh, force=False), lambda _: describe(s)
            )
            self._token.set(token)
        deadline = time.monotonic() + s.timeout_s
        addrs = self._do(
            Step.RESOLVE,
            lambda: self._look_up(s.network_host, s.port),
            lambda a: ", ".join(str(x[4][0]) for x in a),
        )
        self._do(Step.CONNECT, lambda: self._tcp(addrs, deadline), lambda r: f"{r[0]} port {r[1]}")
        smtp = smtplib.SMTP(local_hostname="localhost", timeout=s.timeout_s)
        with self._lock:
            assert self._raw is not None
            smtp.sock, self._smtp = self._raw, smtp
        smtp.local_hostname = self._ehlo_name(self._raw)
        if s.encryption == "ssl":
            self._do(Step.TLS, lambda: self._wrap_tls(deadline), str)
        else:
            self._emit(Step.TLS, "skipped")
        self._do(Step.EHLO, lambda: self._greet_and_ehlo(deadline), _summary)
        if s.encryption == "starttls":
            self._do(Step.STARTTLS, self._starttls, str)
            self._do(Step.EHLO, self._ehlo, _summary)
        else:
            self._emit(Step.STARTTLS, "skipped")
        if s.encryption != "none" and not isinstance(smtp.sock, ssl.SSLSocket):  # fail closed
            not_tls = SmtpFailure(Step.STARTTLS, Guidance.STARTTLS_NOT_OFFERED, transient=False)
            self._emit(Step.STARTTLS, "failed", str(not_tls))
            self._drop()
            raise not_tls
        if s.username:
            self._do(Step.LOGIN, self._login, lambda mech: f"{mech} as {s.username}")
        else:
            self._emit(Step.LOGIN, "skipped", "no user name")
        smtp.sock.settimeout(s.timeout_s)

    def _tcp(self, addrs: list[AddrInfo], deadline: float) -> tuple[str, int]:
        """Try each address; the whole TCP phase gets half the budget (rest: TLS, greeting)."""
        budget_end = time.monotonic() + self._limit(self.settings.timeout_s / 2)
        last: OSError = OSError("no address")
        for index, (family, kind, proto, _, address) in enumerate(addrs):
            sock = socket.socket(family, kind, proto)
            handle = self._watch(sock)
            with self._lock:
                self._raw, self._main_handle = sock, handle
            share = (budget_end - time.monotonic()) / (len(addrs) - index)
            try:
                connect_interruptibly(sock, address, max(share, 0.05), lambda: self._aborted)
            except OSError as exc:
                with self._lock:
                    self._raw = self._main_handle = None
                self._unwatch(handle)
                sock.close()
                last = exc
                continue
            sock.settimeout(self._limit(max(deadline - time.monotonic(), 0.05)))
            host, port = sock.getpeername()[:2]
            return str(host), int(port)
        raise last

    @staticmethod
    def _ehlo_name(sock: socket.socket) -> str:
        """An address literal, like Thunderbird: no host name leak, no slow getfqdn()."""
        ip = str(sock.getsockname()[0])
        return f"[IPv6:{ip}]" if ":" in ip else f"[{ip}]"

    def _context(self) -> ssl.SSLContext:
        pin = self.settings.pinned_sha256
        return pinned_context(pin) if pin else trusted_context()

    def _wrap_tls(self, deadline: float) -> str:
        smtp = self._require()
        assert smtp.sock is not None
        smtp.sock.settimeout(self._limit(max(deadline - time.monotonic(), 0.05)))
        tls = self._context().wrap_socket(smtp.sock, server_hostname=self.settings.network_host)
        with self._lock:
            smtp.sock = self._raw = tls
        self.peer_cert = peer_certificate(tls)
        how = "pinned certificate" if self.settings.pinned_sha256 else "verified"
        return f"{tls.version()}, {how}"

    def _greet_and_ehlo(self, deadline: float) -> dict[str, str]:
        smtp = self._require()
        assert smtp.sock is not None
        if self.settings.encryption != "ssl":  # keep time for the implicit-TLS probe
            smtp.sock.settimeout(self._limit(max((deadline - time.monotonic()) * 0.7, 0.05)))
        try:
            code, msg = smtp.getreply()
        except smtplib.SMTPServerDisconnected as exc:
            timed_out = isinstance(exc.__context__, TimeoutError)
            probe = self.settings.encryption != "ssl" and not self._aborted
            raise NoGreeting(timed_out, probe and self._probe_tls(deadline)) from None
        if code != 220:
            raise smtplib.SMTPConnectError(code, msg)
        smtp.sock.settimeout(self._limit(self.settings.timeout_s))
        return self._ehlo()

    def _probe_tls(self, deadline: float) -> bool:
        try:
            left = self._limit(max(deadline - time.monotonic(), 0.05))
        except TimeoutError:
            return False
        with self.side_connections() as connect:
            s = self.settings
            return speaks_implicit_tls(s.network_host, s.port, left, connect=connect)

    def _ehlo(self) -> dict[str, str]:
        smtp = self._require()
        code, msg = smtp.ehlo()
        if code != 250:
            code, msg = smtp.helo()
            if code != 250:
                raise smtplib.SMTPHeloError(code, msg)
        self.capabilities = {k.upper(): " ".join(v.split()) for k, v in smtp.esmtp_features.items()}
        size = self.capabilities.get("SIZE", "")
        self.max_size = int(size) if size.isdigit() and int(size) > 0 else None
        self.auth_mechanisms = self.capabilities.get("AUTH", "").upper().split()
        return self.capabilities

    def _starttls(self) -> str:
        """Like smtplib.starttls, but refuses (fail closed) if the server does not offer it."""
        smtp = self._require()
        if not smtp.has_extn("starttls"):
            raise smtplib.SMTPNotSupportedError("STARTTLS extension not supported by server")
        code, reply = smtp.docmd("STARTTLS")
        if code != 220:
            raise smtplib.SMTPResponseException(code, reply)
        assert smtp.sock is not None
        tls = self._context().wrap_socket(smtp.sock, server_hostname=self.settings.network_host)
        with self._lock:
            smtp.sock = self._raw = tls
        self.peer_cert = peer_certificate(tls)
        smtp.file = None
        smtp.helo_resp = smtp.ehlo_resp = None
        smtp.esmtp_features, smtp.does_esmtp = {}, False
        return str(tls.version())

    def _login(self) -> str:
        if self.settings.uses_oauth:
            return self._login_oauth()
        mechanisms: list[str] = [m for m in ("PLAIN", "LOGIN") if m in self.auth_mechanisms]
        smtp = self._require()
        if not mechanisms and "STARTTLS" in self.capabilities:
            # Postfix's smtpd_tls_auth_only, aiosmtpd's auth_require_tls: AUTH appears only
            # after STARTTLS. Never try it in plain text; tell the user to choose STARTTLS.
            raise smtplib.SMTPNotSupportedError(REQUIRES_STARTTLS)
        password = self._password.reveal() or ""
        authenticate(smtp, mechanisms, self.settings.username, password)
        return mechanisms[0]

    def _login_oauth(self) -> str:
        smtp = self._require()
        if "XOAUTH2" not in self.auth_mechanisms:
            if not self.auth_mechanisms and "STARTTLS" in self.capabilities:
                raise smtplib.SMTPNotSupportedError(REQUIRES_STARTTLS)
            raise smtplib.SMTPNotSupportedError("AUTH: XOAUTH2 is not offered")
        return login_xoauth2(smtp, self.settings, self._password.reveal(), self._token)

    # -- sending --------------------------------------------------------------------------
    def send(
        self,
        message: EmailMessage,
        *,
        envelope_to: list[str] | None = None,
        before_data: Callable[[], None] | None = None,
        while_waiting: Callable[[], None] | None = None,
    ) -> str:
        """MAIL, RCPT..., ``before_data()``, DATA; returns the server's final reply text.

        Until the final "." of the data is on the wire the server cannot have the message, so
        any failure up to there is safe to retry.  From then on only its reply tells: a
        failure without one (timeout, hang-up, our abort) carries ``maybe_delivered``, and
        the outbox leaves that message to the user ("uncertain").  The outbox marks the
        message "sending" in ``before_data``, so a crash in DATA is never retried either.
        ``while_waiting()`` runs once the message is on the wire, while the server takes it
        in and before its final reply is read (the outbox reads the next message there).
        It must not raise.
        """
        smtp = self._require()
        env = prepare(message, envelope_to)
        if self.max_size is not None and len(env.data) > self.max_size:
            too_large = SmtpFailure(
                Step.MAIL,
                Guidance.MESSAGE_TOO_LARGE,
                transient=False,
                detail=f"{len(env.data)} bytes > SIZE {self.max_size}",
            )
            self._emit(Step.MAIL, "failed", str(too_large))
            raise too_large
        options = [f"SIZE={len(env.data)}"] if "SIZE" in self.capabilities else []
        if env.international:  # smtplib raises SMTPNotSupportedError without SMTPUTF8
            options += ["SMTPUTF8", "BODY=8BITMIME"]
        self._do(Step.MAIL, lambda: self._mail(smtp, env.sender, options), str)
        self._do(Step.RCPT, lambda: self._rcpt(smtp, env.recipients), str)
        if before_data is not None:
            try:
                before_data()
            except BaseException:
                self._rset(smtp)
                raise
        self._data_sent = False
        try:
            return self._do(Step.DATA, lambda: self._data(smtp, env.data, while_waiting), str)
        except SmtpFailure as failure:
            failure.maybe_delivered = self._data_sent and failure.reply_code is None
            raise

    def _rset(self, smtp: smtplib.SMTP) -> None:
        with contextlib.suppress(smtplib.SMTPException, OSError):
            smtp.rset()

    def _mail(self, smtp: smtplib.SMTP, sender: str, options: list[str]) -> str:
        code, resp = smtp.mail(sender, options)
        if code != 250:
            self._rset(smtp)
            raise smtplib.SMTPSenderRefused(code, resp, sender)
        return sender

    def _rcpt(self, smtp: smtplib.SMTP, recipients: list[str]) -> str:
        for rcpt in recipients:
            code, resp = smtp.rcpt(rcpt)
            if code not in (250, 251):
                self._rset(smtp)
                raise smtplib.SMTPRecipientsRefused({rcpt: (code, resp)})
        return ", ".join(recipients)

    def _data(
        self, smtp: smtplib.SMTP, data: bytes, while_waiting: Callable[[], None] | None
    ) -> str:
        """``smtplib.SMTP.data`` with a pause between sending the message and reading the
        reply (the same dot-stuffing and end-of-data line)."""
        code, resp = smtp.docmd("DATA")
        if code != 354:
            raise smtplib.SMTPDataError(code, resp)
        payload = _LEADING_DOT.sub(b"..", data)
        if not payload.endswith(b"\r\n"):
            payload += b"\r\n"
        smtp.send(payload + b".\r\n")
        self._data_sent = True  # the server may store it from here on, whatever we hear next
        if while_waiting is not None:
            while_waiting()
        code, resp = smtp.getreply()
        if code != 250:
            self._rset(smtp)
            raise smtplib.SMTPDataError(code, resp)
        return resp.decode("utf-8", "replace")
