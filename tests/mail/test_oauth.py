"""OAuth2 sign-in (PKCE + loopback) and SMTP XOAUTH2 against real loopback servers: the test
authorization server (``tests.oauth_server``) and aiosmtpd checking its bearer tokens."""

from __future__ import annotations

import logging
import smtplib
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from desktop.core.outbox import OutboxState, PasswordWait
from desktop.mail import settings_repo
from desktop.mail.errors import SmtpFailure
from desktop.mail.guidance import Guidance
from desktop.mail.oauth import tokens
from desktop.mail.oauth.accounts import oauth_account
from desktop.mail.oauth.endpoints import google, microsoft, provider_of, redirect_host
from desktop.mail.oauth.flow import SignIn, SignInError, SignInProblem
from desktop.mail.oauth.tokens import REFRESH_MARGIN_S
from desktop.mail.outbox_sender import OutboxSender
from desktop.mail.steps import Step
from desktop.mail.transport import SmtpConnection
from desktop.storage.database import Database
from tests.conftest import MemoryKeyring
from tests.mail.oauth_fixtures import consent, oauth_settings, sign_in
from tests.mail.test_outbox_sender import drain_until, queued, state_of
from tests.oauth_server import OAuthTestServer
from tests.smtp_server import USER, SmtpTestServer, TestPki

pytestmark = pytest.mark.usefixtures("fresh_oauth_stores")

TENANT_DISABLED = (
    "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the "
    "Tenant. Visit https://aka.ms/smtp_auth_disabled for more information."
)


def _refreshes(auth: OAuthTestServer) -> int:
    return sum(1 for r in auth.state.token_requests if r["grant_type"] == "refresh_token")


def _login(steps: list[tuple[str, str, str]]) -> str:
    return next(d for s, st, d in steps if s is Step.LOGIN and st == "ok")


def _open_and_send(
    settings: object, refresh: str | None, steps: list[tuple[str, str, str]]
) -> None:
    with SmtpConnection(settings, refresh, on_step=lambda s, st, d: steps.append((s, st, d))) as c:  # type: ignore[arg-type]
        from tests.mail.test_outbox_sender import message

        c.send(message())


def test_sign_in_with_pkce_then_send_with_xoauth2(
    auth: OAuthTestServer,
    xoauth_server: SmtpTestServer,
    pki: TestPki,
    memory_keyring: MemoryKeyring,
) -> None:
    settings = oauth_settings(xoauth_server, auth)
    signed = sign_in(settings, pki)
    assert signed.account == USER
    request = auth.state.authorize_requests[0]
    assert request["code_challenge_method"] == "S256" and len(request["code_challenge"]) == 43
    assert "code_verifier" not in request
    redirect = urlsplit(request["redirect_uri"])
    assert (redirect.scheme, redirect.hostname) == ("http", "127.0.0.1") and redirect.port
    assert request["login_hint"] == USER and request["scope"] == settings.oauth_scopes
    refresh = memory_keyring.store[("faktura-smtp", oauth_account(settings))]
    assert refresh.startswith("refresh-")
    steps: list[tuple[str, str, str]] = []
    _open_and_send(settings, refresh, steps)
    assert (Step.OAUTH, "ok", auth.token_url) in steps
    assert _login(steps) == f"XOAUTH2 as {USER}"
    assert xoauth_server.handler.messages and xoauth_server.handler.xoauth2_users == [USER]  # type: ignore[attr-defined]
    assert _refreshes(auth) == 0  # the sign-in's own access token was used


def test_the_listener_answers_the_browser_and_only_once(
    auth: OAuthTestServer, pki: TestPki, xoauth_server: SmtpTestServer
) -> None:
    flow = SignIn(oauth_settings(xoauth_server, auth), settings_repo.password_store())
    url = flow.start()
    import threading

    pages: list[object] = []
    browser = threading.Thread(target=lambda: pages.append(consent(url, pki)))
    browser.start()
    flow.finish()
    browser.join(10)
    page = pages[0]
    assert page.status_code == 200 and "signed in" in page.text  # type: ignore[attr-defined]
    port = urlsplit(auth.state.authorize_requests[0]["redirect_uri"]).port
    import socket

    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", port), 1):
        pass  # the listener is closed after the one redirect


def test_declined_consent_and_missing_offline_access(
    auth: OAuthTestServer,
    xoauth_server: SmtpTestServer,
    pki: TestPki,
    memory_keyring: MemoryKeyring,
) -> None:
    auth.state.deny = True
    with pytest.raises(SignInError) as denied:
        sign_in(oauth_settings(xoauth_server, auth), pki)
    assert denied.value.problem is SignInProblem.DENIED
    auth.state.deny = False
    with pytest.raises(SignInError) as no_refresh:
        sign_in(
            oauth_settings(
                xoauth_server, auth, oauth_scopes="https://outlook.office.com/SMTP.Send"
            ),
            pki,
        )
    assert no_refresh.value.problem is SignInProblem.NO_REFRESH_TOKEN
    assert memory_keyring.store == {}


def test_sign_in_can_be_cancelled_and_times_out(
    auth: OAuthTestServer, xoauth_server: SmtpTestServer
) -> None:
    settings = oauth_settings(xoauth_server, auth)
    flow = SignIn(settings, settings_repo.password_store())
    flow.start()
    with pytest.raises(SignInError) as cancelled:
        flow.finish(stop=lambda: True)
    assert cancelled.value.problem is SignInProblem.CANCELLED
    slow = SignIn(settings, settings_repo.password_store(), wait_s=0.3)
    slow.start()
    with pytest.raises(SignInError) as late:
        slow.finish()
    assert late.value.problem is SignInProblem.TIMED_OUT


def test_access_token_is_refreshed_before_it_expires(
    auth: OAuthTestServer,
    xoauth_server: SmtpTestServer,
    pki: TestPki,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    now = [1_000_000.0]
    monkeypatch.setattr(tokens, "_tokens", tokens.AccessTokens(clock=lambda: now[0]))
    settings = oauth_settings(xoauth_server, auth)
    sign_in(settings, pki)
    refresh = settings_repo.password_store().get(oauth_account(settings))
    cache = tokens.access_tokens()
    first = cache.access_token(settings, refresh)
    now[0] += 3600 - REFRESH_MARGIN_S - 1  # still comfortably valid
    assert cache.access_token(settings, refresh) == first and _refreshes(auth) == 0
    now[0] += 2  # within the margin: refreshed before use, not after a refusal
    second = cache.access_token(settings, refresh)
    assert second != first and _refreshes(auth) == 1
    steps: list[tuple[str, str, str]] = []
    _open_and_send(settings, refresh, steps)
    assert _login(steps) == f"XOAUTH2 as {USER}" and _refreshes(auth) == 1


def test_a_refused_token_is_renewed_once_and_rotation_is_kept(
    auth: OAuthTestServer,
    xoauth_server: SmtpTestServer,
    pki: TestPki,
    memory_keyring: MemoryKeyring,
) -> None:
    auth.state.rotate_refresh = True
    settings = oauth_settings(xoauth_server, auth)
    sign_in(settings, pki)
    old_refresh = settings_repo.password_store().get(oauth_account(settings))
    auth.state.expire()  # the server says the token ran out though our clock disagrees
    steps: list[tuple[str, str, str]] = []
    _open_and_send(settings, old_refresh, steps)
    assert _login(steps) == f"XOAUTH2 (token renewed) as {USER}"
    assert _refreshes(auth) == 1
    handler = xoauth_server.handler
    assert handler.xoauth2_users == [USER, USER] and len(handler.messages) == 1  # type: ignore[attr-defined]
    new_refresh = memory_keyring.store[("faktura-smtp", oauth_account(settings))]
    assert new_refresh != old_refresh and new_refresh in auth.state.refresh_tokens


def test_revoked_consent_fails_once_with_sign_in_guidance(
    auth: OAuthTestServer, xoauth_server: SmtpTestServer, pki: TestPki
) -> None:
    settings = oauth_settings(xoauth_server, auth)
    sign_in(settings, pki)
    refresh = settings_repo.password_store().get(oauth_account(settings))
    auth.state.revoke()
    with pytest.raises(SmtpFailure) as failed:
        _open_and_send(settings, refresh, [])
    assert failed.value.guidance is Guidance.OAUTH_SIGN_IN_REQUIRED and failed.value.stops_queue
    assert xoauth_server.handler.xoauth2_users == [USER]  # type: ignore[attr-defined]
    assert _refreshes(auth) == 1
    # a new connection does not even reach the SMTP server with what it knows is refused
    with pytest.raises(SmtpFailure) as again:
        _open_and_send(settings, refresh, [])
    assert again.value.step is Step.OAUTH and _refreshes(auth) == 2
    assert xoauth_server.handler.xoauth2_users == [USER]  # type: ignore[attr-defined]


def test_tenant_with_smtp_auth_disabled_has_its_own_guidance(
    auth: OAuthTestServer, xoauth_server: SmtpTestServer, pki: TestPki
) -> None:
    settings = oauth_settings(xoauth_server, auth)
    sign_in(settings, pki)
    refresh = settings_repo.password_store().get(oauth_account(settings))
    xoauth_server.handler.auth_replies.append(TENANT_DISABLED)  # type: ignore[attr-defined]
    with pytest.raises(SmtpFailure) as failed:
        _open_and_send(settings, refresh, [])
    assert failed.value.guidance is Guidance.MS_SMTP_AUTH_DISABLED and failed.value.stops_queue
    assert failed.value.reply_code == 535 and _refreshes(auth) == 0  # not the token's fault


@pytest.mark.expected_log("WARNING", r"sending paused: oauth: oauth_sign_in_required")
def test_outbox_waits_for_sign_in_pauses_on_revocation_and_resumes_after_new_consent(
    db: Database, auth: OAuthTestServer, xoauth_server: SmtpTestServer, pki: TestPki
) -> None:
    settings = oauth_settings(xoauth_server, auth)
    settings_repo.save(db, settings, None)
    first = queued(db)
    sender = OutboxSender(db)
    result = sender.drain()
    assert result.password_wait is PasswordWait.SIGN_IN and result.sent == 0
    sign_in(settings, pki)
    drain_until(sender, lambda: state_of(db, first.id).state is OutboxState.SENT)
    auth.state.revoke()
    second = queued(db)
    result = sender.drain()
    assert result.paused is not None and result.paused.guidance == "oauth_sign_in_required"
    attempts = len(xoauth_server.handler.xoauth2_users)  # type: ignore[attr-defined]
    for _ in range(3):  # no retry loop with the refused consent
        assert sender.drain().paused is not None
    assert len(xoauth_server.handler.xoauth2_users) == attempts  # type: ignore[attr-defined]
    assert state_of(db, second.id).state is OutboxState.QUEUED
    sign_in(settings, pki)  # "Sign in again": a new refresh token lifts the pause
    drain_until(sender, lambda: state_of(db, second.id).state is OutboxState.SENT)


def test_no_token_in_the_data_folder_or_the_logs(
    db: Database,
    auth: OAuthTestServer,
    xoauth_server: SmtpTestServer,
    pki: TestPki,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    auth.state.rotate_refresh = True
    settings = oauth_settings(xoauth_server, auth)
    settings_repo.save(db, settings, None)
    sign_in(settings, pki)
    row = queued(db)
    sender = OutboxSender(db)
    drain_until(sender, lambda: state_of(db, row.id).state is OutboxState.SENT)
    auth.state.expire()
    row = queued(db)
    drain_until(sender, lambda: state_of(db, row.id).state is OutboxState.SENT)
    db.dispose()
    secrets = [t for t in auth.state.issued]
    assert len(secrets) >= 4
    # everything the app's process logs; aiosmtpd's own DEBUG log (the test server's side,
    # "mail.log") echoes the AUTH line, as any server's debug log would
    # and the test's browser (urllib3 on the "browser" thread) logs the URL it visits.
    ours = [r for r in caplog.records if r.name != "mail.log" and r.threadName != "browser"]
    assert any(r.name.startswith("desktop.mail.oauth") for r in ours)
    logged = "\n".join(f"{r.getMessage()} {r.args!r}" for r in ours)
    for secret in secrets:
        assert secret not in logged
        for path in tmp_path.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                assert secret.encode() not in data, path
                assert secret.encode("utf-16-le") not in data, path


def test_presets_and_redirects() -> None:
    ms = microsoft("consumers")
    assert ms.token_url == "https://login.microsoftonline.com/consumers/oauth2/v2.0/token"
    assert (
        "offline_access" in ms.scopes.split()
        and "https://outlook.office.com/SMTP.Send" in ms.scopes
    )
    assert provider_of(ms.token_url) == "microsoft" and redirect_host(ms.token_url) == "localhost"
    g = google()
    assert provider_of(g.token_url) == "google" and redirect_host(g.token_url) == "127.0.0.1"
    assert g.authorize_params["access_type"] == "offline"


def test_google_style_refusal_is_answered_and_reported(
    auth: OAuthTestServer, xoauth_server: SmtpTestServer
) -> None:
    """A bare smtplib client sees the same 334-then-535 dance our transport handles."""
    with smtplib.SMTP(xoauth_server.host, xoauth_server.port, timeout=5) as smtp:
        smtp.starttls()
        smtp.ehlo()
        code, _ = smtp.docmd("AUTH", "XOAUTH2 dXNlcj14AWF1dGg9QmVhcmVyIHgBAQ==")
        assert code == 334
        assert smtp.docmd("")[0] == 535
    assert parse_qs("") == {}


def test_oauth_settings_validate_and_round_trip(
    xoauth_server: SmtpTestServer, auth: OAuthTestServer
) -> None:
    from desktop.mail.settings import SmtpSettings

    good = oauth_settings(xoauth_server, auth)
    assert good.validate() == {}
    assert SmtpSettings.from_dict(good.to_dict()) == good
    bad = oauth_settings(
        xoauth_server,
        auth,
        username="",
        oauth_client_id="",
        oauth_token_url="http://login.example.com/token",
        oauth_authorize_url="https://login.example.com/authorize",
        oauth_scopes=" ",
    )
    assert bad.validate() == {
        "username": "required",
        "oauth_client_id": "required",
        "oauth_token_url": "url_not_https",
        "oauth_scopes": "required",
    }
    legacy = {k: v for k, v in good.to_dict().items() if not k.startswith(("oauth", "auth"))}
    assert SmtpSettings.from_dict(legacy).auth_method == "password"


def test_a_build_time_client_id_prefills_the_presets(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.mail.providers import built_in_client_id

    monkeypatch.delenv("FAKTURA_OAUTH_MICROSOFT_CLIENT_ID", raising=False)
    assert built_in_client_id("outlook") == ""  # none is shipped in the source
    monkeypatch.setenv("FAKTURA_OAUTH_MICROSOFT_CLIENT_ID", "11111111-2222-3333-4444-555555555555")
    assert built_in_client_id("microsoft365") == "11111111-2222-3333-4444-555555555555"
    assert built_in_client_id("gmail") == "" and built_in_client_id("other") == ""
