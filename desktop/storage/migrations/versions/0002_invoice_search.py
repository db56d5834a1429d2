"""Full-text (trigram) index over the invoice list's searchable text, SQLite only.

Revision ID: 0002_invoice_search
Revises: 0001_initial

Typing in the list's search field must answer within one frame at 100,000 invoices; a LIKE
scan does not, an FTS5 trigram index does (substring match, any language).  Other engines
fall back to LIKE in ``desktop.storage.invoice_queries``.
"""

from __future__ import annotations

from alembic import op

revision = "0002_invoice_search"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

BODY = (
    "coalesce({t}.number, '') || ' ' || coalesce({t}.client_name, '') || ' ' || "
    "printf('%.2f', {t}.total_cents / 100.0) || ' ' || "
    "replace(printf('%.2f', {t}.total_cents / 100.0), '.', ',') || ' ' || {t}.status"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE VIRTUAL TABLE invoice_search USING fts5(body, tokenize='trigram')")
    op.execute(
        f"INSERT INTO invoice_search(rowid, body) SELECT id, {BODY.format(t='invoice')} FROM invoice"
    )
    op.execute(
        "CREATE TRIGGER invoice_search_ai AFTER INSERT ON invoice BEGIN "
        f"INSERT INTO invoice_search(rowid, body) VALUES (new.id, {BODY.format(t='new')}); END"
    )
    op.execute(
        "CREATE TRIGGER invoice_search_ad AFTER DELETE ON invoice BEGIN "
        "DELETE FROM invoice_search WHERE rowid = old.id; END"
    )
    op.execute(
        "CREATE TRIGGER invoice_search_au AFTER UPDATE OF number, client_name, total_cents, status "
        "ON invoice BEGIN DELETE FROM invoice_search WHERE rowid = old.id; "
        f"INSERT INTO invoice_search(rowid, body) VALUES (new.id, {BODY.format(t='new')}); END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("invoice_search_ai", "invoice_search_ad", "invoice_search_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS invoice_search")
