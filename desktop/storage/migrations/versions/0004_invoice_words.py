"""Word-prefix index for one- and two-character searches in the invoice list, SQLite only.

Revision ID: 0004_invoice_words
Revises: 0003_outbox

The trigram index of 0002 cannot answer terms shorter than three characters, and a LIKE scan
of 100,000 rows takes several frames.  Short terms therefore match the beginning of a word
("ab" finds "Abra UAB"), through a unicode61 index with 1- and 2-character prefixes.
"""

from __future__ import annotations

from alembic import op

revision = "0004_invoice_words"
down_revision = "0003_outbox"
branch_labels = None
depends_on = None

BODY = (
    "coalesce({t}.number, '') || ' ' || coalesce({t}.client_name, '') || ' ' || "
    "printf('%.2f', {t}.total_cents / 100.0) || ' ' || {t}.status"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE invoice_words USING "
        "fts5(body, tokenize='unicode61 remove_diacritics 2', prefix='1 2')"
    )
    op.execute(
        f"INSERT INTO invoice_words(rowid, body) SELECT id, {BODY.format(t='invoice')} FROM invoice"
    )
    op.execute(
        "CREATE TRIGGER invoice_words_ai AFTER INSERT ON invoice BEGIN "
        f"INSERT INTO invoice_words(rowid, body) VALUES (new.id, {BODY.format(t='new')}); END"
    )
    op.execute(
        "CREATE TRIGGER invoice_words_ad AFTER DELETE ON invoice BEGIN "
        "DELETE FROM invoice_words WHERE rowid = old.id; END"
    )
    op.execute(
        "CREATE TRIGGER invoice_words_au AFTER UPDATE OF number, client_name, total_cents, status "
        "ON invoice BEGIN DELETE FROM invoice_words WHERE rowid = old.id; "
        f"INSERT INTO invoice_words(rowid, body) VALUES (new.id, {BODY.format(t='new')}); END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("invoice_words_ai", "invoice_words_ad", "invoice_words_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS invoice_words")
