"""The legal basis printed for exempt, 0 % and reverse-charge supplies, per invoice.

Revision ID: 0006_legal_basis
Revises: 0005_list_order_keys

Directive 2006/112/EC Art. 226(11) and (11a) want an exempt or reverse-charged supply to name
the provision it relies on ("PVM įstatymo 41 str.", "§ 92a zákona o DPH").  ``invoice`` keeps
the invoice's own text per treatment and ``company`` the defaults new invoices start from, both
as JSON (``{"reverse_charge": "Art. 196 ..."}``); rows written before stay NULL, which reads as
"no basis given" and keeps the generic wording.

Plain ``ALTER TABLE`` rather than a batch copy: a copied ``invoice`` table would lose the
search-index triggers of 0005 (SQLite drops a table's triggers with it).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_legal_basis"
down_revision = "0005_list_order_keys"
branch_labels = None
depends_on = None

TABLES = ("invoice", "company")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("legal_basis", sa.Text(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        op.drop_column(table, "legal_basis")  # SQLite ≥ 3.35 drops a column in place
