"""Fixtures for OAuth2 tests: the local authorization server, an SMTP server that checks its
bearer tokens, fresh token caches, and the browser's part of signing in."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from desktop.mail import settings_repo
from desktop.mail.oauth import tokens
from desktop.mail.oauth.flow import SignedIn, SignIn
from desktop.mail.secrets import PasswordStore
from desktop.mail.settings import SmtpSettings
from tests.oauth_server import CLIENT_ID, SCOPES, OAuthTestServer
from tests.smtp_server import SmtpTestServer, TestPki, settings_for


@pytest.fixture
def auth(pki: TestPki) -> Iterator[OAuthTestServer]:
    with OAuthTestServer(pki) as server:
        yield server


@pytest.fixture
def xoauth_server(pki: TestPki, auth: OAuthTestServer) -> Iterator[SmtpTestServer]:
    with SmtpTestServer("starttls", pki, bearer=auth.state.valid_bearer) as server:
        yield server


@pytest.fixture
def fresh_oauth_stores(monkeypatch: pytest.MonkeyPatch) -> PasswordStore:
    """Neither a refresh token (store) nor an access token (cache) leaks between tests."""
    store = PasswordStore()
    monkeypatch.setattr(settings_repo, "_store", store)
    monkeypatch.setattr(tokens, "_tokens", tokens.AccessTokens())
    return store


def oauth_settings(server: SmtpTestServer, auth: OAuthTestServer, **changes: Any) -> SmtpSettings:
    values: dict[str, Any] = {
        "auth_method": "oauth2",
        "oauth_client_id": CLIENT_ID,
        "oauth_authorize_url": auth.authorize_url,
        "oauth_token_url": auth.token_url,
        "oauth_scopes": SCOPES,
        "timeout_s": 10.0,  # the token requests share it; a loaded CI machine is slow
    }
    values.update(changes)
    return settings_for(server, **values)


def consent(url: str, pki: TestPki) -> requests.Response:
    """The browser: open the authorization URL, follow the redirect to the app's listener."""
    with requests.Session() as browser:
        return browser.get(url, verify=str(pki.ca_pem), timeout=10)


def sign_in(settings: SmtpSettings, pki: TestPki, **kwargs: Any) -> SignedIn:
    """The whole sign-in: the app's half here, the browser's on a thread."""
    flow = SignIn(settings, settings_repo.password_store(), **kwargs)
    url = flow.start()
    pages: list[requests.Response] = []
    browser = threading.Thread(target=lambda: pages.append(consent(url, pki)), name="browser")
    browser.start()
    try:
        return flow.finish()
    finally:
        browser.join(10)
