"""Sending speed against a floor, and the GUI's longest stall while the outbox drains.

Both sides send the same bytes (500 invoice e-mails with a PDF each; ``quick``: 150) to the
same loopback aiosmtpd server with STARTTLS and AUTH.  The floor is a bare smtplib loop over
one connection; the measured side is the real mailer: ``MailService`` and its ``Mailer`` job on
the job runner, reading each message from the outbox table, committing "sending" before DATA
and "sent" after the 250, while the GUI thread shows the notification pane.  A 1 ms QTimer on the
GUI thread records the longest gap between its ticks (``gui_max_stall_ms``).
Goals: ``send_ratio`` ≥ 0.8, ``gui_max_stall_ms`` ≤ 50.

Run: ``python -m benchmarks.send_bench [--quick]``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import smtplib
import ssl
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SENDER = "jonas@example.lt"


def _pdf() -> bytes:
    try:
        from benchmarks.pdf_bench import sample_invoice
        from desktop.pdf.render import render_invoice_pdf

        return render_invoice_pdf(sample_invoice())
    except Exception:  # the PDF part is someone else's; any realistic blob will do
        return b"%PDF-1.4\n" + os.urandom(40_000)


def _messages(count: int, pdf: bytes) -> list[Any]:
    from desktop.mail.compose import build_message

    return [
        build_message(
            sender_name="MB „Ąžuolų šviesa“",
            sender_email=SENDER,
            to=[f"klientas{i}@example.cz"],
            subject=f"Sąskaita faktūra FAK2026-{i:04d} – Ąžuolų šviesa",
            body="Laba diena,\n\nsiunčiame sąskaitą faktūrą.\n\nPagarbiai\nMB Ąžuolų šviesa\n",
            attachments=[(f"FAK2026-{i:04d}.pdf", pdf, "application/pdf")],
        )
        for i in range(count)
    ]


def _floor(server: Any, messages: list[Any]) -> float:
    """Raw smtplib over one STARTTLS connection, the same bytes; returns messages per second."""
    import email.policy

    from desktop.mail.envelope import prepare
    from tests.smtp_server import PASSWORD, USER

    wire = [prepare(m) for m in messages]
    _ = [m.as_bytes(policy=email.policy.SMTP) for m in messages]  # same work as queueing
    context = ssl.create_default_context()
    began = time.perf_counter()
    smtp = smtplib.SMTP(server.host, server.port, local_hostname="localhost", timeout=30)
    smtp.starttls(context=context)
    smtp.ehlo()
    smtp.docmd("AUTH", "PLAIN " + _plain(USER, PASSWORD))
    for env in wire:
        smtp.sendmail(env.sender, env.recipients, env.data)
    smtp.quit()
    return len(messages) / (time.perf_counter() - began)


def _plain(user: str, password: str) -> str:
    import base64

    return base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode("ascii")


def _mailer(server: Any, messages: list[Any], root: Path, *, probe: bool) -> tuple[float, float]:
    """The real mailer job with the pane on screen; returns (messages/s, max stall ms).

    With ``probe`` a 1 ms QTimer on the GUI thread records the longest gap between ticks.
    The probe itself takes the GIL a thousand times a second, which slows the mailer
    thread, so throughput is measured in a run without it."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop import settings
    from desktop.core.outbox import OutboxEntry, OutboxState
    from desktop.mail import settings_repo
    from desktop.mail.outbox_queue import queue_message
    from desktop.paths import DataPaths
    from desktop.services import Services
    from desktop.services.database import open_books
    from desktop.storage import kv
    from desktop.ui.context import AppContext
    from desktop.ui.mail.mail_service import MailService
    from desktop.ui.mail.notification_pane import NotificationPane
    from tests.smtp_server import PASSWORD, settings_for

    app = QApplication.instance() or QApplication([])
    shutil.rmtree(root / "data", ignore_errors=True)
    paths = DataPaths(root / "data").ensure()
    services = Services(open_books(paths), paths)
    db = services.books.database
    settings_repo.save(db, settings_for(server, timeout_s=30.0), PASSWORD, session_only=True)
    with db.session() as session:
        kv.write(session, settings.INSTALLED_MODULES, ["smtp"])
        session.commit()
    for message in messages:
        queue_message(db, message, None)
    context = AppContext(services=services, paths=paths, language="en")
    pane = NotificationPane(context)
    pane.resize(360, 700)
    pane.show()
    app.processEvents()

    sent = 0
    stall = 0.0
    last = time.perf_counter()
    loop = QEventLoop()

    def tick() -> None:
        nonlocal last, stall
        now = time.perf_counter()
        stall = max(stall, now - last)
        last = now

    def changed(entry: OutboxEntry) -> None:
        nonlocal sent
        if entry.state is OutboxState.SENT:
            sent += 1
            if sent == len(messages):
                loop.quit()

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(tick)
    began = time.perf_counter()
    service = MailService(context, pane, None)
    service.entry_changed.connect(changed)
    if probe:
        timer.start()
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    guard.start(600_000)
    last = time.perf_counter()
    loop.exec()
    elapsed = time.perf_counter() - began
    timer.stop()
    service.shutdown()
    pane.close()
    pane.deleteLater()
    app.processEvents()
    services.close()
    if sent != len(messages):
        raise RuntimeError(f"only {sent} of {len(messages)} messages were sent")
    return len(messages) / elapsed, stall * 1000


class ServerProcess:
    """The aiosmtpd server in its own process, as a real server would be: its Python work
    must not compete with the client's for the GIL.  Driven by lines on stdin/stdout."""

    def __init__(self, root: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.send_bench", "--serve", str(root)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parent.parent,
        )
        host, port, ca_pem = self._read().split()
        self.host, self.port, self.ca_pem = host, int(port), ca_pem
        self.mode = "starttls"

    def _read(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the benchmark SMTP server stopped")
        return line.strip()

    def ask(self, command: str) -> str:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self._read()

    def received(self) -> tuple[int, int]:
        """(messages, distinct Message-IDs) since the last reset."""
        total, distinct = self.ask("count").split()
        return int(total), int(distinct)

    def reset(self) -> None:
        self.ask("reset")

    def close(self) -> None:
        with contextlib.suppress(RuntimeError, BrokenPipeError):
            self.ask("quit")
        self.proc.wait(10)


def serve(root: Path) -> None:
    """``--serve DIR``: run the test server and answer count/reset/quit on stdin."""
    import email.parser

    from tests.smtp_server import SmtpTestServer, TestPki

    pki = TestPki.create(root)
    parser = email.parser.BytesHeaderParser()
    with SmtpTestServer("starttls", pki) as server:
        print(server.host, server.port, pki.ca_pem, flush=True)
        for line in sys.stdin:
            command = line.strip()
            if command == "count":
                ids = {parser.parsebytes(m.data)["Message-ID"] for m in server.handler.messages}
                print(len(server.handler.messages), len(ids), flush=True)
            elif command == "reset":
                server.reset()
                print("ok", flush=True)
            else:
                print("bye", flush=True)
                break


def measure(quick: bool = False) -> dict[str, float]:
    """``send_per_s``, ``send_floor_per_s``, ``send_ratio``, ``gui_max_stall_ms``."""
    count = 150 if quick else 500
    root = Path(tempfile.mkdtemp(prefix="faktura-send-bench-"))
    saved = {k: os.environ.get(k) for k in ("SSL_CERT_FILE", "SSL_CERT_DIR")}
    server = ServerProcess(root)
    try:
        os.environ["SSL_CERT_FILE"] = server.ca_pem
        os.environ.pop("SSL_CERT_DIR", None)
        messages = _messages(count, _pdf())
        _floor(server, messages[:20])  # warm up TLS, the server and the caches
        server.reset()
        floors, rates = [], []
        for _ in range(2):  # interleaved, so a busy machine hurts both sides alike
            floors.append(_floor(server, messages))
            server.reset()
            rates.append(_mailer(server, messages, root, probe=False)[0])
            _check(server, count)
        floor, per_s = max(floors), max(rates)
        probed_per_s, stall_ms = _mailer(server, messages, root, probe=True)
        _check(server, count)
    finally:
        server.close()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        shutil.rmtree(root, ignore_errors=True)
    return {
        "send_per_s": per_s,
        "send_floor_per_s": floor,
        "send_ratio": per_s / floor,
        "gui_max_stall_ms": stall_ms,
        "send_per_s_with_stall_probe": probed_per_s,
    }


def _check(server: ServerProcess, count: int) -> None:
    received = server.received()
    server.reset()
    if received != (count, count):
        raise RuntimeError(f"the server got {received} (total, distinct), not {count} once each")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        serve(Path(sys.argv[2]))
        sys.exit(0)
    figures = measure("--quick" in sys.argv[1:])
    for key, value in figures.items():
        print(f"{key}: {value:.2f}")
