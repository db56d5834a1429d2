"""The HTTPS session the token requests go through: Authlib's requests client, verified
against the OS trust store like every SMTP connection (``tls.trusted_context``).

requests would otherwise verify against certifi's bundle, which neither holds a company's
own CA nor honours SSL_CERT_FILE; truststore's documented way to use it with requests is an
adapter that hands urllib3 the context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.mail.settings import SmtpSettings
from desktop.mail.tls import trusted_context

if TYPE_CHECKING:
    from authlib.integrations.requests_client import OAuth2Session

#: Seconds for each token request (connect and each read).
TIMEOUT_S = 20.0


def oauth_session(
    settings: SmtpSettings, *, redirect_uri: str | None = None, timeout_s: float = TIMEOUT_S
) -> OAuth2Session:
    """A public client (PKCE, no secret) unless the settings carry Google's installed-app
    "secret", which then goes in the request body as Google's guide shows.

    Authlib and requests are imported here, not with the module: together they take a quarter
    of a second, which the app's start would pay while the outbox loads, for users who may
    never sign in."""
    from authlib.integrations.requests_client import OAuth2Session
    from requests.adapters import HTTPAdapter

    class _TrustStoreAdapter(HTTPAdapter):
        def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
            kwargs["ssl_context"] = trusted_context()
            super().init_poolmanager(*args, **kwargs)

    secret = settings.oauth_client_secret.strip() or None
    session = OAuth2Session(
        client_id=settings.oauth_client_id.strip(),
        client_secret=secret,
        token_endpoint_auth_method="client_secret_post" if secret else "none",
        scope=" ".join(settings.oauth_scopes.split()),
        redirect_uri=redirect_uri,
        code_challenge_method="S256",
        default_timeout=timeout_s,
    )
    session.mount("https://", _TrustStoreAdapter())
    return session
