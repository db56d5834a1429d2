"""Benchmark data: a migrated database holding N invoices, made fast and cached per run.

Rows go in through SQLAlchemy Core ``executemany`` in one transaction.  The search index
(migration 0002's FTS5 table) is filled once afterwards with the insert trigger's own
expression, which is ten times faster than letting the trigger fire per row; the result is the
same bytes a user's database would hold.  The file is built once per run and copied for each
measurement.  It gets no ``ANALYZE``: the benchmarks measure the database as the app leaves it.
"""

from __future__ import annotations

import random
import re
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

FIRST_NAMES = (
    "Jonas",
    "Ona",
    "Rūta",
    "Žygimantas",
    "Petras",
    "Šarūnas",
    "Jan",
    "Tereza",
    "Jiří",
    "Kateřina",
    "Lukáš",
    "Zdeněk",
)
COMPANIES = (
    "UAB Medžio darbai",
    "UAB Šviesos linija",
    "MB Kūrybos erdvė",
    "AB Baltijos tinklai",
    "s.r.o. Pražská kavárna",
    "a.s. Brněnské stroje",
    "UAB Žalias sodas",
    "s.r.o. Český les",
    "IĮ Ąžuolo baldai",
    "s.r.o. Řemeslná dílna",
    "UAB Vilniaus duona",
    "a.s. Ostravská ocel",
)
STATUSES = ("draft", "issued", "sent", "paid", "paid", "paid", "cancelled")
BATCH = 5_000
INSERT_TRIGGERS = ("invoice_search_ai", "invoice_words_ai")  # migration 0005


def _rows(count: int, seed: int) -> Iterator[list[dict[str, Any]]]:
    """Batches of ``BATCH`` rows: a million invoices never sit in memory at once."""
    rng = random.Random(seed)
    start = date(2019, 1, 1)
    now = datetime(2026, 1, 1, 12, 0)
    rows: list[dict[str, Any]] = []
    for n in range(1, count + 1):
        if len(rows) == BATCH:
            yield rows
            rows = []
        issued = start + timedelta(days=(n * 2557) // max(count, 1))
        status = rng.choice(STATUSES)
        czk = rng.random() < 0.35
        cents = rng.randrange(1_000, 2_500_000)
        gross = Decimal(cents) / 100
        base = (gross / Decimal("1.21")).quantize(Decimal("0.01"))
        if rng.random() < 0.5:
            client = rng.choice(COMPANIES)
        else:
            client = f"{rng.choice(FIRST_NAMES)} {rng.choice(COMPANIES).split(' ', 1)[1]}"
        number = None if status == "draft" else f"{'ZF' if czk else 'FAK'}{issued.year}-{n:06d}"
        rows.append(
            {
                "kind": "invoice",
                "status": status,
                "number": number,
                "client_name": client,
                "language": "cs" if czk else "lt",
                "currency": "CZK" if czk else "EUR",
                "issue_date": issued,
                "due_date": issued + timedelta(days=14),
                "prices_include_vat": False,
                "notes": "",
                "variable_symbol": "",
                "amount_in_words": True,
                "total_base": base,
                "total_vat": gross - base,
                "total_gross": gross,
                "total_cents": cents,
                "created_at": now,
                "updated_at": now,
            }
        )
    if rows:
        yield rows


def _drop_insert_triggers(conn: Any) -> list[str]:
    """Per-row FTS inserts cost ~0.1 ms each; the load drops the triggers and indexes once."""
    from sqlalchemy import bindparam, text

    query = text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN :names"
    ).bindparams(bindparam("names", expanding=True))
    found = conn.execute(query, {"names": list(INSERT_TRIGGERS)}).all()
    for name, _sql in found:
        conn.execute(text(f"DROP TRIGGER {name}"))
    return [str(sql) for _name, sql in found]


def _index_in_bulk(conn: Any, trigger: str) -> None:
    """Run the trigger's own ``INSERT ... VALUES (new.…)`` once as ``INSERT ... SELECT``."""
    from sqlalchemy import text

    body = re.search(r"\bBEGIN\s+(INSERT INTO .*?)\s+VALUES\s*\((.*)\);\s*END\s*$", trigger, re.S)
    if body is None:
        raise RuntimeError(f"unexpected search trigger: {trigger}")
    target, values = body.groups()
    values = re.sub(r"\bnew\.", "invoice.", values)
    conn.execute(text(f"{target} SELECT {values} FROM invoice"))
    conn.execute(text(trigger))


def build_database(path: Path, count: int, seed: int = 7) -> Path:
    """Create ``path`` (a fresh SQLite file) with the schema at head and ``count`` invoices."""
    from sqlalchemy import create_engine, event, insert

    from desktop.storage.database import open_database
    from desktop.storage.models import Invoice

    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    open_database(f"sqlite:///{path}").dispose()  # schema at head, through the real migrations
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _fast(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA synchronous=OFF")
        dbapi_connection.execute("PRAGMA cache_size=-100000")

    try:
        with engine.begin() as conn:
            triggers = _drop_insert_triggers(conn)
            for batch in _rows(count, seed):
                conn.execute(insert(Invoice), batch)
            for trigger in triggers:
                _index_in_bulk(conn, trigger)
    finally:
        engine.dispose()
    with sqlite3.connect(path) as raw:  # fold the WAL back in so a copy is self-contained
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # No ANALYZE: the file is what the app itself leaves (it runs only ``PRAGMA optimize``).
    return path


class FixtureCache:
    """One database per invoice count per benchmark run, copied into fresh data dirs."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._made: dict[int, Path] = {}

    def database(self, count: int) -> Path:
        if count not in self._made:
            self._made[count] = build_database(self.root / f"invoices-{count}.sqlite3", count)
        return self._made[count]

    def data_dir(self, count: int, name: str) -> Path:
        """A fresh data dir whose ``faktura.sqlite3`` holds ``count`` invoices."""
        from desktop.paths import DataPaths

        paths = DataPaths(self.root / name).ensure()
        shutil.copyfile(self.database(count), paths.database)
        return paths.root
