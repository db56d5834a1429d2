"""The compose dialog: Enter sends (never cancels), and an invoice sent before says so."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton

from desktop.storage import outbox
from desktop.ui.mail.compose_dialog import ComposeDialog
from tests.mail.outbox_fixtures import configure_smtp, make_invoice
from tests.smtp_server import SmtpTestServer
from tests.ui.mail.conftest import find


def _dialog(app_context: Any, qtbot: Any, server: SmtpTestServer) -> ComposeDialog:
    db = app_context.services.books.database
    configure_smtp(db, server)
    prepared = app_context.services.sending.prepare(make_invoice(db))
    dialog = ComposeDialog(app_context, prepared)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_send_is_the_default_button(app_context: Any, qtbot: Any, server: SmtpTestServer) -> None:
    dialog = _dialog(app_context, qtbot, server)
    send = find(dialog, QPushButton, "compose_send")
    assert send.isDefault()
    others = [b for b in dialog.findChildren(QPushButton) if b is not send]
    assert others and not any(b.isDefault() or b.autoDefault() for b in others)


@pytest.mark.parametrize("field", ["compose_to", "compose_cc", "compose_bcc", "compose_subject"])
def test_enter_in_a_one_line_field_sends_and_never_rejects(
    app_context: Any, qtbot: Any, server: SmtpTestServer, field: str
) -> None:
    dialog = _dialog(app_context, qtbot, server)
    # Tab through every button first: an auto-default button that had the focus once must
    # not stay the one Enter presses.
    for button in dialog.findChildren(QPushButton):
        button.setFocus()
    line = find(dialog, QLineEdit, field)
    line.setFocus()
    if field == "compose_subject":
        qtbot.keyClicks(line, " (edited)")
    queued: list[object] = []
    rejected: list[bool] = []
    dialog.queued.connect(queued.append)
    dialog.rejected.connect(lambda: rejected.append(True))
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert not rejected and dialog.result() == QDialog.DialogCode.Accepted
    assert len(queued) == 1  # Enter sent it, with the edit
    if field == "compose_subject":
        assert queued[0].subject.endswith(" (edited)")  # type: ignore[attr-defined]


def test_enter_with_a_bad_address_keeps_the_dialog_and_the_edit(
    app_context: Any, qtbot: Any, server: SmtpTestServer
) -> None:
    dialog = _dialog(app_context, qtbot, server)
    to = find(dialog, QLineEdit, "compose_to")
    to.setText("not an address")
    rejected: list[bool] = []
    dialog.rejected.connect(lambda: rejected.append(True))
    qtbot.keyClick(to, Qt.Key.Key_Return)
    assert dialog.isVisible() and not rejected
    assert to.text() == "not an address"
    assert find(dialog, QLabel, "compose_error").isVisible()


def test_no_warning_for_an_invoice_never_sent(
    app_context: Any, qtbot: Any, server: SmtpTestServer
) -> None:
    dialog = _dialog(app_context, qtbot, server)
    assert not find(dialog, QLabel, "compose_sent_before").isVisible()


def test_an_invoice_sent_before_says_when_and_to_whom(
    app_context: Any, qtbot: Any, server: SmtpTestServer
) -> None:
    db = app_context.services.books.database
    configure_smtp(db, server)
    invoice_id = make_invoice(db)
    services = app_context.services.sending
    first = services.queue(
        services.prepare(invoice_id), to=["ucetni@example.cz"], subject="Faktura", body="x"
    )
    with db.session() as session:
        outbox.mark_sending(session, first.id)
        outbox.mark_sent(session, first.id, "250 OK")
        session.commit()
    dialog = ComposeDialog(app_context, services.prepare(invoice_id))
    qtbot.addWidget(dialog)
    dialog.show()
    warning = find(dialog, QLabel, "compose_sent_before")
    assert warning.isVisible()
    assert "already sent" in warning.text() and "ucetni@example.cz" in warning.text()
    assert any(ch.isdigit() for ch in warning.text())  # the date
