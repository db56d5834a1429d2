"""Fixtures for the outbox (imported by the conftests that use them): a migrated database
with an issued invoice, real SMTP servers."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from desktop import settings as registry
from desktop.mail import settings_repo
from desktop.storage import invoice_states, invoices, kv
from desktop.storage.database import Database, open_database
from desktop.storage.models import Client
from desktop.storage.parties import get_company
from tests.smtp_server import PASSWORD, SmtpTestServer, TestPki, settings_for


@pytest.fixture
def server(pki: TestPki) -> Iterator[SmtpTestServer]:
    with SmtpTestServer("starttls", pki) as srv:
        yield srv


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    """The books at ``database_url``: the test's SQLite file, or (where a test folder runs on
    both engines) a fresh PostgreSQL database."""
    database = open_database(database_url)
    try:
        yield database
    finally:
        database.dispose()


def make_invoice(
    db: Database, *, issue: bool = True, client_email: str = "pirkejas@example.cz"
) -> int:
    """A company, a client and an invoice (issued unless told otherwise); returns its id."""
    with db.session() as session:
        company = get_company(session)
        company.name, company.email, company.country = "UAB Šviesa", "info@sviesa.lt", "LT"
        client = Client(name="Klientas s.r.o.", emails=client_email, language="cs", country="CZ")
        session.add(client)
        session.flush()
        form = invoices.new_form(session)
        form.client_id = client.id
        form.language = "cs"
        form.lines[0].description = "Konzultace – žluťoučký kůň"
        form.lines[0].unit_price = Decimal("100")
        inv = invoices.save_draft(session, form)
        if issue:
            invoice_states.issue(session, inv.id)
        session.commit()
        return inv.id


def configure_smtp(
    db: Database, server: SmtpTestServer, *, fast: bool = True, **changes: object
) -> None:
    """Install the SMTP module with settings for ``server``; short backoff for tests."""
    settings = settings_for(server, **changes)  # type: ignore[arg-type]
    settings_repo.save(db, settings, PASSWORD)
    with db.session() as session:
        kv.write(session, registry.INSTALLED_MODULES, ["smtp"])
        if fast:
            kv.write(session, registry.RETRY_DELAYS, [0.2, 0.4, 0.6, 0.8])
            kv.write(session, registry.MAX_ATTEMPTS, 5)
        session.commit()
