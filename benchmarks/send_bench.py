"""Sending speed against a floor, and the GUI's longest stall while the outbox drains.

Both sides send the same bytes to the same loopback aiosmtpd server (its own process) with
STARTTLS and AUTH: 500 real invoices, issued through ``InvoiceService`` and queued through
``SendingService.send_invoice``, so each message carries the PDF the app rendered and wrote,
and the outbox rows point at their invoices.  The floor is a bare smtplib loop over one
connection sending those stored bytes.  The measured side is the real main window on a copy
of those books: its ``MailService`` starts the ``Mailer`` job on the job runner, which commits
"sending" before DATA and "sent" after the 250, turns each invoice "sent" with its event, and
the window refreshes the list as invoices change.  In a run of its own, a 1 ms QTimer on the
GUI thread records the longest gap between its ticks (``gui_max_stall_ms``), from 0.3 s
after the window was shown (its start-up steps belong to ``tti``) until the last message.
``--quick`` does fewer runs, never fewer messages.
Goals: ``send_ratio`` ≥ 0.95, ``gui_max_stall_ms`` ≤ 16.

Run: ``python -m benchmarks.send_bench [--quick]``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import smtplib
import sqlite3
import ssl
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MESSAGES = 500
SETTLE_S = 0.3  # after the window is shown, before the stall probe starts (sending has begun)
CLIENTS = 25


def build_books(root: Path, server: Any) -> Path:
    """A data folder with ``MESSAGES`` issued invoices queued for sending, through the
    services the window and ``faktura invoice send`` use.  Fails loudly if any step does."""
    from desktop.core.forms import LineForm
    from desktop.paths import DataPaths
    from desktop.services import Services
    from desktop.services.database import open_books
    from desktop.services.parties import ClientRecord
    from tests.smtp_server import PASSWORD, settings_for

    paths = DataPaths(root / "books").ensure()
    services = Services(open_books(paths), paths)
    try:
        company = services.parties.company()
        company.name, company.country, company.vat_payer = "MB „Ąžuolų šviesa“", "LT", True
        company.email, company.iban = "info@azuolu-sviesa.lt", "LT601010012345678901"
        company.vat_code, company.address = "LT100012345617", "Vilniaus g. 12-3\nLT-01402 Vilnius"
        services.parties.save_company(company)
        services.modules.install("smtp")
        services.mail_account.save(
            settings_for(server, timeout_s=30.0), PASSWORD, session_only=True
        )
        clients = [
            services.parties.save_client(
                ClientRecord(name=f"UAB „Klientas {n}“", emails=f"klientas{n}@example.cz")
            )
            for n in range(CLIENTS)
        ]
        for n in range(MESSAGES):
            form = services.invoices.new_form()
            form.client_id = clients[n % CLIENTS]
            form.lines = [
                LineForm(f"Konsultacijos, etapas {k}", Decimal(k), "val.", Decimal("45.50"),
                         vat_key="21")
                for k in range(1, 6)
            ]  # fmt: skip
            invoice = services.invoices.create(form, issue=True)
            services.sending.send_invoice(invoice.id)
    finally:
        services.close()
    with sqlite3.connect(paths.database) as raw:  # one self-contained file to copy
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return paths.root


def queued_wire(books: Path) -> list[tuple[str, list[str], bytes]]:
    """(envelope sender, recipients, bytes) of every queued message: what the floor sends."""
    from desktop.paths import DataPaths

    with contextlib.closing(sqlite3.connect(DataPaths(books).database)) as conn:
        rows = conn.execute(
            "SELECT recipients, raw, invoice_id FROM outbox_message WHERE state = 'queued'"
        ).fetchall()
    if len(rows) != MESSAGES or any(invoice is None for _r, _b, invoice in rows):
        raise RuntimeError(f"expected {MESSAGES} queued invoice messages, found {len(rows)}")
    wire = []
    for recipients, data, _invoice in rows:
        envelope = json.loads(recipients)
        if not envelope["from"] or not envelope["envelope"]:
            raise RuntimeError("a queued message has no stored envelope")
        if b"application/pdf" not in data:
            raise RuntimeError("a queued message has no PDF attached")
        wire.append((envelope["from"], envelope["envelope"], bytes(data)))
    return wire


def _floor(server: Any, wire: list[tuple[str, list[str], bytes]]) -> float:
    """Raw smtplib over one STARTTLS connection, the same bytes; returns messages per second."""
    from tests.smtp_server import PASSWORD, USER

    context = ssl.create_default_context()
    began = time.perf_counter()
    smtp = smtplib.SMTP(server.host, server.port, local_hostname="localhost", timeout=30)
    smtp.starttls(context=context)
    smtp.ehlo()
    smtp.docmd("AUTH", "PLAIN " + _plain(USER, PASSWORD))
    for sender, recipients, data in wire:
        smtp.sendmail(sender, recipients, data)
    smtp.quit()
    return len(wire) / (time.perf_counter() - began)


def _plain(user: str, password: str) -> str:
    import base64

    return base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode("ascii")


def _mailer(books: Path, root: Path, *, probe: bool) -> tuple[float, float]:
    """The main window on a copy of ``books`` until every message is sent; returns
    (messages/s, longest GUI stall in ms, or 0 without ``probe``).

    The probe takes the GIL a thousand times a second, which slows the mailer thread, so
    throughput is measured in runs without it."""
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop.core.outbox import OutboxEntry, OutboxState
    from desktop.paths import DataPaths
    from desktop.services import Services
    from desktop.services.database import open_books
    from desktop.ui.context import AppContext
    from desktop.ui.shell.app import ensure_application
    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.shell.translations import install_translators

    app = ensure_application([])
    install_translators("en")
    copy = root / "run"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(books, copy, ignore=shutil.ignore_patterns("faktura.lock", "*.log"))
    paths = DataPaths(copy).ensure()
    services = Services(open_books(paths), paths)
    context = AppContext(services=services, paths=paths, language="en")
    sent: set[int] = set()
    invoices: set[int] = set()
    stall = 0.0
    loop = QEventLoop()

    def changed(entry: OutboxEntry) -> None:
        if entry.state is OutboxState.SENT:
            sent.add(entry.id)
            if entry.invoice_id is not None:
                invoices.add(entry.invoice_id)
            if len(sent) == MESSAGES:
                loop.quit()

    began = time.perf_counter()
    window = MainWindow(context)  # its MailService starts the mailer job at once
    assert window.mail_service is not None, "the books are open: the mailer starts at once"
    window.mail_service.entry_changed.connect(changed)
    window.show()
    settled = time.perf_counter() + SETTLE_S  # the window's own start-up steps are tti's
    while time.perf_counter() < settled:
        app.processEvents()
        time.sleep(0.001)
    last = time.perf_counter()

    def tick() -> None:
        nonlocal last, stall
        now = time.perf_counter()
        stall = max(stall, now - last)
        last = now

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(tick)
    if probe:
        timer.start()
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    guard.start(600_000)
    if len(sent) < MESSAGES:
        loop.exec()
    elapsed = time.perf_counter() - began
    timer.stop()
    window.close()
    window.shutdown()
    window.deleteLater()
    app.processEvents()
    services.close()
    if len(sent) != MESSAGES or len(invoices) != MESSAGES:
        raise RuntimeError(f"only {len(sent)} of {MESSAGES} invoices were sent")
    with contextlib.closing(sqlite3.connect(paths.database)) as conn:
        marked = conn.execute("SELECT count(*) FROM invoice WHERE status = 'sent'").fetchone()[0]
    if marked != MESSAGES:
        raise RuntimeError(f"{marked} of {MESSAGES} invoices are marked sent")
    return MESSAGES / elapsed, stall * 1000


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


def measure(quick: bool = False) -> dict[str, Any]:
    """``send_per_s``, ``send_floor_per_s``, ``send_ratio``, ``gui_max_stall_ms``."""
    root = Path(tempfile.mkdtemp(prefix="faktura-send-bench-"))
    saved = {k: os.environ.get(k) for k in ("SSL_CERT_FILE", "SSL_CERT_DIR")}
    server = ServerProcess(root)
    try:
        os.environ["SSL_CERT_FILE"] = server.ca_pem
        os.environ.pop("SSL_CERT_DIR", None)
        books = build_books(root, server)
        wire = queued_wire(books)
        _floor(server, wire[:20])  # warm up TLS, the server and the caches
        server.reset()
        floors, rates = [], []
        for _ in range(1 if quick else 2):  # interleaved, so a busy machine hurts both alike
            floors.append(_floor(server, wire))
            _check(server, MESSAGES)
            rates.append(_mailer(books, root, probe=False)[0])
            _check(server, MESSAGES)
        floor, per_s = max(floors), max(rates)
        probed_per_s, stall_ms = _mailer(books, root, probe=True)
        _check(server, MESSAGES)
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
        "gui_max_stall_floor_ms": 0.0,
        "send_messages": MESSAGES,
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
