"""What one drain of the outbox did, for the mailer (how long to sleep, what to tell the
window) and the command line (what to print, which exit code)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.core.outbox import OutboxEntry, OutboxState, PasswordWait, PauseInfo


@dataclass
class DrainResult:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    uncertain: int = 0
    paused: PauseInfo | None = None
    no_account: bool = False
    password_wait: PasswordWait | None = None
    local_error: OSError | None = None  # a message could not be read; the others went on
    stopped: bool = False
    copied: int = 0  # copies put in the Sent folder (IMAP)
    copy_failed: int = 0  # sent, but the copy to the Sent folder failed
    next_due: datetime | None = None

    def count_attempt(self, entry: OutboxEntry | None) -> None:
        if entry is not None:
            if entry.state is OutboxState.RETRYING:
                self.retrying += 1
            else:
                self.failed += 1
