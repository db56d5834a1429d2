"""Going back to a backup: which copies there are, and putting one in place of the books.

Runs while no books are open (at start, after the books were found damaged; or between two
sessions of the window), with the data folder's lock held, so nothing writes meanwhile.
Nothing is ever deleted: the file being replaced is renamed aside first (with its ``-wal``
and ``-shm``, which belong to it and would spoil the restored copy if left beside it) —
damaged books to ``<data dir>/faktura-damaged-<date>.sqlite3``, sound ones to
``backups/faktura-before-restore-<date>.sqlite3``, so a restore can itself be undone from
the same list.  The copy is written under a temporary name and renamed into place, so a
failed restore leaves the books as they were.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from desktop.paths import DataPaths
from desktop.services.backups import (
    BEFORE_RESTORE,
    MANUAL,
    ROLLING,
    STAMP,
    backup_name,
    parse_name,
)
from desktop.services.database import FolderLock, FolderLockedError
from desktop.storage.health import quick_check, read_only

log = logging.getLogger(__name__)

#: Files SQLite keeps beside a database; they travel with it when it is set aside.
COMPANIONS = ("-wal", "-shm", "-journal")


class BackupKind(StrEnum):
    ROLLING = "rolling"  # at quit, or daily while running
    MANUAL = "manual"  # File → Back up now…, or ``faktura backup``
    UPGRADE = "upgrade"  # before a migration
    BEFORE_RESTORE = "before_restore"  # the books a restore replaced
    OTHER = "other"  # a file someone put there


@dataclass(frozen=True)
class BackupCopy:
    path: Path
    taken: datetime
    kind: BackupKind
    invoices: int | None  # None: the copy cannot be read


class RestoreRefusedError(RuntimeError):
    """The chosen copy is damaged or unreadable; nothing was changed."""

    def __init__(self, backup: Path) -> None:
        super().__init__(str(backup))
        self.backup = backup


@dataclass(frozen=True)
class Restored:
    backup: Path
    set_aside: Path | None  # where the replaced books are now (None if there were none)


def _kind(name: str) -> tuple[BackupKind, datetime | None]:
    parsed = parse_name(name)
    if parsed is None:
        return BackupKind.OTHER, None
    kind, when = parsed
    kinds = {
        ROLLING: BackupKind.ROLLING,
        MANUAL: BackupKind.MANUAL,
        BEFORE_RESTORE: BackupKind.BEFORE_RESTORE,
    }
    return kinds.get(kind, BackupKind.UPGRADE), when  # else: the revision it started from


def invoice_count(path: Path) -> int | None:
    try:
        with closing(read_only(path)) as conn:
            row = conn.execute("SELECT count(*) FROM invoice").fetchone()
    except sqlite3.Error:
        return None
    return int(row[0])


def list_backups(folder: Path) -> list[BackupCopy]:
    """Every copy in ``folder``, newest first, with its date and number of invoices."""
    copies = []
    for path in folder.glob("*.sqlite3"):
        if not path.is_file():
            continue
        kind, when = _kind(path.name)
        taken = when or datetime.fromtimestamp(path.stat().st_mtime)
        copies.append(BackupCopy(path, taken, kind, invoice_count(path)))
    return sorted(copies, key=lambda copy: copy.taken, reverse=True)


def latest_sound(folder: Path) -> BackupCopy | None:
    """The newest copy that passes SQLite's ``quick_check``."""
    for copy in list_backups(folder):
        if copy.invoices is not None and quick_check(copy.path) is True:
            return copy
    return None


def check_backup(path: Path) -> bool:
    """True when the copy passes SQLite's ``quick_check`` (only such copies are restored)."""
    return quick_check(path) is True


def restore(paths: DataPaths, books_file: Path, backup: Path, *, damaged: bool) -> Restored:
    """Put ``backup`` in place of ``books_file``; the replaced books are set aside.

    Raises ``RestoreRefusedError`` (the copy is damaged), ``FolderLockedError`` (a Faktura
    uses the folder) or ``OSError`` (the folder cannot be written); each leaves the books
    as they were.
    """
    if not check_backup(backup):
        raise RestoreRefusedError(backup)
    lock = FolderLock(paths.lock_file)
    if not lock.acquire():
        raise FolderLockedError(paths.root)
    try:
        return _swap(paths, books_file, backup, damaged)
    finally:
        lock.release()


def _swap(paths: DataPaths, books_file: Path, backup: Path, damaged: bool) -> Restored:
    incoming = books_file.with_name(books_file.name + ".restoring")
    shutil.copyfile(backup, incoming)
    with incoming.open("rb+") as handle:
        os.fsync(handle.fileno())
    now = datetime.now()
    if damaged:
        aside = paths.root / f"faktura-damaged-{now.strftime(STAMP)}.sqlite3"
    else:
        _checkpoint(books_file)
        paths.backups.mkdir(parents=True, exist_ok=True)
        aside = paths.backups / backup_name(BEFORE_RESTORE, now)
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", *COMPANIONS):
            source = books_file.with_name(books_file.name + suffix)
            if source.exists():
                target = aside.with_name(aside.name + suffix)
                source.replace(target)
                moved.append((source, target))
        incoming.replace(books_file)
    except BaseException:
        for source, target in reversed(moved):  # as it was: nothing lost, nothing half done
            target.replace(source)
        incoming.unlink(missing_ok=True)
        raise
    log.info("Restored %s over %s; the previous file is now %s", backup, books_file, aside)
    return Restored(backup, aside if moved else None)


def _checkpoint(books_file: Path) -> None:
    """Fold sound books' write-ahead log into the file, so the copy set aside is one file."""
    if not books_file.exists():
        return
    try:
        with closing(sqlite3.connect(books_file, timeout=5)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:  # the -wal then travels with the file: still nothing lost
        log.warning("Could not checkpoint %s before the restore: %s", books_file, exc)
