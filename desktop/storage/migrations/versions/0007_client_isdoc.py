"""Whether a client's invoice e-mails carry the ISDOC e-invoice next to the PDF.

Revision ID: 0007_client_isdoc
Revises: 0006_legal_basis

NULL (every client written before, and a new one nobody asked about) follows the default:
on for Czech clients, whose accountants import ISDOC (``core.validation.isdoc_by_default``);
a choice made in the client dialog is stored as true or false and wins.  Plain ``ALTER
TABLE``, as in 0006.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_client_isdoc"
down_revision = "0006_legal_basis"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("client", sa.Column("attach_isdoc", sa.Boolean(), nullable=True))


def downgrade() -> None:
    op.drop_column("client", "attach_isdoc")
