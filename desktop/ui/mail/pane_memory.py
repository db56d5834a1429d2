"""When the notification pane shows: hidden until the first e-mail, then as the user left it.

A first start has nothing to report, so the pane stays out of the way (it took a quarter of
a laptop screen, empty).  The first message put in the outbox shows it; from then on the
View menu's toggle (or the pane's own close button) decides, and the choice is kept in
``settings.NOTIFICATION_PANE`` through ``services.preferences``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QModelIndex, QObject
from PySide6.QtWidgets import QDockWidget

from desktop.core.errors import StorageError
from desktop.core.outbox import OutboxEntry
from desktop.ui.context import AppContext
from desktop.ui.mail.notification_model import ENTRY_ROLE, NotificationModel

log = logging.getLogger(__name__)


class PaneMemory(QObject):
    """Shows or hides ``pane`` as remembered and stores the user's later choices."""

    def __init__(self, context: AppContext, pane: QDockWidget, model: NotificationModel) -> None:
        super().__init__(pane)
        self._context = context
        self._pane = pane
        self._model = model
        try:
            self._choice: bool | None = context.services.preferences.pane_visible()
        except StorageError as exc:  # the list says what is wrong with the books
            log.info("pane visibility not read: %s", exc)
            self._choice = None
        pane.setVisible(self._choice is True or (self._choice is None and self._has_entries()))
        pane.toggleViewAction().triggered.connect(self._chosen)
        pane.installEventFilter(self)
        model.rowsInserted.connect(self._rows_inserted)
        model.modelReset.connect(self._reset)

    @property
    def choice(self) -> bool | None:
        return self._choice

    def _has_entries(self) -> bool:
        rows = range(self._model.rowCount())
        return any(isinstance(self._model.item(row), OutboxEntry) for row in rows)

    def _reset(self) -> None:
        if self._choice is None and self._has_entries():
            self._pane.show()

    def _rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        """The first message in the outbox shows the pane (once; the user decides after)."""
        if self._choice is not None:
            return
        for row in range(first, last + 1):
            if isinstance(self._model.index(row).data(ENTRY_ROLE), OutboxEntry):
                self._pane.show()
                self._store(True)
                return

    def _chosen(self, visible: bool) -> None:
        self._store(visible)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._pane and event.type() == QEvent.Type.Close:
            self._store(False)  # the pane's own close button
        return False

    def _store(self, visible: bool) -> None:
        if visible == self._choice:
            return
        self._choice = visible
        try:
            self._context.services.preferences.set_pane_visible(visible)
        except StorageError as exc:  # kept for this run; the status bar tells about the books
            log.info("pane visibility not stored: %s", exc)
