"""Search indexes keyed in the list's order, so the newest matches come first, SQLite only.

Revision ID: 0005_list_order_keys
Revises: 0004_invoice_words

Until 0004 both full-text indexes used the invoice id as their rowid.  The list shows invoices
by issue date, so a frequent term whose matches are old ("ZF2021") made SQLite either sort
every match or walk the issue-date index to prove no older id sorted later: 10–13 ms at
100,000 invoices, most of a frame.  Here each index row's rowid is the list key
``issue day × 2³² + id`` (``invoice_queries.list_key``), so FTS5 yields matches already in
list order and the first page costs a few hundred index steps.  The triggers also follow
changes of the issue date, which moves a row within the order.
"""

from __future__ import annotations

from alembic import op

revision = "0005_list_order_keys"
down_revision = "0004_invoice_words"
branch_labels = None
depends_on = None

# Days since 1970-01-01 times 2**32, plus the id: issue-date order, ties by id (≤ 2**32 - 1).
KEY = "(CAST(julianday({t}.issue_date) - 2440587.5 AS INTEGER) * 4294967296 + {t}.id)"
AMOUNT = "printf('%.2f', {t}.total_cents / 100.0)"
TRIGRAM_BODY = (
    "coalesce({t}.number, '') || ' ' || coalesce({t}.client_name, '') || ' ' || "
    f"{AMOUNT} || ' ' || replace({AMOUNT}, '.', ',') || ' ' || {{t}}.status"
)
WORDS_BODY = (
    "coalesce({t}.number, '') || ' ' || coalesce({t}.client_name, '') || ' ' || "
    f"{AMOUNT} || ' ' || {{t}}.status"
)
INDEXES = {
    # name: (FTS5 options, indexed text)
    "invoice_search": ("tokenize='trigram'", TRIGRAM_BODY),
    "invoice_words": ("tokenize='unicode61 remove_diacritics 2', prefix='1 2'", WORDS_BODY),
}
WATCHED = "number, client_name, total_cents, status"


def _drop(name: str) -> None:
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}_{suffix}")
    op.execute(f"DROP TABLE IF EXISTS {name}")


def _create(name: str, options: str, body: str, key: str, watched: str) -> None:
    """The index, filled from the invoices, and the triggers that keep it in step."""
    new_key, old_key = key.format(t="new"), key.format(t="old")
    new_body = body.format(t="new")
    op.execute(f"CREATE VIRTUAL TABLE {name} USING fts5(body, {options})")
    op.execute(
        f"INSERT INTO {name}(rowid, body) "
        f"SELECT {key.format(t='invoice')}, {body.format(t='invoice')} FROM invoice"
    )
    op.execute(
        f"CREATE TRIGGER {name}_ai AFTER INSERT ON invoice BEGIN "
        f"INSERT INTO {name}(rowid, body) VALUES ({new_key}, {new_body}); END"
    )
    op.execute(
        f"CREATE TRIGGER {name}_ad AFTER DELETE ON invoice BEGIN "
        f"DELETE FROM {name} WHERE rowid = {old_key}; END"
    )
    op.execute(
        f"CREATE TRIGGER {name}_au AFTER UPDATE OF {watched} ON invoice BEGIN "
        f"DELETE FROM {name} WHERE rowid = {old_key}; "
        f"INSERT INTO {name}(rowid, body) VALUES ({new_key}, {new_body}); END"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name, (options, body) in INDEXES.items():
        _drop(name)
        _create(name, options, body, KEY, f"{WATCHED}, issue_date")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name, (options, body) in INDEXES.items():
        _drop(name)
        _create(name, options, body, "{t}.id", WATCHED)
