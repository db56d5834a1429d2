"""A damaged database at start: the window's offers, answered like a user would.

The real start-up (``start_session``) runs on real damaged files with someone to answer its
dialogs (``ask=True``; headless, the real process says it on stderr and ends with 5, see
``test_startup.py``).  Each offer is taken: restore the latest backup, choose one, open
another folder, quit.  What counts: the books opened are the backup's, the damaged file is
kept byte for byte beside them, no backup is touched, and quitting changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QTreeWidget, QWidget

from desktop.options import parse_args
from desktop.paths import DataPaths
from desktop.services import Services
from desktop.services.backups import MANUAL, ROLLING, backup_name
from desktop.services.database import open_books
from desktop.ui.shell.app import Session, ensure_application, start_session
from desktop.ui.shell.translations import install_translators
from tests.reliability.damage import AT_OPENING, garbage
from tests.reliability.modals import Answers, click, folder, inspect, pick
from tests.ui.helpers import seed_invoices

pytestmark = pytest.mark.expected_log("WARNING", r"is damaged")

OLDER = backup_name(MANUAL, datetime(2026, 3, 2, 9, 15))
LATEST = backup_name(ROLLING, datetime(2026, 3, 5, 18, 40))


@dataclass
class Books:
    paths: DataPaths
    older: Path  # 3 invoices
    latest: Path  # 5 invoices


@pytest.fixture
def books(data_paths: DataPaths) -> Books:
    """Books with 5 invoices, and two backups: 3 invoices (made by hand), 5 (automatic)."""
    services = Services(open_books(data_paths), data_paths)
    try:
        seed_invoices(services, 3)
        older = services.backups.backup(data_paths.backups / OLDER)
        seed_invoices(services, 2)
        latest = services.backups.backup(data_paths.backups / LATEST)
    finally:
        services.close()
    return Books(data_paths, older, latest)


@pytest.fixture
def started() -> Iterator[list[Session]]:
    """The sessions a test started, closed at its end; the application exists before the
    test's ``Answers`` start polling."""
    ensure_application([])
    sessions: list[Session] = []
    yield sessions
    for session in sessions:
        session.close()


def start(paths: DataPaths, answers: Answers, sessions: list[Session]) -> Session | int:
    ensure_application([])
    install_translators("en")
    options = parse_args(["--data-dir", str(paths.root), "--lang", "en"])
    try:
        result = start_session(options, ask=True)
    finally:
        answers.stop()
    if isinstance(result, Session):
        sessions.append(result)
    return result


def invoice_count(session: Session) -> int:
    return len(session.context.services.invoices.summaries())


def offers(dialog: QWidget) -> dict[str, bool]:
    return {b.objectName(): b.isEnabled() for b in dialog.findChildren(QPushButton)}


def says(*parts: str) -> Callable[[QWidget], None]:
    def check(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        text = dialog.text() + " " + dialog.informativeText()
        for part in parts:
            assert part in text, f"{part!r} not in {text!r}"

    return check


def damaged_copies(paths: DataPaths) -> list[Path]:
    return sorted(paths.root.glob("faktura-damaged-*.sqlite3"))


@pytest.mark.parametrize("damage", sorted(AT_OPENING))
def test_restoring_the_latest_backup_keeps_the_damaged_file(
    books: Books, damage: str, started: list[Session]
) -> None:
    paths = books.paths
    AT_OPENING[damage](paths.database)
    damaged = paths.database.read_bytes()
    backups = {p.name: p.read_bytes() for p in paths.backups.iterdir()}
    what = "is empty (0 bytes)" if damage == "empty" else "is damaged"
    answers = Answers(
        (
            "damaged_books_dialog",
            inspect(
                says(f"{paths.database} {what}", "from 2026-03-05 18:40 (5 invoices)"),
                click("damaged_restore_latest"),
            ),
        )
    )
    session = start(paths, answers, started)
    assert isinstance(session, Session)
    assert invoice_count(session) == 5
    [kept] = damaged_copies(paths)
    assert kept.read_bytes() == damaged  # set aside, byte for byte: nothing deleted
    assert {p.name: p.read_bytes() for p in paths.backups.iterdir()} == backups
    assert session.notices == [f"Restored the backup {LATEST}. The damaged file is kept as {kept}."]


def test_choosing_an_older_backup(books: Books, started: list[Session]) -> None:
    paths = books.paths
    garbage(paths.database)

    def listed(dialog: QWidget) -> None:
        tree = dialog.findChild(QTreeWidget, "backup_list")
        assert tree is not None
        rows = [
            [tree.topLevelItem(r).text(c) for c in range(3)]  # type: ignore[union-attr]
            for r in range(tree.topLevelItemCount())
        ]
        assert rows == [
            ["2026-03-05 18:40", "Automatic copy", "5"],
            ["2026-03-02 09:15", "Made by hand", "3"],
        ]

    answers = Answers(
        ("damaged_books_dialog", click("damaged_choose_backup")),
        ("restore_dialog", inspect(listed, pick(books.older))),
    )
    session = start(paths, answers, started)
    assert isinstance(session, Session) and invoice_count(session) == 3
    assert len(damaged_copies(paths)) == 1


def test_cancelling_the_choice_offers_again_and_quit_changes_nothing(
    books: Books, started: list[Session]
) -> None:
    paths = books.paths
    garbage(paths.database)
    before = paths.database.read_bytes()
    answers = Answers(
        ("damaged_books_dialog", click("damaged_choose_backup")),
        ("restore_dialog", lambda dialog: dialog.reject()),  # type: ignore[attr-defined]
        ("damaged_books_dialog", click("damaged_quit")),
    )
    assert start(paths, answers, started) == 5
    assert paths.database.read_bytes() == before
    assert damaged_copies(paths) == []


def test_another_folder_starts_there_and_leaves_the_damaged_one(
    books: Books, tmp_path: Path, started: list[Session]
) -> None:
    paths = books.paths
    garbage(paths.database)
    before = paths.database.read_bytes()
    other = tmp_path / "other books"
    other.mkdir()
    answers = Answers(
        ("damaged_books_dialog", click("damaged_other_folder")),
        ("other_folder_dialog", folder(other)),
    )
    session = start(paths, answers, started)
    assert isinstance(session, Session)
    assert session.context.paths.root == other.resolve()
    assert invoice_count(session) == 0 and (other / "faktura.sqlite3").exists()
    assert paths.database.read_bytes() == before


def test_without_backups_only_another_folder_or_quit(
    data_paths: DataPaths, started: list[Session]
) -> None:
    data_paths.database.write_bytes(b"")

    def only_folder_or_quit(dialog: QWidget) -> None:
        assert offers(dialog) == {
            "damaged_restore_latest": False,
            "damaged_choose_backup": False,
            "damaged_other_folder": True,
            "damaged_quit": True,
        }
        says(f"There is no sound backup in {data_paths.backups}")(dialog)

    answers = Answers(("damaged_books_dialog", inspect(only_folder_or_quit, click("damaged_quit"))))
    assert start(data_paths, answers, started) == 5
    assert data_paths.database.read_bytes() == b""


def test_a_damaged_backup_is_never_offered(books: Books, started: list[Session]) -> None:
    """The newest copy is damaged too: "latest" is the newest sound one, and the list shows
    the damaged copy as unreadable, not to be chosen."""
    paths = books.paths
    garbage(paths.database)
    books.latest.write_bytes(books.latest.read_bytes()[:8192])

    def unreadable_latest(dialog: QWidget) -> None:
        tree = dialog.findChild(QTreeWidget, "backup_list")
        assert tree is not None
        first = tree.topLevelItem(0)
        assert first is not None and first.text(2) == "cannot be read"
        assert not first.flags() & Qt.ItemFlag.ItemIsEnabled
        dialog.reject()  # type: ignore[attr-defined]

    answers = Answers(
        ("damaged_books_dialog", click("damaged_choose_backup")),
        ("restore_dialog", unreadable_latest),
        (
            "damaged_books_dialog",
            inspect(says("from 2026-03-02 09:15 (3 invoices)"), click("damaged_restore_latest")),
        ),
    )
    session = start(paths, answers, started)
    assert isinstance(session, Session) and invoice_count(session) == 3
