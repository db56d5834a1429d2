"""File → Back up now…: a copy of the books in ``<data dir>/backups/``, made while the app runs."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QMenu, QProgressDialog, QPushButton

from desktop.services.backups import BackupService
from desktop.services.control import JobControl
from desktop.ui.shell.main_window import MainWindow
from tests.ui.helpers import LEFT, errors_logged, seed_invoices, status_text


def click_menu_item(qtbot: Any, window: MainWindow, menu_name: str, action_name: str) -> None:
    """Open the menu from the menu bar and click the item, as a user does."""
    menu = window.findChild(QMenu, menu_name)
    assert menu is not None, menu_name
    bar = window.menuBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    action = next(a for a in menu.actions() if a.objectName() == action_name)
    assert action.isVisible() and action.isEnabled()
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())


def test_backup_from_the_menu_holds_the_same_invoices(
    main_window: MainWindow, qtbot: Any, caplog: Any
) -> None:
    services = main_window.context.services
    seed_invoices(services, 3)
    seed_invoices(services, 1, issue=False)
    click_menu_item(qtbot, main_window, "menu_file", "action_backup")
    qtbot.waitUntil(lambda: "Backup saved" in status_text(main_window), timeout=15000)

    backups = list(Path(main_window.context.paths.backups).glob("*.sqlite3"))
    assert len(backups) == 1
    assert str(backups[0]) in status_text(main_window)  # says where the file went
    assert not list(Path(main_window.context.paths.backups).glob("*.partial"))
    with closing(sqlite3.connect(f"file:{backups[0]}?mode=ro", uri=True)) as copy:
        rows = copy.execute("SELECT id, number, status FROM invoice ORDER BY id").fetchall()
    expected = sorted((s.id, s.number, s.status) for s in services.invoices.summaries())
    assert rows == expected and len(rows) == 4
    assert errors_logged(caplog) == []


def test_backup_shows_progress_and_cancel_leaves_nothing(
    main_window: MainWindow, qtbot: Any, monkeypatch: Any, caplog: Any
) -> None:
    def waits_for_cancel(
        self: BackupService, target: Path | None = None, control: JobControl | None = None
    ) -> Path:
        assert control is not None
        control.progress(1, 4)
        control.wait(10)  # a large database: still copying when the user cancels
        control.check()
        raise AssertionError("the cancel did not arrive")

    monkeypatch.setattr(BackupService, "backup", waits_for_cancel)
    main_window.action_backup.trigger()
    qtbot.waitUntil(
        lambda: (
            (d := main_window.findChild(QProgressDialog, "backup_progress")) is not None
            and d.isVisible()
        ),
        timeout=3000,
    )
    dialog = main_window.findChild(QProgressDialog, "backup_progress")
    assert not dialog.isModal() and QApplication.activeModalWidget() is None
    qtbot.waitUntil(lambda: dialog.value() == 1 and dialog.maximum() == 4, timeout=3000)
    qtbot.mouseClick(dialog.findChild(QPushButton), LEFT, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: "Backup cancelled" in status_text(main_window), timeout=5000)
    assert not list(Path(main_window.context.paths.backups).glob("*.sqlite3"))
    assert errors_logged(caplog) == []
