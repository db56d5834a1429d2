"""The classifier names the user's situations from real SQLite failures, and only those."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from desktop.storage.sqlite_errors import StorageProblem, classify


def _error(action: object) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as caught:
        action()  # type: ignore[operator]
    return caught.value


def test_a_full_database(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "full.sqlite3")
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.execute("PRAGMA max_page_count = 3")  # "disk full" without filling a disk
    error = _error(
        lambda: [conn.execute("INSERT INTO t VALUES (?)", ("x" * 4000,)) for _ in range(10)]
    )
    assert classify(error) is StorageProblem.FULL
    conn.close()


def test_a_read_only_database(tmp_path: Path) -> None:
    file = tmp_path / "books.sqlite3"
    sqlite3.connect(file).execute("CREATE TABLE t (x)").connection.close()
    conn = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
    assert (
        classify(_error(lambda: conn.execute("INSERT INTO t VALUES (1)")))
        is StorageProblem.READ_ONLY
    )
    conn.close()


def test_a_file_that_is_no_database(tmp_path: Path) -> None:
    file = tmp_path / "books.sqlite3"
    file.write_bytes(b"this is not a database, it was overwritten" * 100)
    conn = sqlite3.connect(file)
    assert (
        classify(_error(lambda: conn.execute("SELECT * FROM sqlite_master")))
        is StorageProblem.DAMAGED
    )
    conn.close()


def test_a_locked_database_through_sqlalchemy(tmp_path: Path) -> None:
    file = tmp_path / "books.sqlite3"
    holder = sqlite3.connect(file, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    engine = create_engine(f"sqlite:///{file}", connect_args={"timeout": 0.1})
    with pytest.raises(OperationalError) as caught, engine.connect() as conn:
        conn.execute(text("SELECT * FROM t"))
    assert classify(caught.value) is StorageProblem.BUSY
    holder.close()
    engine.dispose()


def test_our_bugs_stay_bugs(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "books.sqlite3")
    assert classify(_error(lambda: conn.execute("SELEKT 1"))) is None  # a syntax error
    assert classify(ValueError("no")) is None
    conn.close()
