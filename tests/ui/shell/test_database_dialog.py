"""Settings → Database: test a PostgreSQL server, keep the choice, the password in the keyring."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from desktop.paths import DataPaths
from desktop.services import database_choice
from desktop.services.database_url import SERVICE
from desktop.ui.shell.database_dialog import DatabaseDialog
from desktop.ui.shell.main_window import MainWindow
from tests.conftest import MemoryKeyring
from tests.pg_server import PgServer

SECRET = "Slaptas-Žodis-9"


@pytest.fixture
def team_url(pg_server: PgServer) -> Iterator[str]:
    database = pg_server.new_database()
    pg_server.execute(f"CREATE ROLE team_gui LOGIN PASSWORD '{SECRET}'")
    try:
        yield pg_server.url(database, user="team_gui").replace("+psycopg", "")
    finally:
        pg_server.drop_database(database)
        pg_server.execute("DROP ROLE IF EXISTS team_gui")


def test_test_then_use_a_server_database(
    main_window: MainWindow, qtbot: Any, team_url: str, data_paths: DataPaths,
    memory_keyring: MemoryKeyring,
) -> None:  # fmt: skip
    action = main_window.findChild(QAction, "action_database")
    assert action is not None and action in main_window.settings_menu.actions()
    action.trigger()
    dialog = main_window.findChild(DatabaseDialog, "database_dialog")
    assert dialog is not None and dialog.isVisible()
    url = dialog.findChild(QLineEdit, "db_url")
    password = dialog.findChild(QLineEdit, "db_password")
    result = dialog.findChild(QLabel, "db_test_result")
    assert url.text() == ""  # the SQLite file
    url.setText(team_url)
    password.setText("wrong")
    qtbot.mouseClick(dialog.findChild(QPushButton, "db_test"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "refused the user name or the password" in result.text(), timeout=15000)
    password.setText(SECRET)
    qtbot.mouseClick(dialog.findChild(QPushButton, "db_test"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "let Faktura in" in result.text(), timeout=15000)
    assert database_choice.saved(data_paths) is None  # a test keeps nothing
    qtbot.mouseClick(dialog.findChild(QPushButton, "db_apply"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main_window.actions_.database_switch, timeout=15000)
    stored = (data_paths.root / database_choice.FILE_NAME).read_text(encoding="utf-8")
    assert SECRET not in stored and json.loads(stored)["url"].endswith(team_url.split("@")[1])
    assert list(memory_keyring.store.values()) == [SECRET]
    assert [service for service, _ in memory_keyring.store] == [SERVICE]


def test_a_bad_address_is_explained(main_window: MainWindow, qtbot: Any) -> None:
    main_window.action_database.trigger()
    dialog = main_window.findChild(DatabaseDialog, "database_dialog")
    dialog.findChild(QLineEdit, "db_url").setText("mysql://x@y/z")
    qtbot.mouseClick(dialog.findChild(QPushButton, "db_test"), Qt.MouseButton.LeftButton)
    result = dialog.findChild(QLabel, "db_test_result")
    qtbot.waitUntil(lambda: "postgresql://USER@SERVER/DATABASE" in result.text(), timeout=15000)


def test_the_kept_choice_opens_at_the_next_start(pg_url: str, data_paths: DataPaths) -> None:
    from desktop.options import parse_args
    from desktop.ui.shell.app import ensure_application, start_session

    assert database_choice.apply(data_paths, pg_url).problem is None
    ensure_application([])
    started = start_session(parse_args(["--data-dir", str(data_paths.root), "--lang", "en"]))
    assert not isinstance(started, int)
    try:
        assert started.context.services.books.server_url.endswith(pg_url.split("@")[1])
    finally:
        started.close()
    database_choice.apply(data_paths, "")  # back to the file
    assert database_choice.saved(data_paths) is None
