"""The loopback redirect of RFC 8252 section 7.3: a one-shot HTTP listener on 127.0.0.1.

The browser comes back to ``http://127.0.0.1:<port>/?code=…&state=…`` (or ``localhost``
for Microsoft, see ``endpoints.redirect_host``).  The listener runs on the caller's thread
(a job of the runner), polls its stop flag, and answers every request with a short page, so
a favicon request or a stray visit does not end the wait: only a redirect carrying our
``state`` does.  It listens on 127.0.0.1 only, never on an outside interface.
"""

from __future__ import annotations

import html
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

_POLL_S = 0.2
PAGE_DONE = "Faktura: signed in. You can close this window and return to Faktura."
PAGE_FAILED = "Faktura: the sign-in did not finish. Return to Faktura for details."


@dataclass(frozen=True)
class Redirect:
    """What came back: a code, or the provider's error (``access_denied`` when the user
    said no)."""

    code: str
    error: str
    error_description: str


class RedirectTimeout(Exception):  # noqa: N818 - an event
    """Nobody came back in time (the browser tab was closed, the user walked away)."""


class RedirectCancelled(Exception):  # noqa: N818 - an event
    """The caller's stop flag was raised while waiting."""


class _Server(HTTPServer):
    expected_state = ""
    result: Redirect | None = None


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = 5  # a browser's idle pre-connection must not hold the listener

    def do_GET(self) -> None:
        query = parse_qs(urlsplit(self.path).query)
        state = query.get("state", [""])[0]
        if state and state == self.server.expected_state:
            self.server.result = Redirect(
                query.get("code", [""])[0],
                query.get("error", [""])[0],
                query.get("error_description", [""])[0],
            )
        ok = self.server.result is not None and bool(self.server.result.code)
        body = (
            f"<!doctype html><meta charset=utf-8><p>{html.escape(PAGE_DONE if ok else PAGE_FAILED)}"
        )
        data = body.encode("utf-8")
        self.send_response(200 if self.server.result is not None else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        """The request line holds the authorization code: never log it."""


class LoopbackReceiver:
    """``with LoopbackReceiver() as r: uri = r.redirect_uri(host); r.wait(state, ...)``."""

    def __init__(self) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler, bind_and_activate=False)
        self._server.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.server_bind()
        self._server.server_activate()
        self._server.timeout = _POLL_S
        self.port = int(self._server.server_address[1])

    def __enter__(self) -> LoopbackReceiver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def redirect_uri(self, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}/"

    def wait(self, state: str, timeout_s: float, stop: Callable[[], bool]) -> Redirect:
        """Serve requests until one carries ``state``; RedirectTimeout / RedirectCancelled."""
        self._server.expected_state = state
        deadline = time.monotonic() + timeout_s
        while self._server.result is None:
            if stop():
                raise RedirectCancelled
            if time.monotonic() >= deadline:
                raise RedirectTimeout
            self._server.handle_request()  # returns after _POLL_S without a request
        return self._server.result

    def close(self) -> None:
        self._server.server_close()
