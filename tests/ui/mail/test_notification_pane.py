"""The notification pane as a first-time user meets it: out of the way until the first
e-mail, an empty-state line, "Sent" as soon as the server took the message, and actions
that fit the failure."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLineEdit, QListView, QPushButton, QToolButton

from desktop.ui.mail.notification_model import STATE_ROLE
from desktop.ui.shell.main_window import MainWindow
from tests.i18n.conftest import OpenWindow, english_afterwards, open_window  # noqa: F401
from tests.mail.outbox_fixtures import configure_smtp, make_invoice
from tests.smtp_server import SmtpTestServer
from tests.ui.mail.conftest import books_of, find
from tests.ui.mail.test_send_gui import send_from_editor, top_level


def _toggle(window: MainWindow) -> QAction:
    return window.notification_pane.toggleViewAction()


def test_first_start_hides_the_pane_and_the_empty_list_says_why(
    main_window: MainWindow, qtbot: Any
) -> None:
    pane = find(main_window, QDockWidget, "notification_pane")
    assert not pane.isVisible()
    assert _toggle(main_window) in main_window.view_menu.actions()
    assert not _toggle(main_window).isChecked()
    _toggle(main_window).trigger()  # View → Notifications
    qtbot.waitUntil(pane.isVisible)
    view = find(pane, QListView, "notification_list")
    assert view.model().rowCount() == 0
    assert "Nothing sent yet" in view.empty_text()  # type: ignore[attr-defined]
    image = view.viewport().grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, 60, 2)}
    assert len(colours) > 2  # the line is drawn, not a blank box


def test_the_view_menu_choice_is_remembered(open_window: OpenWindow, qtbot: Any) -> None:  # noqa: F811
    window = open_window("--lang", "en")
    assert not window.notification_pane.isVisible()
    _toggle(window).trigger()
    assert window.notification_pane.isVisible()
    window = open_window("--lang", "en")  # the next start
    qtbot.waitUntil(window.notification_pane.isVisible)
    _toggle(window).trigger()
    assert not window.notification_pane.isVisible()
    window = open_window("--lang", "en")
    qtbot.wait(50)
    assert not window.notification_pane.isVisible()


def test_first_send_shows_the_pane_and_sent_comes_before_a_slow_quit(
    main_window: MainWindow, qtbot: Any, server: SmtpTestServer
) -> None:
    db = books_of(main_window)
    configure_smtp(db, server)
    invoice_id = make_invoice(db, issue=True)
    pane = main_window.notification_pane
    assert not pane.isVisible()
    server.handler.slow_quit_s = 1.5  # the server takes its time to say goodbye
    dialog = send_from_editor(main_window, qtbot, invoice_id, draft=False)
    qtbot.mouseClick(find(dialog, QPushButton, "compose_send"), Qt.MouseButton.LeftButton)
    assert pane.isVisible()  # the first send shows it
    model = pane.model
    qtbot.waitUntil(lambda: model.data(model.index(0), STATE_ROLE) == "sent", timeout=10000)
    assert not server.handler.quit_answered.is_set()  # "Sent" did not wait for QUIT
    assert main_window.context.services.preferences.pane_visible() is True
    qtbot.waitUntil(server.handler.quit_answered.is_set, timeout=5000)
    qtbot.wait(200)


def _failed_row(window: MainWindow, qtbot: Any) -> int:
    model = window.notification_pane.model
    qtbot.waitUntil(lambda: model.data(model.index(0), STATE_ROLE) == "failed", timeout=15000)
    window.notification_pane.list_view.setCurrentIndex(model.index(0))
    return 0


def _shown_actions(window: MainWindow) -> set[str]:
    pane = window.notification_pane
    return {name for name, button in pane.buttons.items() if button.isVisible()}


def test_refused_recipient_offers_edit_recipients_which_reopens_compose(
    main_window: MainWindow, qtbot: Any, server: SmtpTestServer
) -> None:
    db = books_of(main_window)
    configure_smtp(db, server)
    invoice_id = make_invoice(db, issue=True, client_email="preklep@example.cz")
    server.handler.script("RCPT", "550 5.1.1 <preklep@example.cz>: Recipient address rejected")
    dialog = send_from_editor(main_window, qtbot, invoice_id, draft=False)
    find(dialog, QLineEdit, "compose_cc").setText("ucetni@example.cz")
    qtbot.mouseClick(find(dialog, QPushButton, "compose_send"), Qt.MouseButton.LeftButton)
    _failed_row(main_window, qtbot)
    pane = main_window.notification_pane
    failed_id = pane.current_item().id  # type: ignore[union-attr]
    assert _shown_actions(main_window) == {"edit_recipients", "open_invoice", "dismiss"}
    assert "Server: 550 5.1.1" in pane.details.text()

    qtbot.mouseClick(
        find(pane, QPushButton, "notification_edit_recipients"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: top_level("compose_dialog") is not None, timeout=10000)
    again = top_level("compose_dialog")
    assert again is not None
    to = find(again, QLineEdit, "compose_to")
    assert to.text() == "preklep@example.cz"
    assert find(again, QLineEdit, "compose_cc").text() == "ucetni@example.cz"
    to.setText("pirkejas@example.cz")  # corrected
    qtbot.keyClick(to, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(server.handler.messages) == 1, timeout=10000)
    assert sorted(server.handler.messages[0].rcpt_tos) == [
        "pirkejas@example.cz", "ucetni@example.cz"
    ]  # fmt: skip
    model = pane.model
    qtbot.waitUntil(lambda: model.data(model.index(0), STATE_ROLE) == "sent", timeout=10000)
    assert pane.model.row_of(failed_id) is None  # the refused one is put away
    qtbot.wait(300)


def test_too_large_gives_advice_and_no_retry(
    main_window: MainWindow, qtbot: Any, server: SmtpTestServer
) -> None:
    db = books_of(main_window)
    configure_smtp(db, server)
    invoice_id = make_invoice(db, issue=True)
    server.handler.script("DATA", "552 5.3.4 Message size exceeds fixed maximum message size")
    dialog = send_from_editor(main_window, qtbot, invoice_id, draft=False)
    qtbot.mouseClick(find(dialog, QPushButton, "compose_send"), Qt.MouseButton.LeftButton)
    _failed_row(main_window, qtbot)
    assert "retry" not in _shown_actions(main_window)
    assert "dismiss" in _shown_actions(main_window)
    details = main_window.notification_pane.details.text()
    assert "too large" in details.lower()
    qtbot.wait(300)


def test_network_failure_retries_and_keeps_local_words_in_details(
    main_window: MainWindow, qtbot: Any, server: SmtpTestServer
) -> None:
    from tests.smtp_server import refused_port

    db = books_of(main_window)
    with refused_port() as port:
        configure_smtp(db, server, port=port)
        invoice_id = make_invoice(db, issue=True)
        dialog = send_from_editor(main_window, qtbot, invoice_id, draft=False)
        qtbot.mouseClick(find(dialog, QPushButton, "compose_send"), Qt.MouseButton.LeftButton)
        _failed_row(main_window, qtbot)
    pane = main_window.notification_pane
    assert _shown_actions(main_window) == {"retry", "open_invoice", "dismiss"}
    row = pane.model.data(pane.model.index(0), Qt.ItemDataRole.DisplayRole)
    for text in (row, pane.details.text()):
        assert "Server:" not in text and "Errno" not in text and "Error" not in text, text
    technical = find(pane, QToolButton, "notification_technical")
    assert technical.isVisible() and not pane.technical.isVisible()
    qtbot.mouseClick(technical, Qt.MouseButton.LeftButton)
    assert pane.technical.isVisible() and "ConnectionRefusedError" in pane.technical.text()


def test_actions_follow_the_failure_class() -> None:
    from dataclasses import replace
    from datetime import datetime

    from desktop.core.outbox import OutboxEntry, OutboxState
    from desktop.ui.mail.notification_actions import applicable

    now = datetime.now()
    failed = OutboxEntry(
        1, 7, "FAK-1", ("a@example.cz",), "s", "<m>", OutboxState.FAILED, 1, None, "", "", "",
        now, now, None, False, False,
    )  # fmt: skip
    expected = {
        "recipient_rejected": {"edit_recipients", "open_invoice", "dismiss"},
        "message_too_large": {"open_invoice", "dismiss"},
        "auth_failed": {"smtp_settings", "retry", "open_invoice", "dismiss"},
        "connection_refused": {"retry", "open_invoice", "dismiss"},
        "server_permanent": {"retry", "cancel", "smtp_settings", "open_invoice", "dismiss"},
    }
    for guidance, actions in expected.items():
        assert applicable(replace(failed, guidance=guidance)) == actions, guidance
