"""How a long piece of work hears "stop" and tells how far it got, without knowing Qt.

The job runner (``desktop.jobs``) hands a ``JobControl`` to the work it runs on a worker
thread; the command line makes one of its own (Ctrl+C cancels it).  Work calls ``progress``
now and then and ``check`` between steps; a blocking call registers ``on_cancel`` to be cut
short (closing a socket ends a wait that no flag could).
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class CancelledError(Exception):
    """The user (or quitting) stopped the work; what was done so far stays done."""


class JobControl:
    def __init__(self, on_progress: Callable[[int, int, str], None] | None = None) -> None:
        self._event = threading.Event()
        self._on_progress = on_progress
        self._lock = threading.Lock()
        self._cancel_hooks: list[Callable[[], None]] = []

    # -- the side that wants it stopped (any thread) -------------------------------------------
    def cancel(self) -> None:
        with self._lock:
            self._event.set()
            hooks, self._cancel_hooks = self._cancel_hooks, []
        for hook in hooks:
            hook()

    # -- the working side ---------------------------------------------------------------------
    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def is_set(self) -> bool:
        """``threading.Event``'s spelling of ``cancelled``, for code below the services."""
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise CancelledError

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; True when cancelled meanwhile."""
        return self._event.wait(max(seconds, 0.0))

    def progress(self, done: int, total: int, text: str = "") -> None:
        if self._on_progress is not None:
            self._on_progress(done, total, text)

    def on_cancel(self, hook: Callable[[], None]) -> Callable[[], None]:
        """Run ``hook`` (from the cancelling thread) on cancel, at once if already cancelled;
        returns a function that forgets it again."""
        with self._lock:
            if not self._event.is_set():
                self._cancel_hooks.append(hook)
                return lambda: self._forget(hook)
        hook()
        return lambda: None

    def _forget(self, hook: Callable[[], None]) -> None:
        with self._lock:
            if hook in self._cancel_hooks:
                self._cancel_hooks.remove(hook)
