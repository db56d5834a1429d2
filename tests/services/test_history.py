"""Who did what: every event of an invoice names the user of the app that made it, on SQLite
(the login, or the name chosen in Settings) and on PostgreSQL (each person's role).

Two apps share one database as a team does: one creates and sends (its mailer delivers to a
real aiosmtpd server), the other issues, marks paid and cancels.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.mail.compose import build_message
from desktop.mail.outbox_queue import queue_message
from desktop.mail.outbox_sender import OutboxSender
from desktop.paths import DataPaths
from desktop.services import Services, history_name
from tests.mail.outbox_fixtures import configure_smtp
from tests.pg_server import SUPERUSER
from tests.services.books import draft_form, new_draft, opened, set_up_seller
from tests.smtp_server import USER, SmtpTestServer

NAME = "Rūta Petraitienė"


@pytest.fixture
def team(
    data_paths: DataPaths, database_url: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[Services, Services]]:
    """Two apps on one database: on PostgreSQL the second logs in as another role ("marta");
    on the SQLite file the second one's user chose a name in Settings."""
    if database_url.startswith("sqlite"):
        with opened(data_paths) as first:
            other = DataPaths(tmp_path / "second").ensure()
            with opened(other, database_url, lock=False) as second:
                assert second.preferences.set_history_name(f"  {NAME} ") == NAME
                yield first, second
        return
    server = request.getfixturevalue("pg_server")
    database = database_url.rsplit("/", 1)[1]
    server.execute("CREATE ROLE marta LOGIN PASSWORD 'pw-marta' SUPERUSER")
    try:
        second_url = server.url(database, user="marta", password="pw-marta")
        other = DataPaths(tmp_path / "second").ensure()
        with opened(data_paths, database_url) as first, opened(other, second_url) as second:
            yield first, second
    finally:
        server.execute("DROP ROLE marta")


def who(services: Services, invoice_id: int) -> list[tuple[str, str]]:
    return [(entry.kind, entry.user) for entry in services.invoices.history(invoice_id)]


def test_every_step_names_who_took_it(
    team: tuple[Services, Services],
    server: SmtpTestServer,
    trust_test_ca: Path,
    database_url: str,
) -> None:
    first, second = team
    me = getpass.getuser() if database_url.startswith("sqlite") else SUPERUSER
    assert first.books.user == me
    them = NAME if database_url.startswith("sqlite") else "marta"
    assert second.books.user == them
    client = set_up_seller(first)
    invoice = new_draft(first, client)
    second.invoices.issue(invoice)
    db = first.books.database
    configure_smtp(db, server)
    mail = build_message(
        sender_name="UAB Pardavėjas", sender_email=USER, to=["pirkejas@example.lt"],
        subject="Sąskaita", body="Sveiki",
    )  # fmt: skip
    queue_message(db, mail, invoice)
    assert OutboxSender(db).drain().sent == 1
    second.invoices.mark_paid(invoice)
    assert who(first, invoice) == [
        ("created", me), ("issued", them), ("email_queued", me), ("email_attempt", me),
        ("email_sent", me), ("sent", me), ("paid", them),
    ]  # fmt: skip
    other = first.invoices.create(draft_form(first, client), issue=True).id
    second.invoices.cancel(other)
    assert who(second, other) == [("created", me), ("issued", me), ("cancelled", them)]
    assert [entry.detail for entry in first.invoices.history(other)][1].startswith("FAK")


def test_copies_start_their_history_from_the_original(team: tuple[Services, Services]) -> None:
    first, second = team
    client = set_up_seller(first)
    original = first.invoices.create(draft_form(first, client), issue=True)
    copy = second.invoices.duplicate(original.id)
    credit = second.invoices.credit_note(original.id)
    for made in (copy, credit):
        [entry] = second.invoices.history(made)
        assert (entry.kind, entry.user, entry.detail) == (
            "created",
            second.books.user,
            original.number,
        )


def test_the_settings_name_is_kept_per_computer_and_forgotten_when_emptied(
    data_paths: DataPaths,
) -> None:
    with opened(data_paths) as services:
        login = services.preferences.default_history_name()
        assert services.preferences.history_name() == ""
        services.preferences.set_history_name(NAME)
        client = set_up_seller(services)
        named = new_draft(services, client)
    assert history_name.saved(data_paths) == NAME
    with opened(data_paths) as services:  # the next start
        assert services.books.user == NAME
        assert services.preferences.default_history_name() == login
        services.preferences.set_history_name("   ")
        plain = new_draft(services, client)
        assert who(services, named) == [("created", NAME)]
        assert who(services, plain) == [("created", login)]
    assert not (data_paths.root / history_name.FILE_NAME).exists()


def test_the_name_reaches_books_opened_lazily(data_paths: DataPaths) -> None:
    """The window opens SQLAlchemy after its first paint (``defer=True``): the name chosen
    in Settings still goes with every change, the mailer's included."""
    from desktop.services.database import open_books

    with opened(data_paths) as services:
        client = set_up_seller(services)
    history_name.save(data_paths, NAME)
    services = Services(open_books(data_paths, defer=True), data_paths)
    try:
        assert not services.books.is_open
        invoice = new_draft(services, client)
        assert who(services, invoice) == [("created", NAME)]
    finally:
        services.close()
