"""Fixtures for the storage tests."""

from __future__ import annotations

from tests.mail.outbox_fixtures import db  # noqa: F401 - fixture
