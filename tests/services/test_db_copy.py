"""``db copy`` under a job: cancelled or failed, the target stays as empty as it was.

The copy makes the schema and writes every row in one transaction and reads the books in one
snapshot, so the GUI's Cancel (and a lost server) never leaves a half-filled target that a
second try would then refuse.  Real SQLite files and a real PostgreSQL database, both ways.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from desktop.paths import DataPaths
from desktop.services.control import CancelledError, JobControl
from desktop.services.db_copy import copy_books
from tests.services.books import opened
from tests.ui.helpers import seed_invoices


def _tables(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return inspect(conn).get_table_names()
    finally:
        engine.dispose()


def _cancelling() -> tuple[JobControl, list[tuple[int, int, str]]]:
    """A control that cancels at the first rows copied, as the dialog's Cancel would."""
    heard: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, text: str) -> None:
        heard.append((done, total, text))
        if done:
            control.cancel()

    control = JobControl(on_progress=progress)
    return control, heard


def test_a_cancelled_copy_leaves_the_target_empty_and_a_new_try_works(
    data_paths: DataPaths, tmp_path: Path, pg_url: str
) -> None:
    new_file = tmp_path / "copy" / "faktura.sqlite3"
    new_file.parent.mkdir()
    with opened(data_paths) as services:
        seed_invoices(services, 3)
        for target in (f"sqlite:///{new_file}", pg_url.replace("+psycopg", "")):
            control, heard = _cancelling()
            with pytest.raises(CancelledError):
                copy_books(services.books, target, control)
            assert heard[0][0] == 0 and heard[0][1] > 3  # every row of every table counted
            assert heard[-1][0] > 0
        assert not new_file.exists()  # the file it made is gone again
        assert _tables(pg_url) == []  # schema and rows rolled back together
        steps: list[tuple[int, int, str]] = []
        report = copy_books(services.books, pg_url, JobControl(lambda *step: steps.append(step)))
    assert report.ok and report.rows["invoice"] == 3
    assert steps[-1][0] == steps[-1][1] == sum(report.rows.values())
    with opened(DataPaths(tmp_path / "other").ensure(), pg_url) as server:
        listed = server.invoice_list.rows(set(range(1, 10)))
        assert len(listed) == 3


def test_a_copy_of_the_server_goes_to_a_new_file_and_not_over_an_old_one(
    data_paths: DataPaths, tmp_path: Path, pg_url: str
) -> None:
    with opened(data_paths, pg_url) as services:
        seed_invoices(services, 2)
        old = tmp_path / "old.sqlite3"
        old.write_bytes(b"something")
        from desktop.services.db_copy import CopyRefusedError

        with pytest.raises(CopyRefusedError):
            copy_books(services.books, f"sqlite:///{old}")
        assert old.read_bytes() == b"something"
        report = copy_books(services.books, f"sqlite:///{tmp_path / 'new.sqlite3'}")
    assert report.ok and report.rows["invoice"] == 2
