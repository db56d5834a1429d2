"""Whether a dialog can be shown at all, and the last-resort way to tell the user something.

On the offscreen and minimal platforms (tests, CI, a headless self-test) a modal box would
wait for a click nobody can make; screens ask ``can_show_dialogs`` first.  Kept here, not in
the shell, so every screen can ask without importing the application.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox


def can_show_dialogs() -> bool:
    return QGuiApplication.platformName() not in ("offscreen", "minimal")


def report_error(title: str, message: str) -> None:
    """Tell the user; on a headless run (tests, CI) stderr is the only place to say it."""
    print(f"{title}: {message}", file=sys.stderr)
    if can_show_dialogs():
        QMessageBox.critical(None, title, message)
