"""Where each provider signs users in, and what a sign-in asks for.

Sources (re-check before changing): Microsoft identity platform, "Authenticate an IMAP, POP
or SMTP connection using OAuth" (scope ``https://outlook.office.com/SMTP.Send``, SASL
XOAUTH2, ``offline_access`` for a refresh token; the v2.0 endpoints take a tenant:
``common``, ``consumers`` for Outlook.com, ``organizations`` or the tenant's ID); Google,
"OAuth 2.0 for iOS & Desktop Apps" (loopback redirect ``http://127.0.0.1:port``; the scope
``https://mail.google.com/`` covers SMTP and IMAP; ``access_type=offline`` and
``prompt=consent`` make it return a refresh token) and "XOAUTH2 mechanism".

A build can bake in the project's own client IDs (``default_client_id``; see the README's
"Building an installer"): none is shipped in the source, since an ID belongs to whoever
registered it and their consent screen would name them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit

OAuthProvider = Literal["microsoft", "google", "other"]

MICROSOFT_AUTHORITY = "https://login.microsoftonline.com"
MICROSOFT_SMTP_SCOPES = "https://outlook.office.com/SMTP.Send offline_access"
MICROSOFT_IMAP_SCOPE = "https://outlook.office.com/IMAP.AccessAsUser.All"
GOOGLE_AUTHORIZE_URL = "https://accounts.google.com/o/oauth2/v2/auth"
GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token"
GOOGLE_MAIL_SCOPE = "https://mail.google.com/"

#: Environment variables a build reads to bake in default client IDs (README, build.spec).
BUILD_CLIENT_ID_VARIABLES: dict[OAuthProvider, str] = {
    "microsoft": "FAKTURA_OAUTH_MICROSOFT_CLIENT_ID",
    "google": "FAKTURA_OAUTH_GOOGLE_CLIENT_ID",
}


@dataclass(frozen=True)
class OAuthEndpoints:
    """What a preset fills into the form's OAuth fields."""

    provider: OAuthProvider
    authorize_url: str
    token_url: str
    scopes: str
    tenant: str = ""
    #: Extra query parameters for the authorization URL.
    authorize_params: dict[str, str] = field(default_factory=dict)


def microsoft(tenant: str = "common") -> OAuthEndpoints:
    """Microsoft 365 (a work tenant, or ``organizations``) and Outlook.com (``consumers``)."""
    tenant = tenant.strip() or "common"
    base = f"{MICROSOFT_AUTHORITY}/{tenant}/oauth2/v2.0"
    return OAuthEndpoints(
        "microsoft", f"{base}/authorize", f"{base}/token", MICROSOFT_SMTP_SCOPES, tenant
    )


def google() -> OAuthEndpoints:
    return OAuthEndpoints(
        "google",
        GOOGLE_AUTHORIZE_URL,
        GOOGLE_TOKEN_URL,
        GOOGLE_MAIL_SCOPE,
        authorize_params={"access_type": "offline", "prompt": "consent"},
    )


def provider_of(token_url: str) -> OAuthProvider:
    """Which provider a token endpoint belongs to (the step list says "Signing in with …")."""
    host = (urlsplit(token_url.strip()).hostname or "").lower()
    if host == "login.microsoftonline.com" or host.endswith(".microsoftonline.com"):
        return "microsoft"
    if host == "oauth2.googleapis.com" or host.endswith(".google.com"):
        return "google"
    return "other"


def authorize_params(token_url: str) -> dict[str, str]:
    """Provider-specific authorization parameters (Google needs two to return a refresh
    token); none for "other"."""
    return dict(google().authorize_params) if provider_of(token_url) == "google" else {}


def redirect_host(token_url: str) -> str:
    """The host name in the loopback redirect URI; the listener is always on 127.0.0.1.

    Microsoft's "Mobile and desktop applications" platform matches ``http://localhost`` on
    any port (that is what its guide registers, and MSAL's own desktop flow sends); Google
    and RFC 8252 section 7.3 prefer the literal address.
    """
    return "localhost" if provider_of(token_url) == "microsoft" else "127.0.0.1"


def default_client_id(provider: OAuthProvider) -> str:
    """The client ID a build baked in (``desktop/mail/oauth/_build_ids.py``, written by
    build.spec from ``BUILD_CLIENT_ID_VARIABLES``), else the variable itself, else ""."""
    if provider == "other":
        return ""
    try:
        from desktop.mail.oauth import _build_ids  # type: ignore[attr-defined]

        baked = str(getattr(_build_ids, "CLIENT_IDS", {}).get(provider, ""))
    except ImportError:
        baked = ""
    return baked or os.environ.get(BUILD_CLIENT_ID_VARIABLES[provider], "").strip()
