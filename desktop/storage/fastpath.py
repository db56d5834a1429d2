"""The first screen straight from SQLite, before SQLAlchemy is imported.

Importing SQLAlchemy costs about twice a bare Qt window; the first paint needs only the
schema revision, the saved language and the newest page of invoices.  These few read-only
queries use the standard library's ``sqlite3``; everything else, and every write, goes through
SQLAlchemy once it has loaded.  The page's columns and order come from ``core.listing``, the
same definition the list's SQLAlchemy query is built from.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import TypeVar

from desktop.core.listing import DEFAULT_ORDER, LIST_COLUMNS, InvoiceRow, row_of
from desktop.settings import Setting

T = TypeVar("T")

_PREFIX = "sqlite:///"


def sqlite_file(url: str) -> Path | None:
    """The database file of a plain SQLite URL, or None for anything else."""
    if not url.startswith(_PREFIX) or "?" in url:
        return None
    return Path(url[len(_PREFIX) :])


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)


def revision(path: Path) -> str | None:
    try:
        with closing(_connect(path)) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def read_setting(path: Path, setting: Setting[T]) -> T:
    """A setting as ``storage.kv.read`` would give it (``app_setting`` holds JSON text)."""
    with closing(_connect(path)) as conn:
        row = conn.execute("SELECT value FROM app_setting WHERE key = ?", (setting.key,)).fetchone()
    return setting.decode(None if row is None or row[0] is None else json.loads(row[0]))


def first_invoice_rows(path: Path, limit: int) -> list[InvoiceRow]:
    """The list's first page in its default order."""
    order = ", ".join(f"{name} {'DESC' if desc else 'ASC'}" for name, desc in DEFAULT_ORDER)
    query = f"SELECT {', '.join(LIST_COLUMNS)} FROM invoice ORDER BY {order} LIMIT ?"
    with closing(_connect(path)) as conn:
        return [row_of(values) for values in conn.execute(query, (limit,))]


def has_any_invoice(path: Path) -> bool:
    with closing(_connect(path)) as conn:
        return conn.execute("SELECT 1 FROM invoice LIMIT 1").fetchone() is not None


def company_is_set_up(path: Path) -> bool:
    with closing(_connect(path)) as conn:
        row = conn.execute("SELECT name FROM company WHERE id = 1").fetchone()
    return row is not None and bool(str(row[0]).strip())
