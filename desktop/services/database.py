"""Opening one set of books: the data folder's lock, the database, migrations, the fast path.

The window and the command line open the books the same way, so they refuse each other the
same way: one process per data folder (an OS lock, released even by a ``kill -9``), and a
database written by a newer Faktura is never touched.  The window may defer SQLAlchemy until
after its first paint (``defer=True``): the books then read the invoice list's first page
with ``sqlite3`` (``storage.fastpath``) and open the engine on first use.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

from desktop.core.errors import StorageError
from desktop.paths import DataPaths
from desktop.storage import fastpath
from desktop.storage.schema import HEAD_REVISION, KNOWN_REVISIONS

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.storage.database import Database

log = logging.getLogger(__name__)

#: The schema revision this Faktura writes: every opened database is upgraded to it.
SCHEMA_REVISION = HEAD_REVISION


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
    """The database file could not be opened or migrated (details in the log)."""


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
        with _classified(), self._db.sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with _classified(), self._db.session() as session:
            yield session

    def close(self) -> None:
        self._db.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


@contextmanager
def _classified() -> Iterator[None]:
    """Turn the user's situations among database errors into ``StorageError``."""
    try:
        yield
    except Exception as exc:
        from desktop.storage.sqlite_errors import classify

        problem = classify(exc)
        if problem is None:
            raise
        raise StorageError(problem.value) from exc


def fastpath_file(db: object) -> Path | None:
    from desktop.storage.deferred import unopened_file

    return unopened_file(db)


def open_books(
    paths: DataPaths, url: str | None = None, *, defer: bool = False, lock: bool = True
) -> Books:
    """Lock the folder and open (creating or upgrading) the database.

    Raises ``FolderLockedError``, ``NewerBooksError`` or ``DamagedBooksError``; nothing is
    left locked or open when it does.
    """
    folder_lock = FolderLock(paths.lock_file) if lock else None
    if folder_lock is not None and not folder_lock.acquire():
        raise FolderLockedError(paths.root)
    try:
        return Books(_open(paths, url or paths.database_url(), defer), folder_lock)
    except BaseException:
        if folder_lock is not None:
            folder_lock.release()
        raise


def _open(paths: DataPaths, url: str, defer: bool) -> Database:
    file = fastpath.sqlite_file(url)
    if defer and file is not None and file.exists():
        revision = fastpath.revision(file)
        if revision == HEAD_REVISION:
            from desktop.storage.deferred import DeferredDatabase

            return cast("Database", DeferredDatabase(url, file))
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise NewerBooksError(revision)
    from desktop.storage.database import NewerDatabaseError, open_database

    try:
        return open_database(url, backups=paths.backups)
    except NewerDatabaseError as exc:
        raise NewerBooksError(exc.revision) from exc
    except Exception as exc:
        log.exception("Could not open the database")
        raise DamagedBooksError(str(exc)) from exc


def saved_setting(books: Books, setting: Any) -> Any:
    """A setting read the cheapest way: ``sqlite3`` while deferred, else SQLAlchemy."""
    file = books.fast_file
    if file is not None:
        return fastpath.read_setting(file, setting)
    from desktop.storage import kv

    with books.reading() as session:
        return kv.read(session, setting)
