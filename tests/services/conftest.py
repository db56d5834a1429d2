"""Fixtures for the service tests: real SMTP servers and a test PKI where a test sends."""

from __future__ import annotations

from tests.mail.outbox_fixtures import db, server  # noqa: F401 - fixtures
