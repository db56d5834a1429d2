"""A version on every invoice, and who changed it last: no silent overwrite of a draft.

Revision ID: 0009_draft_versions
Revises: 0008_team_mode

Two apps (or two windows) editing one draft used to be last-write-wins.  ``version`` goes up
with every save; a save names the version it started from and matches nothing when another
one came first, so the editor can show who changed it (``updated_by``) and when, and let the
user choose.  Existing rows start at 0 with no name.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_draft_versions"
down_revision = "0008_team_mode"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "invoice", sa.Column("version", sa.Integer(), nullable=False, server_default="0")
    )
    op.add_column(
        "invoice",
        sa.Column("updated_by", sa.String(length=100), nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.drop_column("invoice", "updated_by")
    op.drop_column("invoice", "version")
