"""What a database error means for the user: one classifier (after qutebrowser's
``misc/sql.py``).

SQLite reports the user's situation (the disk is full, the file is read-only, another
program holds a lock, the file is damaged) through its result codes; PostgreSQL (psycopg 3)
through SQLSTATE codes, and a server that cannot be reached through a connection error
without one.  Everything else a database raises is our bug.  ``classify`` names the
situation, or None for a bug; ``is_transient`` tells a conflict with a concurrent
transaction that the server aborted (a serialization failure, a deadlock): the whole unit
of work is simply run again (``services.database.Books.retried``).
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
    UNREACHABLE = "unreachable"  # the database server cannot be reached (or went away)
    DENIED = "denied"  # the server refused the login, or the role may not do this


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


# PostgreSQL's SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html):
# whole classes by their first two characters, then single codes.
_BY_SQLSTATE = {
    "08": StorageProblem.UNREACHABLE,  # connection exception
    "57P01": StorageProblem.UNREACHABLE,  # admin_shutdown
    "57P02": StorageProblem.UNREACHABLE,  # crash_shutdown
    "57P03": StorageProblem.UNREACHABLE,  # cannot_connect_now (starting up)
    "28": StorageProblem.DENIED,  # invalid authorization (wrong password, no such role)
    "42501": StorageProblem.DENIED,  # insufficient_privilege
    "25006": StorageProblem.READ_ONLY,  # read_only_sql_transaction (a standby)
    "53100": StorageProblem.FULL,  # disk_full
    "53": StorageProblem.BUSY,  # insufficient resources (too many connections, memory)
    "55P03": StorageProblem.BUSY,  # lock_not_available
    "XX001": StorageProblem.DAMAGED,  # data_corrupted
    "XX002": StorageProblem.DAMAGED,  # index_corrupted
}
_TRANSIENT = ("40001", "40P01")  # serialization_failure, deadlock_detected


def _server_error(error: BaseException) -> tuple[bool, str | None]:
    """Whether ``error`` comes from psycopg, and its SQLSTATE (None: no answer from a server)."""
    if not type(error).__module__.startswith("psycopg"):
        return False, None
    return True, getattr(error, "sqlstate", None)


def is_transient(error: BaseException) -> bool:
    """A concurrent transaction made the server abort this one; running it again is safe."""
    server, state = _server_error(getattr(error, "orig", None) or error)
    return server and state in _TRANSIENT


def classify(error: BaseException) -> StorageProblem | None:
    """The user's situation behind ``error`` (a sqlite3 or psycopg error, or SQLAlchemy's
    wrapper of one), or None when it is not one of them."""
    original = getattr(error, "orig", None) or error
    server, state = _server_error(original)
    if server:
        if state is None:  # no SQLSTATE: logging in failed, or no server answered
            if not any(kind.__name__ == "OperationalError" for kind in type(original).__mro__):
                return None
            # libpq reports a refused login as a message only: the server's FATAL (a wrong
            # password, an unknown role or database, no pg_hba entry) or libpq's own
            # "fe_sendauth" (the server wants a password and none was given).
            text = str(original)
            if "fe_sendauth" in text or "FATAL" in text:
                return StorageProblem.DENIED
            return StorageProblem.UNREACHABLE  # refused, timed out, no route, dropped
        return _BY_SQLSTATE.get(state) or _BY_SQLSTATE.get(state[:2])
    if not isinstance(original, sqlite3.Error):
        return None
    code = getattr(original, "sqlite_errorcode", None)
    if isinstance(code, int):
        return _BY_CODE.get(code & 0xFF)
    return None
