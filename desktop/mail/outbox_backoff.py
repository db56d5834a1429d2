"""How the mailer waits out a failure that is not the server's: delays that grow, and a log
that says so once per delay instead of once per try.

A persistent local error (a message file that cannot be read, books that refuse a write) used
to make the worker try again at once, logging a traceback each time: 45 a second, enough to
overwrite the 4 MB log within minutes.  Now every further failure doubles the wait, up to a
cap, and the log hears of it at most once per wait; the first occurrence of a failure keeps
its traceback, the repeats say how often they happened.  Pure Python, so it tests alone.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.storage.sqlite_errors import classify


@dataclass
class Backoff:
    """Delays of ``first``, doubling, at most ``cap`` seconds; ``reset`` starts over."""

    first: float
    cap: float
    failures: int = 0

    def next_delay(self) -> float:
        """Count one more failure; the wait before the next try."""
        delay = min(self.first * 2.0 ** min(self.failures, 30), self.cap)
        self.failures += 1
        return delay

    def reset(self) -> None:
        self.failures = 0


def is_environment(exc: BaseException) -> bool:
    """The user's situation (a file or the disk, the books' database) rather than our bug."""
    return isinstance(exc, OSError) or classify(exc) is not None or _is_storage_error(exc)


def _is_storage_error(exc: BaseException) -> bool:
    from desktop.core.errors import StorageError

    return isinstance(exc, StorageError)


@dataclass
class RepeatedFailureLog:
    """Logs a failure that keeps coming back at most once per ``interval`` (the wait before
    the next try, which grows): the environment's as WARNING, our bugs as ERROR, the first
    of a kind with its traceback."""

    log: logging.Logger
    clock: Callable[[], float] = time.monotonic
    _kind: str = ""
    _logged_at: float = 0.0
    _interval: float = 0.0
    _repeats: int = 0
    _started: float = field(default=0.0)

    def failed(self, exc: BaseException, retry_in: float) -> None:
        kind = f"{type(exc).__name__}: {exc}"
        now = self.clock()
        level = logging.WARNING if is_environment(exc) else logging.ERROR
        if kind != self._kind:
            self._kind, self._started, self._repeats = kind, now, 0
            self.log.log(
                level,
                "cannot send mail: %s; trying again in %.0f s",
                kind,
                retry_in,
                exc_info=exc if level >= logging.ERROR else None,
            )
        elif now - self._logged_at >= self._interval:
            self.log.log(
                level,
                "still cannot send mail (%d more failures in %.0f s): %s; next try in %.0f s",
                self._repeats + 1,
                now - self._started,
                kind,
                retry_in,
            )
            self._repeats = 0
        else:
            self._repeats += 1
            return
        self._logged_at, self._interval = now, retry_in

    def recovered(self) -> None:
        if self._kind:
            self.log.info("the mailer works again after: %s", self._kind)
        self._kind, self._repeats = "", 0
