"""Team mode: several apps on one PostgreSQL database.

Revision ID: 0008_team_mode
Revises: 0007_isdoc_seller_details

- ``invoice.total_cents`` becomes a 64-bit integer on PostgreSQL: an invoice may reach
  999 999 999 999.99 (``core.limits``), far beyond a 32-bit ``integer``.  SQLite's integers
  are 64-bit already, so nothing changes there.
- ``outbox_message.claimed_by`` / ``claimed_until``: the lease a sender takes on a due
  message before it connects (``storage.outbox_claims``), so two senders on one database
  never work on the same message, and a crashed sender's claim falls out when it expires.
- The default number series are created here, once, instead of by the first issue: eight
  apps issuing their first invoice at the same moment each created a "FAK" series of their
  own, and their counters gave the same number twice (``uq_invoice_number`` refused it).

Plain ``ALTER TABLE`` rather than a batch copy on SQLite (see 0006: a copied ``invoice``
table would lose the search-index triggers).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_team_mode"
down_revision = "0007_isdoc_seller_details"
branch_labels = None
depends_on = None


# Frozen copy of ``storage.invoices.DEFAULT_SERIES`` as of this revision.
DEFAULT_SERIES = (
    ("invoice", "FAK", "FAK{YYYY}-{N:4}"),
    ("credit_note", "KR", "KR{YYYY}-{N:4}"),
    ("proforma", "ZAL", "ZAL{YYYY}-{N:4}"),
)


def upgrade() -> None:
    for kind, name, pattern in DEFAULT_SERIES:
        op.execute(
            sa.text(
                "INSERT INTO number_series (name, pattern, kind, is_default) "
                "SELECT :name, :pattern, :kind, :yes WHERE NOT EXISTS "
                "(SELECT 1 FROM number_series WHERE kind = :kind)"
            ).bindparams(name=name, pattern=pattern, kind=kind, yes=True)
        )
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("invoice", "total_cents", type_=sa.BigInteger(), existing_nullable=False)
    op.add_column("outbox_message", sa.Column("claimed_by", sa.String(length=64), nullable=True))
    op.add_column("outbox_message", sa.Column("claimed_until", sa.DateTime(), nullable=True))


def downgrade() -> None:
    op.drop_column("outbox_message", "claimed_until")
    op.drop_column("outbox_message", "claimed_by")
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("invoice", "total_cents", type_=sa.Integer(), existing_nullable=False)
