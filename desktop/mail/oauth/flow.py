"""Signing in: the authorization-code flow with PKCE (RFC 7636) through the system browser
and a loopback redirect (RFC 8252), with Authlib's client.

Two halves, because the browser must be opened from the window's thread and the wait must
not block it: ``start()`` (quick: binds the listener, builds the URL) and ``finish(stop)``
(on the job runner: waits for the redirect, exchanges the code, stores the refresh token in
the keyring).  The code verifier and the state never leave this object.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from desktop.mail.oauth.accounts import oauth_account
from desktop.mail.oauth.endpoints import authorize_params, redirect_host
from desktop.mail.oauth.http import oauth_session
from desktop.mail.oauth.loopback import (
    LoopbackReceiver,
    RedirectCancelled,
    RedirectTimeout,
)
from desktop.mail.oauth.tokens import AccessTokens, access_tokens
from desktop.mail.secrets import PasswordStore, PasswordStoreError
from desktop.mail.settings import SmtpSettings

log = logging.getLogger(__name__)

#: How long the browser may take (the user may have to find a password, approve on a phone).
WAIT_S = 300.0


class SignInProblem(StrEnum):
    """Why a sign-in ended without a refresh token; the form translates each."""

    CANCELLED = "cancelled"  # the user pressed Cancel here
    TIMED_OUT = "timed_out"  # nobody came back from the browser in time
    DENIED = "denied"  # the user (or an admin's policy) declined on the provider's page
    PROVIDER_ERROR = "provider_error"  # the provider refused the request (e.g. a wrong ID)
    NO_REFRESH_TOKEN = "no_refresh_token"  # the scopes lack offline_access
    NETWORK = "network"  # the token endpoint could not be reached
    KEYRING = "keyring"  # the keyring refused to keep the refresh token


class SignInError(Exception):
    def __init__(self, problem: SignInProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class SignedIn:
    account: str  # the mailbox the consent is for (the form's user name)
    expires_in: float  # seconds the first access token is valid


class SignIn:
    """``url = s.start(); open(url); s.finish(stop)`` -> SignedIn, or SignInError."""

    def __init__(
        self,
        settings: SmtpSettings,
        store: PasswordStore,
        *,
        tokens: AccessTokens | None = None,
        wait_s: float = WAIT_S,
    ) -> None:
        self.settings = settings
        self._store = store
        self._tokens = tokens or access_tokens()
        self._wait_s = wait_s
        self._receiver: LoopbackReceiver | None = None
        from authlib.common.security import generate_token  # loaded on sign-in (``http``)

        self._verifier = generate_token(64)  # 64 characters: RFC 7636 wants 43..128
        self._state = ""
        self._redirect_uri = ""

    def start(self) -> str:
        """Listen on the loopback port; the authorization URL to open in the browser."""
        s = self.settings
        self._receiver = LoopbackReceiver()
        self._redirect_uri = self._receiver.redirect_uri(redirect_host(s.oauth_token_url))
        params = authorize_params(s.oauth_token_url)
        if s.username.strip():
            params["login_hint"] = s.username.strip()
        with oauth_session(s, redirect_uri=self._redirect_uri) as session:
            url, self._state = session.create_authorization_url(
                s.oauth_authorize_url.strip(), code_verifier=self._verifier, **params
            )
        return str(url)

    def finish(self, stop: Callable[[], bool] = lambda: False) -> SignedIn:
        """Wait for the redirect, exchange the code, keep the refresh token; always closes
        the listener."""
        receiver = self._receiver
        if receiver is None:
            raise RuntimeError("start() first")
        try:
            try:
                redirect = receiver.wait(self._state, self._wait_s, stop)
            except RedirectCancelled:
                raise SignInError(SignInProblem.CANCELLED) from None
            except RedirectTimeout:
                raise SignInError(SignInProblem.TIMED_OUT) from None
        finally:
            receiver.close()
            self._receiver = None
        if redirect.error:
            problem = (
                SignInProblem.DENIED
                if redirect.error == "access_denied"
                else SignInProblem.PROVIDER_ERROR
            )
            raise SignInError(problem, f"{redirect.error} {redirect.error_description}".strip())
        return self._exchange(redirect.code)

    def cancel_listening(self) -> None:
        """Close the listener without waiting (a sign-in abandoned before ``finish``)."""
        if self._receiver is not None:
            self._receiver.close()
            self._receiver = None

    def _exchange(self, code: str) -> SignedIn:
        from authlib.integrations.base_client import OAuthError

        s = self.settings
        failure: SignInError | None = None
        token: dict[str, object] = {}
        with oauth_session(s, redirect_uri=self._redirect_uri) as session:
            try:
                token = dict(
                    session.fetch_token(
                        s.oauth_token_url.strip(),
                        grant_type="authorization_code",
                        code=code,
                        code_verifier=self._verifier,
                    )
                )
            except OAuthError as exc:
                detail = f"{exc.error} {exc.description or ''}".strip()
                failure = SignInError(SignInProblem.PROVIDER_ERROR, detail)
            except OSError as exc:  # requests' connection errors and timeouts
                failure = SignInError(SignInProblem.NETWORK, type(exc).__name__)
        if failure is not None:  # raised outside the handlers: no traceback with the code
            raise failure
        refresh = str(token.get("refresh_token") or "")
        if not refresh:
            raise SignInError(SignInProblem.NO_REFRESH_TOKEN)
        try:
            self._store.set(oauth_account(s), refresh)
        except PasswordStoreError as exc:
            raise SignInError(SignInProblem.KEYRING, str(exc)) from None
        self._tokens.remember(s, token, refresh)
        log.info("signed in for %s", s.keyring_account())
        expires = token.get("expires_in")
        return SignedIn(
            s.username.strip(), float(expires) if isinstance(expires, int | float) else 0.0
        )


def sign_out(
    settings: SmtpSettings, store: PasswordStore, tokens: AccessTokens | None = None
) -> None:
    """Forget the refresh token (keyring) and any access token (memory)."""
    (tokens or access_tokens()).forget(settings)
    store.delete(oauth_account(settings))
