"""Start the real app and stop it at its first painted rows: ``python -m benchmarks.first_paint``.

Usage: ``python -m benchmarks.first_paint READY_FILE -- <faktura args>``.  Once the invoice
table's viewport (objectName ``invoice_table``) has painted with rows in its model, the
wall-clock time of that paint is noted; then a 5 ms timer on the GUI thread watches the event
loop until it has run for ``QUIET_S`` without a gap longer than ``STALL_S``.  READY_FILE gets
``{"painted": t1, "usable": t2}`` (t2: the end of the last long gap, or t1 if there was none)
and the app quits, so ``startup_bench`` can time a cold start to the first rows and to a
usable window without screenshots and without any hook in the product.

The QApplication is made by the product's own ``ensure_application`` (name, icon and all), so
the measured start-up does the same work as ``python -m desktop``; ``desktop.__main__.main``
then reuses it.  The watcher must be on the viewport before the first paint, which the
offscreen platform delivers ahead of any timer of ours.  An application-wide event filter
would catch it but costs 40-70 ms of Python calls, so the watcher is armed instead by a
logging handler: the app logs "started" after ``window.show()`` and before its event loop, the
very moment the old in-product hook was armed.  If no record ever arrives there, the driver
fails rather than measure a later paint.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication

USAGE = "usage: python -m benchmarks.first_paint READY_FILE -- <faktura args>"
NOT_ARMED = (
    "first_paint: the window was shown but no app log record came before the event loop ran, "
    "so the first paint may have gone by unwatched"
)


def shown_invoice_table() -> QAbstractItemView | None:
    """The invoice list of the shown main window, found by its automation names."""
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "main_window" and widget.isVisible():
            return widget.findChild(QAbstractItemView, "invoice_table")
    return None


STALL_S = 0.050  # a gap between ticks longer than this is a stall the user would feel
QUIET_S = 1.0  # usable: first rows painted, then this long without such a stall
TICK_MS = 5


class UntilUsable(QObject):
    """Ticks on the GUI thread after the first rows; writes both times once it is quiet."""

    def __init__(self, painted: float, ready: Path) -> None:
        super().__init__()
        self._painted = painted
        self._ready = ready
        self._last = self._free_since = time.time()
        self._longest = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.time()
        gap, self._last = now - self._last, now
        self._longest = max(self._longest, gap)
        if gap > STALL_S:
            self._free_since = now
        elif now - self._free_since >= QUIET_S:
            self._timer.stop()
            times = {"painted": self._painted, "usable": max(self._painted, self._free_since)}
            self._ready.write_text(json.dumps(times | {"longest_gap_s": self._longest}))
            QApplication.quit()


class FirstRowsPainted(QObject):
    """On the table's viewport: notes the time of its first paint with rows, then waits
    until the GUI thread is free (``UntilUsable``)."""

    def __init__(self, table: QAbstractItemView, ready: Path) -> None:
        super().__init__(table)
        self._table = table
        self._ready = ready
        self.usable: UntilUsable | None = None
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        model = self._table.model()
        if event.type() == QEvent.Type.Paint and model is not None and model.rowCount() > 0:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._done)  # after this paint has reached the window
        return False

    def _done(self) -> None:
        self.usable = UntilUsable(time.time(), self._ready)


class ArmWhenShown(logging.Handler):
    """Arms the watcher at the first app log record after the main window is shown."""

    def __init__(self, ready: Path) -> None:
        super().__init__(logging.DEBUG)
        self.ready = ready
        self.watcher: FirstRowsPainted | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.watcher is not None or threading.current_thread() is not threading.main_thread():
            return  # widgets are only safe to look at from the GUI thread
        table = shown_invoice_table()
        if table is not None:
            self.watcher = FirstRowsPainted(table, self.ready)

    def check_armed(self) -> None:
        """Once the window is shown the watcher must be armed; otherwise there is no figure."""
        if self.watcher is not None:
            return
        if shown_invoice_table() is None:  # start-up is still pumping events: look again
            QTimer.singleShot(10, self.check_armed)
            return
        print(NOT_ARMED, file=sys.stderr)
        QApplication.exit(1)


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[1] != "--":
        print(USAGE, file=sys.stderr)
        return 2
    from desktop.__main__ import main as faktura_main
    from desktop.ui.shell.app import ensure_application

    ensure_application([])
    arm = ArmWhenShown(Path(argv[0]))
    logger = logging.getLogger("desktop")
    logger.addHandler(arm)
    QTimer.singleShot(0, arm.check_armed)
    try:
        return faktura_main(argv[2:])
    finally:
        logger.removeHandler(arm)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
