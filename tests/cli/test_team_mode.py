"""Team mode from the command line: ``--database`` (or ``FAKTURA_DATABASE_URL``) on a real
PostgreSQL server, several data folders on one database, the password in the keyring only."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import faktura, ok, refused
from tests.file_keyring import VARIABLE
from tests.pg_server import PgServer

pytestmark = pytest.mark.slow

SECRET = "Slaptažodis-7"


def seller(data: Path, url: str) -> None:
    ok(faktura(data, "--database", url, "company", "set", "--name", "UAB Šviesa",
               "--country", "LT", "--vat-payer", "yes"))  # fmt: skip
    ok(faktura(data, "--database", url, "client", "add", "--name", "Klientas s.r.o.",
               "--country", "CZ", "--json"))  # fmt: skip


def test_two_data_folders_share_one_server_database(pg_url: str, tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    seller(first, pg_url)
    line = ["--line", "Konzultace;2;h;50;21"]
    issued = ok(faktura(first, "--database", pg_url, "invoice", "new", "--client", "1", *line,
                        "--issue", "--json")).json()  # fmt: skip
    # Another machine's folder, the URL from the environment; no folder lock between them.
    listed = ok(faktura(second, "invoice", "list", "--json",
                        env={"FAKTURA_DATABASE_URL": pg_url})).json()  # fmt: skip
    assert [row["number"] for row in listed] == [issued["number"]]
    assert not (first / "faktura.sqlite3").exists() and not (second / "faktura.sqlite3").exists()
    # The SQLite file stays the default: without the URL the folder has books of its own.
    assert ok(faktura(second, "invoice", "list", "--json")).json() == []
    assert (second / "faktura.sqlite3").exists()


def test_backup_of_a_server_database_points_to_its_tools(pg_url: str, tmp_path: Path) -> None:
    said = refused(faktura(tmp_path / "d", "--database", pg_url, "backup"))
    assert "back up a shared database on its server" in said


def test_a_bad_url_is_bad_usage(tmp_path: Path) -> None:
    said = refused(faktura(tmp_path / "d", "--database", "mysql://x@y/z", "invoice", "list"), 2)
    assert "postgresql://USER@HOST/DATABASE" in said


def test_an_unreachable_server_is_said_in_plain_words(tmp_path: Path) -> None:
    from tests.pg_server import free_port

    url = f"postgresql://nobody@127.0.0.1:{free_port()}/books"
    said = refused(faktura(tmp_path / "d", "--database", url, "invoice", "list"), 2)
    assert "cannot be reached" in said and "Traceback" not in said


def test_the_password_lives_in_the_keyring_only(pg_server: PgServer, tmp_path: Path) -> None:
    database = pg_server.new_database()
    try:
        pg_server.execute(f"CREATE ROLE team LOGIN PASSWORD '{SECRET}'")
        pg_server.execute(f'ALTER DATABASE "{database}" OWNER TO team')
        pg_server.execute("GRANT ALL ON SCHEMA public TO team", database)
        url = pg_server.url(database, user="team")
        env = {"PYTHON_KEYRING_BACKEND": "tests.file_keyring.FileKeyring",
               VARIABLE: str(tmp_path / "keyring.json")}  # fmt: skip
        data = tmp_path / "d"
        said = refused(faktura(data, "--database", url, "invoice", "list", env=env), 2)
        assert "refused the user name or the password" in said
        assert "db password" in said
        wrong = faktura(data, "--database", url, "db", "password", env=env, stdin="nope\n")
        assert wrong.code == 1 and "refused" in wrong.err
        right = ok(faktura(data, "--database", url, "db", "password", env=env,
                           stdin=SECRET + "\n"))  # fmt: skip
        assert "kept in the keyring" in right.err
        ok(faktura(data, "--database", url, "invoice", "list", env=env))
        # Nowhere but in the keyring: not in the output, the log, or the data folder.
        for file in data.rglob("*"):
            if file.is_file():
                assert SECRET.encode() not in file.read_bytes(), file
        assert SECRET not in right.out + right.err
    finally:
        pg_server.drop_database(database)
        pg_server.execute("DROP ROLE IF EXISTS team")


def test_db_copy_moves_the_books_to_the_server_and_back(pg_url: str, tmp_path: Path) -> None:
    from tests.cli.conftest import new_invoice, set_up_seller

    here = tmp_path / "here"
    set_up_seller(here)
    first = new_invoice(here, "Konzultace;2;h;50,50;21", options=("--issue",))
    new_invoice(here, "Návrh;1;ks;10;21")  # a draft
    ok(faktura(here, "invoice", "credit", first["number"], "--issue"))
    listed = ok(faktura(here, "invoice", "list", "--json")).json()

    done = ok(faktura(here, "db", "copy", "--to", pg_url))
    assert "3 invoices, 1 clients" in done.err and "match" in done.err
    on_server = ok(faktura(tmp_path / "t", "--database", pg_url, "invoice", "list", "--json"))
    assert on_server.json() == listed
    # The server's ids and numbers go on after the copied ones.
    more = ok(faktura(tmp_path / "t", "--database", pg_url, "invoice", "new", "--client", "1",
                      "--line", "Další;1;ks;5;21", "--issue", "--json")).json()  # fmt: skip
    assert more["number"].endswith("-0002") and more["id"] == 4
    # Never into a database that holds anything.
    again = refused(faktura(here, "db", "copy", "--to", pg_url))
    assert "is not empty" in again and "Nothing was written" in again

    back = tmp_path / "back"
    back.mkdir()
    target = f"sqlite:///{back / 'faktura.sqlite3'}"
    ok(faktura(tmp_path / "t", "--database", pg_url, "db", "copy", "--to", target))
    returned = ok(faktura(back, "invoice", "list", "--json")).json()
    server_now = ok(faktura(tmp_path / "t", "--database", pg_url, "invoice", "list", "--json"))
    assert returned == server_now.json() and len(returned) == 4
