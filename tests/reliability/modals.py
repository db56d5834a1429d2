"""Answering the modal dialogs of start-up from a test, in order, like a user at the screen.

``start_session(options, ask=True)`` shows its dialogs with ``exec()``, which waits for a
click; ``Answers`` polls for the active modal dialog and, when it has the expected object
name, acts on it (clicks a named button, picks a row).  An unexpected dialog is noted and
rejected (as is the dialog of a step that failed), so a wrong turn fails the test instead
of waiting for a click forever.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QPushButton,
    QTreeWidget,
    QWidget,
)

Act = Callable[[QWidget], None]


class Answers:
    def __init__(self, *steps: tuple[str, Act]) -> None:
        self.steps = list(steps)
        self.seen: list[str] = []
        self.unexpected: list[str] = []
        self.errors: list[Exception] = []
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)
        self._timer.start()
        self._busy = False

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or self._busy:
            return
        if not self.steps or widget.objectName() != self.steps[0][0]:
            self.unexpected.append(widget.objectName() or type(widget).__name__)
            if isinstance(widget, QDialog):
                widget.reject()
            return
        name, act = self.steps.pop(0)
        self.seen.append(name)
        self._busy = True

        def run() -> None:
            self._busy = False
            try:
                act(widget)
            except Exception as exc:  # a failed check must not leave the dialog waiting
                self.errors.append(exc)
                if isinstance(widget, QDialog):
                    widget.reject()

        QTimer.singleShot(0, run)

    def stop(self) -> None:
        self._timer.stop()
        if self.errors:
            raise self.errors[0]
        assert not self.unexpected, f"unexpected dialogs: {self.unexpected}"
        assert not self.steps, f"dialogs that never came: {[name for name, _ in self.steps]}"


def click(button: str) -> Act:
    def act(dialog: QWidget) -> None:
        found = dialog.findChild(QPushButton, button)
        assert found is not None, f"no button {button} in {dialog.objectName()}"
        assert found.isEnabled(), f"{button} is disabled"
        found.click()

    return act


def pick(backup: Path) -> Act:
    """In the backup list: select the row of ``backup`` and click Restore."""

    def act(dialog: QWidget) -> None:
        tree = dialog.findChild(QTreeWidget, "backup_list")
        assert tree is not None
        for row in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(row)
            if item is not None and item.toolTip(0) == str(backup):
                tree.setCurrentItem(item)
                break
        else:
            raise AssertionError(f"{backup.name} is not listed")
        click("backup_restore")(dialog)

    return act


def folder(path: Path) -> Act:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(path))  # "Choose" in a folder: that folder
        dialog.accept()

    return act


def inspect(check: Act, then: Act) -> Act:
    """``check`` the dialog (its texts, which offers are enabled), then act on it."""

    def act(dialog: QWidget) -> None:
        check(dialog)
        then(dialog)

    return act
