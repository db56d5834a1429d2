"""Fixtures for the mail layer: a test PKI trusted through SSL_CERT_FILE, and real servers."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.mail.outbox_fixtures import db, server  # noqa: F401 - fixtures


@pytest.fixture(autouse=True)
def no_thread_leak() -> Iterator[None]:
    """Servers, connection tests and timers must all be gone when a test ends."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 2.0
    while (extra := set(threading.enumerate()) - before) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not extra, f"threads left running: {sorted(t.name for t in extra)}"


@pytest.fixture(autouse=True)
def _trusted_ca(trust_test_ca: Path) -> Path:
    return trust_test_ca
