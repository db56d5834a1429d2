"""Debounced autosave: a change starts a short timer; the save runs once typing pauses.

The delay (800 ms) keeps a draft on disk within two seconds of any change without writing on
every keystroke; ``flush`` saves at once (tab close, quit, before sending or issuing).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

DELAY_MS = 800


class Autosave(QObject):
    def __init__(self, save: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.flush)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def touch(self) -> None:
        """Something changed: save soon."""
        self._dirty = True
        self._timer.start()

    def clear(self) -> None:
        self._dirty = False
        self._timer.stop()

    def flush(self) -> None:
        self._timer.stop()
        if self._dirty:
            self._dirty = False
            self._save()
