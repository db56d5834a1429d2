"""The plumbing under ``SmtpConnection``: step reporting, failure conversion, time limits,
abort, close.

Split from ``transport`` to keep modules small; nothing here speaks SMTP beyond QUIT/NOOP.
Every blocking call has a time limit (the step's ``timeout_s``, capped by the connection's
overall ``deadline`` when it has one), and ``abort()`` from another thread cuts any of them
short, so a connection never outlives a Cancel or a quit by more than a moment.
"""

from __future__ import annotations

import contextlib
import logging
import smtplib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Self, TypeVar

from desktop.mail.errors import SmtpCancelled, SmtpFailure, classify
from desktop.mail.guidance import Guidance
from desktop.mail.netio import Aborted, AddrInfo, connect_interruptibly, resolve
from desktop.mail.settings import SmtpSettings
from desktop.mail.steps import Step
from desktop.mail.tls import Connector
from desktop.mail.x509 import CertInfo

log = logging.getLogger("desktop.mail.transport")
T = TypeVar("T")
StepCallback = Callable[[Step, str, str], None]
_ENVELOPE_STEPS = (Step.MAIL, Step.RCPT, Step.DATA)


class _Secret:
    """Keeps the password out of reprs, debuggers' summaries and crash-report locals."""

    __slots__ = ("_value",)

    def __init__(self, value: str | None) -> None:
        self._value = value

    def reveal(self) -> str | None:
        return self._value

    def set(self, value: str | None) -> None:
        self._value = value

    def __repr__(self) -> str:
        return "<secret>"


class SmtpLink:
    """State and life cycle of one connection; ``SmtpConnection`` adds the SMTP steps."""

    def __init__(
        self,
        settings: SmtpSettings,
        password: str | None,
        *,
        on_step: StepCallback | None = None,
        deadline: float | None = None,
    ) -> None:
        self.settings = settings
        self._password = _Secret(password)  # with OAuth2: the refresh token
        self._token = _Secret(None)  # OAuth2: the access token of this connection
        self._on_step = on_step
        self._deadline = deadline  # time.monotonic() by which everything must be over
        self._smtp: smtplib.SMTP | None = None
        self._raw: socket.socket | None = None
        self._lock = threading.Lock()
        self._aborted = False
        self._data_sent = False  # the current message's final "." is on the wire
        self._handles: dict[int, socket.socket] = {}  # duplicates that abort() shuts down
        self._main_handle: socket.socket | None = None
        self.capabilities: dict[str, str] = {}
        self.max_size: int | None = None
        self.auth_mechanisms: list[str] = []
        self.peer_cert: CertInfo | None = None

    def open(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        if self._smtp is None:
            self.open()
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- time limits ------------------------------------------------------------------------
    def _limit(self, seconds: float) -> float:
        """``seconds``, or less when the overall deadline comes first; TimeoutError after it.

        This is the watchdog: not a thread that looks at the clock, but a limit on every call
        that can block, so the whole connection ends by its deadline on its own.
        """
        if self._deadline is None:
            return seconds
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("no answer in time")
        return min(seconds, left)

    def _cap_timeout(self) -> None:
        """Before a step: its socket reads may take ``timeout_s``, but not past the deadline."""
        smtp = self._smtp
        if self._deadline is not None and smtp is not None and smtp.sock is not None:
            smtp.sock.settimeout(self._limit(self.settings.timeout_s))

    def _look_up(self, host: str, port: int) -> list[AddrInfo]:
        """A name look-up may take what is left of the deadline, else ``timeout_s``."""
        limit = self.settings.timeout_s
        if self._deadline is not None:
            limit = max(self._deadline - time.monotonic(), 0.0)
        return resolve(host, port, limit, lambda: self._aborted)

    # -- what abort() can reach -------------------------------------------------------------
    def _watch(self, sock: socket.socket) -> socket.socket:
        """Keep a duplicate of ``sock`` for ``abort()``: shutting a connection down through it
        works even while TLS is taking the original over (``wrap_socket`` detaches it)."""
        handle = sock.dup()
        with self._lock:
            self._handles[id(handle)] = handle
            if self._aborted:
                _shut(handle)
        return handle

    def _unwatch(self, handle: socket.socket | None) -> None:
        if handle is not None:
            with self._lock:
                self._handles.pop(id(handle), None)
            handle.close()

    @contextlib.contextmanager
    def side_connections(self) -> Iterator[Connector]:
        """A ``socket.create_connection`` for second connections to the server (the
        implicit-TLS probe, reading a certificate to show it): time-limited like the main one,
        and cut by ``abort()``.  Their duplicates are closed when the block ends."""
        mine: list[socket.socket] = []

        def connect(address: tuple[str, int], timeout: float) -> socket.socket:
            ends = time.monotonic() + self._limit(timeout)
            last: OSError = OSError("no address")
            try:
                for family, kind, proto, _, addr in self._look_up(*address):
                    sock = socket.socket(family, kind, proto)
                    handle = self._watch(sock)
                    try:
                        left = max(ends - time.monotonic(), 0.05)
                        connect_interruptibly(sock, addr, left, lambda: self._aborted)
                    except OSError as exc:
                        self._unwatch(handle)
                        sock.close()
                        last = exc
                        continue
                    except Aborted:
                        self._unwatch(handle)
                        sock.close()
                        raise
                    mine.append(handle)
                    sock.settimeout(max(ends - time.monotonic(), 0.05))
                    return sock
            except Aborted:
                raise ConnectionAbortedError("cancelled") from None
            raise last

        try:
            yield connect
        finally:
            for handle in mine:
                self._unwatch(handle)

    # -- plumbing -------------------------------------------------------------------------
    def _emit(self, step: Step, state: str, detail: str = "") -> None:
        if self._on_step is not None:
            self._on_step(step, state, detail)

    def _do(self, step: Step, action: Callable[[], T], detail: Callable[[T], str]) -> T:
        """Run one step; any exception becomes an SmtpFailure raised *outside* the handler,
        so no traceback or context of ours (with the password nearby) is chained to it."""
        self._emit(step, "running")
        failure: SmtpFailure | None = None
        try:
            self._cap_timeout()
            result = action()
        except Exception as exc:
            if self._aborted or isinstance(exc, Aborted):
                failure = SmtpCancelled(step)
            else:
                failure = classify(exc, step, self.settings).scrubbed(self._password.reveal())
                failure.scrubbed(self._token.reveal())
                if failure.guidance is Guidance.UNKNOWN:
                    log.error("unexpected SMTP error at %s", step, exc_info=exc)
        if failure is not None:
            self._emit(step, "failed", str(failure))
            # A refused envelope leaves the session usable for the next message; anything
            # else (network, 421 closing) means reconnect.
            if step not in _ENVELOPE_STEPS or failure.reply_code in (None, 421):
                self._drop()
            raise failure
        self._emit(step, "ok", detail(result))
        return result

    def _drop(self) -> None:
        with self._lock:
            smtp, raw, self._smtp, self._raw = self._smtp, self._raw, None, None
            handle, self._main_handle = self._main_handle, None
        if smtp is not None:
            smtp.close()
        if raw is not None:
            raw.close()
        self._unwatch(handle)

    def _require(self) -> smtplib.SMTP:
        if self._smtp is None or self._aborted:
            raise SmtpCancelled(Step.MAIL) if self._aborted else RuntimeError("not open")
        return self._smtp

    # -- life cycle -------------------------------------------------------------------------
    def is_alive(self) -> bool:
        """NOOP round trip; False means reconnect before the next batch."""
        smtp = self._smtp
        if smtp is None or self._aborted:
            return False
        try:
            return smtp.noop()[0] == 250
        except (smtplib.SMTPException, OSError):
            return False

    def abort(self) -> None:
        """Thread-safe: wake any blocked call (it then raises SmtpCancelled) and drop the link.

        Only ``shutdown`` here: closing a descriptor another thread is reading is unsafe;
        the owning thread closes it when its call fails (``close`` is then a no-op).  A name
        look-up and a connect in progress notice ``_aborted`` within 0.1 s (``netio``).
        """
        with self._lock:  # held so no handle is closed (and its number reused) meanwhile
            self._aborted = True
            for handle in self._handles.values():
                _shut(handle)

    def close(self) -> None:
        """QUIT politely; a dead or aborted server is fine."""
        smtp = self._smtp
        if smtp is not None and not self._aborted:
            try:
                smtp.quit()
                self._emit(Step.QUIT, "ok")
            except (smtplib.SMTPException, OSError):
                pass
        self._drop()


def _shut(sock: socket.socket) -> None:
    """Wake every thread blocked on this connection; the owner closes it afterwards."""
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
