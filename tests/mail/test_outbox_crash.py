"""Real crashes: the app is SIGKILLed mid-batch, restarted, and no message goes out twice."""

from __future__ import annotations

import asyncio
import email
import email.policy
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import SMTP, Envelope, Session

from desktop.core.outbox import OutboxState
from desktop.mail.compose import build_message
from desktop.mail.outbox_queue import queue_message
from desktop.paths import DataPaths
from desktop.storage import outbox_queries
from desktop.storage.database import open_database
from tests.mail.env_keyring import VARIABLE
from tests.mail.outbox_fixtures import configure_smtp
from tests.smtp_server import PASSWORD, USER, RecordingHandler, SmtpTestServer, TestPki

ROOT = Path(__file__).resolve().parents[2]
PDF = b"%PDF-1.4\n" + os.urandom(20_000)
TOTAL = 100
HOLD_AT = 30  # the 30th DATA hangs until the app has been killed


class HoldingHandler(RecordingHandler):
    """Records like the test server, but the HOLD_AT-th DATA waits: the client is mid-DATA."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0
        self.holding = threading.Event()
        self.release = threading.Event()

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.calls += 1
        if self.calls == HOLD_AT:
            self.holding.set()
            while not self.release.is_set():
                await asyncio.sleep(0.01)
            return "451 4.3.0 the client is gone anyway"
        return await super().handle_DATA(server, session, envelope)


def message_ids(server: SmtpTestServer) -> list[str]:
    return [
        str(email.message_from_bytes(m.data, policy=email.policy.default)["Message-ID"])
        for m in server.handler.messages
    ]


@pytest.mark.slow
@pytest.mark.expected_log("WARNING", r"interrupted mid-send")
def test_sigkill_mid_batch_then_restart(
    tmp_path: Path, pki: TestPki, qtbot: Any, memory_keyring: Any
) -> None:
    paths = DataPaths(tmp_path / "crash").ensure()
    server = SmtpTestServer("starttls", pki)
    server.handler = HoldingHandler()
    server.controller.handler = server.handler
    handler = server.handler
    db = open_database(paths.database_url())
    configure_smtp(db, server)
    queued = []
    for i in range(TOTAL):
        msg = build_message(
            sender_name="UAB Šviesa",
            sender_email=USER,
            to=[f"klientas{i}@example.cz"],
            subject=f"Faktura {i} – žluťoučký",
            body="Dobrý den",
            attachments=[(f"FAK-{i}.pdf", PDF, "application/pdf")],
        )
        queued.append(queue_message(db, msg, None).message_id)
    db.dispose()

    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="tests.mail.env_keyring.EnvKeyring",
        PYTHONPATH=str(ROOT),
        SSL_CERT_FILE=str(pki.ca_pem),
    )
    env[VARIABLE] = PASSWORD
    with server:
        proc = subprocess.Popen(
            [sys.executable, "-m", "desktop", "--data-dir", str(paths.root), "--lang", "en"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            assert handler.holding.wait(60), "the app never reached the held message"
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
        finally:
            if proc.poll() is None:
                proc.kill()
            handler.release.set()
        first_run = message_ids(server)
        assert len(first_run) == HOLD_AT - 1

        # Restart (in-process, so the pane can be inspected) and let it finish.
        db = open_database(paths.database_url())
        with db.session() as session:
            in_flight = [
                e for e in outbox_queries.list_entries(session) if e.state is OutboxState.SENDING
            ]
        assert len(in_flight) == 1, "the held message must be committed as sending"
        db.dispose()

        from desktop.options import parse_args
        from desktop.ui.shell.app import ensure_application, start_session
        from desktop.ui.shell.main_window import MainWindow

        ensure_application([])
        started = start_session(parse_args(["--data-dir", str(paths.root), "--lang", "en"]))
        assert not isinstance(started, int)
        window = MainWindow(started.context)
        qtbot.addWidget(window)
        try:
            qtbot.waitUntil(lambda: len(server.handler.messages) == TOTAL - 1, timeout=60000)
            received = message_ids(server)
            assert len(received) == len(set(received)), "a message reached the server twice"
            uncertain = in_flight[0].message_id
            assert set(received) == set(queued) - {uncertain}
            model = window.notification_pane.model
            rows = [model.item(r) for r in range(model.rowCount())]
            shown = [i for i in rows if getattr(i, "message_id", None) == uncertain]
            assert len(shown) == 1 and shown[0].state is OutboxState.UNCERTAIN
            assert window.notification_pane.windowTitle().endswith("(1)")
        finally:
            window.close()
            window.shutdown()
            started.close()
    assert proc.stderr is not None
    proc.stderr.close()
