"""Real SMTP servers on 127.0.0.1 for tests (aiosmtpd + trustme); import these anywhere.

    with TestPki.create(tmp_path) as pki, SmtpTestServer("starttls", pki) as server:
        server.handler.script("DATA", "451 4.3.0 try later")
        ...

Modes: "ssl" (implicit TLS, 465 style), "starttls" (STARTTLS required, 587 style), "plain".
aiosmtpd pitfalls from SMTP.md: pass hostname="127.0.0.1" (default is ::1); implicit TLS hides
AUTH unless ``auth_require_tls=False`` (aiosmtpd issues 274/281).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import socket
import ssl
import threading
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Self

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from desktop.mail.settings import Encryption, SmtpSettings

Mode = Literal["ssl", "starttls", "plain"]
CertChoice = Literal["trusted", "untrusted", "wrong_name"]
HOST = "127.0.0.1"
USER = "jonas@example.lt"
PASSWORD = "slaptažodis-ž"  # non-ASCII on purpose: CPython issue 73936


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


@dataclass
class TestPki:
    """A trusted CA (point SSL_CERT_FILE at ``ca_pem``) and an unrelated, untrusted one.

    ``cert``: trusted, for 127.0.0.1/localhost; ``other_cert``: same names, untrusted CA
    (a self-signed company server); ``wrong_name_cert``: trusted CA, for another host name.
    """

    ca: trustme.CA
    cert: trustme.LeafCert
    other_ca: trustme.CA
    other_cert: trustme.LeafCert
    wrong_name_cert: trustme.LeafCert
    ca_pem: Path
    __test__ = False  # not a pytest test class

    @classmethod
    def create(cls, directory: Path) -> TestPki:
        ca, other_ca = trustme.CA(), trustme.CA(organization_name="Untrusted Test CA")
        ca_pem = directory / "faktura-test-ca.pem"
        ca.cert_pem.write_to_path(str(ca_pem))
        return cls(
            ca=ca,
            cert=ca.issue_cert(HOST, "localhost"),
            other_ca=other_ca,
            other_cert=other_ca.issue_cert(HOST, "localhost"),
            wrong_name_cert=ca.issue_cert("mail.example.com"),
            ca_pem=ca_pem,
        )

    def leaf(self, choice: CertChoice) -> trustme.LeafCert:
        return {
            "trusted": self.cert,
            "untrusted": self.other_cert,
            "wrong_name": self.wrong_name_cert,
        }[choice]

    def server_context(self, cert: CertChoice = "trusted") -> ssl.SSLContext:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.leaf(cert).configure_cert(ctx)
        return ctx

    @staticmethod
    def sha256(cert: trustme.LeafCert) -> str:
        """The pin value for a leaf certificate (hex SHA-256 of its DER bytes)."""
        der = ssl.PEM_cert_to_DER_cert(cert.cert_chain_pems[0].bytes().decode("ascii"))
        return hashlib.sha256(der).hexdigest()


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    mail_options: list[str]
    login: bytes | None


@dataclass
class RecordingHandler:
    """Records messages; ``script(command, reply...)`` makes the next calls answer so."""

    messages: list[Received] = field(default_factory=list)
    replies: dict[str, deque[str]] = field(
        default_factory=lambda: {c: deque() for c in ("MAIL", "RCPT", "DATA")}
    )
    drop_in_data: int = 0  # this many DATA commands hang up instead of replying
    delay_data_s: float = 0.0  # wait this long before the final DATA reply (cancel tests)
    # Faults around the end of the data (the duplicate window, RFC 1047):
    drop_while_data: int = 0  # this many hang up mid-data, after its first line (not stored)
    drop_after_storing: int = 0  # this many store the message, then hang up without a reply
    late_reply_s: float = 0.0  # store every message, then answer only after this long
    drop_before_data: int = 0  # this many RCPT commands hang up instead of replying
    slow_mail: int = 0  # this many MAIL commands answer only after ``slow_reply_s``
    slow_reply_s: float = 3.0
    dropped: list[bytes] = field(default_factory=list)
    in_data: threading.Event = field(default_factory=threading.Event)  # a DATA has arrived
    slow_quit_s: float = 0.0  # wait this long before answering QUIT
    quit_answered: threading.Event = field(default_factory=threading.Event)

    def script(self, command: str, *replies: str) -> None:
        self.replies[command.upper()].extend(replies)

    def reset(self) -> None:
        self.messages.clear()
        self.dropped.clear()
        self.drop_in_data = 0
        self.delay_data_s = 0.0
        self.drop_while_data = self.drop_after_storing = self.drop_before_data = 0
        self.slow_mail = 0
        self.late_reply_s = 0.0
        self.slow_quit_s = 0.0
        self.quit_answered.clear()
        self.in_data.clear()
        for queue in self.replies.values():
            queue.clear()

    def _next(self, command: str) -> str | None:
        queue = self.replies[command]
        return queue.popleft() if queue else None

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if (reply := self._next("MAIL")) is not None:
            return reply
        if self.slow_mail:
            self.slow_mail -= 1
            await asyncio.sleep(self.slow_reply_s)  # the client has timed out by now
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if (reply := self._next("RCPT")) is not None:
            return reply
        if self.drop_before_data:
            self.drop_before_data -= 1
            assert isinstance(server.transport, asyncio.Transport)
            server.transport.abort()
            return "250 never seen"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        data = envelope.original_content or b""
        self.in_data.set()
        if self.delay_data_s:
            await asyncio.sleep(self.delay_data_s)
        if self.drop_in_data:
            self.drop_in_data -= 1
            self.dropped.append(data)
            assert isinstance(server.transport, asyncio.Transport)
            server.transport.abort()  # hang up before the final reply
            return "250 never seen"
        if (reply := self._next("DATA")) is not None:
            return reply
        self._store(session, envelope, data)
        if self.drop_after_storing:
            self.drop_after_storing -= 1
            assert isinstance(server.transport, asyncio.Transport)
            server.transport.abort()  # stored, and the client never hears it
            return "250 never seen"
        if self.late_reply_s:
            await asyncio.sleep(self.late_reply_s)  # stored; the client has given up by now
        return "250 2.0.0 Ok: queued as FAKTURA1"

    async def handle_QUIT(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.slow_quit_s:
            await asyncio.sleep(self.slow_quit_s)
        self.quit_answered.set()
        return "221 Bye"

    def _store(self, session: Session, envelope: Envelope, data: bytes) -> None:
        auth = session.auth_data
        login = auth.login if isinstance(auth, LoginPassword) else None
        sender, options = str(envelope.mail_from), list(envelope.mail_options)
        self.messages.append(Received(sender, list(envelope.rcpt_tos), data, options, login))


#: What Gmail sends (base64 JSON in a 334) before its final 535 for a refused bearer token.
XOAUTH2_ERROR = b'{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}'


@dataclass
class XOAuth2Handler(RecordingHandler):
    """A ``RecordingHandler`` that also speaks SASL XOAUTH2 (aiosmtpd calls ``auth_<NAME>``
    methods of the handler).  ``bearer(user, token)`` decides; a refusal goes like Gmail's
    and Outlook's: 334 with an error blob, the client's empty line, then 535."""

    bearer: Callable[[str, str], bool] = lambda user, token: False
    auth_replies: deque[str] = field(default_factory=deque)  # scripted final replies
    xoauth2_users: list[str] = field(default_factory=list)

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        if len(args) == 2:
            blob = base64.b64decode(args[1])
        else:
            answer = await server.challenge_auth("")
            if not isinstance(answer, bytes):
                return AuthResult(success=False, handled=True)
            blob = answer
        fields = dict(part.split("=", 1) for part in blob.decode().split("\x01") if "=" in part)
        user, auth = fields.get("user", ""), fields.get("auth", "")
        self.xoauth2_users.append(user)
        if self.auth_replies:
            return AuthResult(success=False, handled=False, message=self.auth_replies.popleft())
        if auth.startswith("Bearer ") and self.bearer(user, auth.removeprefix("Bearer ")):
            return AuthResult(success=True, auth_data=LoginPassword(user.encode(), b""))
        await server.challenge_auth(XOAUTH2_ERROR)  # the client answers with an empty line
        return AuthResult(success=False, handled=False, message="535 5.7.8 Username and "
                          "Password not accepted")  # fmt: skip


class _FaultySMTP(SMTP):
    """aiosmtpd's server, which can also hang up while the data streams in
    (``RecordingHandler.drop_while_data``): ``handle_DATA`` only runs once all of it is in."""

    async def smtp_DATA(self, arg: str) -> None:
        handler = self.event_handler
        ready = self.envelope is not None and self.envelope.rcpt_tos and not arg
        if not (ready and isinstance(handler, RecordingHandler) and handler.drop_while_data):
            await super().smtp_DATA(arg)
            return
        handler.drop_while_data -= 1
        handler.in_data.set()
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        handler.dropped.append(await self._reader.readuntil(b"\r\n"))
        assert self.transport is not None
        self.transport.abort()  # before the final ".": the message is not complete


@dataclass
class Authenticator:
    """Accepts one user/password (LOGIN and PLAIN); ``script`` queues refusals."""

    user: str = USER
    password: str = PASSWORD
    replies: deque[str] = field(default_factory=deque)
    mechanisms: list[str] = field(default_factory=list)

    def script(self, *replies: str) -> None:
        self.replies.extend(replies)

    def __call__(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        self.mechanisms.append(mechanism)
        if self.replies:
            return AuthResult(success=False, handled=False, message=self.replies.popleft())
        ok = (
            isinstance(data, LoginPassword)
            and data.login == self.user.encode()
            and data.password == self.password.encode()
        )
        return AuthResult(success=ok, handled=False, auth_data=data)


class _TrackingController(Controller):
    """Remembers every session so ``stop`` can hang them up first.

    aiosmtpd's ``stop`` cancels tasks but leaves accepted sockets open (a client that never
    finished its TLS handshake, a handler still sleeping); under ``filterwarnings=error`` their
    ResourceWarning would fail some later test when garbage collection finds them.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sessions: list[SMTP] = []

    def factory(self) -> SMTP:
        session = _FaultySMTP(self.handler, **self.SMTP_kwargs)
        self.sessions.append(session)
        return session

    def stop(self, no_assert: bool = False) -> None:
        async def hang_up() -> None:
            if self.server is not None:
                self.server.close()  # first, or a client reconnecting at once gets in
            for session in self.sessions:
                if session.transport is not None:
                    session.transport.abort()
            await asyncio.sleep(0.01)  # let connection_lost callbacks run

        if self.loop.is_running():
            asyncio.run_coroutine_threadsafe(hang_up(), self.loop).result(timeout=5)
        super().stop(no_assert)


class SmtpTestServer:
    """An aiosmtpd Controller on a free port, started and stopped as a context manager."""

    def __init__(
        self,
        mode: Mode,
        pki: TestPki | None = None,
        *,
        cert: CertChoice = "trusted",
        require_starttls: bool | None = None,
        mechanisms: tuple[str, ...] = ("LOGIN", "PLAIN"),
        data_size_limit: int | None = None,
        smtputf8: bool = True,
        user: str = USER,
        password: str = PASSWORD,
        bearer: Callable[[str, str], bool] | None = None,
    ) -> None:
        """``bearer``: offer XOAUTH2 (only, unless ``mechanisms`` names more) and accept a
        token when ``bearer(user, token)`` says so."""
        self.mode = mode
        self.host = HOST
        self.port = free_port()
        self.handler = RecordingHandler() if bearer is None else XOAuth2Handler(bearer=bearer)
        if bearer is not None and mechanisms == ("LOGIN", "PLAIN"):
            mechanisms = ()
        self.authenticator = Authenticator(user, password)
        kwargs: dict[str, Any] = {
            "authenticator": self.authenticator,
            "auth_exclude_mechanism": [m for m in ("LOGIN", "PLAIN") if m not in mechanisms],
            "enable_SMTPUTF8": smtputf8,
        }
        if data_size_limit is not None:
            kwargs["data_size_limit"] = data_size_limit
        if mode != "plain":
            assert pki is not None, "TLS modes need a TestPki"
            ctx = pki.server_context(cert)
            if mode == "ssl":
                kwargs.update(ssl_context=ctx, auth_require_tls=False)
            else:
                kwargs.update(tls_context=ctx, require_starttls=require_starttls is not False)
        else:
            kwargs.update(auth_require_tls=False, require_starttls=bool(require_starttls))
        self._kwargs = kwargs
        self.controller = _TrackingController(self.handler, hostname=HOST, port=self.port, **kwargs)

    def __enter__(self) -> Self:
        self.controller.start()
        return self

    def kill(self) -> None:
        """Stop at once, hanging up every connection mid-whatever (a crashed server)."""
        self.controller.stop()

    def restart(self) -> None:
        """Start again on the same port with the same handler, after ``kill``."""
        kwargs = self._kwargs
        self.controller = _TrackingController(self.handler, hostname=HOST, port=self.port, **kwargs)
        self.controller.start()

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.controller.stop()

    def reset(self) -> None:
        """Forget messages and scripted replies (for module-scoped servers)."""
        self.handler.reset()
        self.authenticator.replies.clear()
        self.authenticator.mechanisms.clear()


def settings_for(
    server: SmtpTestServer | SilentServer, encryption: Encryption | None = None, **changes: Any
) -> SmtpSettings:
    """Settings that match ``server`` (override any field), with a short test timeout."""
    if encryption is None:
        mode: Mode = getattr(server, "mode", "plain")
        encryption = "none" if mode == "plain" else mode
    values: dict[str, Any] = {
        "host": server.host,
        "port": server.port,
        "encryption": encryption,
        "username": USER,
        "sender_name": "Jonas Jonaitis",
        "sender_email": USER,
        "timeout_s": 2.0,
    }
    values.update(changes)
    return SmtpSettings(**values)


class SilentServer:
    """Accepts TCP connections (the kernel completes the handshake) and never says a word."""

    def __init__(self) -> None:
        self.host = HOST
        self._sock = socket.socket()
        self._sock.bind((HOST, 0))
        self.port = int(self._sock.getsockname()[1])

    def __enter__(self) -> Self:
        self._sock.listen(8)
        return self

    def __exit__(self, *exc: object) -> None:
        self._sock.close()


@contextmanager
def refused_port() -> Iterator[int]:
    """A port that refuses connections: bound, so nobody else takes it, but not listening."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        yield int(sock.getsockname()[1])
