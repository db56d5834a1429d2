"""The invoice list's search on a server (PostgreSQL): migration 0013's stored columns, and
the choice between the two ways to the first page.

``search_text`` holds what SQLite's trigram index holds (a term of three or more characters
is a substring: ``LIKE``, through a ``pg_trgm`` index; ". , - /" swapped with letters);
``search_words`` holds the first one and two characters of every word, without diacritics,
as SQLite's word index (a shorter term is the start of a word: ``@>``, through a GIN index).

In the list's order there are two ways to a page: walk the rows newest first and keep the
matches until the page is full (cheap when they are dense: "FA" finds 50 of them among the
first 60 rows), or take every match from the index and sort them (cheap when they are few:
"ZF" on a million invoices).  PostgreSQL chooses from its estimate, and for a word prefix
that is in no invoice its estimate is a fixed 0.5 %, so it walked a million rows to show
nothing (1.4 s).  ``sparse`` asks the planner for its estimate and, below ``DENSE``, keeps it
from walking.  An estimate that says "dense" for a rare term still walks far; the columns'
statistics (1,000 entries, migration 0013) keep that to terms that are common in the sample.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy import Select, false, literal, literal_column, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import Engine
from sqlalchemy.types import Text

from desktop.storage.models import Invoice

# Not in the models: SQLite has no such columns, its FTS5 tables hold the same text.
SEARCH_TEXT = literal_column("invoice.search_text", Text)
SEARCH_WORDS = literal_column("invoice.search_words", ARRAY(Text))
# The share of the books above which walking the list order wins: 1 % means a page of 50
# costs about 5,000 rows walked, where taking the matches means reading 1 % of the books.
DENSE = 0.01

# Migration 0013 stores the text with these swapped (a permutation: the same substrings), so
# that pg_trgm, which reads only letters and digits, indexes "99,99" as one word.
SWAP = str.maketrans(".,-/ǀǁǂǃ", "ǀǁǂǃ.,-/")
_MARKS = re.compile("[\u0300-\u036f]")  # combining diacritical marks, as the migration drops
_WORD = re.compile(r"[^\W_]+")  # letters and digits, as ``[[:alnum:]]`` and unicode61


def word_prefix(term: str) -> str | None:
    """What a one- or two-character term looks for in ``search_words``: its letters and
    digits without diacritics ("s." is the start of a word with "s", "ž" of one with "z", as
    in SQLite's word index), or None when it has none (then it matches nothing, as there)."""
    bare = _MARKS.sub("", unicodedata.normalize("NFD", term.lower()))
    words = _WORD.findall(bare)
    return words[0] if words else None


def conditions(terms: list[str]) -> list[Any]:
    """Every term must match (AND), as on SQLite."""
    found: list[Any] = []
    prefixes = []
    for term in terms:
        if len(term) >= 3:  # a substring
            term = term.translate(SWAP)
            term = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            found.append(SEARCH_TEXT.like(f"%{term}%", escape="\\"))
        else:  # the start of a word
            prefix = word_prefix(term)
            if prefix is None:
                return [false()]
            prefixes.append(prefix)
    if prefixes:
        found.append(SEARCH_WORDS.contains(literal(sorted(set(prefixes)), ARRAY(Text))))
    return found


def sparse(engine: Engine, where: list[Any]) -> bool:
    """Whether the planner expects fewer than ``DENSE`` of the invoices to match."""
    estimate = select(literal(1)).select_from(Invoice).where(*where)
    with engine.connect() as conn:
        total = conn.exec_driver_sql(
            "SELECT reltuples FROM pg_class WHERE oid = 'invoice'::regclass"
        ).scalar()
        if not total or total < 0:  # never analysed: any plan is quick enough
            return False
        compiled = estimate.compile(engine, compile_kwargs={"literal_binds": True})
        plan = conn.exec_driver_sql(f"EXPLAIN (FORMAT JSON) {compiled}").scalar_one()
    rows = float(plan[0]["Plan"]["Plan Rows"])
    return rows < DENSE * float(total)


def matches_then_order(query: Select[Any], descending: bool) -> Select[Any]:
    """All matches first (the indexes), then the list order: ``OFFSET 0`` keeps the planner
    from folding the two back into a walk of the order."""
    matches = query.offset(literal_column("0")).subquery("matches")
    key = (matches.c.issue_date, matches.c.id)
    order = [c.desc() if descending else c.asc() for c in key]
    return select(*matches.c).order_by(*order)  # type: ignore[return-value]
