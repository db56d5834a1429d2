"""The notification pane as a first-time user meets it: out of the way until the first
e-mail, an empty-state line, "Sent" as soon as the server took the message, and actions
that fit the failure."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QListView, QPushButton

from desktop.ui.mail.notification_model import STATE_ROLE
from desktop.ui.shell.main_window import MainWindow
from tests.i18n.conftest import OpenWindow, english_afterwards, open_window  # noqa: F401
from tests.mail.outbox_fixtures import configure_smtp, make_invoice
from tests.smtp_server import SmtpTestServer
from tests.ui.mail.conftest import books_of, find
from tests.ui.mail.test_send_gui import send_from_editor


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
