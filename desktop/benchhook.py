"""Start-up benchmark hook: tell ``benchmarks/startup_bench.py`` when the first rows are painted.

Inert unless ``FAKTURA_BENCH_READY_FILE`` is set.  Then, once the invoice table has painted
with rows in it, the wall-clock time goes into that file and the app quits, so a parent
process can measure a cold start without screenshots or timers of its own.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

READY_ENV = "FAKTURA_BENCH_READY_FILE"


def arm(window: Any) -> None:
    """Call right after ``window.show()``; does nothing outside a benchmark."""
    target = os.environ.get(READY_ENV)
    if not target or getattr(window, "_bench_hook", None) is not None:
        return
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    page = window.list_page
    viewport = page.table.viewport()

    class FirstRowsPainted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and page.model.rowCount() > 0:
                viewport.removeEventFilter(self)
                QTimer.singleShot(0, done)  # after this paint has reached the window
            return False

    def done() -> None:
        Path(target).write_text(repr(time.time()), encoding="utf-8")
        QApplication.quit()

    window._bench_hook = FirstRowsPainted(window)
    viewport.installEventFilter(window._bench_hook)
