"""The ``outbox_message`` table: one row per e-mail waiting, sent or needing the user.

Kept apart from the state machine (``outbox``) and the reads (``outbox_queries``) so both can
use it without importing each other.  Column changes need an Alembic migration (0003 made it).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column

from desktop.core.outbox import OutboxState
from desktop.storage.models import Base
from desktop.storage.types import JsonText


class OutboxMessage(Base):
    __tablename__ = "outbox_message"
    __table_args__ = (
        Index("ix_outbox_due", "state", "next_attempt_at"),
        UniqueConstraint("message_id", name="uq_outbox_message_message_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="SET NULL"), nullable=True, index=True
    )
    invoice_number: Mapped[str] = mapped_column(String(60), default="")
    recipients: Mapped[dict[str, Any]] = mapped_column(JsonText, default=dict)
    subject: Mapped[str] = mapped_column(Text, default="")
    message_id: Mapped[str] = mapped_column(String(250))
    raw: Mapped[bytes | None] = deferred(mapped_column(LargeBinary, nullable=True))
    raw_path: Mapped[str | None] = mapped_column(Text, nullable=True)
    size: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(20), default=OutboxState.QUEUED.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    last_reply: Mapped[str] = mapped_column(Text, default="")
    last_step: Mapped[str] = mapped_column(String(20), default="")
    guidance: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    dismissed: Mapped[bool] = mapped_column(Boolean, default=False)
    seen: Mapped[bool] = mapped_column(Boolean, default=True)
    # A sender's lease on a due message (``outbox_claims``); None when nobody claimed it.
    claimed_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    claimed_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # Copy to Sent over IMAP (migration 0012): "" | "pending" | "done" | "failed"
    sent_copy: Mapped[str] = mapped_column(String(20), default="", server_default="")
    sent_copy_note: Mapped[str] = mapped_column(Text, default="", server_default="")
