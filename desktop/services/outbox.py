"""The outbox from the user's side: what is queued, and cancel, retry, resend, dismiss.

Each change is one guarded statement (``storage.outbox``): a Cancel that loses the race to
the mailer's claim (the message is already on the wire) raises ``OutboxError`` and changes
nothing, so a cancelled message is never sent and a sent one is never "cancelled".
``run`` drains the queue in this process with the mailer's own sender (the command line).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.outbox import PENDING, OutboxEntry, OutboxState
from desktop.mail.outbox_account import stored_settings
from desktop.mail.outbox_result import DrainResult
from desktop.mail.outbox_sender import OutboxSender
from desktop.mail.settings import SmtpSettings
from desktop.modules.registry import default_registry
from desktop.modules.smtp_module import SMTP_MODULE_ID
from desktop.services.control import JobControl
from desktop.services.database import Books
from desktop.storage import outbox, outbox_copy, outbox_queries
from desktop.storage.outbox_table import OutboxMessage


class OutboxService:
    def __init__(self, books: Books) -> None:
        self._books = books

    # -- reading -------------------------------------------------------------------------------
    def entries(self, limit: int = 500) -> list[OutboxEntry]:
        """Rows not dismissed, newest first."""
        with self._books.reading() as session:
            return outbox_queries.list_entries(session, limit)

    def entry(self, message_id: int) -> OutboxEntry:
        with self._books.reading() as session:
            return outbox_queries.get_entry(session, message_id)

    def pending_count(self) -> int:
        """Messages that will still go out: queued or retrying."""
        return self.left_at_quit()[0]

    def left_at_quit(self) -> tuple[int, int]:
        """(messages that will go out next time: queued or retrying; messages still
        "sending", which the next start shows as uncertain: cut mid-send, or delivered but
        not recorded).  Counted apart so quitting never promises to send the second kind."""
        with self._books.reading() as session:
            counts = outbox_queries.state_counts(session)
        pending = sum(counts.get(state, 0) for state in PENDING)
        return pending, counts.get(OutboxState.SENDING, 0)

    # -- the user's changes --------------------------------------------------------------------
    def cancel(self, message_id: int) -> OutboxEntry:
        return self._change(lambda s: outbox.cancel(s, message_id))

    def retry(self, message_id: int) -> OutboxEntry:
        """Now instead of at the back-off; a failed or uncertain one starts afresh."""
        return self._change(lambda s: outbox.retry_now(s, message_id))

    def retry_copy(self, message_id: int) -> OutboxEntry:
        """Copy a sent message to the Sent folder again (its e-mail is not sent again)."""
        return self._change(lambda s: outbox_copy.retry(s, message_id))

    def mark_sent(self, message_id: int) -> OutboxEntry:
        """The user checked that an uncertain message did arrive."""
        return self._change(lambda s: outbox.mark_sent_manually(s, message_id))

    def dismiss(self, message_id: int) -> OutboxEntry:
        return self._change(lambda s: outbox.dismiss(s, message_id))

    def mark_seen(self, message_ids: Sequence[int]) -> None:
        with self._books.transaction() as session:
            outbox.mark_seen(session, message_ids)

    def wake_retrying(self) -> int:
        """The network came back: messages waiting for a retry are due now."""
        with self._books.transaction() as session:
            return outbox.wake_retrying(session)

    def _change(self, change: Callable[[Session], OutboxMessage]) -> OutboxEntry:
        with self._books.transaction() as session:
            return outbox_queries.entry_of(change(session))

    # -- sending -------------------------------------------------------------------------------
    def sending_settings(self) -> SmtpSettings | None:
        """The account to send with: None while the SMTP module is off or not set up."""
        registry = default_registry(self._books.database)
        if not registry.is_installed(SMTP_MODULE_ID):
            return None
        return stored_settings(self._books.database)

    def sender(self, **options: Any) -> OutboxSender:
        """The mailer's sender on these books (options as ``OutboxSender`` takes them)."""
        options.setdefault("settings", self.sending_settings)
        return OutboxSender(self._books.database, **options)

    def run(self, *, until_empty: bool = False, control: JobControl | None = None) -> DrainResult:
        """Send what is due now; with ``until_empty`` wait for retries until nothing is left.

        Stops early when sending is paused, no account is set up, the password cannot be
        read, or ``control`` cancels (the message on the wire is finished first, as when the
        window quits).  A message that cannot be read raises its ``OSError`` (after the
        others went out): the command line says so instead of trying again.
        """
        control = control or JobControl()
        sender = self.sender()
        sender.recover()
        stop = control.on_cancel(sender.request_stop)
        try:
            while True:
                result = sender.drain()
                if result.local_error is not None:
                    raise result.local_error
                done = result.paused is not None or result.no_account or result.stopped
                done = done or result.password_wait is not None
                if done or not until_empty or result.next_due is None:
                    return result
                wait = (result.next_due - datetime.now()).total_seconds()
                if control.wait(wait):
                    return result
        finally:
            stop()
            sender.finish()
