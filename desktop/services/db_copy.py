"""``faktura db copy --to URL``: move the books between the SQLite file and a PostgreSQL server.

Everything is copied table by table in the order of the foreign keys, ids kept, into a target
that is empty (a new SQLite file, or a server database without tables): a target that holds
anything is refused untouched, so nothing is ever merged or overwritten.  The target gets
its schema from the same migrations first.  Afterwards both sides are counted again: rows per
table, and invoices per status with their total (in cents and as decimal text) must match,
or the copy is reported as failed.  The source is only read.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Integer, Table, func, inspect, select, text
from sqlalchemy.engine import Connection, Engine

from desktop.services import database_url
from desktop.services.database import Books, classified

BATCH = 1000


class CopyRefusedError(RuntimeError):
    """The target is not empty (or is the source itself): nothing was written."""

    def __init__(self, target: str) -> None:
        super().__init__(target)
        self.target = target


@dataclass
class CopyReport:
    target: str  # as it may be shown (no password)
    rows: dict[str, int] = field(default_factory=dict)  # per table, counted on both sides
    mismatches: list[str] = field(default_factory=list)  # what differs after the copy

    @property
    def ok(self) -> bool:
        return not self.mismatches


def copy_books(books: Books, target_url: str) -> CopyReport:
    """Copy ``books`` into the empty database at ``target_url`` and check both sides."""
    from desktop.storage.database import open_database
    from desktop.storage.models import Base
    from desktop.storage.outbox_table import OutboxMessage

    shown = database_url.shown(target_url)
    target_file = _sqlite_target(target_url)
    if target_file is not None and target_file.exists() and target_file.stat().st_size:
        raise CopyRefusedError(shown)
    connect = database_url.connectable(target_url)
    with classified():  # a server that cannot be reached, a refused login: StorageError
        if _has_tables(connect):
            raise CopyRefusedError(shown)
        target = open_database(connect)  # the schema, by the same migrations
    try:
        tables = [t for t in Base.metadata.sorted_tables if t.name != "alembic_version"]
        assert OutboxMessage.__table__ in tables
        source = books.database.engine
        with classified(), source.connect() as read, target.engine.begin() as write:
            for table in tables:
                write.execute(table.delete())  # rows the migrations seeded (number series)
                _copy_table(read, write, table)
            _reset_sequences(write, tables)
        return _verify(source, target.engine, tables, shown)
    finally:
        target.dispose()


def _sqlite_target(url: str) -> Path | None:
    parsed = database_url.parsed(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    return Path(parsed.database)


def _has_tables(url: Any) -> bool:
    from sqlalchemy import create_engine

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return bool(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def _copy_table(read: Connection, write: Connection, table: Table) -> None:
    order = list(table.primary_key.columns)
    result = read.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))
    for rows in result.mappings().partitions(BATCH):
        write.execute(table.insert(), [dict(row) for row in rows])


def _reset_sequences(write: Connection, tables: list[Table]) -> None:
    """Ids were copied as they are: a server's id sequences must continue after them."""
    if write.dialect.name != "postgresql":
        return
    for table in tables:
        keys = list(table.primary_key.columns)
        serial = len(keys) == 1 and isinstance(keys[0].type, Integer) and not keys[0].foreign_keys
        if serial:
            statement = text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{keys[0].name}'), "
                f"coalesce((SELECT max({keys[0].name}) FROM {table.name}), 0) + 1, false)"
            )
            write.execute(statement)


def _facts(engine: Engine, tables: list[Table]) -> tuple[dict[str, int], Counter[str]]:
    """Rows per table; invoices per status, and their totals, as comparable text."""
    from desktop.storage.models import Invoice

    with engine.connect() as conn:
        rows = {t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0) for t in tables}
        totals: Counter[str] = Counter()
        for status, cents, gross in conn.execute(
            select(Invoice.status, Invoice.total_cents, Invoice.total_gross)
        ):
            totals[f"{status} count"] += 1
            totals[f"{status} cents"] += int(cents)
            totals[f"{status} gross {Decimal(gross)}"] += 1
    return rows, totals


def _verify(source: Engine, target: Engine, tables: list[Table], shown: str) -> CopyReport:
    before, totals_before = _facts(source, tables)
    after, totals_after = _facts(target, tables)
    report = CopyReport(shown, before)
    report.mismatches += [
        f"{name}: {before[name]} → {after.get(name)}"
        for name in before
        if before[name] != after.get(name)
    ]
    if totals_before != totals_after:
        report.mismatches.append("invoice totals")
    return report
