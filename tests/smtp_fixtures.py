"""Pytest fixtures for real SMTP servers on loopback, shared by every test folder that sends.

Registered from the root ``conftest.py``; the servers themselves are in ``smtp_server.py``.
A folder that talks TLS makes ``trust_test_ca`` autouse in its own conftest.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.smtp_server import SilentServer, SmtpTestServer, TestPki


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> TestPki:
    return TestPki.create(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def trust_test_ca(monkeypatch: pytest.MonkeyPatch, pki: TestPki) -> Path:
    """The OS trust store plus our test CA, the way ``tls.trusted_context()`` reads it."""
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
