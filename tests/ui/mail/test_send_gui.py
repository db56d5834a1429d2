"""Sending from the editor through the compose dialog, watched in the notification pane."""

from __future__ import annotations

import email
import email.policy
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop.core.outbox import OutboxState
from desktop.storage.models import Invoice
from desktop.ui.mail.mail_service import MailService
from desktop.ui.mail.notification_model import STATE_ROLE, NotificationModel
from desktop.ui.shell.main_window import MainWindow
from tests.mail.outbox_fixtures import configure_smtp, make_invoice
from tests.smtp_server import SmtpTestServer
from tests.ui.mail.conftest import books_of, find


def top_level(name: str) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    return None


def states_seen(model: NotificationModel) -> list[str]:
    """Record every state the pane shows for outbox rows, in order."""
    seen: list[str] = []

    def record(*_args: Any) -> None:
        for row in range(model.rowCount()):
            state = model.data(model.index(row), STATE_ROLE)
            if state != "notice" and (not seen or seen[-1] != state):
                seen.append(state)
                break

    model.dataChanged.connect(record)
    model.rowsInserted.connect(record)
    return seen


def send_from_editor(window: MainWindow, qtbot: Any, invoice_id: int, *, draft: bool) -> QWidget:
    editor = window.open_invoice(invoice_id)
    qtbot.mouseClick(editor.findChild(QPushButton, "invoice_send"), Qt.MouseButton.LeftButton)
    if draft:
        qtbot.waitUntil(lambda: top_level("confirm_issue") is not None)
        box = top_level("confirm_issue")
        assert isinstance(box, QMessageBox)
        yes = box.findChild(QPushButton, "confirm_issue_yes")
        qtbot.waitUntil(yes.isEnabled)  # after the check of what the PDF cannot print
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: top_level("compose_dialog") is not None, timeout=10000)
    dialog = top_level("compose_dialog")
    assert dialog is not None
    return dialog


def test_send_from_editor_queued_sending_sent(
    main_window: MainWindow, qtbot: Any, server: SmtpTestServer
) -> None:
    db = books_of(main_window)
    configure_smtp(db, server)
    invoice_id = make_invoice(db, issue=False, client_email="pirkejas@example.cz")
    pane = main_window.findChild(QWidget, "notification_pane")
    view = pane.findChild(QListView, "notification_list")
    model = view.model()
    seen = states_seen(model)

    dialog = send_from_editor(main_window, qtbot, invoice_id, draft=True)
    assert dialog.findChild(QLineEdit, "compose_to").text() == "pirkejas@example.cz"
    subject = dialog.findChild(QLineEdit, "compose_subject").text()
    assert "Faktura" in subject and "–" in subject
    dialog.findChild(QLineEdit, "compose_cc").setText("ucetni@example.cz")
    qtbot.mouseClick(dialog.findChild(QPushButton, "compose_send"), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: len(server.handler.messages) == 1, timeout=10000)
    qtbot.waitUntil(lambda: seen[-1:] == ["sent"], timeout=10000)
    assert seen == ["queued", "sending", "sent"]
    got = email.message_from_bytes(server.handler.messages[0].data, policy=email.policy.default)
    assert got["Subject"] == subject
    assert sorted(server.handler.messages[0].rcpt_tos) == [
        "pirkejas@example.cz",
        "ucetni@example.cz",
    ]
    with db.session() as session:
        inv = session.get(Invoice, invoice_id)
        assert inv is not None and inv.status == "sent" and inv.number
        pdf = main_window.context.paths.pdf / f"{inv.number}.pdf"
    attachment, isdoc = list(got.iter_attachments())  # a Czech client: the ISDOC too
    assert attachment.get_content() == pdf.read_bytes()
    assert isdoc.get_filename() == f"{pdf.stem}.isdoc"
    qtbot.wait(300)  # the batch ends with QUIT; let it close before the server stops


def test_failure_shows_guidance_and_retry_works(
    main_window: MainWindow, qtbot: Any, server: SmtpTestServer
) -> None:
    db = books_of(main_window)
    configure_smtp(db, server)
    invoice_id = make_invoice(db, issue=True)
    pane = main_window.notification_pane
    server.handler.script("DATA", "554 5.6.0 Message refused by policy")
    dialog = send_from_editor(main_window, qtbot, invoice_id, draft=False)
    qtbot.mouseClick(dialog.findChild(QPushButton, "compose_send"), Qt.MouseButton.LeftButton)

    model = pane.model
    qtbot.waitUntil(lambda: model.data(model.index(0), STATE_ROLE) == "failed", timeout=10000)
    text = model.data(model.index(0), Qt.ItemDataRole.DisplayRole)
    assert "Server: 554 5.6.0" in text
    assert "Server refused the message" in text  # the guidance title, not only the server's words
    assert pane.windowTitle().endswith("(1)")
    assert pane.toggleViewAction().text().endswith("(1)")
    unread = main_window.statusBar().findChild(QWidget, "notification_unread")
    assert unread is not None and unread.isVisible()

    pane.list_view.setCurrentIndex(model.index(0))
    assert pane.windowTitle() == "Notifications"  # looked at: no longer unread
    retry = pane.findChild(QPushButton, "notification_retry")
    assert retry.isVisible()
    assert pane.findChild(QPushButton, "notification_dismiss").isVisible()
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.data(model.index(0), STATE_ROLE) == "sent", timeout=10000)
    assert len(server.handler.messages) == 1

    qtbot.mouseClick(pane.findChild(QPushButton, "notification_dismiss"), Qt.MouseButton.LeftButton)
    assert model.rowCount() == 0
    qtbot.wait(300)


def test_model_passes_qt_model_tester(app_context: Any, qtmodeltester: Any) -> None:
    from datetime import datetime

    from desktop.core.outbox import PauseInfo
    from desktop.storage import outbox, outbox_queries

    db = app_context.services.books.database
    with db.session() as session:
        rows = [
            outbox.enqueue(
                session,
                invoice_id=None,
                to=[f"a{i}@example.lt"],
                subject="s",
                message_id=f"<{i}@example.lt>",
                raw=b"x",
            )
            for i in range(3)
        ]
        session.commit()
        ids = [r.id for r in rows]
    model = NotificationModel(app_context.services)
    model.reload()
    qtmodeltester.check(model)
    with db.session() as session:
        outbox.mark_sending(session, ids[0])
        entry = outbox_queries.entry_of(outbox.mark_sent(session, ids[0], "250 ok"))
        session.commit()
    model.upsert(entry)
    model.set_pause(PauseInfo("auth_failed", "login", "535 no", datetime.now().isoformat()))
    assert model.data(model.index(0), STATE_ROLE) == "paused"
    assert model.unread_count() == 1
    qtmodeltester.check(model)
    model.set_pause(None)
    assert model.rowCount() == 3
    assert model.data(model.index(0), STATE_ROLE) in {s.value for s in OutboxState}


@pytest.mark.parametrize("name", ["compose_dialog", "compose_to", "compose_cc", "compose_bcc",
                                  "compose_subject", "compose_body", "compose_send"])  # fmt: skip
def test_compose_object_names_exist(
    app_context: Any, qtbot: Any, server: SmtpTestServer, name: str
) -> None:
    from desktop.ui.mail.compose_dialog import ComposeDialog

    db = app_context.services.books.database
    configure_smtp(db, server)
    invoice_id = make_invoice(db)
    prepared = app_context.services.sending.prepare(invoice_id)
    dialog = ComposeDialog(app_context, prepared)
    qtbot.addWidget(dialog)
    found = dialog if dialog.objectName() == name else dialog.findChild(QWidget, name)
    assert found is not None


@pytest.mark.parametrize(
    "name",
    ["notification_pane", "notification_list", "notification_details", "notification_unread",
     "notification_retry", "notification_cancel", "notification_resend", "notification_mark_sent",
     "notification_open_invoice", "notification_smtp_settings", "notification_dismiss"],
)  # fmt: skip
def test_notification_object_names_exist(main_window: MainWindow, name: str) -> None:
    found = main_window.findChild(QWidget, name)
    assert found is not None and found.objectName() == name


def test_save_as_template_keeps_placeholders(
    app_context: Any, qtbot: Any, server: SmtpTestServer
) -> None:
    from desktop.mail import templates
    from desktop.ui.mail.compose_dialog import ComposeDialog

    db = app_context.services.books.database
    configure_smtp(db, server)
    invoice_id = make_invoice(db)
    prepared = app_context.services.sending.prepare(invoice_id)
    dialog = ComposeDialog(app_context, prepared)
    qtbot.addWidget(dialog)
    dialog.subject.setText(f"Vaše faktura {prepared.number}")
    qtbot.mouseClick(
        dialog.findChild(QPushButton, "compose_save_template"), Qt.MouseButton.LeftButton
    )
    with db.session() as session:
        assert templates.load(session, "cs").subject == "Vaše faktura {number}"


def _plain(rich: str) -> str:
    from PySide6.QtGui import QTextDocumentFragment

    return QTextDocumentFragment.fromHtml(rich).toPlainText()


def test_cut_short_rows_can_be_read_in_full(main_window: MainWindow, qtbot: Any) -> None:
    from desktop.core.outbox import PauseInfo
    from desktop.storage import outbox, outbox_queries
    from desktop.ui.mail.guidance_text import guidance_advice

    db = books_of(main_window)
    with db.session() as session:
        row = outbox.enqueue(
            session, invoice_id=None, to=["pirkejas@example.cz"], subject="Faktura FAK2025-0001",
            message_id="<1@example.lt>", raw=b"x",
        )  # fmt: skip
        outbox.mark_sending(session, row.id)
        failed = outbox.mark_failed_attempt(
            session, row.id, counted=False, retry_at=None, step="rcpt", guidance="sender_rejected",
            reply="553 5.7.1 Sender address rejected: not owned by user jonas@example.lt",
        )  # fmt: skip
        entry = outbox_queries.entry_of(failed)
        session.commit()
    pane = main_window.findChild(QWidget, "notification_pane")
    view = pane.findChild(QListView, "notification_list")
    model = view.model()
    model.upsert(entry)
    reply = (
        "534 5.7.9 Application-specific password required. Learn more at https://support.google.com"
    )
    model.set_pause(PauseInfo("app_password_required", "auth", reply, ""))
    pane.resize(300, pane.height())  # narrow: the rows are elided
    assert model.rowCount() == 2
    for row_number, key in ((0, "app_password_required"), (1, "sender_rejected")):
        index = model.index(row_number)
        tooltip = model.data(index, Qt.ItemDataRole.ToolTipRole)
        assert tooltip.startswith("<p>")  # rich text: Qt wraps it instead of one endless line
        full = _plain(tooltip)
        for line in model.data(index, Qt.ItemDataRole.DisplayRole).split("\n"):
            assert line in full
        assert guidance_advice(key) in full
        assert model.data(index, Qt.ItemDataRole.AccessibleDescriptionRole) == full
    # by keyboard: move through the list, then Tab to the text of the current entry
    main_window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_End)
    details = pane.findChild(QLabel, "notification_details")
    assert details.isVisible()
    assert guidance_advice("sender_rejected") in details.text()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert "Retry now." in details.text()  # the paused row's last line, cut short in the list
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert details.hasFocus()
    assert details.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_paused_notice_follows_a_language_switch(app_context: Any) -> None:
    from desktop.core.outbox import PauseInfo
    from desktop.ui.shell.translations import install_translators

    model = NotificationModel(app_context.services)
    model.set_pause(PauseInfo("auth_failed", "login", "535 no", ""))
    notice = model.item(0)
    assert notice is not None and model.text(notice).startswith("Sending is paused")
    try:
        install_translators("lt")
        model.clear_text_cache()
        assert model.text(notice).startswith("Siuntimas pristabdytas")
        assert "Siuntimas pristabdytas" in model.details(notice)
    finally:
        install_translators("en")


def test_one_send_reads_and_renders_the_invoice_once(
    main_window: MainWindow, qtbot: Any, server: SmtpTestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The send reads the document once for the PDF, the template and the addresses."""
    from desktop.pdf import render
    from desktop.storage import documents
    from desktop.ui.mail.send_flow import send_invoice

    db = books_of(main_window)
    configure_smtp(db, server)
    invoice_id = make_invoice(db, issue=True)
    calls: list[str] = []
    read, draw = documents.to_document, render.render_invoice_pdf

    def counted_read(*args: Any, **kwargs: Any) -> Any:
        calls.append("to_document")
        return read(*args, **kwargs)

    def counted_draw(*args: Any, **kwargs: Any) -> Any:
        calls.append("render")
        return draw(*args, **kwargs)

    monkeypatch.setattr(documents, "to_document", counted_read)
    monkeypatch.setattr(render, "render_invoice_pdf", counted_draw)
    dialog = send_invoice(main_window.context, invoice_id, main_window)
    assert dialog is not None and dialog.objectName() == "compose_dialog"
    qtbot.mouseClick(dialog.findChild(QPushButton, "compose_send"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(server.handler.messages) == 1, timeout=10000)
    assert calls == ["to_document", "render"]
    qtbot.wait(300)


def test_module_without_account_asks_for_the_settings(main_window: MainWindow, qtbot: Any) -> None:
    from desktop import settings as registry
    from desktop.storage import kv
    from desktop.ui.mail.send_flow import send_invoice
    from desktop.ui.shell.modules_dialog import ModulesDialog

    db = books_of(main_window)
    with db.session() as session:
        kv.write(session, registry.INSTALLED_MODULES, ["smtp"])
        session.commit()
    invoice_id = make_invoice(db, issue=True)
    assert send_invoice(main_window.context, invoice_id, main_window) is None
    shown = [d for d in main_window.findChildren(ModulesDialog) if d.isVisible()]
    assert len(shown) == 1
    model = main_window.notification_pane.model
    assert "E-mail sending is not set up" in model.data(model.index(0))
    main_window.notification_pane.list_view.setCurrentIndex(model.index(0))
    dismiss = find(main_window.notification_pane, QPushButton, "notification_dismiss")
    assert dismiss.isVisible()  # a note about this send, not the standing "waiting" one
    shown[0].close()


def _queued(db: Any, subject: str = "Faktura FAK2025-0001") -> Any:
    from desktop.storage import outbox, outbox_queries

    with db.session() as session:
        row = outbox.enqueue(
            session, invoice_id=None, to=["pirkejas@example.cz"], subject=subject,
            message_id="<race@example.lt>", raw=b"x",
        )  # fmt: skip
        session.commit()
        return outbox_queries.entry_of(row)


def _waiting_for_an_account(main_window: MainWindow, qtbot: Any, entry: Any) -> MailService:
    """The pane lists ``entry``, and the mailer (started with the window, so done with its
    crash recovery) has looked at it and found no account: it stays queued."""
    service = main_window.mail_service
    assert service is not None
    service.enqueued(entry)
    qtbot.wait(200)
    main_window.notification_pane.select_id(entry.id)
    return service


def test_cancel_after_the_mailer_claimed_the_message_shows_the_real_state(
    main_window: MainWindow, qtbot: Any, db: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """The mailer claims the message (another session) just before the user's Cancel: the
    pane says so and shows "sending"; the message is neither cancelled nor sent again."""
    from desktop.storage import outbox, outbox_queries

    entry = _queued(books_of(main_window))
    mailer = _waiting_for_an_account(main_window, qtbot, entry)
    pane = main_window.notification_pane
    cancel = find(pane, QPushButton, "notification_cancel")
    assert cancel.isVisible()
    assert pane.current_item() == entry
    with db.session() as session:  # the mailer's claim, in its own session
        outbox.mark_sending(session, entry.id)
        session.commit()
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    row = pane.model.row_of(entry.id)
    assert row is not None
    assert pane.model.data(pane.model.index(row), STATE_ROLE) == "sending"
    note = find(pane, QLabel, "notification_note")
    assert note.isVisible() and "Sending" in note.text() and "Not done" in note.text()
    assert not cancel.isVisible()  # nothing left to cancel
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")]
    with db.session() as session:
        assert outbox_queries.get_entry(session, entry.id).state is OutboxState.SENDING
        outbox.mark_sent(session, entry.id, "250 ok")  # the claimer finishes its one send
        session.commit()
    mailer.wake()
    qtbot.wait(300)
    with db.session() as session:
        final = outbox_queries.get_entry(session, entry.id)
    assert final.state is OutboxState.SENT and final.attempts == 1


def test_resend_asks_first(main_window: MainWindow, qtbot: Any, db: Any) -> None:
    from desktop.storage import outbox, outbox_queries

    entry = _queued(books_of(main_window))
    with db.session() as session:
        outbox.mark_sending(session, entry.id)
        uncertain = outbox_queries.entry_of(outbox.mark_uncertain(session, entry.id, "cut"))
        session.commit()
    pane = main_window.notification_pane
    pane.model.upsert(uncertain)
    pane.select_id(entry.id)
    qtbot.mouseClick(find(pane, QPushButton, "notification_resend"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: top_level("notification_resend_confirm") is not None)
    box = top_level("notification_resend_confirm")
    assert box is not None
    assert replace(uncertain, seen=True) == pane.entry(entry.id)  # looked at, nothing else
    yes = find(box, QPushButton, "notification_resend_confirm_yes")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    resent = pane.entry(entry.id)
    assert resent is not None and resent.state is OutboxState.QUEUED


@pytest.mark.parametrize("elsewhere", ["issued", "cancelled"])
def test_draft_changed_elsewhere_before_issue_and_send(
    main_window: MainWindow, qtbot: Any, server: SmtpTestServer, db: Any, elsewhere: str
) -> None:
    """Another app issues (or cancels) the draft while the confirm box is open: Issue and send
    goes on with the issued invoice, or says a cancelled one cannot be sent."""
    from desktop.core.lifecycle import InvoiceStatus
    from desktop.storage import invoice_states
    from desktop.ui.mail.send_flow import send_invoice

    configure_smtp(books_of(main_window), server)
    invoice_id = make_invoice(books_of(main_window), issue=False)
    box = send_invoice(main_window.context, invoice_id, main_window)
    assert box is not None and box.objectName() == "confirm_issue"
    with db.session() as session:
        if elsewhere == "issued":
            invoice_states.issue(session, invoice_id)
        else:
            invoice_states.move(session, invoice_id, InvoiceStatus.CANCELLED)
        session.commit()
    yes = find(box, QPushButton, "confirm_issue_yes")
    qtbot.waitUntil(yes.isEnabled)
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    if elsewhere == "issued":
        qtbot.waitUntil(lambda: top_level("compose_dialog") is not None)
        dialog = top_level("compose_dialog")
        assert dialog is not None
        dialog.close()
    else:
        qtbot.waitUntil(lambda: top_level("send_error") is not None)
        error = top_level("send_error")
        assert isinstance(error, QMessageBox)
        assert error.text() == "A cancelled invoice cannot be sent."
        error.close()


def test_send_on_a_draft_names_what_the_pdf_cannot_print(
    main_window: MainWindow, qtbot: Any, server: SmtpTestServer, db: Any
) -> None:
    """Send issues a draft first, so its question names the characters the PDF will show as
    "�", as the editor's Issue does; Yes waits for that check."""
    from desktop.ui.mail.send_flow import send_invoice

    configure_smtp(books_of(main_window), server)
    invoice_id = make_invoice(books_of(main_window), issue=False)
    with db.session() as session:
        session.get(Invoice, invoice_id).lines[0].description = "Kava ☕ ir שלום"
        session.commit()
    box = send_invoice(main_window.context, invoice_id, main_window)
    assert isinstance(box, QMessageBox) and box.objectName() == "confirm_issue"
    yes = find(box, QPushButton, "confirm_issue_yes")
    qtbot.waitUntil(yes.isEnabled, timeout=10000)
    assert box.property("unprintable") == "☕שלום"
    assert "☕ (U+2615)" in box.informativeText() and "“�”" in box.informativeText()
    assert box.icon() == QMessageBox.Icon.Warning
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: top_level("compose_dialog") is not None, timeout=10000)
    dialog = top_level("compose_dialog")
    assert dialog is not None
    dialog.close()
