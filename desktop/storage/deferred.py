"""A database that opens its SQLAlchemy engine on first use, not at start-up.

Start-up has already checked with ``fastpath.revision`` that the file is at the current
schema, so opening later needs no migration; until then the first screen reads through
``fastpath``.  Everything that asks for ``engine`` or a session simply opens it.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from desktop.storage.database import Database


class DeferredDatabase:
    def __init__(self, url: str, file: Path) -> None:
        self.url = url
        self.file = file
        self.backup_path: Path | None = None
        self._opened: Database | None = None
        self._lock = threading.Lock()
        self._user = ""

    @property
    def is_open(self) -> bool:
        return self._opened is not None

    def open(self) -> Database:
        """Open once, from whichever thread asks first (the window opens it on the job
        runner after its first paint; the GUI thread asking meanwhile waits for it)."""
        with self._lock:
            return self._open()

    def _open(self) -> Database:
        if self._opened is None:
            from desktop.storage.database import open_database

            self._opened = open_database(self.url)
            self._opened.act_as(self._user)
        return self._opened

    @property
    def engine(self) -> Engine:
        return self.open().engine

    @property
    def sessions(self) -> sessionmaker[Session]:
        return self.open().sessions

    def session(self) -> Session:
        return self.open().session()

    def act_as(self, user: str) -> None:
        """``Database.act_as``, kept until the engine opens."""
        with self._lock:
            self._user = user
            if self._opened is not None:
                self._opened.act_as(user)

    def dispose(self) -> None:
        if self._opened is not None:
            self._opened.dispose()


def unopened_file(db: object) -> Path | None:
    """The SQLite file to read directly while ``db`` is deferred and not opened yet, else None."""
    if isinstance(db, DeferredDatabase) and not db.is_open:
        return db.file
    return None
