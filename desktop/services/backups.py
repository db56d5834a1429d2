"""Backups of the books while they are in use, through SQLite's online backup API.

The copy is consistent even while the window or the mailer writes (SQLite copies pages and
restarts when a writer changes one), is written under a temporary name first and renamed
when complete, so a cancelled or failed backup never leaves a half file that looks whole.

Every copy is ``<data dir>/backups/faktura-<kind>-<YYYYmmdd-HHMMSS>.sqlite3``: ``backup``
(made by hand), ``auto`` (the rolling copies: at quit and at most daily while running),
``before-restore`` (the books a restore replaced), or the schema revision a migration
started from.  Only ``auto`` copies are ever deleted: the newest of each of the last 7 days
and of each of the last 12 months stay.  Which ones is decided by the names alone, so the
rotation is the same whatever the clock says now.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop.core.errors import StorageError
from desktop.paths import DataPaths
from desktop.services.control import CancelledError, JobControl
from desktop.services.database import Books, classified
from desktop.storage.health import quick_check

PAGES_PER_STEP = 256
STAMP = "%Y%m%d-%H%M%S"
MANUAL, ROLLING, BEFORE_RESTORE = "backup", "auto", "before-restore"
NAME = re.compile(r"^faktura-(?P<kind>.+)-(?P<stamp>\d{8}-\d{6})\.sqlite3$")
KEEP_DAILY, KEEP_MONTHLY = 7, 12
ROLLING_EVERY = timedelta(days=1)


def backup_name(kind: str, when: datetime) -> str:
    return f"faktura-{kind}-{when.strftime(STAMP)}.sqlite3"


def parse_name(name: str) -> tuple[str, datetime] | None:
    """``(kind, when)`` of a backup's file name, or None for any other file."""
    found = NAME.match(name)
    if found is None:
        return None
    try:
        return found["kind"], datetime.strptime(found["stamp"], STAMP)
    except ValueError:  # twelve digits that are no date
        return None


def rolling_copies(folder: Path) -> list[tuple[Path, datetime]]:
    """The rolling (``auto``) copies in ``folder``, newest first."""
    found = []
    for path in folder.glob(f"faktura-{ROLLING}-*.sqlite3"):
        parsed = parse_name(path.name)
        if parsed is not None and parsed[0] == ROLLING:
            found.append((path, parsed[1]))
    return sorted(found, key=lambda item: item[1], reverse=True)


def to_prune(copies: list[tuple[Path, datetime]]) -> list[Path]:
    """The rolling copies beyond the newest of each of the last 7 days and 12 months."""
    keep: set[Path] = set()
    days: set[object] = set()
    months: set[object] = set()
    for path, when in sorted(copies, key=lambda item: item[1], reverse=True):
        day, month = when.date(), (when.year, when.month)
        if day not in days and len(days) < KEEP_DAILY:
            days.add(day)
            keep.add(path)
        if month not in months and len(months) < KEEP_MONTHLY:
            months.add(month)
            keep.add(path)
    return [path for path, _when in copies if path not in keep]


def prune(folder: Path) -> list[Path]:
    """Delete the rolling copies the rotation no longer keeps; returns them."""
    pruned = to_prune(rolling_copies(folder))
    for path in pruned:
        path.unlink(missing_ok=True)
    return pruned


class BackupDamagedError(RuntimeError):
    """The fresh copy failed SQLite's ``quick_check``, so the books themselves are damaged;
    the copy is not kept and no older copy is pruned for it."""


@dataclass(frozen=True)
class RollingBackup:
    path: Path
    pruned: list[Path]


class BackupUnsupportedError(RuntimeError):
    """The books are not a SQLite file (a shared server database is backed up by its owner)."""


class BackupService:
    def __init__(self, books: Books, paths: DataPaths) -> None:
        self._books = books
        self._paths = paths

    def default_target(self) -> Path:
        return self._paths.backups / backup_name(MANUAL, datetime.now())

    def rolling_due(self, now: datetime | None = None) -> bool:
        """True when the books are a SQLite file and the newest rolling copy is a day old."""
        if self._books.sqlite_file is None:
            return False
        copies = rolling_copies(self._paths.backups)
        return not copies or (now or datetime.now()) - copies[0][1] >= ROLLING_EVERY

    def books_sound(self) -> bool | None:
        """SQLite's ``quick_check`` of the books themselves (None: not a file, or unreadable).

        Through the app's own engine, not ``storage.health``'s read-only connection: these
        books are live (the window writes them meanwhile), and a connection that took them
        for immutable would read a half-written page as damage.
        """
        if self._books.sqlite_file is None:
            return None
        try:
            with classified(), self._books.database.engine.connect() as conn:
                rows = conn.exec_driver_sql("PRAGMA quick_check").fetchall()
        except StorageError as exc:
            return False if exc.problem == "damaged" else None
        return [tuple(row) for row in rows] == [("ok",)]

    def rolling(self, control: JobControl | None = None) -> RollingBackup:
        """A checked ``auto`` copy, then the rotation; raises ``BackupDamagedError`` (and
        prunes nothing) when the copy is not sound."""
        target = self._paths.backups / backup_name(ROLLING, datetime.now())
        path = self.backup(target, control, verify=True)
        return RollingBackup(path, prune(self._paths.backups))

    def backup(
        self, target: Path | None = None, control: JobControl | None = None, *, verify: bool = False
    ) -> Path:
        """Copy the database to ``target`` (default: ``<data dir>/backups/…``); returns the
        absolute path.  ``CancelledError`` leaves no file behind; ``OSError`` and
        ``sqlite3.Error`` when the target cannot be written; with ``verify``,
        ``BackupDamagedError`` when the copy fails ``quick_check`` (nothing is left)."""
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
            if verify and quick_check(partial) is not True:
                raise BackupDamagedError(str(source_file))
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        finally:
            source.close()
        partial.replace(target)
        return target

    def _sqlite_file(self) -> Path:
        file = self._books.sqlite_file
        if file is None:
            raise BackupUnsupportedError(self._books.database.engine.dialect.name)
        return file
