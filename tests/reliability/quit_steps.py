"""Steps for start-up drills, run inside the app by ``tests.app_runner``: once the main
window shows, note what its status bar says in MARKER, then quit the way a user does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget


def run(window: QWidget, marker: str) -> None:
    assert isinstance(window, QMainWindow)
    Path(marker).write_text(window.statusBar().currentMessage(), encoding="utf-8")
    quit_action = window.findChild(QAction, "action_quit")
    assert quit_action is not None
    QTimer.singleShot(0, quit_action.trigger)
