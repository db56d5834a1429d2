"""ISDOC by e-mail per client, and the seller details Czech and Lithuanian invoices need.

Revision ID: 0007_isdoc_seller_details
Revises: 0006_legal_basis

- ``client.attach_isdoc``: whether invoice e-mails carry the ISDOC e-invoice next to the PDF.
  NULL (every client written before, and a new one nobody asked about) follows the default:
  on for Czech clients, whose accountants import ISDOC (``core.validation.isdoc_by_default``);
  a choice made in the client dialog is stored as true or false and wins.
- ``company.seller_kind``: ``company`` (every row before), ``individual`` (a Czech OSVČ, a
  Lithuanian individuali veikla pagal pažymą) or ``business_licence`` (a Lithuanian verslo
  liudijimas); an individual's ``company_code`` holds the certificate number and the PDF
  labels it so.
- ``company.bank_account``: the domestic account number and bank code as Czech invoices print
  it (``19-2000145399/0800``); empty means derived from a Czech IBAN.
- ``client.vies_checked_on`` / ``client.vies_valid``: the day the client's VAT number was
  last checked in VIES and the answer (NULL: never checked).
- ``company.supply_date_always``: print the DUZP on every Czech tax document even when it is
  the issue date (true by default; Czech VAT Act §29(1)(h) needs it when it differs).

Plain ``ALTER TABLE``, as in 0006; server defaults fill the rows that exist.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_isdoc_seller_details"
down_revision = "0006_legal_basis"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("client", sa.Column("attach_isdoc", sa.Boolean(), nullable=True))
    op.add_column("client", sa.Column("vies_checked_on", sa.Date(), nullable=True))
    op.add_column("client", sa.Column("vies_valid", sa.Boolean(), nullable=True))
    op.add_column(
        "company",
        sa.Column("seller_kind", sa.String(20), nullable=False, server_default="company"),
    )
    op.add_column(
        "company", sa.Column("bank_account", sa.String(40), nullable=False, server_default="")
    )
    op.add_column(
        "company",
        sa.Column(
            "supply_date_always", sa.Boolean(), nullable=False, server_default=sa.true()
        ),
    )


def downgrade() -> None:
    for column in ("supply_date_always", "bank_account", "seller_kind"):
        op.drop_column("company", column)
    for column in ("vies_valid", "vies_checked_on", "attach_isdoc"):
        op.drop_column("client", column)
