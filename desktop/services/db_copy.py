"""``faktura db copy --to URL``: move the books between the SQLite file and a PostgreSQL server.

Everything is copied table by table in the order of the foreign keys, ids kept, into a target
that is empty (a new SQLite file, or a server database without tables): a target that holds
anything is refused untouched, so nothing is ever merged or overwritten.  The target gets
its schema from the same migrations first.  Afterwards both sides are counted again: rows per
table, and invoices per status with their total (in cents and as decimal text) must match,
or the copy is reported as failed.  The source is only read, in one snapshot; the target is
written in one transaction, schema included, so a failed or cancelled copy leaves it empty.
The window runs the same copy as a job (Settings → Database), with progress and cancel.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Integer, Table, func, inspect, select, text
from sqlalchemy.engine import Connection, Engine

from desktop.services import database_url
from desktop.services.control import JobControl
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


def copy_books(books: Books, target_url: str, control: JobControl | None = None) -> CopyReport:
    """Copy ``books`` into the empty database at ``target_url`` and check both sides.

    ``control`` hears the progress (rows copied of all, and the table) and may cancel
    between batches.  The schema and every row go in as one transaction, and the source is
    read in one snapshot: a copy that fails or is cancelled leaves the target as empty as
    it was (a new SQLite file it made is removed again), and a change made in the app
    meanwhile cannot make the two sides differ."""
    from desktop.storage.database import make_engine
    from desktop.storage.models import Base
    from desktop.storage.outbox_table import OutboxMessage

    control = control or JobControl()
    shown = database_url.shown(target_url)
    target_file = _sqlite_target(target_url)
    if target_file is not None and target_file.exists() and target_file.stat().st_size:
        raise CopyRefusedError(shown)
    made_file = target_file is not None and not target_file.exists()
    engine = make_engine(database_url.connectable(target_url))
    tables = [t for t in Base.metadata.sorted_tables if t.name != "alembic_version"]
    assert OutboxMessage.__table__ in tables
    try:
        with classified():  # a server that cannot be reached, a refused login: StorageError
            if _has_tables(engine):
                raise CopyRefusedError(shown)
            with _snapshot(books.database.engine) as read, engine.begin() as write:
                before = _facts(read, tables)
                _fill(read, write, tables, before[0], control)
            after = _facts_of(engine, tables)
    except BaseException:
        engine.dispose()
        if made_file and target_file is not None:
            _remove_sqlite(target_file)
        raise
    engine.dispose()
    return _report(before, after, shown)


def _fill(
    read: Connection, write: Connection, tables: list[Table], rows: dict[str, int],
    control: JobControl,
) -> None:  # fmt: skip
    """The schema by the same migrations, then every table's rows, ids kept."""
    from desktop.storage.migrate import upgrade_on

    upgrade_on(write)
    total, done = sum(rows.values()), 0
    control.progress(0, total, "")
    for table in tables:
        control.check()
        write.execute(table.delete())  # rows the migrations seeded (number series)
        order = list(table.primary_key.columns)
        result = read.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))
        for batch in result.mappings().partitions(BATCH):
            control.check()
            write.execute(table.insert(), [dict(row) for row in batch])
            done += len(batch)
            control.progress(done, total, table.name)
    _reset_sequences(write, tables)


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """A connection that sees the books as they were at its first read, until it closes."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.execution_options(isolation_level="REPEATABLE READ")
        else:  # sqlite3 begins no transaction for reads: a deferred one keeps WAL's snapshot
            conn.exec_driver_sql("BEGIN")
        yield conn


def _remove_sqlite(file: Path) -> None:
    for part in (file, *(file.with_name(file.name + end) for end in ("-wal", "-shm", "-journal"))):
        part.unlink(missing_ok=True)


def _sqlite_target(url: str) -> Path | None:
    parsed = database_url.parsed(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    return Path(parsed.database)


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


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


def _facts(conn: Connection, tables: list[Table]) -> tuple[dict[str, int], Counter[str]]:
    """Rows per table; invoices per status, and their totals, as comparable text."""
    from desktop.storage.models import Invoice

    rows = {t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0) for t in tables}
    totals: Counter[str] = Counter()
    for status, cents, gross in conn.execute(
        select(Invoice.status, Invoice.total_cents, Invoice.total_gross)
    ):
        totals[f"{status} count"] += 1
        totals[f"{status} cents"] += int(cents)
        totals[f"{status} gross {Decimal(gross)}"] += 1
    return rows, totals


def _facts_of(engine: Engine, tables: list[Table]) -> tuple[dict[str, int], Counter[str]]:
    with engine.connect() as conn:
        return _facts(conn, tables)


Facts = tuple[dict[str, int], Counter[str]]


def _report(source: Facts, target: Facts, shown: str) -> CopyReport:
    (before, totals_before), (after, totals_after) = source, target
    report = CopyReport(shown, before)
    report.mismatches += [
        f"{name}: {before[name]} → {after.get(name)}"
        for name in before
        if before[name] != after.get(name)
    ]
    if totals_before != totals_after:
        report.mismatches.append("invoice totals")
    return report
