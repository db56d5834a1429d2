"""Fixtures for the mail layer: a test PKI trusted through SSL_CERT_FILE, and real servers."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.mail.oauth_fixtures import auth, fresh_oauth_stores, xoauth_server  # noqa: F401 - fixtures
from tests.mail.outbox_fixtures import db, server  # noqa: F401 - fixtures


def _python_threads() -> set[threading.Thread]:
    """Threads Python started.  A thread Qt started (the job runner's) shows up as a
    ``_DummyThread`` once it logs, and Python never forgets it, gone or not: the job runner's
    own tests check that its threads end."""
    return {t for t in threading.enumerate() if not isinstance(t, threading._DummyThread)}


@pytest.fixture(autouse=True)
def no_thread_leak() -> Iterator[None]:
    """Servers, connection tests and timers must all be gone when a test ends."""
    before = _python_threads()
    yield
    deadline = time.monotonic() + 2.0
    while (extra := _python_threads() - before) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not extra, f"threads left running: {sorted(t.name for t in extra)}"


@pytest.fixture(autouse=True)
def _trusted_ca(trust_test_ca: Path) -> Path:
    return trust_test_ca
