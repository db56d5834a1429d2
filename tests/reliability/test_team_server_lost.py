"""The database server goes away (team mode), at start or while the window runs.

While running: the editor keeps what the user typed, says so in plain words, and saves it
once the server is back; the window's banner and status bar say the server is gone, and the
lists are read again when it answers.  At start: a dialog names the server and offers to try
again (and opens the window once it answers), the local file, another database, or quit
(exit code 2).  No traceback, nothing lost.  A private cluster, stopped and started again on
the same port, so no other test loses its server."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.options import parse_args
from desktop.paths import DataPaths
from desktop.services import database_choice
from desktop.ui.invoices.line_items_model import DESCRIPTION
from desktop.ui.shell.app import EXIT_FOLDER, Session, ensure_application, start_session
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.translations import install_translators
from tests.pg_server import PgServer, binaries
from tests.reliability.test_drafts import type_notes
from tests.ui.helpers import child, click, new_editor, seed_invoices, status_text, type_line


@pytest.fixture
def private_server(pg_server: PgServer) -> Iterator[PgServer]:
    """A cluster of its own (``pg_server`` only makes sure PostgreSQL is there)."""
    bindir = binaries()
    assert bindir is not None
    server = PgServer(bindir).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def team_window(
    private_server: PgServer, data_paths: DataPaths, qtbot: Any
) -> Iterator[MainWindow]:
    url = private_server.url(private_server.new_database())
    ensure_application([])
    started = start_session(
        parse_args(["--data-dir", str(data_paths.root), "--database", url, "--lang", "en"])
    )
    assert not isinstance(started, int)
    install_translators("en")
    window = MainWindow(started.context)
    qtbot.addWidget(window)
    window.show()
    try:
        yield window
    finally:
        window.close()
        window.shutdown()
        started.close()


def test_typing_while_the_server_is_gone_is_kept_and_saved_when_it_is_back(
    team_window: MainWindow, private_server: PgServer, qtbot: Any
) -> None:
    editor = new_editor(qtbot, team_window)
    type_line(qtbot, editor, 0, {DESCRIPTION: "Saved before the server went away"})
    click(qtbot, editor, "invoice_save")
    assert editor.invoice_id is not None and not editor.autosave.dirty
    private_server.pause()
    try:
        type_notes(qtbot, editor, "Typed while the server was gone.")
        banner = child(editor, QFrame, "invoice_save_error")
        qtbot.waitUntil(banner.isVisible, timeout=15000)
        said = child(editor, QLabel, "invoice_save_error_text").text()
        assert "database server cannot be reached" in said and "stays here" in said
        assert editor.autosave.dirty
    finally:
        private_server.resume()
    # The editor tries again by itself (backing off); the banner's button tries at once.
    click(qtbot, editor, "invoice_save_retry")
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=15000)
    assert not editor.autosave.dirty
    stored = team_window.context.services.invoices.load(editor.invoice_id).notes  # from the db
    assert "Typed while the server was gone." in stored


def test_the_window_says_the_server_is_gone_and_reads_again_when_it_is_back(
    team_window: MainWindow, private_server: PgServer, qtbot: Any
) -> None:
    """The listener notices first: a banner naming the server (no password) and a line in
    the status bar; a list read meanwhile is empty and says why; once the server answers
    the banner goes and the list is read again, by itself."""
    services = team_window.context.services
    seed_invoices(services, 2)
    model = team_window.list_page.model
    team_window.list_page.model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    qtbot.waitUntil(lambda: team_window.team_changes.job is not None)
    banner = child(team_window, QFrame, "server_unreachable")
    assert not banner.isVisible()
    qtbot.wait(1000)  # the listener is connected, and what it heard is shown
    private_server.pause()
    try:
        qtbot.waitUntil(banner.isVisible, timeout=15000)
        said = child(banner, QLabel, "server_unreachable_text").text()
        assert f"127.0.0.1:{private_server.port}" in said and "cannot be reached" in said
        assert "cannot be reached" in status_text(team_window)
        model.reload()  # a read while the server is gone: nothing, and the reason
        assert model.rowCount() == 0
        assert "database server cannot be reached" in status_text(team_window)
    finally:
        private_server.resume()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=20000)
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
    assert "answers again" in status_text(team_window)


def test_a_draft_typed_while_the_server_is_gone_saves_itself_when_it_is_back(
    team_window: MainWindow, private_server: PgServer, qtbot: Any
) -> None:
    """Nobody clicks anything: the editor's banner says why, the text stays on screen, and
    when the server answers the draft is saved (the window does not wait for the editor's
    next backed-off retry)."""
    editor = new_editor(qtbot, team_window)
    type_line(qtbot, editor, 0, {DESCRIPTION: "Started with the server there"})
    click(qtbot, editor, "invoice_save")
    assert editor.invoice_id is not None
    qtbot.waitUntil(lambda: team_window.team_changes.job is not None)
    qtbot.wait(1000)
    private_server.pause()
    try:
        type_notes(qtbot, editor, "Every word typed while it was gone.")
        banner = child(editor, QFrame, "invoice_save_error")
        qtbot.waitUntil(banner.isVisible, timeout=15000)
        qtbot.wait(2500)  # the first retry (2 s) fails as well: still kept
        assert editor.autosave.dirty and editor.autosave.failures >= 2
        notes = child(editor, QPlainTextEdit, "invoice_notes")
        assert notes.toPlainText().endswith("Every word typed while it was gone.")
    finally:
        private_server.resume()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=20000)
    assert not editor.autosave.dirty
    stored = team_window.context.services.invoices.load(editor.invoice_id)
    assert stored.notes.endswith("Every word typed while it was gone.")
    assert stored.lines[0].description == "Started with the server there"


# -- the server is down when Faktura starts ------------------------------------------------
def _modal(name: str) -> QWidget | None:
    widget = QApplication.activeModalWidget()
    return widget if widget is not None and widget.objectName() == name else None


def _start_answering(
    paths: DataPaths, answer: Callable[[QWidget], None], *args: str
) -> tuple[Session | int, list[BaseException]]:
    """``start_session`` with someone at the screen: ``answer`` gets the unreachable dialog
    (it may wait inside, the dialog's own event loop keeps running)."""
    ensure_application([])
    install_translators("en")
    errors: list[BaseException] = []

    def script() -> None:
        dialog = None
        try:
            deadline = time.monotonic() + 60
            while (dialog := _modal("server_unreachable_dialog")) is None:
                assert time.monotonic() < deadline, "no dialog"
                QApplication.processEvents()
                time.sleep(0.02)
            answer(dialog)
        except BaseException as exc:  # a failed check must not hang the dialog
            errors.append(exc)
            if isinstance(dialog, QDialog):
                dialog.reject()

    QTimer.singleShot(0, script)
    options = parse_args(["--data-dir", str(paths.root), "--lang", "en", *args])
    return start_session(options, ask=True), errors


def _press(qtbot: Any, dialog: QWidget, name: str) -> None:
    button = child(dialog, QPushButton, name)
    qtbot.waitUntil(button.isEnabled, timeout=30000)
    button.click()


@pytest.mark.expected_log("WARNING", r"cannot be used \(unreachable\)")
def test_start_with_the_server_down_then_retry_opens_the_window(
    private_server: PgServer, data_paths: DataPaths, qtbot: Any,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    database = private_server.new_database()
    url = private_server.url(database, password="hush-hush")  # the superuser needs none
    private_server.pause()
    said: list[str] = []

    def answer(dialog: QWidget) -> None:
        said.append(child(dialog, QLabel, "unreachable_text").text())
        _press(qtbot, dialog, "unreachable_retry")  # still down: the dialog stays, says so
        outcome = child(dialog, QLabel, "unreachable_outcome")
        qtbot.waitUntil(lambda: "Still no answer" in outcome.text(), timeout=30000)
        assert dialog.isVisible()
        private_server.resume()
        _press(qtbot, dialog, "unreachable_retry")

    started, errors = _start_answering(data_paths, answer, "--database", url)
    assert not errors, errors
    assert isinstance(started, Session), started
    try:
        assert f"127.0.0.1:{private_server.port}" in said[0] and database in said[0]
        assert "hush" not in said[0]
        stderr = capsys.readouterr().err
        assert "cannot be reached" in stderr and "hush" not in stderr
        assert "Traceback" not in stderr
        window = MainWindow(started.context)
        qtbot.addWidget(window)
        window.show()
        assert started.context.services.books.sqlite_file is None
        assert str(private_server.port) in started.context.services.books.server_url
        assert window.isVisible() and window.list_page.model.rowCount() == 0
        window.close()
        window.shutdown()
    finally:
        started.close()


@pytest.mark.expected_log("WARNING", r"cannot be used \(unreachable\)")
def test_start_with_the_server_down_can_use_the_local_file(
    private_server: PgServer, data_paths: DataPaths, qtbot: Any
) -> None:
    url = private_server.url(private_server.new_database())
    assert database_choice.apply(data_paths, url).problem is None  # the team's choice
    private_server.pause()
    started, errors = _start_answering(
        data_paths, lambda dialog: _press(qtbot, dialog, "unreachable_local")
    )
    assert not errors, errors
    assert isinstance(started, Session), started
    try:
        assert started.context.services.books.sqlite_file == data_paths.database
        assert any("local file" in notice for notice in started.notices)
        assert database_choice.saved(data_paths) is not None  # still the server next time
    finally:
        started.close()


@pytest.mark.expected_log("WARNING", r"cannot be used \(unreachable\)")
def test_start_with_the_server_down_can_choose_another_database(
    private_server: PgServer, data_paths: DataPaths, qtbot: Any
) -> None:
    """Settings → Database from the dialog: an empty address is the SQLite file, kept."""
    url = private_server.url(private_server.new_database())
    assert database_choice.apply(data_paths, url).problem is None
    private_server.pause()

    def answer(dialog: QWidget) -> None:
        _press(qtbot, dialog, "unreachable_choose")
        qtbot.waitUntil(lambda: dialog.findChild(QDialog, "database_dialog") is not None)
        settings = dialog.findChild(QDialog, "database_dialog")
        address = child(settings, QLineEdit, "db_url")
        assert f"127.0.0.1:{private_server.port}" in address.text()
        address.clear()
        _press(qtbot, settings, "db_apply")

    started, errors = _start_answering(data_paths, answer, "--database", url)
    assert not errors, errors
    assert isinstance(started, Session), started
    try:
        assert started.context.services.books.sqlite_file == data_paths.database
        assert database_choice.saved(data_paths) is None
    finally:
        started.close()


@pytest.mark.expected_log("WARNING", r"cannot be used \(unreachable\)")
def test_quit_at_the_unreachable_dialog_ends_with_2(
    private_server: PgServer, data_paths: DataPaths, qtbot: Any
) -> None:
    url = private_server.url(private_server.new_database())
    private_server.pause()
    started, errors = _start_answering(
        data_paths, lambda dialog: _press(qtbot, dialog, "unreachable_quit"), "--database", url
    )
    assert not errors, errors
    assert started == EXIT_FOLDER == 2
