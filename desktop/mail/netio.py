"""Socket helpers for the transport: a name look-up and a TCP connect that have a time limit
and that Cancel can interrupt, and AUTH.

``socket.create_connection`` blocks for the whole timeout and ignores other threads, so a
Cancel during a black-holed connect (port 25 blocked) would hang; this polls instead.  The
system resolver is worse: ``getaddrinfo`` has no time limit at all and nothing interrupts it,
so ``resolve`` waits for it (with a limit, polling Cancel) instead of calling it here.
"""

from __future__ import annotations

import base64
import errno
import os
import queue
import select
import smtplib
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

_IN_PROGRESS = {0, errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EALREADY, errno.EAGAIN}
_POLL_S = 0.1


AddrInfo = tuple[socket.AddressFamily, socket.SocketKind, int, str, Any]


class Aborted(Exception):  # noqa: N818 - a signal, not an error
    """The connection's abort() was called while we waited."""


def resolve(host: str, port: int, timeout: float, aborted: Callable[[], bool]) -> list[AddrInfo]:
    """``getaddrinfo`` within ``timeout``; raises socket.gaierror (also when it takes too
    long), or Aborted.

    The one thread outside the job runner, on purpose.  The OS gives ``getaddrinfo`` no
    time limit and nothing interrupts it, so the only way to bound it is to make the call
    elsewhere and stop waiting: here a daemon thread that runs that one call and hands back
    its answer (no work, no state, no reports).  A look-up given up on ends whenever the
    resolver answers and never keeps the app from quitting; a job-runner thread would, as Qt
    waits for its pool's threads at exit however long a C call inside takes.
    """
    deadline = time.monotonic() + timeout
    if timeout <= 0:
        raise socket.gaierror(socket.EAI_AGAIN, f"no time left to look up {host}")
    answers: queue.SimpleQueue[list[AddrInfo] | BaseException] = queue.SimpleQueue()

    def look_up() -> None:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            answers.put([(fam, kind, proto, name, addr) for fam, kind, proto, name, addr in infos])
        except BaseException as exc:  # handed over to the caller, who raises it
            answers.put(exc)

    threading.Thread(target=look_up, name="dns-lookup", daemon=True).start()
    while True:
        if aborted():
            raise Aborted
        left = deadline - time.monotonic()
        if left <= 0:
            raise socket.gaierror(socket.EAI_AGAIN, f"no answer from the resolver for {host}")
        try:
            answer = answers.get(timeout=min(_POLL_S, left))
        except queue.Empty:
            continue
        if isinstance(answer, BaseException):
            raise answer
        return answer


def connect_interruptibly(
    sock: socket.socket, address: object, timeout: float, aborted: Callable[[], bool]
) -> None:
    """Non-blocking connect polled every 0.1 s; raises OSError/TimeoutError/Aborted."""
    sock.setblocking(False)
    err = sock.connect_ex(address)  # type: ignore[arg-type]  # addrinfo tuple
    if err not in _IN_PROGRESS:
        raise OSError(err, os.strerror(err))
    deadline = time.monotonic() + timeout
    while err != 0:
        if aborted():
            raise Aborted
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("timed out")
        _, writable, failed = select.select([], [sock], [sock], min(_POLL_S, left))
        if writable or failed:
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err:
                raise OSError(err, os.strerror(err))
            break
    sock.setblocking(True)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def authenticate(smtp: smtplib.SMTP, mechanisms: list[str], user: str, password: str) -> None:
    """AUTH PLAIN (preferred) or LOGIN with UTF-8 credentials.

    smtplib's ``login`` encodes credentials as ASCII and raises UnicodeEncodeError for a
    password such as "slaptažodis-ž" (CPython issue 73936, SMTP.md); RFC 4616 allows UTF-8.
    Raises SMTPNotSupportedError when neither mechanism is offered, and
    SMTPAuthenticationError (server's code and text only) when the server refuses.
    """
    user_b = user.encode("utf-8")
    if "PLAIN" in mechanisms:
        code, resp = smtp.docmd("AUTH", "PLAIN " + _b64(b"\0" + user_b + b"\0" + password.encode()))
    elif "LOGIN" in mechanisms:
        code, resp = smtp.docmd("AUTH", "LOGIN")
        if code == 334:
            code, resp = smtp.docmd(_b64(user_b))
        if code == 334:
            code, resp = smtp.docmd(_b64(password.encode("utf-8")))
    else:
        raise smtplib.SMTPNotSupportedError("AUTH: neither PLAIN nor LOGIN is offered")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, resp)


def xoauth2(smtp: smtplib.SMTP, user: str, token: str) -> None:
    """SASL XOAUTH2 (Google's and Microsoft's spelling): ``user=…^Aauth=Bearer …^A^A``.

    A refused token gets a 334 with a base64 JSON error first; the client answers with an
    empty line and the server then sends its final 535 (or 454), which is raised as
    SMTPAuthenticationError with the server's code and text.
    """
    blob = f"user={user}\x01auth=Bearer {token}\x01\x01".encode()
    code, resp = smtp.docmd("AUTH", "XOAUTH2 " + _b64(blob))
    if code == 334:
        code, resp = smtp.docmd("")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, resp)
