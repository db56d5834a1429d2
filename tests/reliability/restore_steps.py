"""Steps for the Help → Restore from backup… drill, run inside the app by ``tests.app_runner``.

Like a user: Help → Restore from backup…, pick the copy named BACKUP in the list, Restore,
confirm.  The window closes and a new one opens on the restored books; its status bar's
words go to MARKER, then the app quits.  A step that fails ends the app with code 70.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QWidget,
)

STEP_FAILED = 70
OLD = "restore_drill_first_window"


def _top(name: str, *, new: bool = False) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        fresh = not (new and widget.property(OLD))
        if widget.objectName() == name and widget.isVisible() and fresh:
            return widget
    return None


def _when(find: Callable[[], QWidget | None], act: Callable[[QWidget], None]) -> None:
    """Poll until ``find`` gives a widget, then ``act`` on it; a failure ends the app."""
    timer = QTimer(QApplication.instance())
    timer.setInterval(20)

    def poll() -> None:
        widget = find()
        if widget is None:
            return
        timer.stop()
        try:
            act(widget)
        except Exception:
            traceback.print_exc()
            QApplication.exit(STEP_FAILED)

    timer.timeout.connect(poll)
    timer.start()


def run(window: QWidget, backup: str, marker: str) -> None:
    window.setProperty(OLD, True)
    action = window.findChild(QAction, "action_restore")
    assert action is not None and action.isEnabled()

    def choose(dialog: QWidget) -> None:
        tree = dialog.findChild(QTreeWidget, "backup_list")
        assert tree is not None
        names = [tree.topLevelItem(i).toolTip(0) for i in range(tree.topLevelItemCount())]
        row = next(i for i, path in enumerate(names) if Path(path).name == backup)
        tree.setCurrentItem(tree.topLevelItem(row))
        button = dialog.findChild(QPushButton, "backup_restore")
        assert button is not None and button.isEnabled()
        button.click()
        _when(lambda: _top("confirm_restore"), confirm)

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        yes = box.button(QMessageBox.StandardButton.Yes)
        assert yes is not None
        yes.click()
        _when(lambda: _top("main_window", new=True), restarted)

    def restarted(new_window: QWidget) -> None:
        assert isinstance(new_window, QMainWindow)
        Path(marker).write_text(new_window.statusBar().currentMessage(), encoding="utf-8")
        quit_action = new_window.findChild(QAction, "action_quit")
        assert quit_action is not None
        QTimer.singleShot(0, quit_action.trigger)

    _when(lambda: _top("restore_dialog"), choose)
    action.trigger()
