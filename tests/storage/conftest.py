"""Fixtures for the storage tests: each test that opens books through ``database_url`` runs
on the SQLite file and on a fresh PostgreSQL database (``tests/conftest.py``)."""

from __future__ import annotations

import pytest

from tests.mail.outbox_fixtures import db  # noqa: F401 - fixture


@pytest.fixture
def database_url(engine_url: str) -> str:
    return engine_url
