"""Every exit code of AUTOMATION.md, the help that documents the commands, and the language."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.options import COMMANDS
from desktop.paths import DataPaths
from desktop.services import Services
from desktop.services.database import open_books
from tests.cli.conftest import faktura, ok, refused, set_up_seller

pytestmark = pytest.mark.slow


def test_bad_usage_is_2(data: Path) -> None:
    assert "invalid choice" in refused(faktura(data, "invoce", "list"), 2)
    assert "unrecognized arguments: --jsn" in refused(faktura(data, "invoice", "list", "--jsn"), 2)
    assert "invalid choice: 'overdue'" in refused(
        faktura(data, "invoice", "list", "--status", "overdue"), 2
    )
    refused(faktura(data, "invoice", "list", "--data-dir", str(data)), 2)  # options go first
    assert "ACTION" in refused(faktura(data, "invoice"), 2)  # a group without its action
    assert not (data / "faktura.sqlite3").exists()


def test_another_faktura_on_the_folder_is_3(data_paths: DataPaths) -> None:
    books = open_books(data_paths)  # as a running window holds it
    try:
        reason = refused(faktura(data_paths.root, "invoice", "list"), 3)
    finally:
        books.close()
    assert reason.strip() == (
        f"Another Faktura is using {data_paths.root}: close it or use another data folder."
    )
    ok(faktura(data_paths.root, "invoice", "list"))  # free again


def test_a_newer_database_is_4_and_stays_untouched(data_paths: DataPaths) -> None:
    open_books(data_paths).close()
    with sqlite3.connect(data_paths.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    before = data_paths.database.read_bytes()
    reason = refused(faktura(data_paths.root, "invoice", "list"), 4)
    assert "newer version of Faktura (schema 9999_future)" in reason
    assert data_paths.database.read_bytes() == before


def test_a_damaged_database_is_5(data_paths: DataPaths) -> None:
    data_paths.database.write_bytes(b"this is no SQLite file" * 100)
    reason = refused(faktura(data_paths.root, "invoice", "list"), 5)
    assert f"The backups are in {data_paths.backups}" in reason  # where the way back is
    assert "is damaged (not_database)" in data_paths.log_file.read_text(encoding="utf-8")


def test_what_is_not_there_yet_is_refused_with_1(data: Path) -> None:
    assert "not available yet" in refused(faktura(data, "db", "copy", "--to", "sqlite:///x"))
    server = ("--database", "postgresql://u:secret@db/books")
    reason = refused(faktura(data, *server, "invoice", "list"))
    assert "not supported yet" in reason and "secret" not in reason
    assert not (data / "faktura.sqlite3").exists()


def test_db_upgrade_migrates_an_old_database_and_says_where_the_copy_is(
    data_paths: DataPaths,
) -> None:
    old = Path(__file__).resolve().parents[1] / "data" / "db_0005_list_order_keys.sqlite3"
    data_paths.database.write_bytes(old.read_bytes())
    done = ok(faktura(data_paths.root, "db", "upgrade"))
    revision = done.out.strip()
    copies = list(data_paths.backups.glob("faktura-0005_list_order_keys-*.sqlite3"))
    assert len(copies) == 1 and str(copies[0]) in done.err
    again = ok(faktura(data_paths.root, "db", "upgrade"))
    assert again.out.strip() == revision and f"at schema {revision}" in again.err


def test_help_documents_every_command(data: Path) -> None:
    top = ok(faktura(None, "--help")).out
    for word in COMMANDS:
        assert f"\n  {word}" in top, word
    for line in ("invoice new", "invoice isdoc", "outbox run", "db upgrade", "exit codes"):
        assert line in top, line
    invoice = ok(faktura(None, "invoice", "--help")).out
    documented = ("--client", "--line", "--currency", "--rate", "--issue", "--status")
    for option in (*documented, "-o FILE", "--to ADDR", "ISDOC 6.0.2"):
        assert option in invoice, option
    assert "reverse-charge" in ok(faktura(None, "invoice", "new", "--help")).out
    assert ok(faktura(None, "--version")).out.startswith("faktura ")


def test_messages_speak_the_chosen_or_saved_language(data_paths: DataPaths) -> None:
    data = data_paths.root
    set_up_seller(data)
    lithuanian = refused(faktura(data, "invoice", "issue", "999", lang="lt"))
    assert "999" in lithuanian and "There is no" not in lithuanian
    negative = ("invoice", "new", "--client", "1", "--line", "x;-1;h;1;21")
    czech = refused(faktura(data, *negative, lang="cs"))
    assert czech.startswith("--line 1: Množství na faktuře nemůže být záporné")
    with_books = Services(open_books(data_paths), data_paths)
    try:
        with_books.preferences.set_language("lt")
    finally:
        with_books.close()
    saved = refused(faktura(data, *negative, lang=None))
    assert saved.startswith("--line 1: Sąskaitoje faktūroje kiekis negali būti neigiamas")


def test_a_sqlite_database_elsewhere_is_used_with_the_folder_locked(
    data_paths: DataPaths, tmp_path: Path
) -> None:
    books = tmp_path / "elsewhere.sqlite3"
    url = ("--database", f"sqlite:///{books}")
    ok(faktura(data_paths.root, *url, "client", "add", "--name", "Klientas"))
    assert books.is_file() and not data_paths.database.exists()
    clients = ok(faktura(data_paths.root, *url, "client", "list", "--json")).json()
    assert [c["name"] for c in clients] == ["Klientas"]
    assert ok(faktura(data_paths.root, "client", "list", "--json")).json() == []
