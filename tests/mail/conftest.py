"""Fixtures for the mail layer: a test PKI trusted through SSL_CERT_FILE, and real servers."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.smtp_server import SilentServer, SmtpTestServer, TestPki


@pytest.fixture(autouse=True)
def no_thread_leak() -> Iterator[None]:
    """Servers, connection tests and timers must all be gone when a test ends."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 2.0
    while (extra := set(threading.enumerate()) - before) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not extra, f"threads left running: {sorted(t.name for t in extra)}"


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> TestPki:
    return TestPki.create(tmp_path_factory.mktemp("pki"))


@pytest.fixture(autouse=True)
def trust_test_ca(monkeypatch: pytest.MonkeyPatch, pki: TestPki) -> Path:
    """The OS trust store plus our test CA, the way trusted_context() reads it."""
    monkeypatch.setenv("SSL_CERT_FILE", str(pki.ca_pem))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    return pki.ca_pem


@pytest.fixture
def ssl_server(pki: TestPki) -> Iterator[SmtpTestServer]:
    with SmtpTestServer("ssl", pki) as server:
        yield server


@pytest.fixture
def starttls_server(pki: TestPki) -> Iterator[SmtpTestServer]:
    with SmtpTestServer("starttls", pki) as server:
        yield server


@pytest.fixture
def plain_server() -> Iterator[SmtpTestServer]:
    with SmtpTestServer("plain") as server:
        yield server


@pytest.fixture
def silent_server() -> Iterator[SilentServer]:
    with SilentServer() as server:
        yield server
