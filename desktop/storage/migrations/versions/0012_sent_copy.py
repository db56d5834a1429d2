"""Copy to Sent over IMAP: each sent message's copy has a state of its own.

Revision ID: 0012_sent_copy
Revises: 0011_invoice_trigrams

``sent_copy`` is "" (no copy wanted), "pending" (the bytes are kept until the copy is in the
mailbox), "done" or "failed" (retryable by the user; the e-mail itself stays "sent" and is
never sent again).  ``sent_copy_note`` says why the last copy failed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_sent_copy"
down_revision = "0011_invoice_trigrams"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "outbox_message",
        sa.Column("sent_copy", sa.String(20), nullable=False, server_default=""),
    )
    op.add_column(
        "outbox_message", sa.Column("sent_copy_note", sa.Text(), nullable=False, server_default="")
    )


def downgrade() -> None:
    op.drop_column("outbox_message", "sent_copy_note")
    op.drop_column("outbox_message", "sent_copy")
