"""The first screen straight from SQLite, before SQLAlchemy is imported.

Importing SQLAlchemy costs about twice a bare Qt window; the first paint needs only the
schema revision, the saved language and the newest page of invoices.  These few read-only
queries use the standard library's ``sqlite3``; everything else, and every write, goes through
SQLAlchemy once it has loaded.  Keep the SQL here in step with ``invoice_queries``' default
order (issue date, newest first), which ``tests/storage/test_fastpath.py`` compares.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.storage.rows import InvoiceRow

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


def read_setting(path: Path, key: str) -> Any:
    with closing(_connect(path)) as conn:
        row = conn.execute("SELECT value FROM app_setting WHERE key = ?", (key,)).fetchone()
    return None if row is None or row[0] is None else json.loads(row[0])


def first_invoice_rows(path: Path, limit: int) -> list[InvoiceRow]:
    """The list's first page in its default order: issue date, newest first."""
    query = (
        "SELECT id, number, client_name, issue_date, due_date, total_gross, currency, status, "
        "kind FROM invoice ORDER BY issue_date DESC, id DESC LIMIT ?"
    )
    with closing(_connect(path)) as conn:
        rows = conn.execute(query, (limit,)).fetchall()
    return [
        InvoiceRow(
            row[0],
            row[1],
            row[2],
            date.fromisoformat(row[3]),
            date.fromisoformat(row[4]) if row[4] else None,
            Decimal(row[5]),
            row[6],
            row[7],
            row[8],
        )
        for row in rows
    ]


def has_any_invoice(path: Path) -> bool:
    with closing(_connect(path)) as conn:
        return conn.execute("SELECT 1 FROM invoice LIMIT 1").fetchone() is not None


def company_is_set_up(path: Path) -> bool:
    with closing(_connect(path)) as conn:
        row = conn.execute("SELECT name FROM company WHERE id = 1").fetchone()
    return row is not None and bool(str(row[0]).strip())
