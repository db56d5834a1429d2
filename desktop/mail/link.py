"""The plumbing under ``SmtpConnection``: step reporting, failure conversion, abort, close.

Split from ``transport`` to keep modules small; nothing here speaks SMTP beyond QUIT/NOOP.
"""

from __future__ import annotations

import contextlib
import logging
import smtplib
import socket
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Self, TypeVar

from desktop.mail.errors import SmtpCancelled, SmtpFailure, classify
from desktop.mail.guidance import Guidance
from desktop.mail.netio import Aborted
from desktop.mail.settings import SmtpSettings
from desktop.mail.steps import Step
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
    ) -> None:
        self.settings = settings
        self._password = _Secret(password)
        self._on_step = on_step
        self._smtp: smtplib.SMTP | None = None
        self._raw: socket.socket | None = None
        self._lock = threading.Lock()
        self._aborted = False
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
            result = action()
        except Exception as exc:
            if self._aborted or isinstance(exc, Aborted):
                failure = SmtpCancelled(step)
            else:
                failure = classify(exc, step, self.settings).scrubbed(self._password.reveal())
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
        if smtp is not None:
            smtp.close()
        if raw is not None:
            raw.close()

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
        the owning thread closes it when its call fails (``close`` is then a no-op).
        """
        self._aborted = True
        with self._lock:
            socks = {id(s): s for s in (self._raw, self._smtp.sock if self._smtp else None) if s}
        for sock in socks.values():
            with contextlib.suppress(OSError):  # bypass SSLSocket's override:
                socket.socket.shutdown(sock, socket.SHUT_RDWR)

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
