"""Placeholder until the outbox lands: owns the mailer thread's lifetime."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop.ui.context import AppContext


class MailService(QObject):
    def __init__(self, context: AppContext, pane: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context

    def shutdown(self) -> int:
        """Stop sending; returns how many messages stay queued for next time."""
        return 0
