"""Autosave with a ceiling, and a failed save that stays unsaved until it works.

A change starts a short quiet timer (800 ms), so a pause in typing saves at once; the first
unsaved change also starts a ceiling timer that saves 1.5 s later however fast the user keeps
typing (restarting one timer on every key, as before, kept a fast typist's draft off the
disk for as long as they typed).  The ceiling leaves half a second of margin under the
promise: every edit is on disk within two seconds.

A save that fails (disk full, a read-only file, another program's lock, our bug) leaves the
draft dirty: it is tried again after 2, 5, 15, 30 and then every 60 seconds, and at the next
edit, until it works; close and quit ask instead of dropping it (``InvoiceEditor``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

QUIET_MS = 800
CEILING_MS = 1500
RETRY_SECONDS = (2, 5, 15, 30, 60)  # then every 60 s


def _single_shot(parent: QObject, interval_ms: int, slot: Callable[[], object]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer


class Autosave(QObject):
    """``save`` returns True once what is on screen is stored; False leaves it dirty.

    A save that drops the edits on purpose (another window issued the invoice, so the editor
    shows the stored one) calls ``clear`` from inside ``save``: nothing is left to retry.
    """

    def __init__(self, save: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._dirty = False
        self._failures = 0
        self._quiet = _single_shot(self, QUIET_MS, self.flush)
        self._ceiling = _single_shot(self, CEILING_MS, self.flush)
        self._retry = _single_shot(self, RETRY_SECONDS[0] * 1000, self.flush)

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def failures(self) -> int:
        """Saves failed in a row since the last one that worked."""
        return self._failures

    def touch(self) -> None:
        """Something changed: save when typing pauses, and within the ceiling at the latest."""
        self._dirty = True
        self._quiet.start()
        if not self._ceiling.isActive():
            self._ceiling.start()

    def mark_dirty(self) -> None:
        """Save at the next ``flush`` even if nothing changed (the Save button)."""
        self._dirty = True

    def clear(self) -> None:
        """The edits are gone on purpose (reloaded, discarded): nothing to save or retry."""
        self._dirty = False
        self._failures = 0
        self._stop()

    def flush(self) -> bool:
        """Save now if anything is unsaved; True when nothing is left unsaved."""
        self._stop()
        if not self._dirty:
            return True
        if self._save():
            self._dirty = False
            self._failures = 0
            return True
        if self._dirty:  # still only on screen: try again later, and at the next edit
            delay = RETRY_SECONDS[min(self._failures, len(RETRY_SECONDS) - 1)]
            self._failures += 1
            self._retry.start(delay * 1000)
        return not self._dirty

    def _stop(self) -> None:
        for timer in (self._quiet, self._ceiling, self._retry):
            timer.stop()
