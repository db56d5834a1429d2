"""Steps for the kill-while-typing drill (``test_drafts``), run inside the app by
``tests.app_runner``.

They open a new invoice and type one word per tick, alternately into the first line's
description (whose cell editor stays open the whole time, never confirmed) and into the notes,
the way a user keeps typing without a pause.  Each word is recorded with the wall-clock time it
was typed (``RECORD``: ``<time> <cell|notes> <word>``, one line each, flushed), and a marker
file appears after the last one; the test kills the app with SIGKILL then.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTableView, QWidget


def _child(parent: QWidget, kind: type[QWidget], name: str) -> QWidget:
    found = parent.findChild(kind, name)
    if found is None:
        raise LookupError(f"no {kind.__name__} named {name!r}")
    return found


def run(window: QWidget, record: str, marker: str, interval_ms: str, duration_ms: str) -> None:
    action = window.findChild(QAction, "action_new_invoice")
    if action is None:
        raise LookupError("no action_new_invoice")
    action.trigger()
    editor = _child(window, QWidget, "invoice_editor")
    table = _child(editor, QTableView, "invoice_lines")
    assert isinstance(table, QTableView)
    notes = _child(editor, QPlainTextEdit, "invoice_notes")
    index = table.model().index(0, 0)
    if table.indexWidget(index) is None:  # a new invoice opens its first line's editor itself
        table.setCurrentIndex(index)
        table.edit(index)
    cell = table.indexWidget(index)
    if cell is None:
        raise LookupError("the description cell did not open")
    words = int(duration_ms) // int(interval_ms)
    state = {"typed": 0}
    timer = QTimer(window)

    def tick() -> None:
        number = state["typed"]
        if number >= words:
            timer.stop()
            Path(marker).write_text("typed", encoding="utf-8")
            return
        if table.indexWidget(index) is not cell:
            raise AssertionError("the description cell closed while typing")
        target, name = (cell, "cell") if number % 2 == 0 else (notes, "notes")
        word = f"w{number:03d}"
        QTest.keyClicks(target, f" {word}")
        with Path(record).open("a", encoding="utf-8") as log:  # closed: on disk before a kill
            log.write(f"{time.time():.3f} {name} {word}\n")
        state["typed"] = number + 1

    def tick_or_fail() -> None:
        try:
            tick()
        except Exception:
            import traceback

            traceback.print_exc()
            QApplication.exit(70)

    timer.timeout.connect(tick_or_fail)
    timer.start(int(interval_ms))
