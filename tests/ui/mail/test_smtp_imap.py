"""Copy to Sent in the running app: the form's smtp_imap_* fields, the copy landing in a real
Dovecot, and a failed copy shown in the pane ("sent; copy to Sent folder failed") with its
own retry that never sends the e-mail again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QSpinBox

from desktop.core.outbox import OutboxState
from desktop.ui.mail.notification_model import STATE_ROLE
from desktop.ui.shell.main_window import MainWindow
from tests.imap_server import DovecotServer
from tests.smtp_server import SmtpTestServer, TestPki
from tests.ui.mail.conftest import click, fill, find, install_smtp
from tests.ui.mail.test_mailer_in_app import enqueue


def _entry(window: MainWindow, row_id: int) -> Any:
    return window.context.services.outbox.entry(row_id)


def test_presets_that_know_the_imap_server_tick_the_copy(
    main_window: MainWindow, qtbot: Any
) -> None:
    _, form = install_smtp(main_window, qtbot)
    qtbot.keyClicks(form.fields.sender_email, "jonas@gmail.com")
    copy = find(form, QCheckBox, "smtp_imap_copy")
    assert copy.isChecked()
    assert find(form, QLineEdit, "smtp_imap_host").text() == "imap.gmail.com"
    assert find(form, QSpinBox, "smtp_imap_port").value() == 993
    form.fields.sender_email.clear()
    qtbot.keyClicks(form.fields.sender_email, "jonas@domenas.lt")
    assert not copy.isChecked()  # "Other provider": opt in by hand


@pytest.mark.expected_log("WARNING", r"sent; copy to Sent folder failed")
def test_sent_invoices_are_copied_and_a_failed_copy_is_retried_alone(
    main_window: MainWindow,
    qtbot: Any,
    server: SmtpTestServer,
    pki: TestPki,
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    imap = DovecotServer.start(tmp_path / "a", pki)
    request.addfinalizer(imap.stop)
    dialog, form = install_smtp(main_window, qtbot)
    fill(qtbot, form, server, encryption="starttls")
    click(qtbot, find(form, QCheckBox, "smtp_imap_copy"))
    find(form, QCheckBox, "smtp_imap_copy").setChecked(True)
    host = find(form, QLineEdit, "smtp_imap_host")
    host.clear()
    qtbot.keyClicks(host, imap.host)
    find(form, QSpinBox, "smtp_imap_port").setValue(imap.port)
    with qtbot.waitSignal(main_window.context.events.modules_changed):
        click(qtbot, find(form, QPushButton, "smtp_update"))
    dialog.close()
    saved = main_window.context.services.mail_account.settings()
    assert saved is not None and saved.imap_copy and saved.imap_port == imap.port
    [first] = enqueue(main_window)
    qtbot.waitUntil(lambda: _entry(main_window, first).sent_copy == "done", timeout=15000)
    assert [body for _, body in imap.fetch_all("Sent")] == [server.handler.messages[0].data]
    imap.stop()
    [second] = enqueue(main_window)
    qtbot.waitUntil(lambda: _entry(main_window, second).sent_copy == "failed", timeout=15000)
    assert _entry(main_window, second).state is OutboxState.SENT
    pane = main_window.notification_pane
    model = pane.model
    qtbot.waitUntil(  # the mailer's news reaches the pane through a queued signal
        lambda: "copy to Sent folder failed" in model.data(model.index(model.row_of(second))),
        timeout=5000,
    )
    index = model.index(model.row_of(second))
    assert model.data(index, STATE_ROLE) == "sent"
    pane.list_view.setCurrentIndex(index)
    again = find(pane, QPushButton, "notification_retry_copy")
    assert again.isVisible() and again.text() == "Copy to Sent again"
    with DovecotServer.start(tmp_path / "b", pki, port=imap.port) as back:
        click(qtbot, again)
        qtbot.waitUntil(lambda: _entry(main_window, second).sent_copy == "done", timeout=15000)
        assert [b for _, b in back.fetch_all("Sent")] == [server.handler.messages[1].data]
    assert len(server.handler.messages) == 2  # each e-mail went out once
    qtbot.wait(300)
