"""Opening one set of books: the data folder's lock, the database, migrations, the fast path.

The window and the command line open the books the same way, so they refuse each other the
same way: one process per data folder (an OS lock, released even by a ``kill -9``), and a
database written by a newer Faktura is never touched.  Nor is a damaged one: an empty file, a
file that is no database, or one that fails SQLite's ``quick_check`` when opening it fails
(``storage.health``) is refused as ``DamagedBooksError`` and never replaced by new, empty
books; the front ends then offer the backups.  The window may defer SQLAlchemy until
after its first paint (``defer=True``): the books then read the invoice list's first page
with ``sqlite3`` (``storage.fastpath``) and open the engine on first use.
"""

from __future__ import annotations

import logging
import os
import random
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar, cast

from desktop.core.errors import StorageError
from desktop.paths import DataPaths
from desktop.services import database_url
from desktop.storage import fastpath, health
from desktop.storage.health import Damage
from desktop.storage.schema import HEAD_REVISION, KNOWN_REVISIONS
from desktop.storage.sqlite_errors import StorageProblem, classify, is_transient

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.storage.database import Database

log = logging.getLogger(__name__)

#: The schema revision this Faktura writes: every opened database is upgraded to it.
SCHEMA_REVISION = HEAD_REVISION
#: How often a unit of work runs when a server keeps aborting it for a concurrent one.
TRANSIENT_ATTEMPTS = 8
T = TypeVar("T")


class FolderLockedError(RuntimeError):
    """Another Faktura (a window or a command) is using the same data folder."""

    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder))
        self.folder = folder


class NewerBooksError(RuntimeError):
    """The database was written by a newer Faktura; opening it could lose data."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


class DamagedBooksError(RuntimeError):
    """The database file is damaged (empty, not a database, or broken inside).

    Nothing has touched it: it is never replaced by new, empty books; the user restores a
    backup (``services.restore``) or chooses another folder."""

    def __init__(self, file: Path, damage: Damage) -> None:
        super().__init__(f"{file}: {damage}")
        self.file = file
        self.damage = damage


class UnusableBooksError(RuntimeError):
    """The database file is sound but cannot be used here: it or its folder is read-only,
    the disk is full, another program holds it, or the system cannot read it."""

    def __init__(self, file: Path, problem: StorageProblem, where: str = "") -> None:
        super().__init__(f"{where or file}: {problem}")
        self.file = file
        self.problem = problem
        self.where = where or str(file)  # the file, or the server database (no password)


class BooksOpenFailedError(RuntimeError):
    """Opening failed for a reason that is none of the above: our bug, logged with its trace."""


class FolderLock:
    """An exclusive OS lock on ``<data dir>/faktura.lock`` for this process's lifetime."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = None

    def acquire(self) -> bool:
        handle = self.path.open("a+b")
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        handle.truncate(0)
        handle.write(f"{os.getpid()}\n".encode())
        handle.flush()
        self._handle = handle
        return True

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing the file releases the lock
            self._handle = None


class Books:
    """One opened database, maybe still deferred, and its transactions."""

    def __init__(self, db: Database, lock: FolderLock | None = None) -> None:
        self._db = db
        self._lock = lock
        self._user: str | None = None
        self._chosen = ""
        self._may_edit: bool | None = None

    @property
    def database(self) -> Database:
        """The storage-level database (mail and modules take it); opens a deferred one."""
        return self._db

    @property
    def is_open(self) -> bool:
        return fastpath_file(self._db) is None

    @property
    def fast_file(self) -> Path | None:
        """The SQLite file to read with ``fastpath`` while SQLAlchemy has not loaded."""
        return fastpath_file(self._db)

    @property
    def sqlite_file(self) -> Path | None:
        """The SQLite file of these books (None on a database server), without loading
        SQLAlchemy when the books are still deferred."""
        file = fastpath_file(self._db)
        if file is not None:
            return file
        url = self._db.engine.url
        return Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None

    @property
    def user(self) -> str:
        """Who makes this app's changes: the name chosen in Settings, else ``default_user``.
        Every change records it (``storage.actor``)."""
        return self._chosen or self.default_user

    @property
    def default_user(self) -> str:
        """The database role on a server, the login on the computer for the SQLite file
        ("" when the system cannot say)."""
        if self._user is None:
            self._user = self._who()
        return self._user

    def act_as(self, name: str) -> None:
        """Record ``name`` as the user of every later change ("": the role or the login)."""
        self._chosen = name.strip()[:100]
        self._db.act_as(self._chosen)

    def _who(self) -> str:
        if self.sqlite_file is None:
            from sqlalchemy import text

            with self.reading() as session:
                return str(session.scalar(text("SELECT current_user")) or "")
        import getpass

        try:
            return getpass.getuser()
        except (OSError, KeyError):  # no login name in this environment
            return ""

    @property
    def may_edit(self) -> bool:
        """Whether this app's database role may write invoices (an accountant's role of
        ``docs/team-roles.sql`` may not); always on the SQLite file."""
        if self._may_edit is None:
            self._may_edit = self.sqlite_file is not None or self._server_grants_insert()
        return self._may_edit

    def _server_grants_insert(self) -> bool:
        from sqlalchemy import text

        with self.reading() as session:
            granted = session.scalar(text("SELECT has_table_privilege('invoice', 'INSERT')"))
        return bool(granted)

    @property
    def server_url(self) -> str:
        """A server database's URL as it may be shown (no password); "" for the SQLite file."""
        if self.sqlite_file is not None:
            return ""
        return database_url.shown(self._db.engine.url)

    @property
    def revision(self) -> str | None:
        """The schema revision stored in the database (``SCHEMA_REVISION`` once opened)."""
        from desktop.storage.database import current_revision

        return current_revision(self._db.engine)

    @property
    def upgrade_backup(self) -> Path | None:
        """The copy of the database taken before this opening upgraded its schema, if any."""
        return self._db.backup_path

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises.

        A database error of the user's situation (disk full, read-only, locked, damaged)
        leaves as ``StorageError``; any other is our bug and leaves as it is.
        """
        with classified(), self._db.sessions.begin() as session:
            yield session

    def retried(self, work: Callable[[Session], T]) -> T:
        """``work`` in one transaction, run again from the start when a database server
        aborted it only because a concurrent transaction conflicted with it (a serialization
        failure or a deadlock on PostgreSQL): the user never sees those.  ``work`` must
        change nothing outside the session it gets, so that a second run starts clean."""
        for attempt in range(1, TRANSIENT_ATTEMPTS + 1):
            try:
                with self.transaction() as session:
                    return work(session)
            except Exception as exc:
                if attempt == TRANSIENT_ATTEMPTS or not is_transient(exc):
                    raise
                log.info("a concurrent change made the database retry (%s)", type(exc).__name__)
                time.sleep(random.uniform(0, 0.01 * attempt))  # apart from the other party
        raise AssertionError("unreachable")  # pragma: no cover

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with classified(), self._db.session() as session:
            yield session

    def close(self) -> None:
        self._db.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


@contextmanager
def classified() -> Iterator[None]:
    """Turn the user's situations among database errors into ``StorageError``."""
    try:
        yield
    except Exception as exc:
        problem = classify(exc)
        if problem is None:
            raise
        raise StorageError(problem.value) from exc


def damage_behind(books: Books, exc: BaseException) -> Damage | None:
    """The damage of the books' file when ``exc`` (raised while using them) says "damaged"
    and SQLite's ``quick_check`` agrees; None for anything else."""
    problem = exc.problem if isinstance(exc, StorageError) else classify(exc)
    file = books.sqlite_file
    if problem != StorageProblem.DAMAGED or file is None:
        return None
    return health.diagnose(file)


def is_file_url(url: str) -> bool:
    """Whether ``url`` names books in a SQLite file (not a database server)."""
    return url.split(":", 1)[0].split("+", 1)[0] == "sqlite"


def fastpath_file(db: object) -> Path | None:
    from desktop.storage.deferred import unopened_file

    return unopened_file(db)


def open_books(
    paths: DataPaths, url: str | None = None, *, defer: bool = False, lock: bool = True
) -> Books:
    """Lock the folder (SQLite only) and open (creating or upgrading) the database.

    Raises ``FolderLockedError``, ``NewerBooksError``, ``DamagedBooksError``,
    ``UnusableBooksError`` or ``BooksOpenFailedError``; nothing is left locked or open (or
    changed) when it does.
    """
    url = url or paths.database_url()
    # One process per SQLite file; a database server keeps many apps apart itself (every
    # state change is a guarded statement), so a team's apps take no folder lock.
    folder_lock = FolderLock(paths.lock_file) if lock and is_file_url(url) else None
    if folder_lock is not None and not folder_lock.acquire():
        raise FolderLockedError(paths.root)
    try:
        return Books(_open(paths, url, defer), folder_lock)
    except BaseException:
        if folder_lock is not None:
            folder_lock.release()
        raise


def _open(paths: DataPaths, url: str, defer: bool) -> Database:
    file = fastpath.sqlite_file(url)
    if file is not None:
        damage = health.first_look(file)  # an empty file must not become new, empty books
        if damage is not None:
            log.warning("The database %s is damaged (%s)", file, damage)
            raise DamagedBooksError(file, damage)
    try:
        return _open_sound(paths, url, file, defer)
    except NewerBooksError:
        raise
    except Exception as exc:
        raise _why_not(file, exc, "" if file is not None else database_url.shown(url)) from exc


def _open_sound(paths: DataPaths, url: str, file: Path | None, defer: bool) -> Database:
    if defer and file is not None and file.exists():
        revision = fastpath.revision(file)
        if revision == HEAD_REVISION:
            from desktop.storage.deferred import DeferredDatabase

            return cast("Database", DeferredDatabase(url, file))
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise NewerBooksError(revision)
    from desktop.storage.database import NewerDatabaseError, open_database

    try:
        if database_url.is_server(url):  # with the keyring's password unless the URL has one
            return open_database(database_url.connectable(url))
        return open_database(url, backups=paths.backups)
    except NewerDatabaseError as exc:
        raise NewerBooksError(exc.revision) from exc


def _why_not(file: Path | None, exc: Exception, server: str) -> Exception:
    """Opening failed: a damaged file (SQLite's ``quick_check`` decides), the user's
    situation (read-only, full, busy; a server that cannot be reached or refused the
    login), or our bug."""
    damage = health.diagnose(file) if file is not None else None
    if damage is not None:
        log.warning("The database %s is damaged (%s): %s", file, damage, exc)
        return DamagedBooksError(cast(Path, file), damage)
    problem = classify(exc)
    if problem is StorageProblem.DAMAGED and file is not None:  # quick_check could not tell
        log.warning("The database %s is damaged: %s", file, exc)
        return DamagedBooksError(file, Damage.DAMAGED)
    if problem is not None:
        where = server or str(file)
        log.warning("The database %s cannot be used (%s): %s", where, problem, _scrubbed(exc))
        return UnusableBooksError(file or Path(), problem, where)
    log.exception("Could not open the database")
    return BooksOpenFailedError(str(exc))


def _scrubbed(exc: Exception) -> str:
    """The error's first line without SQLAlchemy's echo of the statement and parameters."""
    original = getattr(exc, "orig", None) or exc
    return str(original).strip().splitlines()[0] if str(original).strip() else type(exc).__name__


def saved_setting(books: Books, setting: Any) -> Any:
    """A setting read the cheapest way: ``sqlite3`` while deferred, else SQLAlchemy."""
    file = books.fast_file
    if file is not None:
        return fastpath.read_setting(file, setting)
    from desktop.storage import kv

    with books.reading() as session:
        return kv.read(session, setting)
