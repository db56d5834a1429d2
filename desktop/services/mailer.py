"""The mailer: the outbox's sending loop for as long as the window is open, Qt-free.

It runs as one long job (``desktop.jobs``): it first turns rows a crash left "sending" into
"uncertain", then drains the outbox with the shared sender (``OutboxService.sender``) and
sleeps until the next message falls due -- at most 15 minutes, so a changed clock or a
suspended laptop is noticed -- or until ``wake()``: a new message, the user lifting a pause
or asking to retry, the settings or the network changing.  It reports through plain
callbacks, on its own thread; the window turns them into signals.

Never a busy loop: a failure of ours or of the machine (a message file that cannot be read,
books that refuse a write) waits 2 s, then twice as long each time up to 5 minutes, and is
logged at most once per wait (``outbox_backoff``).  A locked keyring is a state of its own
(``on_password_wait``): nothing is sent and no login is tried until the keyring answers,
which is asked again on every wake-up and otherwise after a minute, growing to 15.

Stopping: cancelling the job lets the message on the wire finish and ends the loop;
``abort()`` also cuts the connection (a message whose data is out becomes "uncertain").
Nothing is sent twice either way: a row is claimed by one guarded statement just before DATA.
A delivered message whose "sent" the books refused stays "sending" at quit (no last write
that could wait 5 s for a lock): the next start shows it as uncertain, and quitting says so.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from desktop.core.outbox import OutboxEntry, PasswordWait, PauseInfo
from desktop.mail.outbox_backoff import Backoff, RepeatedFailureLog
from desktop.mail.outbox_result import DrainResult
from desktop.mail.outbox_retry import RetryPolicy
from desktop.services.control import JobControl
from desktop.services.outbox import OutboxService

log = logging.getLogger(__name__)

MAX_WAIT_S = 15 * 60.0  # look again at least this often (clock changes, suspend)
TROUBLE_FIRST_S, TROUBLE_CAP_S = 2.0, 5 * 60.0  # after a local error or a bug
KEYRING_FIRST_S = 60.0  # ask a locked keyring again (each ask may show its unlock prompt)
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
        on_password_wait: Callable[[PasswordWait | None], None] = lambda wait: None,
        policy: RetryPolicy | None = None,
        **sender_options: Any,
    ) -> None:
        self._outbox = outbox
        self._sender = outbox.sender(
            on_change=on_change, on_pause=on_pause, policy=policy, **sender_options
        )
        self._on_pause = on_pause
        self._on_account_missing = on_account_missing
        self._on_password_wait = on_password_wait
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._asked: set[str] = set()
        self._missing: bool | None = None
        self._password_wait: PasswordWait | None = None
        self._recovered = False
        self._trouble = Backoff(TROUBLE_FIRST_S, TROUBLE_CAP_S)
        self._trouble_log = RepeatedFailureLog(log)
        self._keyring = Backoff(KEYRING_FIRST_S, MAX_WAIT_S)

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
            while not control.cancelled:
                self._wake.clear()  # a wake-up from here on ends the coming sleep at once
                delay = self._round()
                if not control.cancelled:
                    self._wake.wait(delay)
        finally:
            forget()
            self._sender.finish()  # a last "sent" to record; hand back unsent claims

    def _round(self) -> float:
        """One drain; returns how long to sleep."""
        try:
            if not self._recovered:
                self._sender.recover()
                self._on_pause(self._sender.pause_info())
                self._recovered = True
            self._do_what_was_asked()
            result = self._sender.drain()
        except Exception as exc:  # the books refuse, or our bug: keep the mailer alive
            return self._failed(exc)
        if self._missing is not result.no_account:
            self._missing = result.no_account
            self._on_account_missing(result.no_account)
        self._report_password_wait(result)
        if result.local_error is not None:
            return self._failed(result.local_error)
        self._trouble.reset()
        self._trouble_log.recovered()
        if result.password_wait is not None:
            return self._keyring.next_delay()
        self._keyring.reset()
        return _sleep_after(result)

    def _failed(self, exc: BaseException) -> float:
        delay = self._trouble.next_delay()
        self._trouble_log.failed(exc, delay)
        return delay

    def _report_password_wait(self, result: DrainResult) -> None:
        """Tell the window when sending starts or stops waiting for the password (it stops
        too when nothing is left waiting: a notice is about messages that cannot go)."""
        wait = result.password_wait
        if wait is not self._password_wait:
            self._password_wait = wait
            if wait is not None:
                log.info("sending waits for the password: %s", wait.value)
            self._on_password_wait(wait)

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
