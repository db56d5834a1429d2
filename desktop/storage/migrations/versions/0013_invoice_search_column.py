"""The invoice list's search text kept in columns on PostgreSQL, so a search reads, not computes.

Revision ID: 0013_invoice_search_column
Revises: 0012_sent_copy

0011 indexed an expression: the trigram index found candidates, but every candidate (and
every row, for a one- or two-character term, which was a regular expression over the text of
each invoice) ran ``faktura_invoice_text`` again: 0.35 s at 100,000 invoices, 3.9 s at a
million (benchmarks/team_bench).  Now two STORED generated columns hold what the search
reads, so no write path of the app (or of anyone's SQL) can leave them stale:

* ``search_text``: the same text as before (number, client, the amount with "." and ",",
  the status, in lower case; with ". , - /" swapped for letters, below), with a trigram
  index for substrings of three or more characters (``LIKE '%term%'``, when ``pg_trgm`` may
  be created, as in 0011).
* ``search_words``: the first one and the first two characters of each word of that text,
  diacritics dropped as SQLite's word index drops them (``unicode61 remove_diacritics 2``),
  with a GIN index: a short term is ``search_words @> ARRAY['ab']``.

Both columns get a larger statistics target: the planner must tell a term that matches half
the books (walk the list order and stop after a page) from one that matches a few rows
(the index, then sort those).  SQLite has its FTS5 tables (0002-0005) and is left alone.

The functions need a UTF8 database (``normalize``, the letters below), as the names the
books hold do; what counts as a letter and its lower case follow the database's LC_CTYPE,
as in 0011.
"""

from __future__ import annotations

import logging

from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0013_invoice_search_column"
down_revision = "0012_sent_copy"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

AMOUNT = "to_char(cents / 100.0, 'FM999999999999990.00')"
TEXT = "faktura_invoice_text(number, client_name, total_cents, status)"
# pg_trgm reads only letters and digits, so "99,99" was the words "99" and "99": every
# invoice with a word ending and one starting in 99 was a candidate to check (1 % of them).
# The stored text swaps . , - / with four rare letters (and those letters with them), a
# permutation, so a substring of it is exactly a substring of the text with the term
# swapped the same way (``server_search.SWAP``), and "99ǁ99" is a word of its own.
PUNCTUATION, LETTERS = ".,-/", "ǀǁǂǃ"
SEARCH_TEXT = f"translate({TEXT}, '{PUNCTUATION}{LETTERS}', '{LETTERS}{PUNCTUATION}')"
# The words of SQLite's word index (0004: number, client, amount, status) in lower case,
# decomposed (NFD) without the combining marks U+0300-U+036F ("ž" is "z" as there), each
# cut to its first character and to its first two: "kavárna u" -> {k,ka,u,u}.  Regular
# expressions, not a query over the words: this runs for every row written (~35 µs).
WORDS_FUNCTION = (
    "CREATE OR REPLACE FUNCTION faktura_invoice_words("
    "number text, client text, cents bigint, status text) RETURNS text[] "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_remove(regexp_split_to_array("
    "regexp_replace(regexp_replace(normalize(lower(concat_ws(' ', number, client, "
    f"{AMOUNT}, status)), NFD), '[\\u0300-\\u036f]', '', 'g'), "
    "'([[:alnum:]])([[:alnum:]]?)[[:alnum:]]*', '\\1 \\1\\2', 'g'), '[^[:alnum:]]+'), '') $$"
)
STATISTICS = 1000


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute(WORDS_FUNCTION)
    # One rewrite of the table fills both columns for the rows already there.
    op.execute(
        f"ALTER TABLE invoice ADD COLUMN search_text text GENERATED ALWAYS AS ({SEARCH_TEXT}) "
        "STORED, "
        "ADD COLUMN search_words text[] GENERATED ALWAYS AS "
        "(faktura_invoice_words(number, client_name, total_cents, status)) STORED"
    )
    op.execute(
        f"ALTER TABLE invoice ALTER COLUMN search_text SET STATISTICS {STATISTICS}, "
        f"ALTER COLUMN search_words SET STATISTICS {STATISTICS}"
    )
    op.execute("CREATE INDEX ix_invoice_search_words ON invoice USING gin (search_words)")
    op.execute("DROP INDEX IF EXISTS ix_invoice_text_trgm")
    try:
        with bind.begin_nested():
            op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError as exc:  # not allowed here: long terms scan the stored text
        log.info("pg_trgm not available, the invoice search scans: %s", exc.orig)
    else:
        op.execute(
            "CREATE INDEX ix_invoice_search_text ON invoice USING gin (search_text gin_trgm_ops)"
        )
    op.execute("ANALYZE invoice")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_invoice_search_text")
    op.execute("DROP INDEX IF EXISTS ix_invoice_search_words")
    op.execute("ALTER TABLE invoice DROP COLUMN search_text, DROP COLUMN search_words")
    op.execute("DROP FUNCTION IF EXISTS faktura_invoice_words(text, text, bigint, text)")
    installed = bind.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
    if installed.first() is not None:  # 0011's index, as it made it
        op.execute(f"CREATE INDEX ix_invoice_text_trgm ON invoice USING gin ({TEXT} gin_trgm_ops)")
