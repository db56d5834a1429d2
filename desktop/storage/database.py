"""Opening the database: engine, pragmas, migrations with a backup first.

SQLite runs in WAL mode with foreign keys on.  Start-up checks the schema revision with one
plain query and imports Alembic only when an upgrade is due, which keeps cold start fast.
A database written by a newer Faktura is refused rather than half-understood
(after qutebrowser's ``misc/sql.py``).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from desktop.storage.schema import HEAD_REVISION, KNOWN_REVISIONS

log = logging.getLogger(__name__)

SessionFactory = Callable[[], Session]


class NewerDatabaseError(RuntimeError):
    """The file was written by a newer Faktura; opening it could lose data."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


@dataclass
class Database:
    engine: Engine
    sessions: sessionmaker[Session]
    backup_path: Path | None = None  # the copy taken before this start's upgrade, if any

    def session(self) -> Session:
        return self.sessions()

    def act_as(self, user: str) -> None:
        """Name ``user`` in what every later session records (``storage.actor``); "" goes
        back to the database role or the login."""
        self.sessions.configure(info={"user": user} if user else {})

    def dispose(self) -> None:
        optimize(self.engine)
        self.engine.dispose()


def optimize(engine: Engine) -> None:
    """``PRAGMA optimize`` as SQLite advises before closing: it gathers the statistics the
    queries of this session would have benefited from (the list's search on big books), and
    nothing otherwise.  ``analysis_limit`` bounds it to a few milliseconds on any size.  A
    file that cannot be written (read-only, full) simply keeps its old statistics."""
    if engine.dialect.name != "sqlite":
        return
    from sqlalchemy.exc import DBAPIError

    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA analysis_limit=400")
            conn.exec_driver_sql("PRAGMA optimize")
            conn.commit()
    except DBAPIError as exc:
        log.info("PRAGMA optimize skipped: %s", exc)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


#: libpq's connection options for a database server (seconds).
SERVER_CONNECT = {
    "connect_timeout": 10,
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
}


def make_engine(url: str | URL) -> Engine:
    # A server closes idle connections (and restarts): test each before use, so a pooled
    # connection that died in the meantime is replaced instead of failing the next click.
    # A server that does not answer at all (a host that is down) is given up on after
    # CONNECT_TIMEOUT_S instead of the system's minutes; keepalives notice a cut network.
    server = make_url(url).get_backend_name() != "sqlite"
    engine = create_engine(
        url, future=True, pool_pre_ping=server, connect_args=SERVER_CONNECT if server else {}
    )
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database, or None for an empty one."""
    try:
        with engine.connect() as conn:
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    except (OperationalError, ProgrammingError):
        return None
    return row[0] if row else None


def backup_sqlite(db_file: Path, backups: Path, revision: str) -> Path:
    """Copy through SQLite's backup API, which is consistent even with a WAL file beside it."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups / f"faktura-{revision}-{stamp}.sqlite3"
    source = sqlite3.connect(db_file)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def upgrade(engine: Engine) -> None:
    from desktop.storage.migrate import upgrade_to_head

    upgrade_to_head(engine)


def open_database(url: str | URL, *, backups: Path | None = None) -> Database:
    """Open (creating or upgrading as needed) and return a ready database."""
    engine = make_engine(url)
    revision = current_revision(engine)
    backup_path = None
    if revision is not None and revision not in KNOWN_REVISIONS:
        engine.dispose()
        raise NewerDatabaseError(revision)
    if revision != HEAD_REVISION:
        db_file = engine.url.database
        if revision is not None and backups is not None and db_file and Path(db_file).exists():
            backup_path = backup_sqlite(Path(db_file), backups, revision)
            log.info("Backed up the database to %s before upgrading", backup_path)
        upgrade(engine)
        optimize(engine)
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(engine, sessions, backup_path)
