"""What a database error means for the user: one classifier (after qutebrowser's
``misc/sql.py``).

SQLite reports the user's situation (the disk is full, the file is read-only, another
program holds a lock, the file is damaged) through its result codes; everything else a
database raises is our bug.  ``classify`` names the situation, or None for a bug.
"""

from __future__ import annotations

import sqlite3
from enum import StrEnum


class StorageProblem(StrEnum):
    BUSY = "busy"  # another program holds the database (busy/locked after the time limit)
    FULL = "full"  # the disk (or the file's page limit) is full
    READ_ONLY = "read_only"  # the file or its folder cannot be written
    IO = "io"  # the operating system could not read or write (a failing disk, a lost share)
    DAMAGED = "damaged"  # not a database, or a damaged one


# SQLite's primary result codes (https://sqlite.org/rescode.html).
_BY_CODE = {
    5: StorageProblem.BUSY,  # SQLITE_BUSY
    6: StorageProblem.BUSY,  # SQLITE_LOCKED
    8: StorageProblem.READ_ONLY,  # SQLITE_READONLY
    3: StorageProblem.READ_ONLY,  # SQLITE_PERM
    10: StorageProblem.IO,  # SQLITE_IOERR
    14: StorageProblem.IO,  # SQLITE_CANTOPEN
    13: StorageProblem.FULL,  # SQLITE_FULL
    11: StorageProblem.DAMAGED,  # SQLITE_CORRUPT
    26: StorageProblem.DAMAGED,  # SQLITE_NOTADB
}


def classify(error: BaseException) -> StorageProblem | None:
    """The user's situation behind ``error`` (a sqlite3 error, or SQLAlchemy's wrapper of
    one), or None when it is not one of them."""
    original = getattr(error, "orig", None) or error
    if not isinstance(original, sqlite3.Error):
        return None
    code = getattr(original, "sqlite_errorcode", None)
    if isinstance(code, int):
        return _BY_CODE.get(code & 0xFF)
    return None
