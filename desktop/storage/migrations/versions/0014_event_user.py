"""Who did what: every event of an invoice's history names the user who made it.

Revision ID: 0014_event_user
Revises: 0013_invoice_search_column

A team shares one database, so "issued", "paid" or "sent" says little without a name: the
database role on a server, the computer's login on the SQLite file, or the name the user set
in Settings (``storage.actor``).  Events recorded before this revision have no name ("").
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_event_user"
down_revision = "0013_invoice_search_column"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "invoice_event",
        sa.Column("user", sa.String(length=100), nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.drop_column("invoice_event", "user")
