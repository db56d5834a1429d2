"""Rolling backups and Help → Restore from backup…: copies that are there when needed.

The rotation is decided by the copies' names (``faktura-auto-<YYYYmmdd-HHMMSS>.sqlite3``), so
these drills fake the dates by naming files, never by touching the clock.  Copies are made
with SQLite's online backup API and checked with ``quick_check`` before anything older is
pruned; copies of other kinds (made by hand, before a migration, before a restore) are never
pruned.  The quit copy and the restore from the menu run in the real process.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop.paths import DataPaths
from desktop.services import Services
from desktop.services.backups import (
    BEFORE_RESTORE,
    MANUAL,
    ROLLING,
    BackupDamagedError,
    backup_name,
    prune,
    rolling_copies,
)
from desktop.services.database import FolderLock, FolderLockedError, open_books
from desktop.services.restore import (
    BackupKind,
    RestoreRefusedError,
    list_backups,
    restore,
)
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.rolling_backups import RollingBackups
from tests.reliability.damage import books_with_invoices, scribbled
from tests.reliability.test_startup import window_until_shown
from tests.ui.helpers import seed_invoices

ROOT = Path(__file__).resolve().parents[2]
RESTORE_STEPS = Path(__file__).with_name("restore_steps.py")


def named(folder: Path, kind: str, when: datetime) -> Path:
    """A copy as the rotation sees it: only its name counts."""
    path = folder / backup_name(kind, when)
    path.write_bytes(b"a copy")
    return path


def count(file: Path) -> int:
    with closing(sqlite3.connect(f"file:{file}?mode=ro", uri=True)) as conn:
        return int(conn.execute("SELECT count(*) FROM invoice").fetchone()[0])


def sound(file: Path) -> bool:
    with closing(sqlite3.connect(f"file:{file}?mode=ro", uri=True)) as conn:
        return conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]


# -- the rotation ----------------------------------------------------------------------------
def test_two_years_of_copies_leave_7_days_and_12_months(data_paths: DataPaths) -> None:
    """Three copies a day (morning start, a quit at noon, evening) for two years: the newest of
    each of the last 7 days and of each of the last 12 months stay, nothing else of theirs."""
    folder = data_paths.backups
    first = datetime(2025, 1, 1)
    for day in range(730):  # 2025-01-01 … 2026-12-31
        for hour in (8, 12, 18):
            named(folder, ROLLING, first + timedelta(days=day, hours=hour))
    others = [
        named(folder, "0005_list_order_keys", datetime(2025, 1, 1, 8)),  # before a migration
        named(folder, MANUAL, datetime(2025, 2, 3, 10)),
        named(folder, BEFORE_RESTORE, datetime(2025, 3, 4, 11)),
        folder / "my own copy.sqlite3",
    ]
    others[-1].write_bytes(b"mine")
    pruned = prune(folder)
    kept = [when for _path, when in rolling_copies(folder)]
    daily = [datetime(2026, 12, day, 18) for day in range(31, 24, -1)]
    month_ends = [date(2026, m + 1, 1) - timedelta(days=1) for m in range(11, 0, -1)]
    monthly = [datetime(d.year, d.month, d.day, 18) for d in month_ends]
    assert kept == daily + monthly  # 7 + 11 (December's newest is also a daily)
    assert len(pruned) == 730 * 3 - len(kept)
    assert all(path.exists() for path in others)
    assert prune(folder) == []  # a second pass keeps the same


def test_days_without_the_app_do_not_count(data_paths: DataPaths) -> None:
    """The 7 daily copies are the last 7 days the app ran, however far apart."""
    folder = data_paths.backups
    days = [datetime(2026, 5, d, 17) for d in (1, 2, 9, 10, 11, 20, 28)] + [
        datetime(2026, 6, 15, 9),
        datetime(2026, 6, 15, 17),
    ]
    for when in days:
        named(folder, ROLLING, when)
    prune(folder)
    kept = sorted(when for _path, when in rolling_copies(folder))
    assert kept == [*days[1:7], days[8]]  # May 1 is the 8th day back; June 15 keeps its newest


def test_a_copy_is_due_a_day_after_the_newest(data_paths: DataPaths) -> None:
    services = Services(open_books(data_paths), data_paths)
    try:
        backups = services.backups
        assert backups.rolling_due()  # none yet
        stale = named(data_paths.backups, ROLLING, datetime.now() - timedelta(hours=25))
        named(data_paths.backups, MANUAL, datetime.now())  # a copy by hand is no rolling one
        assert backups.rolling_due()
        named(data_paths.backups, ROLLING, datetime.now() - timedelta(hours=1))
        assert not backups.rolling_due()
        assert stale.exists()
    finally:
        services.close()


def test_a_rolling_copy_holds_the_books_and_is_checked(data_paths: DataPaths) -> None:
    services = Services(open_books(data_paths), data_paths)
    try:
        seed_invoices(services, 4)
        made = services.backups.rolling()
    finally:
        services.close()
    assert made.path.parent == data_paths.backups and made.path.name.startswith("faktura-auto-")
    assert count(made.path) == 4 and sound(made.path)
    assert not list(data_paths.backups.glob("*.partial"))


def test_damaged_books_never_push_sound_copies_out(data_paths: DataPaths) -> None:
    """The copy of damaged books fails its check: it is not kept and nothing is pruned."""
    books_with_invoices(data_paths, 300)
    old = [named(data_paths.backups, ROLLING, datetime(2026, 1, d, 18)) for d in range(1, 11)]
    scribbled(data_paths.database)
    before = sorted(p.name for p in data_paths.backups.iterdir())
    services = Services(open_books(data_paths), data_paths)
    try:
        with pytest.raises(BackupDamagedError):
            services.backups.rolling()
    finally:
        services.close()
    assert sorted(p.name for p in data_paths.backups.iterdir()) == before
    assert all(path.exists() for path in old)


# -- listing and restoring -----------------------------------------------------------------
def test_the_list_names_each_copy_with_its_date_kind_and_invoices(data_paths: DataPaths) -> None:
    services = Services(open_books(data_paths), data_paths)
    try:
        seed_invoices(services, 2)
        upgrade = services.backups.backup(
            data_paths.backups / backup_name("0005_list_order_keys", datetime(2026, 1, 2, 3, 4))
        )
        seed_invoices(services, 1)
        auto = services.backups.backup(
            data_paths.backups / backup_name(ROLLING, datetime(2026, 2, 1))
        )
    finally:
        services.close()
    broken = named(data_paths.backups, MANUAL, datetime(2026, 3, 1))
    listed = [(c.path, c.taken, c.kind, c.invoices) for c in list_backups(data_paths.backups)]
    assert listed == [
        (broken, datetime(2026, 3, 1), BackupKind.MANUAL, None),
        (auto, datetime(2026, 2, 1), BackupKind.ROLLING, 3),
        (upgrade, datetime(2026, 1, 2, 3, 4), BackupKind.UPGRADE, 2),
    ]
    assert not list(data_paths.backups.glob("*-wal")) and not list(data_paths.backups.glob("*-shm"))


def test_a_restore_sets_the_books_aside_and_refuses_a_damaged_copy(data_paths: DataPaths) -> None:
    services = Services(open_books(data_paths), data_paths)
    try:
        seed_invoices(services, 2)
        copy = services.backups.backup()
        seed_invoices(services, 1)
    finally:
        services.close()
    current = data_paths.database.read_bytes()
    broken = named(data_paths.backups, MANUAL, datetime(2026, 3, 1))
    with pytest.raises(RestoreRefusedError):
        restore(data_paths, data_paths.database, broken, damaged=False)
    holder = FolderLock(data_paths.lock_file)
    assert holder.acquire()
    try:
        with pytest.raises(FolderLockedError):
            restore(data_paths, data_paths.database, copy, damaged=False)
    finally:
        holder.release()
    assert data_paths.database.read_bytes() == current  # refused: as it was
    done = restore(data_paths, data_paths.database, copy, damaged=False)
    assert count(data_paths.database) == 2 and sound(data_paths.database)
    assert done.set_aside is not None and done.set_aside.parent == data_paths.backups
    assert count(done.set_aside) == 3 and copy.exists()
    kinds = {c.path: c.kind for c in list_backups(data_paths.backups)}
    assert kinds[done.set_aside] is BackupKind.BEFORE_RESTORE  # can be restored back


# -- the window ------------------------------------------------------------------------------
@pytest.fixture
def rolling() -> Iterator[Callable[[MainWindow], RollingBackups]]:
    """The window's rolling copies, stopped after the test (their first check, 20 s after
    start, is not for the next test's window)."""
    made: list[RollingBackups] = []

    def make(window: MainWindow) -> RollingBackups:
        made.append(RollingBackups(window.context, window))
        return made[-1]

    yield make
    for each in made:
        each.stop()


def test_the_daily_copy_while_the_window_runs(
    main_window: MainWindow, qtbot: Any, rolling: Callable[[MainWindow], RollingBackups]
) -> None:
    paths = main_window.context.paths
    seed_invoices(main_window.context.services, 2)
    yesterday = named(paths.backups, ROLLING, datetime.now() - timedelta(days=2))
    backups = rolling(main_window)
    job = backups.check(first=True)
    assert job is not None and job.name == "rolling_backup"
    with qtbot.waitSignal(job.finished, timeout=15000):
        pass
    [newest, older] = [path for path, _when in rolling_copies(paths.backups)]
    assert older == yesterday and count(newest) == 2
    assert backups.check() is None  # not due again today


@pytest.mark.expected_log("WARNING", r"failed SQLite's quick_check")
def test_damage_found_after_start_offers_the_backups(
    main_window: MainWindow, qtbot: Any, rolling: Callable[[MainWindow], RollingBackups]
) -> None:
    """No copy is due, so the first check runs ``quick_check`` on the books: pages broken
    under the running app are said in a box that leads to Restore from backup…"""
    context = main_window.context
    seed_invoices(context.services, 300)
    named(context.paths.backups, ROLLING, datetime.now())
    with closing(sqlite3.connect(context.paths.database)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    scribbled(context.paths.database)
    job = rolling(main_window).check(first=True)
    assert job is not None and job.name == "books_check"
    qtbot.waitUntil(lambda: _top("books_damaged_warning") is not None, timeout=15000)
    box = _top("books_damaged_warning")
    assert isinstance(box, QMessageBox) and "damaged" in box.text()
    restore_button = box.findChild(QPushButton, "books_damaged_restore")
    assert restore_button is not None
    restore_button.click()
    qtbot.waitUntil(lambda: _top("restore_dialog") is not None, timeout=5000)
    _top("restore_dialog").reject()  # type: ignore[union-attr]


def _top(name: str) -> Any:
    return next(
        (w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()),
        None,
    )


# -- the real process ----------------------------------------------------------------------
def _app_runner(steps: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.app_runner", str(steps), *args],
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_quitting_leaves_a_checked_copy(data_paths: DataPaths, tmp_path: Path) -> None:
    books_with_invoices(data_paths, 3)
    done = window_until_shown(data_paths.root, tmp_path / "shown")
    assert done.code == 0 and "Traceback" not in done.err, done.err
    [(copy, _when)] = rolling_copies(data_paths.backups)
    assert count(copy) == 3 and sound(copy)


@pytest.mark.slow
def test_restore_from_the_menu_restarts_on_the_restored_books(
    data_paths: DataPaths, tmp_path: Path
) -> None:
    """Help → Restore from backup…, a copy with 3 invoices over books with 5: the window
    closes, a new one opens on the 3, the 5 are kept as a copy that can be restored back."""
    services = Services(open_books(data_paths), data_paths)
    try:
        seed_invoices(services, 3)
        copy = services.backups.backup()
        seed_invoices(services, 2)
    finally:
        services.close()
    marker = tmp_path / "restarted"
    args = ["--", "--data-dir", str(data_paths.root), "--lang", "en"]
    done = _app_runner(RESTORE_STEPS, copy.name, str(marker), *args)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert marker.read_text(encoding="utf-8").startswith(f"Restored the backup {copy.name}.")
    assert count(data_paths.database) == 3
    [replaced] = data_paths.backups.glob("faktura-before-restore-*.sqlite3")
    assert count(replaced) == 5 and count(copy) == 3
    [(quit_copy, _when)] = rolling_copies(data_paths.backups)  # the new session's quit
    assert count(quit_copy) == 3
