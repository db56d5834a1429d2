"""Start-up drills on the real program: what the user's situation does to ``python -m desktop``.

Each drill prepares a real data folder (read-only, a log that cannot be written, a damaged
database), starts the real process offscreen (the window, through ``tests.app_runner`` when
it must get as far as the window, and the command line) and reads its exit code and stderr:
a sentence in the user's language, never a traceback, and the files as they were.  Where the
window asks (a damaged database offers its backups), the same start-up runs in this process
with a script answering its dialogs (``test_damaged_dialog.py``).
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.paths import DataPaths
from tests.cli.conftest import Done, faktura
from tests.reliability.damage import AT_OPENING, books_with_invoices, scribbled

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
QUIT_STEPS = Path(__file__).with_name("quit_steps.py")


def window(data: Path, *args: str, lang: str = "en") -> Done:
    """The window, headless: it must stop at once with a reason (or this times out)."""
    return faktura(data, *args, lang=lang, timeout=60)


def window_until_shown(data: Path, marker: Path, lang: str = "en") -> Done:
    """The window through ``tests.app_runner``: quits as soon as it is shown."""
    args = ["--data-dir", str(data), "--lang", lang]
    done = subprocess.run(
        [sys.executable, "-m", "tests.app_runner", str(QUIT_STEPS), str(marker), "--", *args],
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=90,
        check=False,
    )
    return Done(done.returncode, done.stdout, done.stderr)


def no_trace(done: Done, code: int) -> str:
    assert done.code == code, f"exit {done.code}, expected {code}: {done.err}"
    assert "Traceback" not in done.err, done.err
    return done.err


def files_in(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` but the logs and the lock (which holds the last PID),
    with its bytes."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "logs" not in path.parts and path.name != "faktura.lock"
    }


@pytest.fixture
def read_only(data_paths: DataPaths) -> Iterator[list[Path]]:
    """Paths to make read-only; their permissions are given back afterwards."""
    paths: list[Path] = []
    yield paths
    for path in paths:
        path.chmod(path.stat().st_mode | stat.S_IWUSR)


# -- a data folder that cannot be written ----------------------------------------------------
@pytest.mark.unprivileged
def test_a_read_only_data_folder_is_said_and_ends_with_2(
    data_paths: DataPaths, read_only: list[Path]
) -> None:
    books_with_invoices(data_paths, 2)
    before = files_in(data_paths.root)
    folders = [data_paths.root, *(p for p in data_paths.root.rglob("*") if p.is_dir())]
    for folder in folders:
        folder.chmod(0o555)
        read_only.append(folder)
    for done in (window(data_paths.root), faktura(data_paths.root, "invoice", "list")):
        reason = no_trace(done, 2)
        assert f"Faktura cannot write to its data folder {data_paths.root}" in reason
        assert "--data-dir" in reason
    lithuanian = no_trace(window(data_paths.root, lang="lt"), 2)
    assert str(data_paths.root) in lithuanian and "cannot write" not in lithuanian
    assert files_in(data_paths.root) == before


@pytest.mark.unprivileged
def test_a_data_folder_that_cannot_be_created_ends_with_2(
    tmp_path: Path, read_only: list[Path]
) -> None:
    parent = tmp_path / "locked"
    parent.mkdir()
    parent.chmod(0o555)
    read_only.append(parent)
    for done in (window(parent / "data"), faktura(parent / "data", "client", "list")):
        assert "cannot write to its data folder" in no_trace(done, 2)
    assert not (parent / "data").exists()


@pytest.mark.unprivileged
def test_a_read_only_database_that_needs_an_upgrade_ends_with_2(
    data_paths: DataPaths, read_only: list[Path]
) -> None:
    """The folder is writable but the file is not, and it must be migrated: said, exit 2,
    and the file as it was (the copy made before the migration stays in backups/)."""
    old = ROOT / "tests" / "data" / "db_0005_list_order_keys.sqlite3"
    data_paths.database.write_bytes(old.read_bytes())
    data_paths.database.chmod(0o444)
    read_only.append(data_paths.database)
    for done in (window(data_paths.root), faktura(data_paths.root, "invoice", "list")):
        reason = no_trace(done, 2)
        assert f"The database {data_paths.database} cannot be used: the file or its" in reason
    assert data_paths.database.read_bytes() == old.read_bytes()


@pytest.mark.unprivileged
def test_a_read_only_database_is_read_and_a_change_is_refused_in_words(
    data_paths: DataPaths, read_only: list[Path]
) -> None:
    """Up to date and read-only: the command line reads it; a change says why it cannot be
    made (exit 1), nothing is written."""
    books_with_invoices(data_paths, 2)
    data_paths.database.chmod(0o444)
    read_only.append(data_paths.database)
    before = data_paths.database.read_bytes()
    listed = faktura(data_paths.root, "invoice", "list", "--json")
    assert no_trace(listed, 0) == "" and len(listed.json()) == 2
    reason = no_trace(faktura(data_paths.root, "client", "add", "--name", "Naujas"), 1)
    assert reason.strip() == (
        f"The database {data_paths.database} cannot be used: the file or its folder is "
        "read-only. Nothing has been changed."
    )
    assert data_paths.database.read_bytes() == before


# -- a log that cannot be written ----------------------------------------------------------
@pytest.mark.unprivileged
def test_a_read_only_log_goes_to_stderr_and_the_app_starts(
    data_paths: DataPaths, read_only: list[Path], tmp_path: Path
) -> None:
    books_with_invoices(data_paths, 2)
    data_paths.log_file.write_text("an older log\n", encoding="utf-8")
    data_paths.log_file.chmod(0o444)
    read_only.append(data_paths.log_file)
    marker = tmp_path / "shown"
    started = window_until_shown(data_paths.root, marker)
    said = no_trace(started, 0)
    line = f"The log {data_paths.log_file} cannot be written (Permission denied)"
    assert line in said and "messages go to the terminal instead" in said
    assert "The log" in marker.read_text(encoding="utf-8")  # and in the status bar
    listed = faktura(data_paths.root, "invoice", "list", "--json")
    assert line in no_trace(listed, 0) and len(listed.json()) == 2
    assert data_paths.log_file.read_text(encoding="utf-8") == "an older log\n"


# -- a damaged database --------------------------------------------------------------------
@pytest.mark.parametrize("damage", sorted(AT_OPENING))
def test_a_damaged_database_ends_with_5_and_names_the_backups(
    data_paths: DataPaths, damage: str
) -> None:
    """Headless, nobody can answer the window's offers: it says what the command line says
    and ends with 5.  Nothing is changed, an empty file is not filled with new books."""
    books_with_invoices(data_paths, 30)
    AT_OPENING[damage](data_paths.database)
    before = files_in(data_paths.root)
    what = {
        "empty": f"The database file {data_paths.database} is empty (0 bytes)",
        "garbage": f"The file {data_paths.database} is damaged: it is not a database any more",
    }.get(damage, f"The database file {data_paths.database} is damaged: parts of it cannot")
    where = f"Nothing has been changed. The backups are in {data_paths.backups};"
    said = no_trace(window(data_paths.root), 5)
    assert said.startswith(f"The database is damaged: {what}") and where in said
    reason = no_trace(faktura(data_paths.root, "invoice", "list"), 5)
    assert reason.startswith(what) and where in reason
    assert files_in(data_paths.root) == before
    czech = no_trace(faktura(data_paths.root, "client", "list", lang="cs"), 5)
    assert str(data_paths.backups) in czech and "Nothing has been changed" not in czech


def test_damage_the_command_line_meets_while_reading_ends_with_5(data_paths: DataPaths) -> None:
    """Broken pages in the middle: the file opens, reading the invoices finds the damage."""
    books_with_invoices(data_paths, 300)
    scribbled(data_paths.database)
    before = files_in(data_paths.root)
    reason = no_trace(faktura(data_paths.root, "invoice", "list"), 5)
    assert reason.startswith(f"The database file {data_paths.database} is damaged")
    assert str(data_paths.backups) in reason
    assert files_in(data_paths.root) == before


def test_exit_codes_are_the_same_for_the_window_and_the_command_line(
    data_paths: DataPaths, tmp_path: Path
) -> None:
    """One table (README): 3 another Faktura holds the folder, 4 newer, 5 damaged."""
    from desktop.services.database import open_books

    holder = open_books(data_paths)
    try:
        assert no_trace(window(data_paths.root), 3)
        assert no_trace(faktura(data_paths.root, "client", "list"), 3)
    finally:
        holder.close()
    newer = DataPaths(tmp_path / "newer").ensure()
    books_with_invoices(newer, 1)
    import sqlite3

    with sqlite3.connect(newer.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    assert no_trace(window(newer.root), 4)
    assert no_trace(faktura(newer.root, "client", "list"), 4)


# -- a database server that does not answer -----------------------------------------------
def test_an_unreachable_server_is_said_without_its_password_and_ends_with_2(
    data_paths: DataPaths,
) -> None:
    """Headless, nobody can answer the window's offers (try again, the local file, another
    database, quit): the window and the command line name the server, never its password,
    and end with 2 as for any database that cannot be used."""
    from tests.pg_server import free_port

    port = free_port()  # nothing listens there
    url = f"postgresql://team:Slaptas-9@127.0.0.1:{port}/books"
    for done in (
        window(data_paths.root, "--database", url),
        faktura(data_paths.root, "--database", url, "invoice", "list"),
    ):
        said = no_trace(done, 2)
        assert "cannot be reached" in said and f"127.0.0.1:{port}" in said, said
        assert "Slaptas" not in said
    assert not data_paths.database.exists()  # the local file is not made behind the user's back
