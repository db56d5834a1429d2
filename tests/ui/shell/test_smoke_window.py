"""The main window starts on an empty data dir and carries the automation names."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLineEdit, QMenu, QTableView

from desktop.ui.shell.main_window import MainWindow


def test_main_window_has_automation_names(main_window: MainWindow, qtbot: Any) -> None:
    assert main_window.objectName() == "main_window"
    for name in ("action_new_invoice", "action_modules", "action_company", "action_backup"):
        assert main_window.findChild(QAction, name) is not None, name
    file_menu = main_window.findChild(QMenu, "menu_file")
    assert file_menu is not None and main_window.action_backup in file_menu.actions()
    assert main_window.findChild(QTableView, "invoice_table") is not None
    assert main_window.findChild(QLineEdit, "invoice_search") is not None
    assert main_window.findChild(QDockWidget, "notification_pane") is not None
