"""Steps for the restart after the kill-while-typing drill: open the draft the way a user
would (Enter on the invoice list's row), write what the editor shows as JSON, and quit."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPlainTextEdit, QTableView, QWidget

NO_DRAFT_POLLS = 100  # 5 s of an empty list: no draft reached the disk


def run(window: QWidget, result: str) -> None:
    listing = window.findChild(QAbstractItemView, "invoice_table")
    if listing is None:
        raise LookupError("no invoice_table")
    timer = QTimer(window)
    polls = [0]

    def poll() -> None:
        model = listing.model()
        polls[0] += 1
        if (model is None or model.rowCount() < 1) and polls[0] < NO_DRAFT_POLLS:
            return
        timer.stop()
        try:
            if model is None or model.rowCount() < 1:  # nothing was saved at all
                Path(result).write_text(json.dumps({"drafts": 0}), encoding="utf-8")
                QApplication.exit(0)
                return
            listing.setCurrentIndex(model.index(0, 0))
            QTest.keyClick(listing, Qt.Key.Key_Return)
            editor = window.findChild(QWidget, "invoice_editor")
            if editor is None:
                raise LookupError("Enter on the first row opened no editor")
            lines = editor.findChild(QTableView, "invoice_lines")
            notes = editor.findChild(QPlainTextEdit, "invoice_notes")
            assert lines is not None and notes is not None
            shown = {
                "drafts": model.rowCount(),
                "description": lines.model().index(0, 0).data() or "",
                "notes": notes.toPlainText(),
            }
            Path(result).write_text(json.dumps(shown), encoding="utf-8")
            quit_action = window.findChild(QAction, "action_quit")
            assert quit_action is not None
            quit_action.trigger()
        except Exception:
            import traceback

            traceback.print_exc()
            QApplication.exit(70)

    timer.timeout.connect(poll)
    timer.start(50)
