"""Access tokens for XOAUTH2: refreshed before they expire, and again once when a server
refuses one; the refresh token in the keyring only.

The refresh token is the account's credential: it is read and written through the same
``PasswordStore`` as an SMTP password (its keyring entry is ``oauth_account(settings)``),
so a locked keyring means "wait" for it just as for a password.  Access tokens live only in
this process's memory, keyed by the account, and are never written anywhere.

A token endpoint that answers ``invalid_grant`` (consent revoked, expired, the password
changed, an admin's policy) means only the user can go on: ``SignInRequired``.  Network
trouble is an ``OSError`` (requests' exceptions are), which the transport classifies like
any other network failure (transient, retried with back-off).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from desktop.mail.oauth.accounts import oauth_account
from desktop.mail.oauth.http import oauth_session
from desktop.mail.secrets import PasswordStore, PasswordStoreError
from desktop.mail.settings import SmtpSettings

log = logging.getLogger(__name__)

#: An access token with less than this left is refreshed before use (a batch may take a
#: while, and clocks differ).
REFRESH_MARGIN_S = 300.0
#: Token endpoint errors that mean the grant itself is gone (RFC 6749 section 5.2).
_GRANT_GONE = {"invalid_grant", "unauthorized_client", "invalid_client", "interaction_required"}


class SignInRequired(Exception):  # noqa: N818 - a state the user resolves
    """No refresh token is stored, or the provider no longer accepts it."""

    def __init__(self, error: str, description: str = "") -> None:
        super().__init__(f"{error}: {description}" if description else error)
        self.error = error
        self.description = description


class TokenEndpointError(Exception):
    """The token endpoint refused for another reason (its ``error`` code is kept)."""

    def __init__(self, error: str, description: str = "") -> None:
        super().__init__(f"{error}: {description}" if description else error)
        self.error = error


@dataclass(frozen=True)
class _Cached:
    token: str
    expires_at: float
    refresh_key: int  # hash of the refresh token it came from: a new sign-in replaces it


class AccessTokens:
    """One per app run (``access_tokens()``); thread-safe; never shows a token in a repr."""

    def __init__(
        self, store: PasswordStore | None = None, *, clock: Callable[[], float] = time.time
    ) -> None:
        self._store = store
        self._clock = clock
        self._cache: dict[str, _Cached] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<AccessTokens accounts={len(self._cache)}>"

    def _password_store(self) -> PasswordStore:
        if self._store is not None:
            return self._store
        from desktop.mail.settings_repo import password_store

        return password_store()

    def remember(self, settings: SmtpSettings, token: dict[str, object], refresh: str) -> None:
        """Keep a fresh token response's access token (after sign-in or a refresh)."""
        access = str(token.get("access_token", ""))
        if not access:
            raise TokenEndpointError("no_access_token", "the token endpoint sent no token")
        expires_at = _expires_at(token, self._clock())
        with self._lock:
            self._cache[oauth_account(settings)] = _Cached(access, expires_at, hash(refresh))

    def forget(self, settings: SmtpSettings) -> None:
        with self._lock:
            self._cache.pop(oauth_account(settings), None)

    def access_token(
        self, settings: SmtpSettings, refresh: str | None, *, force: bool = False
    ) -> str:
        """A token valid for at least ``REFRESH_MARGIN_S``; ``force`` refreshes anyway (the
        server refused the cached one).  Raises SignInRequired, TokenEndpointError, OSError."""
        if not refresh:
            raise SignInRequired("not_signed_in")
        key = oauth_account(settings)
        with self._lock:
            cached = self._cache.get(key)
        now = self._clock()
        if (
            not force
            and cached is not None
            and cached.refresh_key == hash(refresh)
            and cached.expires_at - now > REFRESH_MARGIN_S
        ):
            return cached.token
        return self._refresh(settings, refresh)

    def _refresh(self, settings: SmtpSettings, refresh: str) -> str:
        from authlib.integrations.base_client import OAuthError  # with the session (``http``)

        session = oauth_session(settings, timeout_s=settings.timeout_s)
        error: tuple[str, str] | None = None
        try:
            token = session.refresh_token(settings.oauth_token_url.strip(), refresh_token=refresh)
        except OAuthError as exc:
            error = (str(exc.error or "oauth_error"), str(exc.description or ""))
        finally:
            session.close()
        if error is not None:  # raised outside the handler: no traceback with the token
            if error[0] in _GRANT_GONE:
                self.forget(settings)
                log.info("the provider no longer accepts the sign-in: %s", error[0])
                raise SignInRequired(*error)
            raise TokenEndpointError(*error)
        rotated = str(token.get("refresh_token") or refresh)
        if rotated != refresh:  # Microsoft rotates refresh tokens: keep the new one
            try:
                self._password_store().set(oauth_account(settings), rotated)
            except PasswordStoreError as exc:  # the old one stays valid until it expires
                log.info("could not keep the renewed sign-in: %s", exc)
        self.remember(settings, dict(token), rotated)
        log.info("access token refreshed for %s", settings.keyring_account())
        return str(token["access_token"])


def _expires_at(token: dict[str, object], now: float) -> float:
    raw = token.get("expires_in")
    try:
        seconds = float(raw) if isinstance(raw, int | float | str) else 3600.0
    except ValueError:
        seconds = 3600.0
    return now + max(seconds, 0.0)


_tokens = AccessTokens()


def access_tokens() -> AccessTokens:
    """The one cache of this app run."""
    return _tokens
