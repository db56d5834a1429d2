"""The database server goes away while the window runs (team mode): the editor keeps what
the user typed, says so in plain words, and saves it once the server is back; the invoice
list says so in the status bar.  No traceback, nothing lost.  A private cluster, stopped and
started again on the same port, so no other test loses its server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QFrame, QLabel

from desktop.options import parse_args
from desktop.paths import DataPaths
from desktop.ui.invoices.line_items_model import DESCRIPTION
from desktop.ui.shell.main_window import MainWindow
from tests.pg_server import PgServer, binaries
from tests.reliability.test_drafts import type_notes
from tests.ui.helpers import child, click, new_editor, type_line


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
    from desktop.ui.shell.app import ensure_application, start_session
    from desktop.ui.shell.translations import install_translators

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
