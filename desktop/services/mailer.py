"""The mailer: the outbox's sending loop for as long as the window is open, Qt-free.

It runs as one long job (``desktop.jobs``): it first turns rows a crash left "sending" into
"uncertain", then drains the outbox with the shared sender (``OutboxService.sender``) and
sleeps until the next message falls due -- at most 15 minutes, so a changed clock or a
suspended laptop is noticed -- or until ``wake()``: a new message, the user lifting a pause,
the settings or the network changing.  It reports through plain callbacks, on its own
thread; the window turns them into signals.

Stopping: cancelling the job lets the message on the wire finish and ends the loop;
``abort()`` also cuts the connection (a message mid-DATA then becomes "uncertain").  Nothing
is sent twice either way: a row is claimed by one guarded statement just before DATA.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from desktop.core.outbox import OutboxEntry, PauseInfo
from desktop.mail.outbox_retry import RetryPolicy
from desktop.mail.outbox_sender import DrainResult
from desktop.services.control import JobControl
from desktop.services.outbox import OutboxService

log = logging.getLogger(__name__)

MAX_WAIT_S = 15 * 60.0  # look again at least this often (clock changes, suspend)
AFTER_BUG_S = 30.0  # after an unexpected error, try again this much later
_SLACK_S = 0.02  # wake just after a row falls due, not just before


class Mailer:
    """``run`` is the job; every other method may be called from any thread."""

    def __init__(
        self,
        outbox: OutboxService,
        *,
        on_change: Callable[[OutboxEntry], None],
        on_pause: Callable[[PauseInfo | None], None],
        on_account_missing: Callable[[bool], None],
        policy: RetryPolicy | None = None,
        **sender_options: Any,
    ) -> None:
        self._outbox = outbox
        self._sender = outbox.sender(
            on_change=on_change, on_pause=on_pause, policy=policy, **sender_options
        )
        self._on_pause = on_pause
        self._on_account_missing = on_account_missing
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._asked: set[str] = set()
        self._missing: bool | None = None

    # -- from any thread -----------------------------------------------------------------------
    def wake(self) -> None:
        """Look at the outbox now (a new message, changed settings)."""
        self._wake.set()

    def resume(self) -> None:
        """The user asked to retry a paused queue."""
        self._ask("resume")

    def network_online(self) -> None:
        """The network came back: messages waiting for a retry are due now."""
        self._ask("network")

    def abort(self) -> None:
        """Cut the connection now; the loop then ends (if its job was cancelled)."""
        self._sender.abort()
        self._wake.set()

    def _ask(self, what: str) -> None:
        with self._lock:
            self._asked.add(what)
        self._wake.set()

    def _stop(self) -> None:
        self._sender.request_stop()
        self._wake.set()

    # -- the job -------------------------------------------------------------------------------
    def run(self, control: JobControl) -> None:
        """Until cancelled: send what is due, then sleep until the next row or a wake-up."""
        forget = control.on_cancel(self._stop)
        try:
            self._sender.recover()
            self._on_pause(self._sender.pause_info())
            while not control.cancelled:
                self._wake.clear()  # a wake-up from here on ends the coming sleep at once
                delay = self._round()
                if not control.cancelled:
                    self._wake.wait(delay)
        finally:
            forget()

    def _round(self) -> float:
        """One drain; returns how long to sleep."""
        try:
            self._do_what_was_asked()
            result = self._sender.drain()
        except Exception:  # our bug: keep the mailer alive, try again a little later
            log.exception("the mailer failed; trying again in %d s", AFTER_BUG_S)
            return AFTER_BUG_S
        if self._missing is not result.no_account:
            self._missing = result.no_account
            self._on_account_missing(result.no_account)
        return _sleep_after(result)

    def _do_what_was_asked(self) -> None:
        with self._lock:
            asked, self._asked = self._asked, set()
        if "network" in asked:
            self._outbox.wake_retrying()
        if "resume" in asked:
            self._sender.resume()


def _sleep_after(result: DrainResult) -> float:
    """Until the next row falls due; without one (or while paused, or without an account)
    only a wake-up or the 15-minute look brings the mailer back."""
    if result.next_due is None or result.paused is not None or result.no_account:
        return MAX_WAIT_S
    delay = (result.next_due - datetime.now()).total_seconds()
    return min(max(delay, 0.0) + _SLACK_S, MAX_WAIT_S)
