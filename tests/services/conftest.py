"""Fixtures for the service tests: real SMTP servers and a test PKI where a test sends.

Each test that opens books through ``database_url`` runs on the SQLite file and on a fresh
PostgreSQL database (``tests/conftest.py``): the services must behave the same on both."""

from __future__ import annotations

import pytest

from tests.mail.outbox_fixtures import db, server  # noqa: F401 - fixtures


@pytest.fixture
def database_url(engine_url: str) -> str:
    return engine_url
