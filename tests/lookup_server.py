"""A local HTTP server answering as ARES and VIES do, from recorded responses in
``tests/data/lookups/``: found, not found, malformed and slow answers, on 127.0.0.1."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "lookups"
SLOW_SECONDS = 3.0

# path → (status, body file or literal bytes, delay)
ROUTES: dict[str, tuple[int, str | bytes, float]] = {
    "/ares/ekonomicke-subjekty/27074358": (200, "ares_27074358.json", 0),
    "/ares/ekonomicke-subjekty/12345679": (404, "ares_not_found.json", 0),
    "/ares/ekonomicke-subjekty/11111111": (200, b"<html>Service temporarily down</html>", 0),
    "/ares/ekonomicke-subjekty/22222222": (200, "ares_27074358.json", SLOW_SECONDS),
    "/ares/ekonomicke-subjekty/33333333": (503, b"", 0),
    "/vies/ms/LT/vat/100009998811": (200, "vies_valid.json", 0),
    "/vies/ms/CZ/vat/99999999": (200, "vies_invalid.json", 0),
    "/vies/ms/DE/vat/123456789": (200, "vies_ms_unavailable.json", 0),
    "/vies/ms/PL/vat/1234567890": (200, b'{"isValid": "yes"', 0),
}


class _Handler(BaseHTTPRequestHandler):
    requests: list[str]

    def do_GET(self) -> None:
        self.requests.append(self.path)
        status, body, delay = ROUTES.get(self.path, (404, b'{"kod": "NENALEZENO"}', 0))
        if delay:
            time.sleep(delay)
        content = (DATA / body).read_bytes() if isinstance(body, str) else body
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)
        except OSError:
            pass  # the client gave up waiting (the slow answer)

    def log_message(self, *_args: object) -> None:
        pass


@contextmanager
def lookup_server() -> Iterator[tuple[str, list[str]]]:
    """The server's base URL (``http://127.0.0.1:<port>``) and the paths it was asked for."""
    requests: list[str] = []
    handler = type("Handler", (_Handler,), {"requests": requests})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", requests
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
