"""A version on clients, products and the company profile: no silent overwrite of them either.

Revision ID: 0015_party_versions
Revises: 0014_event_user

As drafts got in 0009: ``version`` goes up with every save, and a save names the version it
started from, so saving over a colleague's newer change is refused with who changed it
(``updated_by``) and when (``updated_at``) and the user chooses.  Existing rows start at 0
with no name and no time.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_party_versions"
down_revision = "0014_event_user"
branch_labels = None
depends_on = None

TABLES = ("company", "client", "product")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(
            table, sa.Column("version", sa.Integer(), nullable=False, server_default="0")
        )
        op.add_column(
            table,
            sa.Column("updated_by", sa.String(length=100), nullable=False, server_default=""),
        )
        op.add_column(table, sa.Column("updated_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        op.drop_column(table, "updated_at")
        op.drop_column(table, "updated_by")
        op.drop_column(table, "version")
