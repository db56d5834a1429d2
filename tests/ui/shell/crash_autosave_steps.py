"""Steps for ``test_crash_autosave``, run inside the app by ``tests.app_runner``.

They type a new draft like a user would, through the automation names only, and write the
marker file once autosave has had time to run; the test kills the app after that.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QTableView, QWidget

CLIENT = "Crash Test Client"
LINE = "Typed right before the crash"
AUTOSAVE_WAIT_MS = 2500


def _child(parent: QWidget, kind: type[QWidget], name: str) -> QWidget:
    found = parent.findChild(kind, name)
    if found is None:
        raise LookupError(f"no {kind.__name__} named {name!r}")
    return found


def run(window: QWidget, marker: str) -> None:
    action = window.findChild(QAction, "action_new_invoice")
    if action is None:
        raise LookupError("no action_new_invoice")
    action.trigger()
    editor = _child(window, QWidget, "invoice_editor")
    combo = _child(editor, QComboBox, "invoice_client")
    QTest.keyClicks(combo, CLIENT)
    table = _child(editor, QTableView, "invoice_lines")
    assert isinstance(table, QTableView)
    index = table.model().index(0, 0)
    table.setCurrentIndex(index)
    table.edit(index)
    cell = table.indexWidget(index)
    QTest.keyClicks(cell, LINE)
    QTest.keyClick(cell, Qt.Key.Key_Tab)
    QTimer.singleShot(AUTOSAVE_WAIT_MS, lambda: Path(marker).write_text("typed"))
