"""A real OAuth2 authorization server on 127.0.0.1 for tests (HTTPS with the test CA).

Implements what Faktura's sign-in uses: the authorization endpoint of the code flow with
PKCE (S256 only) and the token endpoint (``authorization_code`` and ``refresh_token``
grants, RFC 6749 / RFC 7636), with the error answers real providers give.  "Consent" is a
query away: the authorization endpoint redirects at once (or with ``access_denied`` when
``deny`` is set), so a test follows the URL the app opened with an HTTP client and lands on
the app's loopback listener.

The issued access tokens are what ``tests.smtp_server``'s XOAUTH2 check accepts
(``valid_bearer``); ``revoke`` and ``expire`` model a user withdrawing consent and a token
running out.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Self
from urllib.parse import parse_qs, urlencode, urlsplit

from tests.smtp_server import HOST, USER, TestPki

CLIENT_ID = "faktura-test-client"
SCOPES = "https://outlook.office.com/SMTP.Send offline_access"


@dataclass
class _Grant:
    client_id: str
    redirect_uri: str
    challenge: str
    scope: str
    login_hint: str


@dataclass
class AuthState:
    """Everything the server knows; tests read and change it directly."""

    client_id: str = CLIENT_ID
    expires_in: int = 3600
    rotate_refresh: bool = False  # answer a refresh with a new refresh token (Microsoft)
    deny: bool = False  # the user clicks "No" on the consent page
    codes: dict[str, _Grant] = field(default_factory=dict)
    refresh_tokens: dict[str, str] = field(default_factory=dict)  # token -> scope
    access_tokens: dict[str, str] = field(default_factory=dict)  # token -> user
    issued: list[str] = field(default_factory=list)  # every token handed out, for greps
    token_requests: list[dict[str, str]] = field(default_factory=list)  # grant, minus secrets
    authorize_requests: list[dict[str, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    introspections: int = 0  # Dovecot asked whether a bearer token is valid

    def valid_bearer(self, user: str, token: str) -> bool:
        with self.lock:
            return self.access_tokens.get(token) == user

    def revoke(self) -> None:
        """The user withdrew consent (or an admin did): every token stops working."""
        with self.lock:
            self.refresh_tokens.clear()
            self.access_tokens.clear()

    def expire(self) -> None:
        """Every access token runs out (the refresh tokens still work)."""
        with self.lock:
            self.access_tokens.clear()

    def _new(self, prefix: str) -> str:
        token = f"{prefix}-{secrets.token_urlsafe(24)}"
        self.issued.append(token)
        return token


def _s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path != "/authorize":
            self._json(404, {"error": "not_found"})
            return
        q = {k: v[0] for k, v in parse_qs(parts.query).items()}
        state = self.server.state
        state.authorize_requests.append(q)
        redirect = q.get("redirect_uri", "")
        host = urlsplit(redirect).hostname
        if q.get("client_id") != state.client_id or host not in ("127.0.0.1", "localhost"):
            self._json(400, {"error": "invalid_request", "error_description": "bad client"})
            return
        if q.get("response_type") != "code" or q.get("code_challenge_method") != "S256":
            answer = {"error": "invalid_request", "state": q.get("state", "")}
        elif state.deny:
            answer = {"error": "access_denied", "state": q.get("state", "")}
        else:
            with state.lock:
                code = state._new("code")
                state.codes[code] = _Grant(
                    q["client_id"], redirect, q.get("code_challenge", ""),
                    q.get("scope", ""), q.get("login_hint", USER),
                )  # fmt: skip
            answer = {"code": code, "state": q.get("state", "")}
        self.send_response(302)
        self.send_header("Location", f"{redirect}?{urlencode(answer)}")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self) -> None:
        if urlsplit(self.path).path == "/introspect":  # RFC 7662, for Dovecot's oauth2 passdb
            length = int(self.headers.get("Content-Length", "0"))
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            state = self.server.state
            with state.lock:
                user = state.access_tokens.get(form.get("token", ""))
            state.introspections += 1
            self._json(200, {"active": "true", "username": user} if user else {"active": "false"})
            return
        if urlsplit(self.path).path != "/token":
            self._json(404, {"error": "not_found"})
            return
        length = int(self.headers.get("Content-Length", "0"))
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
        state = self.server.state
        state.token_requests.append({"grant_type": form.get("grant_type", "")})
        if form.get("client_id") != state.client_id:
            self._json(401, {"error": "invalid_client"})
            return
        with state.lock:
            status, body = self._grant(state, form)
        self._json(status, body)

    def _grant(self, state: AuthState, form: dict[str, str]) -> tuple[int, dict[str, object]]:
        grant_type = form.get("grant_type")
        if grant_type == "authorization_code":
            grant = state.codes.pop(form.get("code", ""), None)
            if grant is None or grant.redirect_uri != form.get("redirect_uri"):
                return 400, {"error": "invalid_grant", "error_description": "bad code"}
            if _s256(form.get("code_verifier", "")) != grant.challenge:
                return 400, {"error": "invalid_grant", "error_description": "PKCE failed"}
            scope, user = grant.scope, grant.login_hint
            refresh = state._new("refresh") if "offline_access" in scope.split() else None
        elif grant_type == "refresh_token":
            old = form.get("refresh_token", "")
            if old not in state.refresh_tokens:
                return 400, {
                    "error": "invalid_grant",
                    "error_description": "AADSTS70008: The refresh token has expired or "
                    "is invalid due to sign-in frequency checks",
                }
            scope, user = state.refresh_tokens[old], USER
            refresh = state._new("refresh") if state.rotate_refresh else old
            if refresh != old:
                del state.refresh_tokens[old]
        else:
            return 400, {"error": "unsupported_grant_type"}
        access = state._new("access")
        state.access_tokens[access] = user
        body: dict[str, object] = {
            "token_type": "Bearer",
            "access_token": access,
            "expires_in": state.expires_in,
            "scope": scope,
        }
        if refresh is not None:
            state.refresh_tokens[refresh] = scope
            body["refresh_token"] = refresh
        return 200, body

    def _json(self, status: int, body: dict[str, object]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    state: AuthState


class OAuthTestServer:
    """``with OAuthTestServer(pki) as auth: auth.authorize_url, auth.token_url, auth.state``."""

    def __init__(self, pki: TestPki) -> None:
        self.state = AuthState()
        self._httpd = _Server((HOST, 0), _Handler)
        self._httpd.state = self.state
        self._httpd.socket = pki.server_context().wrap_socket(self._httpd.socket, server_side=True)
        self.port = int(self._httpd.server_address[1])
        self.base = f"https://{HOST}:{self.port}"
        self.authorize_url = f"{self.base}/authorize"
        self.token_url = f"{self.base}/token"
        self.introspection_url = f"{self.base}/introspect"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="oauth-server"
        )

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)
