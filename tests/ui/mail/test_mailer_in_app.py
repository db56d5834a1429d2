"""The mailer thread inside the running app: timers, pause, quit, and the offline fallback."""

from __future__ import annotations

import asyncio
import email
import email.policy
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import SMTP, Envelope, Session
from PySide6.QtGui import QDesktopServices

from desktop.core.outbox import OutboxState
from desktop.mail.compose import build_message
from desktop.mail.outbox_queue import queue_message
from desktop.storage import outbox_queries
from desktop.storage.models import Invoice
from desktop.ui.mail.notification_model import STATE_ROLE
from desktop.ui.shell.main_window import MainWindow
from tests.mail.outbox_fixtures import configure_smtp, make_invoice
from tests.smtp_server import USER, RecordingHandler, SmtpTestServer, TestPki


def enqueue(window: MainWindow, n: int = 1) -> list[int]:
    ids = []
    for i in range(n):
        msg = build_message(
            sender_name="Jonas", sender_email=USER, to=[f"k{i}@example.lt"], subject=f"S {i}",
            body="b", attachments=[("a.pdf", b"%PDF-1.4 x", "application/pdf")],
        )  # fmt: skip
        entry = queue_message(window.context.db, msg, None)
        window.mail_service.enqueued(entry)
        ids.append(entry.id)
    return ids


def state(window: MainWindow, row_id: int) -> OutboxState:
    with window.context.db.session() as session:
        return outbox_queries.get_entry(session, row_id).state


def test_server_down_then_up_is_sent_by_the_retry_timer(
    main_window: MainWindow, qtbot: Any, pki: TestPki
) -> None:
    server = SmtpTestServer("starttls", pki)
    configure_smtp(main_window.context.db, server)
    [row_id] = enqueue(main_window)
    qtbot.waitUntil(lambda: state(main_window, row_id) is OutboxState.RETRYING, timeout=10000)
    model = main_window.notification_pane.model
    with server:
        qtbot.waitUntil(lambda: model.data(model.index(0), STATE_ROLE) == "sent", timeout=10000)
        assert len(server.handler.messages) == 1
        qtbot.wait(300)  # the batch ends with QUIT; let it close before the server stops


def test_network_back_wakes_waiting_messages(
    main_window: MainWindow, qtbot: Any, pki: TestPki
) -> None:
    server = SmtpTestServer("starttls", pki)
    configure_smtp(main_window.context.db, server)
    from desktop.mail.outbox_retry import RETRY_DELAYS_KEY
    from desktop.storage import kv

    with main_window.context.db.session() as session:
        kv.set_json(session, RETRY_DELAYS_KEY, [3600])  # the timer alone would wait an hour
        session.commit()
    [row_id] = enqueue(main_window)
    qtbot.waitUntil(lambda: state(main_window, row_id) is OutboxState.RETRYING, timeout=10000)
    with server:
        main_window.mail_service.network_back.emit()  # what QNetworkInformation triggers
        qtbot.waitUntil(lambda: state(main_window, row_id) is OutboxState.SENT, timeout=10000)
        qtbot.wait(300)


def test_auth_failure_pauses_with_one_notification(
    main_window: MainWindow, qtbot: Any, server: SmtpTestServer
) -> None:
    configure_smtp(main_window.context.db, server)
    server.authenticator.script("535 5.7.8 Username and Password not accepted")
    ids = enqueue(main_window, 3)
    model = main_window.notification_pane.model
    qtbot.waitUntil(lambda: model.paused, timeout=10000)
    enqueue(main_window, 1)  # a new message does not log in again nor notify again
    qtbot.wait(300)
    notices = [model.item(r) for r in range(model.rowCount())]
    assert sum(1 for n in notices if getattr(n, "kind", "") == "paused") == 1
    assert len(server.authenticator.mechanisms) == 1
    assert model.data(model.index(0), STATE_ROLE) == "paused"
    assert "Wrong user name or password" in model.data(model.index(0))
    assert main_window.notification_pane.windowTitle().endswith("(1)")
    assert all(state(main_window, i) is OutboxState.QUEUED for i in ids)
    # New settings (e.g. the password fixed in the form) lift the pause.
    configure_smtp(main_window.context.db, server, timeout_s=3.0)
    main_window.context.events.modules_changed.emit()
    qtbot.waitUntil(lambda: len(server.handler.messages) == 4, timeout=10000)
    qtbot.waitUntil(lambda: not model.paused, timeout=5000)
    qtbot.wait(300)


class SlowHandler(RecordingHandler):
    """DATA answers only when released (the client gave up long before)."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        while not self.release.is_set():
            await asyncio.sleep(0.01)
        return "451 4.3.0 too late"


def test_quit_aborts_within_seconds_and_counts_what_waits(
    main_window: MainWindow, qtbot: Any, pki: TestPki
) -> None:
    server = SmtpTestServer("starttls", pki)
    handler = server.handler = SlowHandler()
    server.controller.handler = handler
    configure_smtp(main_window.context.db, server, timeout_s=60.0)
    with server:
        try:
            _quit_while_sending(main_window, qtbot)
        finally:
            handler.release.set()
            qtbot.wait(200)  # let the server close its side before it stops


def _quit_while_sending(main_window: MainWindow, qtbot: Any) -> None:
    ids = enqueue(main_window, 4)
    qtbot.waitUntil(lambda: state(main_window, ids[0]) is OutboxState.SENDING, timeout=10000)
    started = time.monotonic()
    main_window.close()
    elapsed = time.monotonic() - started
    assert elapsed < 8
    assert main_window.statusBar().currentMessage().startswith("3 message")
    assert main_window.mail_service.shutdown() == 3
    # Cut mid-DATA by us: never resent automatically.
    assert state(main_window, ids[0]) is OutboxState.UNCERTAIN
    assert [state(main_window, i) for i in ids[1:]] == [OutboxState.QUEUED] * 3


def test_without_module_writes_an_eml_draft(
    main_window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    invoice_id = make_invoice(main_window.context.db)
    from desktop.ui.mail.send_flow import send_invoice

    send_invoice(main_window.context, invoice_id, main_window)
    [path] = opened
    assert path.startswith(str(main_window.context.paths.outgoing))
    with Path(path).open("rb") as handle:
        draft = email.message_from_binary_file(handle, policy=email.policy.default)
    assert draft["X-Unsent"] == "1"
    assert draft["To"] == "pirkejas@example.cz"
    with main_window.context.db.session() as session:
        inv = session.get(Invoice, invoice_id)
        assert inv is not None and inv.number
        pdf = main_window.context.paths.pdf / f"{inv.number}.pdf"
        assert inv.status == "issued"  # not "sent": Faktura cannot know it left
    [attachment] = list(draft.iter_attachments())
    assert attachment.get_content() == pdf.read_bytes()
    model = main_window.notification_pane.model
    text = model.data(model.index(0))
    assert "E-mail draft saved" in text and "SMTP" in text


def test_many_signals_keep_singleton_refcounts(app_context: Any) -> None:
    """Regression: PySide6 6.12.0 on CPython 3.11 dropped a reference to True per emit and to
    None per void call, aborting the app after a few hundred signals; pyproject excludes it."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        fired = Signal(object)

    emitter = Emitter()
    before = sys.getrefcount(True), sys.getrefcount(None)
    for i in range(200):
        emitter.fired.emit(i)
        emitter.setObjectName(f"emitter{i}")
    after = sys.getrefcount(True), sys.getrefcount(None)
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5
