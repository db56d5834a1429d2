"""Is the database file damaged?  Answered with ``sqlite3`` alone, before SQLAlchemy loads.

A file that is empty (0 bytes), that is not a SQLite database, or that SQLite's own
``PRAGMA quick_check`` finds broken is damaged; the app then says so and offers a backup
instead of creating new, empty books over it.  ``first_look`` costs a ``stat`` and 100 bytes
and runs on every start; ``quick_check`` reads the whole file, so it runs only when the first
look finds the file shorter than its header says or when opening has failed.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from enum import StrEnum
from pathlib import Path

from desktop.storage.sqlite_errors import StorageProblem, classify

HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100


class Damage(StrEnum):
    EMPTY = "empty"  # 0 bytes: no books at all, perhaps cut off by a crash or a full disk
    NOT_DATABASE = "not_database"  # the bytes are not a SQLite database
    DAMAGED = "damaged"  # a SQLite database whose pages SQLite itself finds broken


def first_look(file: Path) -> Damage | None:
    """The damage the file's size and header show, or None (missing files are not damaged)."""
    try:
        size = file.stat().st_size
        if size == 0:
            return Damage.EMPTY
        with file.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except FileNotFoundError:
        return None
    if len(header) < HEADER_SIZE or not header.startswith(HEADER):
        return Damage.NOT_DATABASE
    if _shorter_than_header(file, header, size) and quick_check(file) is False:
        return Damage.DAMAGED
    return None


def _shorter_than_header(file: Path, header: bytes, size: int) -> bool:
    """The header's page count says the file should be longer (a file cut off mid-way).

    Only meaningful when no write-ahead log holds newer pages: during a checkpoint the file
    may legitimately be shorter until the log has been copied into it.
    """
    wal = file.with_name(file.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counter_valid = header[24:28] == header[92:96]  # the page count is current only then
    return counter_valid and pages > 0 and pages * page_size > size


def read_only(file: Path) -> sqlite3.Connection:
    """A connection that writes nothing, not even the ``-wal`` and ``-shm`` files SQLite adds
    beside a database in WAL mode: a file being diagnosed, or a backup, stays as it is.

    Without a ``-wal`` beside it nothing else can change the file meanwhile (Faktura's lock
    is held, or it is a finished backup), so SQLite may treat it as immutable; with one, the
    log holds newer pages that must be read."""
    wal = file.with_name(file.name + "-wal")
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{file.absolute().as_uri()}?{flags}", uri=True, timeout=5)


def quick_check(file: Path) -> bool | None:
    """SQLite's ``PRAGMA quick_check``: True sound, False damaged, None when the file cannot
    be read at all for another reason (permissions, a lost share): then nobody can tell."""
    try:
        with closing(read_only(file)) as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as exc:
        return False if classify(exc) is StorageProblem.DAMAGED else None
    return rows == [("ok",)]


def diagnose(file: Path) -> Damage | None:
    """After opening failed: the damage, or None when the file is sound (or unreadable)."""
    found = first_look(file)
    if found is not None:
        return found
    if file.exists() and quick_check(file) is False:
        return Damage.DAMAGED
    return None
