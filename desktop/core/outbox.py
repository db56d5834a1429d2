"""Outbox states and the pane's view of a row: plain Python, importable before SQLAlchemy.

The notification pane is built for the first paint, before SQLAlchemy loads (see
``storage/deferred.py``); it needs these names, not the table.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class OutboxState(StrEnum):
    """Stored in the database: never rename a value."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    RETRYING = "retrying"
    FAILED = "failed"
    CANCELLED = "cancelled"
    UNCERTAIN = "uncertain"


#: Waiting to go out (the worker picks these when due).
PENDING = (OutboxState.QUEUED, OutboxState.RETRYING)
#: Need the user's attention until dismissed.
PROBLEMS = (OutboxState.FAILED, OutboxState.UNCERTAIN)


@dataclass(frozen=True)
class OutboxEntry:
    """What the notification pane shows about one row (no message bytes)."""

    id: int
    invoice_id: int | None
    invoice_number: str
    to: tuple[str, ...]
    subject: str
    message_id: str
    state: OutboxState
    attempts: int
    next_attempt_at: datetime | None
    last_reply: str
    last_step: str
    guidance: str
    created_at: datetime
    updated_at: datetime
    sent_at: datetime | None
    dismissed: bool
    seen: bool
    cc: tuple[str, ...] = field(default=())
    sent_copy: str = ""  # copy to Sent: "" | "pending" | "done" | "failed"
    sent_copy_note: str = ""  # why the last copy failed

    @property
    def recipient(self) -> str:
        return ", ".join(self.to)


@dataclass(frozen=True)
class PauseInfo:
    """Why sending waits for the user: the failure that paused the whole queue."""

    guidance: str
    step: str
    reply: str
    at: str

    @classmethod
    def from_stored(cls, value: dict[str, Any]) -> PauseInfo:
        return cls(*(str(value.get(f.name, "")) for f in dataclasses.fields(cls)))


class PasswordWait(StrEnum):
    """Why sending waits for the SMTP password: no login is ever tried without it."""

    LOCKED = "locked"  # the keyring is locked (its unlock prompt dismissed or unanswered)
    UNAVAILABLE = "unavailable"  # the keyring does not answer (no daemon, D-Bus failure)
    MISSING = "missing"  # the keyring answered: nothing stored (e.g. "this session only")
    SIGN_IN = "sign_in"  # OAuth2: nobody has signed in (or the sign-in was removed)


class OutboxError(ValueError):
    """The requested change does not fit the row's state (e.g. cancel a sent message)."""
