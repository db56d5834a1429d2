"""Fixtures for the outbox: a migrated database with an issued invoice, real SMTP servers."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.mail import settings_repo
from desktop.mail.outbox_retry import MAX_ATTEMPTS_KEY, RETRY_DELAYS_KEY
from desktop.modules.registry import INSTALLED_KEY
from desktop.paths import DataPaths
from desktop.storage import invoices, kv
from desktop.storage.database import Database, open_database
from desktop.storage.models import Client
from desktop.storage.parties import get_company
from tests.smtp_server import PASSWORD, SmtpTestServer, TestPki, settings_for


@pytest.fixture(autouse=True)
def _trusted_ca(trust_test_ca: Path) -> Path:
    return trust_test_ca


@pytest.fixture
def server(pki: TestPki) -> Iterator[SmtpTestServer]:
    with SmtpTestServer("starttls", pki) as srv:
        yield srv


@pytest.fixture
def db(data_paths: DataPaths) -> Iterator[Database]:
    database = open_database(data_paths.database_url())
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
            invoices.issue(session, inv.id)
        session.commit()
        return inv.id


def configure_smtp(
    db: Database, server: SmtpTestServer, *, fast: bool = True, **changes: object
) -> None:
    """Install the SMTP module with settings for ``server``; short backoff for tests."""
    settings = settings_for(server, **changes)  # type: ignore[arg-type]
    settings_repo.save(db, settings, PASSWORD)
    with db.session() as session:
        kv.set_json(session, INSTALLED_KEY, ["smtp"])
        if fast:
            kv.set_json(session, RETRY_DELAYS_KEY, [0.2, 0.4, 0.6, 0.8])
            kv.set_json(session, MAX_ATTEMPTS_KEY, 5)
        session.commit()
