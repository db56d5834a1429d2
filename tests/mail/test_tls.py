"""TLS contexts, certificate reading and pinning, checked against trustme certificates."""

from __future__ import annotations

import datetime as dt
import ssl

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes

from desktop.mail.tls import (
    fetch_certificate,
    pinned_context,
    speaks_implicit_tls,
    trusted_context,
)
from desktop.mail.x509 import CertificateParseError, parse_certificate
from tests.smtp_server import HOST, SilentServer, SmtpTestServer, TestPki, settings_for


def der_of(pem: bytes) -> bytes:
    return ssl.PEM_cert_to_DER_cert(pem.decode("ascii"))


@pytest.mark.parametrize("which", ["cert", "other_cert", "wrong_name_cert"])
def test_parse_matches_cryptography(pki: TestPki, which: str) -> None:
    der = der_of(getattr(pki, which).cert_chain_pems[0].bytes())
    info = parse_certificate(der)
    reference = x509.load_der_x509_certificate(der)
    assert info.sha256 == reference.fingerprint(hashes.SHA256()).hex()
    assert info.not_after == reference.not_valid_after_utc.isoformat()
    assert not info.self_signed
    issuer_org = reference.issuer.get_attributes_for_oid(x509.NameOID.ORGANIZATION_NAME)
    assert f"O={issuer_org[0].value!s}" in info.issuer


def test_parse_self_signed_ca(pki: TestPki) -> None:
    info = parse_certificate(der_of(pki.ca.cert_pem.bytes()))
    assert info.self_signed and info.subject == info.issuer
    assert dt.datetime.fromisoformat(info.not_after) > dt.datetime.now(dt.UTC)


@pytest.mark.parametrize("junk", [b"", b"\x30", b"\x30\x82\xff\xff", b"not a certificate"])
def test_parse_rejects_junk(junk: bytes) -> None:
    with pytest.raises(CertificateParseError):
        parse_certificate(junk)


def test_trusted_context_defaults(trust_test_ca: object) -> None:
    ctx = trusted_context()
    assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
    assert ctx.minimum_version >= ssl.TLSVersion.TLSv1_2


def test_trusted_context_ignores_missing_env_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", "/nonexistent/ca.pem")
    monkeypatch.setenv("SSL_CERT_DIR", "/nonexistent")
    assert trusted_context().verify_mode == ssl.CERT_REQUIRED


def test_pinned_context_is_strict() -> None:
    ctx = pinned_context("AB" * 32)
    assert ctx.minimum_version >= ssl.TLSVersion.TLSv1_2
    assert getattr(ctx, "pinned_sha256") == "ab" * 32  # noqa: B009


@pytest.mark.parametrize("mode", ["ssl", "starttls"])
def test_fetch_certificate(pki: TestPki, mode: str) -> None:
    with SmtpTestServer(mode, pki, cert="untrusted") as server:  # type: ignore[arg-type]
        info = fetch_certificate(settings_for(server))
    assert info.sha256 == TestPki.sha256(pki.other_cert)
    assert "Untrusted Test CA" in info.issuer
    assert server.handler.messages == [] and server.authenticator.mechanisms == []


def test_fetch_certificate_needs_encryption(plain_server: SmtpTestServer) -> None:
    with pytest.raises(ValueError, match="no certificate"):
        fetch_certificate(settings_for(plain_server))


def test_speaks_implicit_tls(ssl_server: SmtpTestServer, plain_server: SmtpTestServer) -> None:
    assert speaks_implicit_tls(HOST, ssl_server.port, 2.0)
    assert not speaks_implicit_tls(HOST, plain_server.port, 2.0)
    with SilentServer() as silent:
        assert not speaks_implicit_tls(HOST, silent.port, 0.3)
