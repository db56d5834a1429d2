"""The notification list's state icons: a coloured dot per state, drawn once per run.

Apart from the model so its bookkeeping stays short; the colours are the pane's only ones.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

COLORS = {
    "queued": "#7a869a",
    "sending": "#2f6fdb",
    "sent": "#2e9d50",
    "retrying": "#d98e04",
    "failed": "#d1342f",
    "cancelled": "#9aa0a6",
    "uncertain": "#b4580f",
    "paused": "#d1342f",
    "notice": "#2f6fdb",
}

_icons: dict[str, QIcon] = {}


def state_icon(state: str) -> QIcon:
    """The dot for a row's state (``notification_texts.state_of``)."""
    cached = _icons.get(state)
    if cached is None:
        pixmap = QPixmap(14, 14)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(COLORS[state]))
        painter.drawEllipse(1, 1, 12, 12)
        painter.end()
        cached = _icons[state] = QIcon(pixmap)
    return cached
