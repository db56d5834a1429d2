"""Change notices for the live lists of a team, PostgreSQL only.

Revision ID: 0010_change_notices
Revises: 0009_draft_versions

Each statement that changes invoices, clients, products, the company or the outbox sends
``NOTIFY faktura_changes, '<table>'`` when its transaction commits (statement-level
triggers: one notice per statement, however many rows).  Every app of the team listens
(``services.change_feed``) and refreshes its open lists within a second.  SQLite has one
app per file, which hears its own changes directly.
"""

from __future__ import annotations

from alembic import op

revision = "0010_change_notices"
down_revision = "0009_draft_versions"
branch_labels = None
depends_on = None

TABLES = ("invoice", "client", "product", "company", "outbox_message")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE OR REPLACE FUNCTION faktura_notify_change() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN "
        "PERFORM pg_notify('faktura_changes', TG_TABLE_NAME); RETURN NULL; END $$"
    )
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER faktura_notify_{table} AFTER INSERT OR UPDATE OR DELETE "
            f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION faktura_notify_change()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS faktura_notify_{table} ON {table}")
    op.execute("DROP FUNCTION IF EXISTS faktura_notify_change()")
