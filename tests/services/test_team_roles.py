"""The roles of ``docs/team-roles.sql`` on a real PostgreSQL server: a team member does
everything; an accountant reads and marks paid, and any other change is refused by the
server as ``StorageError("denied")`` (plain words in the window), with nothing written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.errors import StorageError
from desktop.core.lifecycle import InvoiceStatus
from desktop.paths import DataPaths
from tests.pg_server import PgServer
from tests.services.books import draft_form, new_draft, opened, set_up_seller

SCRIPT = Path(__file__).resolve().parents[2] / "docs" / "team-roles.sql"
PEOPLE = {"anna": "faktura_team", "rita": "faktura_accountant"}


@pytest.fixture
def team(pg_server: PgServer, tmp_path: Path) -> Iterator[tuple[str, dict[str, str], int, int]]:
    """The books set up by the owner, the script run, one login per role."""
    database = pg_server.new_database()
    owner = DataPaths(tmp_path / "owner").ensure()
    with opened(owner, pg_server.url(database)) as services:
        client = set_up_seller(services)
        issued = services.invoices.create(draft_form(services, client), issue=True).id
        draft = new_draft(services, client)
    pg_server.execute(SCRIPT.read_text(encoding="utf-8"), database)
    urls = {}
    for person, role in PEOPLE.items():
        pg_server.execute(f"CREATE ROLE {person} LOGIN PASSWORD 'pw-{person}' IN ROLE {role}")
        urls[person] = pg_server.url(database, user=person, password=f"pw-{person}")
    try:
        yield database, urls, issued, draft
    finally:
        pg_server.drop_database(database)
        for role in (*PEOPLE, *PEOPLE.values()):
            pg_server.execute(f"DROP ROLE IF EXISTS {role}")


def test_a_team_member_issues_and_the_accountant_marks_paid(
    team: tuple[str, dict[str, str], int, int], tmp_path: Path
) -> None:
    _, urls, issued, draft = team
    with opened(DataPaths(tmp_path / "anna").ensure(), urls["anna"]) as anna:
        number = anna.invoices.issue(draft)
        assert anna.books.user == "anna"
    with opened(DataPaths(tmp_path / "rita").ensure(), urls["rita"]) as rita:
        rows = rita.invoices.summaries()
        assert {row.number for row in rows} >= {number}
        rita.invoices.mark_paid(issued)
        assert rita.invoices.load(issued).status == InvoiceStatus.PAID.value
        form = rita.invoices.new_form()
        form.client_id = 1
        with pytest.raises(StorageError) as refused:
            rita.invoices.create(form)
        assert refused.value.problem == "denied"
        with pytest.raises(StorageError):
            rita.invoices.cancel(draft)  # issued by anna: cancelling is not the accountant's
        assert rita.invoices.load(draft).status == InvoiceStatus.ISSUED.value
