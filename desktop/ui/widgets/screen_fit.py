"""Window sizes that fit the screen they open on.

A fixed first size (the Modules dialog opened at 1240×800) is taller than a 768 px laptop
screen; this keeps a wished-for size but never more than the screen's free area.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: What a title bar and window frame take around the area a window's size measures.
FRAME = QSize(0, 40)


def fitted_size(widget: QWidget, wished: QSize) -> QSize:
    """``wished``, made smaller where the screen's available area (less a frame) is smaller;
    never below the widget's own minimum."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return wished
    room = screen.availableGeometry().size() - FRAME
    least = widget.minimumSize().expandedTo(widget.minimumSizeHint())
    return wished.boundedTo(room).expandedTo(least)


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    widget.resize(fitted_size(widget, QSize(width, height)))
