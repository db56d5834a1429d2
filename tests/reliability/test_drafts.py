"""Drills for drafts: nothing typed is lost to a crash, and a failed save is never forgotten.

Kill while typing (the real process, SIGKILL by PID, then a restart): a word every 250 ms
or 0.7 s for 8 s, alternately into the description cell (its editor still open) and the
notes.  Goal: no edit older than 2 s lost.  The figure is printed (``-s`` shows it).

Disk faults on the real database file: "disk full" by lowering SQLite's
``PRAGMA max_page_count`` on the app's own connections (the file cannot grow, as on a full
disk), a read-only file by its permissions, a lock held by another program, and a database
error that is our bug.  The draft stays dirty, the banner ``invoice_save_error`` says why in
words, the editor retries by itself and on the next edit, and closing or quitting asks.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox, QPlainTextEdit, QPushButton
from sqlalchemy import event

from desktop.paths import DataPaths
from desktop.ui.invoices.line_items_model import DESCRIPTION
from desktop.ui.shell.main_window import MainWindow
from tests.ui.helpers import LEFT, child, click, new_editor, second_app, type_line

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
TYPING_SECONDS = 8
GOAL_SECONDS = 2.0


# -- kill -9 while typing ------------------------------------------------------------------
def _env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))


def _runner(steps: str, *args: str, data_dir: Path) -> list[str]:
    return [
        sys.executable, "-m", "tests.app_runner", str(HERE / steps), *args,
        "--", "--data-dir", str(data_dir), "--lang", "en",
    ]  # fmt: skip


def _wait_for(check: Callable[[], bool], process: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        if process.poll() is not None:
            _out, err = process.communicate()
            raise AssertionError(f"app exited with {process.returncode}: {err.decode()[-3000:]}")
        time.sleep(0.02)
    raise AssertionError("timed out waiting for the app")


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=10)


def _start(steps: str, *args: str, data_dir: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        _runner(steps, *args, data_dir=data_dir),
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
@pytest.mark.parametrize("interval_ms", [250, 700])
def test_kill_while_typing_loses_no_edit_older_than_two_seconds(
    data_paths: DataPaths,
    tmp_path: Path,
    processes: list[subprocess.Popen[bytes]],
    interval_ms: int,
) -> None:
    record, marker, shown = tmp_path / "typed.txt", tmp_path / "done", tmp_path / "shown.json"
    typing = _start(
        "typing_steps.py", str(record), str(marker), str(interval_ms),
        str(TYPING_SECONDS * 1000), data_dir=data_paths.root,
    )  # fmt: skip
    processes.append(typing)
    _wait_for(marker.exists, typing, timeout=60)
    killed_at = time.time()
    os.kill(typing.pid, signal.SIGKILL)
    typing.wait(timeout=10)
    assert typing.returncode == -signal.SIGKILL

    restarted = _start("restart_steps.py", str(shown), data_dir=data_paths.root)
    processes.append(restarted)
    _wait_for(shown.exists, restarted, timeout=60)
    assert restarted.wait(timeout=30) == 0
    kept = {"description": "", "notes": "", **json.loads(shown.read_text("utf-8"))}

    edits = [line.split() for line in record.read_text("utf-8").splitlines()]
    lost = [
        (killed_at - float(at), target, word)
        for at, target, word in edits
        if word not in kept["description" if target == "cell" else "notes"].split()
    ]
    late = [edit for edit in lost if edit[0] > GOAL_SECONDS]
    newest = f", the oldest {max(age for age, *_ in lost):.2f} s old" if lost else ""
    print(
        f"\nkill -9 while typing every {interval_ms} ms for {TYPING_SECONDS} s: "
        f"{len(lost)} of {len(edits)} edits lost{newest}"
    )
    assert len(edits) == TYPING_SECONDS * 1000 // interval_ms
    assert kept["drafts"] == 1
    assert late == [], f"edits older than {GOAL_SECONDS} s were lost: {late}"


# -- a save that fails ---------------------------------------------------------------------
class PageLimit:
    """``PRAGMA max_page_count`` on every connection of the app's own engine: the database
    file cannot grow, exactly as on a full disk (SQLITE_FULL), until ``free``."""

    def __init__(self, window: MainWindow) -> None:
        self.engine = window.context.services.books.database.engine
        self.limit = 0

    def _apply(self, dbapi_connection: Any, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {self.limit}")

    def fill(self) -> int:
        """Stop the file growing; returns how many bytes still fit in its free pages."""
        with self.engine.connect() as conn:
            self.limit = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
            free = conn.exec_driver_sql("PRAGMA freelist_count").scalar_one()
            size = conn.exec_driver_sql("PRAGMA page_size").scalar_one()
        event.listen(self.engine, "connect", self._apply)
        self.engine.dispose()  # the app's next connection is a new one, with the limit
        return int((free + 1) * size)

    def free(self) -> None:
        event.remove(self.engine, "connect", self._apply)
        self.engine.dispose()


def saved_draft(window: MainWindow, qtbot: Any) -> Any:
    editor = new_editor(qtbot, window)
    type_line(qtbot, editor, 0, {DESCRIPTION: "Saved before the fault"})
    click(qtbot, editor, "invoice_save")
    assert editor.invoice_id is not None and not editor.autosave.dirty
    return editor


def stored_notes(window: MainWindow, editor: Any) -> str:
    with second_app(window.context.paths) as other:
        return other.invoices.load(editor.invoice_id).notes


def type_notes(qtbot: Any, editor: Any, words: str, bulk: int = 0) -> None:
    """Words typed at the end of the notes; ``bulk`` characters pasted after them (more than
    the database file's free pages hold, so the save must grow the file)."""
    notes = child(editor, QPlainTextEdit, "invoice_notes")
    notes.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(notes, words)
    if bulk:
        notes.insertPlainText(" ".join(f"line{n:06d}" for n in range(bulk // 11 + 1)))


def banner(editor: Any) -> Any:
    return child(editor, QFrame, "invoice_save_error")


def banner_text(editor: Any) -> str:
    return str(child(editor, QLabel, "invoice_save_error_text").text())


def question(qtbot: Any, editor: Any) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        box = editor.findChild(QMessageBox, "unsaved_draft")
        found[:] = [box] if box is not None and box.isVisible() else []
        return bool(found)

    qtbot.waitUntil(shown, timeout=3000)
    return found[0]


def answer(qtbot: Any, box: QMessageBox, name: str) -> None:
    qtbot.mouseClick(child(box, QPushButton, name), LEFT)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=3000)


def test_disk_full_keeps_the_draft_and_saves_once_space_is_freed(
    main_window: MainWindow, qtbot: Any
) -> None:
    editor = saved_draft(main_window, qtbot)
    disk = PageLimit(main_window)
    room = disk.fill()
    type_notes(qtbot, editor, "Typed on a full disk.", bulk=2 * room)
    qtbot.waitUntil(banner(editor).isVisible, timeout=4000)
    assert "The disk is full" in banner_text(editor)
    assert editor.autosave.dirty
    assert "Typed on a full disk." not in stored_notes(main_window, editor)

    disk.free()  # the user frees space; the editor's next try (2 s later) saves
    qtbot.waitUntil(lambda: not banner(editor).isVisible(), timeout=6000)
    assert not editor.autosave.dirty
    assert "Typed on a full disk." in stored_notes(main_window, editor)


def test_quit_on_a_full_disk_asks_and_cancel_keeps_everything(
    main_window: MainWindow, qtbot: Any
) -> None:
    editor = saved_draft(main_window, qtbot)
    disk = PageLimit(main_window)
    type_notes(qtbot, editor, "Typed before quitting.", bulk=2 * disk.fill())
    qtbot.waitUntil(banner(editor).isVisible, timeout=4000)

    main_window.close()
    box = question(qtbot, editor)
    assert "The disk is full" in box.informativeText()
    answer(qtbot, box, "unsaved_draft_cancel")
    assert main_window.isVisible() and editor.autosave.dirty and banner(editor).isVisible()

    main_window.close()
    box = question(qtbot, editor)
    disk.free()
    answer(qtbot, box, "unsaved_draft_retry")
    qtbot.waitUntil(lambda: not main_window.isVisible(), timeout=3000)
    assert "Typed before quitting." in stored_notes(main_window, editor)


def test_closing_the_tab_on_a_full_disk_asks_and_discard_drops_only_then(
    main_window: MainWindow, qtbot: Any
) -> None:
    editor = saved_draft(main_window, qtbot)
    disk = PageLimit(main_window)
    type_notes(qtbot, editor, "Thrown away on purpose.", bulk=2 * disk.fill())
    qtbot.waitUntil(banner(editor).isVisible, timeout=4000)
    tabs = main_window.invoice_tabs

    tabs.tabCloseRequested.emit(tabs.indexOf(editor))
    answer(qtbot, question(qtbot, editor), "unsaved_draft_cancel")
    assert tabs.indexOf(editor) > 0

    tabs.tabCloseRequested.emit(tabs.indexOf(editor))
    answer(qtbot, question(qtbot, editor), "unsaved_draft_discard")
    qtbot.waitUntil(lambda: tabs.count() == 1, timeout=3000)
    disk.free()
    assert "Thrown away on purpose." not in stored_notes(main_window, editor)


def test_a_database_locked_by_another_program_is_said_so_and_retried(
    main_window: MainWindow, qtbot: Any
) -> None:
    editor = saved_draft(main_window, qtbot)
    other = sqlite3.connect(main_window.context.paths.database, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        type_notes(qtbot, editor, "Typed while locked.")
        qtbot.waitUntil(banner(editor).isVisible, timeout=12000)  # after SQLite's 5 s wait
        assert "locked by another program" in banner_text(editor)
        assert editor.autosave.dirty
    finally:
        other.rollback()
        other.close()
    qtbot.waitUntil(lambda: not banner(editor).isVisible(), timeout=8000)
    assert "Typed while locked." in stored_notes(main_window, editor)


@pytest.mark.expected_log("ERROR", r"saving draft \d+ failed")
def test_an_error_that_is_our_bug_is_logged_once_and_the_draft_kept(
    main_window: MainWindow, qtbot: Any, caplog: Any
) -> None:
    """A trigger that refuses every new line: SQLite reports a constraint, which no user
    situation explains, so it is our bug: one trace in the log, the log's path on screen."""
    editor = saved_draft(main_window, qtbot)
    database = main_window.context.paths.database
    with closing(sqlite3.connect(database)) as other, other:
        other.execute(
            "CREATE TRIGGER drill_bug BEFORE INSERT ON invoice_line"
            " BEGIN SELECT RAISE(ABORT, 'drill'); END"
        )
    type_notes(qtbot, editor, "Typed into a bug.")
    qtbot.waitUntil(banner(editor).isVisible, timeout=4000)
    assert "Something went wrong" in banner_text(editor)
    assert str(main_window.context.paths.log_file) in banner_text(editor)
    type_notes(qtbot, editor, " And more.")  # the next edit tries again, and fails again
    qtbot.waitUntil(lambda: editor.autosave.failures >= 2, timeout=4000)
    assert editor.autosave.dirty and banner(editor).isVisible()
    traces = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(traces) == 1 and traces[0].exc_info is not None

    with closing(sqlite3.connect(database)) as other, other:
        other.execute("DROP TRIGGER drill_bug")
    qtbot.waitUntil(lambda: not banner(editor).isVisible(), timeout=8000)
    assert "Typed into a bug. And more." in stored_notes(main_window, editor)


@pytest.mark.unprivileged
@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="root writes a read-only file anyway"
)
def test_a_read_only_database_file_is_said_so_and_retried(
    main_window: MainWindow, qtbot: Any
) -> None:
    editor = saved_draft(main_window, qtbot)
    database = main_window.context.paths.database
    engine = main_window.context.services.books.database.engine
    database.chmod(0o444)
    try:
        engine.dispose()  # the app's next connection opens the file as it is now
        type_notes(qtbot, editor, "Typed on a read-only file.")
        qtbot.waitUntil(banner(editor).isVisible, timeout=4000)
        assert "read-only" in banner_text(editor)
        assert editor.autosave.dirty
    finally:
        # SQLite made its -wal and -shm files read-only like the database: the user gives
        # write permission back to all three
        for path in database.parent.glob(database.name + "*"):
            path.chmod(0o644)
        engine.dispose()
    qtbot.waitUntil(lambda: not banner(editor).isVisible(), timeout=8000)
    assert "Typed on a read-only file." in stored_notes(main_window, editor)
