"""A layout that lines its widgets up and wraps them onto the next line when the row is full.

The editor's action buttons ("Sukurti kreditinę sąskaitą faktūrą", "Pažymėti kaip apmokėtą")
made the window 1392 px wide in Lithuanian; wrapped, the row needs only its widest button.
Each line is pushed to the right edge, where the buttons sat before.  After Qt's own
"Flow Layout" example.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """One line: every visible widget side by side."""
        shown = [i.sizeHint() for i in self._items if not i.isEmpty()]
        width = sum(s.width() for s in shown) + self._spacing * max(len(shown) - 1, 0)
        height = max((s.height() for s in shown), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        """The widest single widget: everything else may wrap."""
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            needed = hint.width() + (self._spacing if lines[-1] else 0)
            if lines[-1] and used + needed > rect.width():
                lines.append([])
                used, needed = 0, hint.width()
            lines[-1].append((item, hint))
            used += needed
        y = rect.y()
        for line in lines:
            if not line:
                continue
            height = max(h.height() for _, h in line)
            width = sum(h.width() for _, h in line) + self._spacing * (len(line) - 1)
            x = rect.x() + max(rect.width() - width, 0)  # each line to the right edge
            for item, hint in line:
                if apply:
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), hint))
                x += hint.width() + self._spacing
            y += height + self._spacing
        return max(y - rect.y() - self._spacing, 0)
