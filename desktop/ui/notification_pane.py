"""Placeholder notification dock; the outbox work replaces it."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDockWidget, QListView, QWidget

from desktop.ui.context import AppContext


class NotificationPane(QDockWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notification_pane")
        self.list_view = QListView(objectName="notification_list")
        self.setWidget(self.list_view)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Notifications"))
