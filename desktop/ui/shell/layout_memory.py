"""Widths the user gives the main window's parts, kept stable and remembered.

The navigation panel changed width while working (170 → 122 → 100 px) and the list gave
its spare width to the Number column while clipping client names.  Here the navigation and
the notification pane keep the width the user drags them to, the list's Client column takes
the spare width while the others fit their contents, and every width the user sets is
stored (``settings.WINDOW_LAYOUT`` through ``services.preferences``), written once the
dragging stops.
"""

from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView

from desktop.core.errors import StorageError
from desktop.ui.widgets.formatting import format_date, format_money, status_label

if TYPE_CHECKING:
    from desktop.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

NAVIGATION = "navigation"
PANE = "notification_pane"
CLIENT_COLUMN = 1
_SAMPLES = {  # the widest value each list column usually shows
    0: "FAK2026-00001 ",
    2: format_date(date(2026, 12, 28)),
    3: format_date(date(2026, 12, 28)),
    4: format_money(Decimal("-1234567.89"), "EUR"),
}
_STATUSES = ("draft", "issued", "sent", "paid", "overdue", "cancelled")


class LayoutMemory(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        try:
            self._widths = window.context.services.preferences.layout()
        except StorageError as exc:
            log.info("window layout not read: %s", exc)
            self._widths = {}
        self._restoring = True
        self._save_timer = QTimer(self, singleShot=True, interval=600)
        self._save_timer.timeout.connect(self._save)
        self._splitter = window.splitter
        nav_width = self._widths.get(NAVIGATION, 170)
        window.nav.setMinimumWidth(90)
        window.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        window.nav.setTextElideMode(Qt.TextElideMode.ElideRight)  # narrowed: "Sąskaitos f…"
        window.nav.setMaximumWidth(320)
        self._splitter.setStretchFactor(0, 0)
        self._splitter.setSizes([nav_width, max(window.width() - nav_width, 400)])
        self._splitter.splitterMoved.connect(self._nav_moved)
        header = window.list_page.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CLIENT_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.fit_list_columns()
        header.sectionResized.connect(self._column_resized)
        window.notification_pane.installEventFilter(self)
        self._restoring = False

    def fit_list_columns(self) -> None:
        """Each column but Client fits its heading and usual values (or the user's width)."""
        view = self._window.list_page.table
        header = view.horizontalHeader()
        metrics = view.fontMetrics()
        heading = header.fontMetrics()
        model = view.model()
        restoring, self._restoring = self._restoring, True
        for column in range(header.count()):
            if column == CLIENT_COLUMN:
                continue
            saved = self._widths.get(f"list.{column}")
            if saved is None:
                title = str(model.headerData(column, Qt.Orientation.Horizontal))
                texts = [_SAMPLES.get(column, "")]
                if column == 5:
                    texts = [status_label(s) for s in _STATUSES]
                widest = max(metrics.horizontalAdvance(t) for t in texts)
                saved = max(widest, heading.horizontalAdvance(title) + 16) + 18
            header.resizeSection(column, saved)
        self._restoring = restoring

    def restore_pane(self) -> None:
        """The pane's remembered width, once the window shows it."""
        width = self._widths.get(PANE)
        pane = self._window.notification_pane
        if width and pane.isVisible() and not pane.isFloating():
            self._restoring = True
            self._window.resizeDocks([pane], [width], Qt.Orientation.Horizontal)
            self._restoring = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        pane = self._window.notification_pane
        if (
            watched is pane
            and event.type() == QEvent.Type.Resize
            and not self._restoring
            and pane.isVisible()
            and not pane.isFloating()
            and self._window.isVisible()
        ):
            self._remember(PANE, pane.width())
        return False

    def _nav_moved(self, _pos: int, _index: int) -> None:
        self._remember(NAVIGATION, self._window.nav.width())

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        if column != CLIENT_COLUMN:
            self._remember(f"list.{column}", new)

    def _remember(self, name: str, width: int) -> None:
        if self._restoring or width <= 0 or self._widths.get(name) == width:
            return
        self._widths[name] = width
        self._save_timer.start()

    def _save(self) -> None:
        try:
            self._window.context.services.preferences.set_layout(self._widths)
        except StorageError as exc:  # kept for this run
            log.info("window layout not stored: %s", exc)

    def flush(self) -> None:
        """Write a pending change now (the window is closing)."""
        if self._save_timer.isActive():
            self._save_timer.stop()
            self._save()
