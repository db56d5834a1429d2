"""Opening the books: one process per data folder, newer and damaged databases refused untouched,
the fast path."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from desktop import settings
from desktop.paths import DataPaths
from desktop.services import Services
from desktop.services.database import (
    DamagedBooksError,
    FolderLock,
    FolderLockedError,
    NewerBooksError,
    damage_behind,
    open_books,
    saved_setting,
)
from tests.reliability.damage import AT_OPENING, books_with_invoices, scribbled
from tests.services.books import opened, set_up_seller


def test_a_second_opening_of_the_folder_is_refused(data_paths: DataPaths) -> None:
    with opened(data_paths), pytest.raises(FolderLockedError):
        open_books(data_paths)
    open_books(data_paths).close()  # released with the first


def test_the_lock_is_the_operating_systems_and_dies_with_its_process(
    data_paths: DataPaths,
) -> None:
    """A crashed (killed) app leaves no stale lock behind: the OS drops it with the process."""
    code = (
        "import sys, os\n"
        "from desktop.paths import DataPaths\n"
        "from desktop.services.database import open_books\n"
        f"open_books(DataPaths(__import__('pathlib').Path({str(data_paths.root)!r})))\n"
        "print('locked', flush=True)\n"
        "os.kill(os.getpid(), 9)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert b"locked" in done.stdout and done.returncode == -9
    open_books(data_paths).close()


def test_a_database_from_a_newer_faktura_is_refused_untouched(data_paths: DataPaths) -> None:
    open_books(data_paths).close()
    with sqlite3.connect(data_paths.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    before = data_paths.database.read_bytes()
    for defer in (True, False):
        with pytest.raises(NewerBooksError) as refused:
            open_books(data_paths, defer=defer)
        assert refused.value.revision == "9999_future"
    assert data_paths.database.read_bytes() == before
    open_books(data_paths, lock=True).close() if False else None


def test_deferred_books_read_the_first_screen_without_sqlalchemy(data_paths: DataPaths) -> None:
    with opened(data_paths) as services:
        set_up_seller(services)
        services.preferences.set_language("cs")
    books = open_books(data_paths, defer=True)
    try:
        deferred = Services(books, data_paths)
        assert not deferred.loaded
        assert saved_setting(books, settings.LANGUAGE) == "cs"
        assert deferred.invoice_list.company_is_set_up()
        assert not deferred.invoice_list.has_any_invoice()
        assert not deferred.loaded  # all of that came from sqlite3
        assert deferred.parties.company().name == "UAB Pardavėjas"
        assert deferred.loaded
    finally:
        books.close()


@pytest.mark.parametrize("damage", sorted(AT_OPENING))
@pytest.mark.expected_log("WARNING", r"is damaged")
def test_a_damaged_file_is_refused_untouched_and_never_replaced(
    data_paths: DataPaths, damage: str
) -> None:
    """An empty file, another file's bytes, a file cut in half: ``DamagedBooksError`` names
    what is wrong, and the file keeps every byte (an empty one is not filled with new books)."""
    books_with_invoices(data_paths, 30)
    AT_OPENING[damage](data_paths.database)
    before = data_paths.database.read_bytes()
    for defer in (True, False):
        with pytest.raises(DamagedBooksError) as refused:
            open_books(data_paths, defer=defer)
        assert refused.value.file == data_paths.database
        assert refused.value.damage == {"empty": "empty", "garbage": "not_database"}.get(
            damage, "damaged"
        )
    assert data_paths.database.read_bytes() == before
    lock = FolderLock(data_paths.lock_file)
    assert lock.acquire()  # released with the refusal
    lock.release()


@pytest.mark.expected_log("WARNING", r"is damaged")
def test_damage_found_while_reading_is_named_by_quick_check(data_paths: DataPaths) -> None:
    """Pages broken in the middle may open fine; what reading them raises is "damaged" once
    SQLite's ``quick_check`` agrees (the command line then answers as at opening)."""
    books_with_invoices(data_paths, 300)
    scribbled(data_paths.database)
    try:
        books = open_books(data_paths)
    except DamagedBooksError:
        return  # found at opening already: fine too
    try:
        with pytest.raises(Exception) as failed:
            Services(books, data_paths).invoices.summaries()
        assert damage_behind(books, failed.value) == "damaged"
        assert damage_behind(books, ValueError("a bug")) is None
    finally:
        books.close()


def test_a_missing_file_is_new_books(data_paths: DataPaths) -> None:
    assert not data_paths.database.exists()
    open_books(data_paths).close()
    assert data_paths.database.stat().st_size > 0
