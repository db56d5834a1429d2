"""The mailer job inside the running app: timers, pause, quit, and the offline fallback."""

from __future__ import annotations

import asyncio
import email
import email.policy
import logging
import threading
import time
from pathlib import Path
from typing import Any

import keyring
import keyring.errors
import pytest
from aiosmtpd.smtp import SMTP, Envelope, Session
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton

from desktop import settings
from desktop.core.outbox import OutboxState
from desktop.mail.compose import build_message
from desktop.mail.outbox_queue import queue_message
from desktop.storage.models import Invoice
from desktop.ui.mail.notification_model import PASSWORD_ID, STATE_ROLE
from desktop.ui.shell.main_window import MainWindow
from tests.conftest import MemoryKeyring
from tests.mail.outbox_fixtures import configure_smtp, make_invoice
from tests.smtp_server import USER, RecordingHandler, SilentServer, SmtpTestServer, TestPki
from tests.ui.mail.conftest import books_of, click, fill, find, install_smtp


def enqueue(window: MainWindow, n: int = 1) -> list[int]:
    ids = []
    for i in range(n):
        msg = build_message(
            sender_name="Jonas", sender_email=USER, to=[f"k{i}@example.lt"], subject=f"S {i}",
            body="b", attachments=[("a.pdf", b"%PDF-1.4 x", "application/pdf")],
        )  # fmt: skip
        entry = queue_message(books_of(window), msg, None)
        assert window.mail_service is not None
        window.mail_service.enqueued(entry)
        ids.append(entry.id)
    return ids


def state(window: MainWindow, row_id: int) -> OutboxState:
    return window.context.services.outbox.entry(row_id).state


def test_server_down_then_up_is_sent_by_the_retry_timer(
    main_window: MainWindow, qtbot: Any, pki: TestPki
) -> None:
    server = SmtpTestServer("starttls", pki)
    configure_smtp(books_of(main_window), server)
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
    configure_smtp(books_of(main_window), server)
    from desktop.storage import kv

    with books_of(main_window).session() as session:
        kv.write(session, settings.RETRY_DELAYS, [3600])  # the timer alone would wait an hour
        session.commit()
    [row_id] = enqueue(main_window)
    qtbot.waitUntil(lambda: state(main_window, row_id) is OutboxState.RETRYING, timeout=10000)
    with server:
        assert main_window.mail_service is not None
        main_window.mail_service.network_back.emit()  # what QNetworkInformation triggers
        qtbot.waitUntil(lambda: state(main_window, row_id) is OutboxState.SENT, timeout=10000)
        qtbot.wait(300)


@pytest.mark.expected_log("WARNING", r"sending paused: login: auth_failed")
def test_auth_failure_pauses_with_one_notification(
    main_window: MainWindow, qtbot: Any, server: SmtpTestServer
) -> None:
    configure_smtp(books_of(main_window), server)
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
    configure_smtp(books_of(main_window), server, timeout_s=3.0)
    main_window.context.events.modules_changed.emit()
    qtbot.waitUntil(lambda: len(server.handler.messages) == 4, timeout=10000)
    qtbot.waitUntil(lambda: not model.paused, timeout=5000)
    qtbot.wait(300)


class LockedKeyring(MemoryKeyring):
    """Secret Service with a locked collection whose unlock prompt was dismissed."""

    locked = True

    def get_password(self, service: str, username: str) -> str | None:
        if self.locked:
            raise keyring.errors.KeyringLocked("Failed to unlock the collection!")
        return super().get_password(service, username)


def test_locked_keyring_waits_in_the_pane_until_retry(
    main_window: MainWindow, qtbot: Any, server: SmtpTestServer
) -> None:
    backend = LockedKeyring()
    keyring.set_keyring(backend)  # the autouse fixture restores the memory keyring
    backend.locked = False
    configure_smtp(books_of(main_window), server)
    backend.locked = True
    [row_id] = enqueue(main_window)
    pane = main_window.notification_pane
    model = pane.model
    qtbot.waitUntil(lambda: model.item(0) is not None and model.item(0).id == PASSWORD_ID)
    notice = model.index(0)
    assert model.data(notice, STATE_ROLE) == "paused"
    assert "Unlock your keyring to send." in model.data(notice)
    assert model.data(model.index(1), STATE_ROLE) == "paused"  # the message waits with it
    assert "(1)" in pane.windowTitle()
    assert server.authenticator.mechanisms == []  # no login without the password
    assert state(main_window, row_id) is OutboxState.QUEUED
    pane.list_view.setCurrentIndex(notice)
    retry = find(pane, QPushButton, "notification_retry")
    assert retry.isVisible()
    backend.locked = False  # the user unlocked it, then chose Retry now
    click(qtbot, retry)
    qtbot.waitUntil(lambda: state(main_window, row_id) is OutboxState.SENT, timeout=10000)
    qtbot.waitUntil(lambda: model.row_of(PASSWORD_ID) is None, timeout=5000)
    assert len(server.handler.messages) == 1
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


@pytest.mark.expected_log("WARNING", r"aborting the message being sent to quit in time")
def test_quit_aborts_within_seconds_and_counts_what_waits(
    main_window: MainWindow, qtbot: Any, pki: TestPki
) -> None:
    server = SmtpTestServer("starttls", pki)
    handler = server.handler = SlowHandler()
    server.controller.handler = handler
    configure_smtp(books_of(main_window), server, timeout_s=60.0)
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
    assert elapsed < 3.0, elapsed  # QUIT_BUDGET_MS: the mailer never holds quitting longer
    assert main_window.statusBar().currentMessage().startswith("3 message")
    assert main_window.mail_service is not None
    assert main_window.mail_service.shutdown() == 3
    # Cut mid-DATA by us: never resent automatically.
    assert state(main_window, ids[0]) is OutboxState.UNCERTAIN
    assert [state(main_window, i) for i in ids[1:]] == [OutboxState.QUEUED] * 3


def test_without_module_writes_an_eml_draft(
    main_window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    invoice_id = make_invoice(books_of(main_window))
    from desktop.ui.mail.send_flow import send_invoice

    send_invoice(main_window.context, invoice_id, main_window)
    [path] = opened
    assert path.startswith(str(main_window.context.paths.outgoing))
    with Path(path).open("rb") as handle:
        draft = email.message_from_binary_file(handle, policy=email.policy.default)
    assert draft["X-Unsent"] == "1"
    assert draft["To"] == "pirkejas@example.cz"
    with books_of(main_window).session() as session:
        inv = session.get(Invoice, invoice_id)
        assert inv is not None and inv.number
        pdf = main_window.context.paths.pdf / f"{inv.number}.pdf"
        assert inv.status == "issued"  # not "sent": Faktura cannot know it left
    attachment, isdoc = list(draft.iter_attachments())  # a Czech client: the ISDOC too
    assert attachment.get_content() == pdf.read_bytes()
    assert isdoc.get_filename() == f"{pdf.stem}.isdoc"
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


def pool_threads() -> list[str]:
    """The job runner's OS threads (Qt names them after the pool); [] without /proc."""
    from desktop.jobs import POOL_THREAD_NAME

    tasks = Path("/proc/self/task")
    if not tasks.is_dir():
        return []
    names = [(task / "comm").read_text().strip() for task in tasks.iterdir()]
    return [name for name in names if name == POOL_THREAD_NAME]


@pytest.mark.expected_log("WARNING", r"aborting the message being sent to quit in time")
def test_quitting_mid_send_and_mid_test_leaves_no_thread(
    main_window: MainWindow,
    qtbot: Any,
    pki: TestPki,
    silent_server: SilentServer,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The whole quit: the mailer hangs in DATA, a connection test waits for a silent server's
    greeting; closing and shutting down takes seconds and every thread of ours is gone."""
    from PySide6.QtWidgets import QPushButton

    from desktop.jobs import job_runner

    monkeypatch.setattr("desktop.ui.mail.smtp_settings_form.DEFAULT_TIMEOUT_S", 30.0)
    server = SmtpTestServer("starttls", pki)
    handler = server.handler = SlowHandler()
    server.controller.handler = handler
    caplog.set_level(logging.INFO)
    with server:
        before = {t for t in threading.enumerate() if t.is_alive()}
        try:
            _, form = install_smtp(main_window, qtbot)
            fill(qtbot, form, silent_server, encryption="starttls")
            click(qtbot, find(form, QPushButton, "smtp_test"))
            configure_smtp(books_of(main_window), server, timeout_s=60.0)
            ids = enqueue(main_window, 2)
            qtbot.waitUntil(
                lambda: state(main_window, ids[0]) is OutboxState.SENDING, timeout=10000
            )
            assert form.test_panel.is_running()
            assert len(pool_threads()) in (0, 2)  # the mailer's and the test's (Linux: 2)
            started = time.monotonic()
            main_window.close()
            main_window.shutdown()  # what run_app does once the event loop has ended
            elapsed = time.monotonic() - started
        finally:
            handler.release.set()
            qtbot.wait(200)
    assert elapsed < 3.0, elapsed  # the whole quit, mailer and connection test included
    assert job_runner().running() == []
    left = [t.name for t in threading.enumerate() if t.is_alive() and t not in before]
    assert [name for name in left if not name.startswith("Dummy")] == []
    assert pool_threads() == []
    assert state(main_window, ids[0]) is OutboxState.UNCERTAIN  # cut by us mid-DATA
    assert state(main_window, ids[1]) is OutboxState.QUEUED
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
    qtbot.waitUntil(lambda: not form.test_panel.is_running(), timeout=2000)
    assert "cancelled" in form.test_panel.result_label.text()
