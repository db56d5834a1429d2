"""What a failed send means for its message: the classification and the back-off policy.

Retry policy (SMTP.md, K-9 Mail): 4xx and network errors → "retrying" after 1, 5, 15, 60
minutes, at most ``max_attempts`` tries, then "failed"; 5xx → "failed" at once; failures only
the user can fix (password, certificate, encryption mode: ``SmtpFailure.stops_queue``) pause
the whole queue.  All of that holds only up to the end of the data: once the final "." is on
the wire and no reply comes (a timeout, a hang-up, our own abort), the server may have stored
the message, and a retry could deliver a second copy -- the drill saw a server store the
message and answer after the client's timeout, three copies after three tries.  Such a
message is "uncertain" and waits for the user (resend, or mark it sent).  Pure apart from
``RetryPolicy.load``, so the rules test without a server.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from desktop import settings
from desktop.mail.errors import SmtpCancelled, SmtpFailure
from desktop.storage import kv
from desktop.storage.database import Database


class Outcome(Enum):
    """What the outbox does with the message (and the batch) after a failure."""

    CANCELLED = "cancelled"  # we stopped before the end of the data: back to the queue
    UNANSWERED = "unanswered"  # the data went out, no reply came: "uncertain", never resent
    PAUSE = "pause"  # only the user can fix it: the whole queue waits
    ATTEMPT = "attempt"  # an attempt spent: "retrying" or "failed", per ``RetryPolicy``


def outcome_of(failure: SmtpFailure) -> Outcome:
    """A failure after the final "." without a reply is never an ordinary attempt: RFC 5321
    makes the server responsible only once it said 250, but a server may store the message
    and its 250 be lost (late, or cut) -- RFC 1047's duplicate window, which we do not retry
    into.  Before the end of the data the server cannot have it, so anything there is safe."""
    if failure.maybe_delivered:
        return Outcome.UNANSWERED
    if isinstance(failure, SmtpCancelled):
        return Outcome.CANCELLED
    if failure.stops_queue:
        return Outcome.PAUSE
    return Outcome.ATTEMPT


def reply_of(failure: SmtpFailure) -> str:
    """What the row and the pause show as the server's answer (or the local error)."""
    if failure.reply_code is not None:
        return f"{failure.reply_code} {failure.reply_text}".strip()
    return failure.detail


@dataclass(frozen=True)
class RetryPolicy:
    delays_s: tuple[float, ...] = tuple(settings.RETRY_DELAYS.default)
    max_attempts: int = settings.MAX_ATTEMPTS.default

    def retry_at(self, attempts_made: int, now: datetime) -> datetime | None:
        """When to try again after ``attempts_made`` failed tries; None: give up."""
        if attempts_made >= self.max_attempts or not self.delays_s:
            return None
        delay = self.delays_s[min(attempts_made, len(self.delays_s)) - 1]
        return now + timedelta(seconds=delay)

    def retry_after(
        self, failure: SmtpFailure, attempts_made: int, now: datetime
    ) -> datetime | None:
        """None: failed for good (a permanent reply, or no attempts left)."""
        return self.retry_at(attempts_made, now) if failure.transient else None

    @classmethod
    def load(cls, db: Database) -> RetryPolicy:
        """The books' settings (``settings.RETRY_DELAYS``, ``settings.MAX_ATTEMPTS``)."""
        with db.session() as session:
            delays = kv.read(session, settings.RETRY_DELAYS)
            attempts = kv.read(session, settings.MAX_ATTEMPTS)
        return cls(tuple(float(d) for d in delays), attempts)
