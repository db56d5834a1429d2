"""A trigram index for the invoice list's search on PostgreSQL.

Revision ID: 0011_invoice_trigrams
Revises: 0010_change_notices

The list searches the same text on both engines: number, client, the amount with "." and
with ",", the status (``invoice_queries``).  SQLite has its FTS5 indexes (0002-0005); on a
server a LIKE over that text scanned every invoice: 0.5 s at 100,000 (benchmarks/team_bench).
``faktura_invoice_text`` builds the text (immutable: its ``to_char`` pattern has a literal
".", no locale), and a GIN index with ``pg_trgm`` answers ``LIKE '%term%'`` from it.  The
extension is trusted (PostgreSQL 13+), so the database's owner may create it; where that is
refused the function is still made and the search stays a scan.
"""

from __future__ import annotations

import logging

from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0011_invoice_trigrams"
down_revision = "0010_change_notices"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

AMOUNT = "to_char(cents / 100.0, 'FM999999999999990.00')"
FUNCTION = (
    "CREATE OR REPLACE FUNCTION faktura_invoice_text("
    "number text, client text, cents bigint, status text) RETURNS text "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT lower(concat_ws(' ', "
    f"coalesce(number, ''), coalesce(client, ''), {AMOUNT}, replace({AMOUNT}, '.', ','), "
    "status)) $$"
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute(FUNCTION)
    try:
        with bind.begin_nested():
            op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError as exc:  # not allowed here: the search works, without the index
        log.info("pg_trgm not available, the invoice search scans: %s", exc.orig)
        return
    op.execute(
        "CREATE INDEX ix_invoice_text_trgm ON invoice USING gin "
        "(faktura_invoice_text(number, client_name, total_cents, status) gin_trgm_ops)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_invoice_text_trgm")
    op.execute("DROP FUNCTION IF EXISTS faktura_invoice_text(text, text, bigint, text)")
