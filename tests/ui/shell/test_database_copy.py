"""Settings → Database, "Copy my books": the GUI's ``faktura db copy``, against a real
PostgreSQL server and real SQLite files.

A copy into an empty target succeeds, counts match on both sides and the window offers to
use the copy; a target that holds anything is refused in words and left as it was; and a
server's books go back into a new SQLite file, which can then be chosen.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QPushButton

from desktop.paths import DataPaths
from desktop.services import database_choice
from desktop.ui.shell.database_dialog import DatabaseDialog
from desktop.ui.shell.main_window import MainWindow
from tests.pg_server import PgServer
from tests.services.books import opened
from tests.ui.helpers import LEFT, child, click, seed_invoices


def open_settings(window: MainWindow, qtbot: Any) -> DatabaseDialog:
    window.action_database.trigger()
    dialog = window.findChild(DatabaseDialog, "database_dialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def copy_result(dialog: DatabaseDialog) -> QLabel:
    return child(dialog, QLabel, "db_copy_result")


def wait_said(qtbot: Any, dialog: DatabaseDialog, *words: str) -> str:
    result = copy_result(dialog)
    qtbot.waitUntil(lambda: all(w in result.text() for w in words), timeout=30000)
    qtbot.waitUntil(lambda: child(dialog, QPushButton, "db_copy").isEnabled(), timeout=5000)
    return str(result.text())


def invoice_count(paths: DataPaths, url: str) -> int:
    with opened(paths, url, lock=False) as services:
        return len(services.invoice_list.rows(set(range(1, 100))))


def choose_file(qtbot: Any, dialog: DatabaseDialog, file: Path) -> None:
    click(qtbot, dialog, "db_copy_to_file")
    chooser = dialog.findChild(QFileDialog, "db_copy_file_chooser")
    assert chooser is not None
    qtbot.waitUntil(chooser.isVisible)
    chooser.selectFile(str(file))
    chooser.accept()


@pytest.fixture
def server_books(pg_server: PgServer, tmp_path: Path) -> Iterator[str]:
    """A server database that already holds books (one invoice)."""
    name = pg_server.new_database()
    url = pg_server.url(name)
    with opened(DataPaths(tmp_path / "colleague").ensure(), url) as services:
        seed_invoices(services, 1)
    try:
        yield url
    finally:
        pg_server.drop_database(name)


def test_my_books_go_to_an_empty_server_and_the_copy_can_be_used(
    main_window: MainWindow, qtbot: Any, pg_url: str, tmp_path: Path, data_paths: DataPaths
) -> None:
    seed_invoices(main_window.context.services, 3)
    dialog = open_settings(main_window, qtbot)
    assert str(data_paths.database) in child(dialog, QLabel, "db_current").text()
    assert not child(dialog, QPushButton, "db_copy_use").isVisible()
    child(dialog, QLineEdit, "db_url").setText(pg_url)
    click(qtbot, dialog, "db_copy")
    said = wait_said(qtbot, dialog, "checked on both sides")
    assert "invoices 3, clients 1" in said and "match" in said
    assert "127.0.0.1" in said
    assert invoice_count(DataPaths(tmp_path / "check").ensure(), pg_url) == 3
    click(qtbot, dialog, "db_copy_use")  # tests the server again and keeps the choice
    qtbot.waitUntil(lambda: main_window.actions_.database_switch, timeout=15000)
    stored = json.loads((data_paths.root / database_choice.FILE_NAME).read_text("utf-8"))
    assert stored["url"].endswith(pg_url.split("@")[1])


def test_a_server_database_that_holds_books_is_refused_untouched(
    main_window: MainWindow, qtbot: Any, server_books: str, tmp_path: Path
) -> None:
    seed_invoices(main_window.context.services, 2)
    dialog = open_settings(main_window, qtbot)
    child(dialog, QLineEdit, "db_url").setText(server_books)
    click(qtbot, dialog, "db_copy")
    said = wait_said(qtbot, dialog, "is not empty")
    assert "Nothing was written" in said
    assert not child(dialog, QPushButton, "db_copy_use").isVisible()
    assert invoice_count(DataPaths(tmp_path / "check").ensure(), server_books) == 1


def test_a_used_sqlite_file_is_refused_untouched(
    main_window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    seed_invoices(main_window.context.services, 1)
    taken = tmp_path / "taken.sqlite3"
    taken.write_bytes(b"somebody's file")
    dialog = open_settings(main_window, qtbot)
    choose_file(qtbot, dialog, taken)
    assert "is not empty" in wait_said(qtbot, dialog, "Nothing was written")
    assert taken.read_bytes() == b"somebody's file"


def test_a_servers_books_go_back_to_a_new_sqlite_file_which_can_be_chosen(
    server_books: str, qtbot: Any, tmp_path: Path, data_paths: DataPaths
) -> None:
    from desktop.options import parse_args
    from desktop.ui.shell.app import ensure_application, start_session

    new_file = tmp_path / "back" / "books.sqlite3"
    new_file.parent.mkdir()
    with opened(data_paths, server_books, lock=False) as services:
        dialog = DatabaseDialog(data_paths, server_books, None, services.books)
        qtbot.addWidget(dialog)
        dialog.show()
        assert "on the server" in child(dialog, QLabel, "db_current").text()
        choose_file(qtbot, dialog, new_file)
        said = wait_said(qtbot, dialog, "checked on both sides")
        assert str(new_file) in said and "invoices 1" in said
        with qtbot.waitSignal(dialog.applied, timeout=5000):
            click(qtbot, dialog, "db_copy_use")
    assert database_choice.saved(data_paths) == f"sqlite:///{new_file}"
    ensure_application([])
    started = start_session(parse_args(["--data-dir", str(data_paths.root), "--lang", "en"]))
    assert not isinstance(started, int)
    try:
        assert started.context.services.books.sqlite_file == new_file
        assert len(started.context.services.invoice_list.rows({1, 2})) == 1
    finally:
        started.close()


def test_cancel_while_copying_leaves_no_file_behind(
    server_books: str, pg_server: PgServer, qtbot: Any, tmp_path: Path, data_paths: DataPaths
) -> None:
    """A colleague's long transaction holds the invoices locked, so the copy waits where the
    user can see its progress window; Cancel there, and once the lock goes the copy stops:
    the new file is gone and the dialog says nothing was written."""
    import psycopg
    from PySide6.QtWidgets import QProgressDialog

    new_file = tmp_path / "stopped.sqlite3"
    name = server_books.rsplit("/", 1)[1]
    holder = psycopg.connect(host="127.0.0.1", port=pg_server.port, user="faktura", dbname=name)
    try:
        holder.execute("LOCK TABLE invoice IN ACCESS EXCLUSIVE MODE")  # until rolled back
        with opened(data_paths, server_books, lock=False) as services:
            dialog = DatabaseDialog(data_paths, server_books, None, services.books)
            qtbot.addWidget(dialog)
            dialog.show()
            choose_file(qtbot, dialog, new_file)
            progress = dialog.findChild(QProgressDialog, "db_copy_progress")
            assert progress is not None
            qtbot.waitUntil(progress.isVisible, timeout=10000)
            qtbot.mouseClick(child(progress, QPushButton, ""), LEFT)  # its Cancel button
            holder.rollback()
            said = wait_said(qtbot, dialog, "was cancelled")
            assert "nothing was written" in said
    finally:
        holder.close()
    assert not new_file.exists()
