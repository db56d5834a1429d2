"""Backups of the books while they are in use, through SQLite's online backup API.

The copy is consistent even while the window or the mailer writes (SQLite copies pages and
restarts when a writer changes one), is written under a temporary name first and renamed
when complete, so a cancelled or failed backup never leaves a half file that looks whole.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from desktop.paths import DataPaths
from desktop.services.control import CancelledError, JobControl
from desktop.services.database import Books

PAGES_PER_STEP = 256


class BackupUnsupportedError(RuntimeError):
    """The books are not a SQLite file (a shared server database is backed up by its owner)."""


class BackupService:
    def __init__(self, books: Books, paths: DataPaths) -> None:
        self._books = books
        self._paths = paths

    def default_target(self) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        return self._paths.backups / f"faktura-backup-{stamp}.sqlite3"

    def backup(self, target: Path | None = None, control: JobControl | None = None) -> Path:
        """Copy the database to ``target`` (default: ``<data dir>/backups/…``); returns the
        absolute path.  ``CancelledError`` leaves no file behind; ``OSError`` and
        ``sqlite3.Error`` when the target cannot be written."""
        source_file = self._sqlite_file()
        control = control or JobControl()
        target = (target or self.default_target()).expanduser().resolve()
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)

        def step(_status: int, remaining: int, total: int) -> None:
            control.progress(total - remaining, total)
            if control.cancelled:
                raise CancelledError  # sqlite3 stops the copy and re-raises it

        source = sqlite3.connect(f"file:{source_file}?mode=ro", uri=True, timeout=5)
        try:
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest, pages=PAGES_PER_STEP, progress=step)
            finally:
                dest.close()
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        finally:
            source.close()
        partial.replace(target)
        return target

    def _sqlite_file(self) -> Path:
        engine = self._books.database.engine
        if engine.dialect.name != "sqlite" or not engine.url.database:
            raise BackupUnsupportedError(engine.dialect.name)
        return Path(engine.url.database)
