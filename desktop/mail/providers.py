"""Bundled provider presets (SMTP.md "Provider presets", from Thunderbird's ISPDB).

Offline-first: no autoconfig look-ups, only this table and Thunderbird's guessing order.
``verified=False`` rows come from public code only; the form says "check with your provider".
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from desktop.mail.oauth.endpoints import (
    MICROSOFT_IMAP_SCOPE,
    OAuthEndpoints,
    OAuthProvider,
    default_client_id,
    google,
    microsoft,
    provider_of,
)
from desktop.mail.settings import Encryption, SmtpSettings


@dataclass(frozen=True)
class ProviderPreset:
    """One row of the table; ``guide`` is a guide file stem in i18n/guides/<lang>/."""

    id: str
    name: str
    domains: tuple[str, ...]
    host: str
    port: int
    encryption: Encryption
    guide: str
    needs_app_password: bool
    oauth_only: bool
    verified: bool


GUIDES = (
    "smtp-module",
    "gmail",
    "czech-providers",
    "lithuanian-hosting",
    "microsoft",
    "oauth",
    "other-providers",
    "troubleshooting",
)

_HOTMAIL_TLDS = ("com", "co.uk", "de", "fr", "it", "es", "cz", "lt", "nl", "be", "at")

PRESETS: tuple[ProviderPreset, ...] = (
    # ISPDB; 587 STARTTLS also works. App password with 2-step verification.
    ProviderPreset("gmail", "Gmail / Google Workspace", ("gmail.com", "googlemail.com"),
                   "smtp.gmail.com", 465, "ssl", "gmail", True, False, True),
    ProviderPreset("seznam", "Seznam.cz", ("seznam.cz", "email.cz", "post.cz", "spoluzaci.cz"),
                   "smtp.seznam.cz", 465, "ssl", "czech-providers", True, False, True),
    # Public code only: not confirmed by the provider.
    ProviderPreset("centrum", "Centrum.cz", ("centrum.cz", "atlas.cz", "volny.cz"),
                   "smtp.centrum.cz", 465, "ssl", "czech-providers", False, False, False),
    # ISPDB: OAuth2 only, basic auth is refused.
    ProviderPreset("outlook", "Outlook.com / Hotmail",
                   ("outlook.com", "msn.com", *(f"hotmail.{t}" for t in _HOTMAIL_TLDS),
                    *(f"live.{t}" for t in _HOTMAIL_TLDS)),
                   "smtp-mail.outlook.com", 587, "starttls", "microsoft", False, True, True),
    # Tenant must allow SMTP AUTH; Microsoft is retiring basic auth. No e-mail domain of its own.
    ProviderPreset("microsoft365", "Microsoft 365", (),
                   "smtp.office365.com", 587, "starttls", "microsoft", False, False, True),
    ProviderPreset("yahoo", "Yahoo Mail", ("yahoo.com",),
                   "smtp.mail.yahoo.com", 465, "ssl", "other-providers", True, False, True),
    ProviderPreset("icloud", "iCloud Mail", ("icloud.com", "me.com", "mac.com"),
                   "smtp.mail.me.com", 587, "starttls", "other-providers", True, False, True),
    ProviderPreset("zoho_com", "Zoho Mail (zoho.com)", ("zoho.com", "zohomail.com"),
                   "smtp.zoho.com", 465, "ssl", "other-providers", False, False, True),
    ProviderPreset("zoho_eu", "Zoho Mail (zoho.eu)", ("zoho.eu", "zohomail.eu"),
                   "smtp.zoho.eu", 465, "ssl", "other-providers", False, False, True),
    ProviderPreset("gmx", "GMX", ("gmx.net", "gmx.de", "gmx.at", "gmx.ch", "gmx.cz", "gmx.eu"),
                   "mail.gmx.net", 465, "ssl", "other-providers", False, False, True),
    ProviderPreset("gmx_com", "GMX (gmx.com)", ("gmx.com",),
                   "mail.gmx.com", 465, "ssl", "other-providers", False, False, True),
    ProviderPreset("inbox_lt", "Inbox.lt", ("inbox.lt",),
                   "mail.inbox.lt", 465, "ssl", "lithuanian-hosting", False, False, True),
    ProviderPreset("one_cz", "ONE.CZ (Registrator)", ("one.cz",),
                   "smtp.registrator.cz", 587, "starttls", "czech-providers", False, False, True),
    # Per-account host "<name>.serveriai.lt" (the domain's MX); the guide says where to look.
    ProviderPreset("serveriai_lt", "Interneto vizija (serveriai.lt)", (),
                   "", 465, "ssl", "lithuanian-hosting", False, False, False),
    ProviderPreset("other", "Other provider", (),
                   "", 465, "ssl", "other-providers", False, False, False),
)  # fmt: skip

_BY_DOMAIN = {domain: preset for preset in PRESETS for domain in preset.domains}


def preset_by_id(preset_id: str) -> ProviderPreset | None:
    return next((p for p in PRESETS if p.id == preset_id), None)


def preset_for_email(address: str) -> ProviderPreset | None:
    """The preset whose e-mail domains include the address's domain, else None."""
    domain = address.strip().rpartition("@")[2].rstrip(".").lower()
    return _BY_DOMAIN.get(domain) if domain else None


def default_port(enc: Encryption) -> int:
    """RFC 8314: 465 implicit TLS; RFC 6409: 587 submission with STARTTLS; 25 plain relay."""
    return {"ssl": 465, "starttls": 587, "none": 25}[enc]


def guess_for_domain(domain: str) -> list[tuple[str, int, Encryption]]:
    """Thunderbird's fall-back order for an unknown domain; the user can always edit."""
    d = domain.strip().rstrip(".").lower()
    return [
        (f"smtp.{d}", 465, "ssl"),
        (f"smtp.{d}", 587, "starttls"),
        (f"mail.{d}", 465, "ssl"),
        (f"mail.{d}", 587, "starttls"),
    ]


#: Presets whose provider signs in with OAuth2, and the tenant a new Microsoft account starts
#: with: "consumers" for Outlook.com, "organizations" for any Microsoft 365 tenant.
_OAUTH_PRESETS: dict[str, tuple[OAuthProvider, str]] = {
    "gmail": ("google", ""),
    "outlook": ("microsoft", "consumers"),
    "microsoft365": ("microsoft", "organizations"),
}


def oauth_endpoints(preset_id: str, tenant: str = "") -> OAuthEndpoints | None:
    """The sign-in endpoints a preset fills in; None for presets without OAuth2 (the user
    enters them for "Other provider")."""
    known = _OAUTH_PRESETS.get(preset_id)
    if known is None:
        return None
    provider, default_tenant = known
    return microsoft(tenant or default_tenant) if provider == "microsoft" else google()


def oauth_provider(token_url: str) -> OAuthProvider:
    """ "microsoft", "google" or "other", from the token endpoint (the step list's name)."""
    return provider_of(token_url)


def built_in_client_id(preset_id: str) -> str:
    """The client ID a build baked in for the preset's provider ("" when none)."""
    known = _OAUTH_PRESETS.get(preset_id)
    return default_client_id(known[0]) if known is not None else ""


#: Where each preset's mailbox is read over IMAP (Thunderbird's ISPDB, port 993 with
#: implicit TLS); "Copy to Sent" starts ticked for these.  Unknown: the user enters it.
IMAP_SERVERS: dict[str, str] = {
    "gmail": "imap.gmail.com",
    "seznam": "imap.seznam.cz",
    "outlook": "outlook.office365.com",
    "microsoft365": "outlook.office365.com",
    "yahoo": "imap.mail.yahoo.com",
    "icloud": "imap.mail.me.com",
    "zoho_com": "imap.zoho.com",
    "zoho_eu": "imap.zoho.eu",
    "gmx": "imap.gmx.net",
    "gmx_com": "imap.gmx.com",
    "inbox_lt": "mail.inbox.lt",
}
IMAP_PORT = 993


def imap_server(preset_id: str) -> str:
    """The preset's IMAP host, or "" when the preset does not know it."""
    return IMAP_SERVERS.get(preset_id, "")


def with_imap_scope(settings: SmtpSettings) -> SmtpSettings:
    """Microsoft issues IMAP access only with its own scope: with "Copy to Sent" on, an
    OAuth2 account asks for it too (Google's mail scope covers both)."""
    scopes = settings.oauth_scopes.split()
    wanted = (
        settings.uses_oauth
        and settings.imap_copy
        and provider_of(settings.oauth_token_url) == "microsoft"
        and MICROSOFT_IMAP_SCOPE not in scopes
    )
    if not wanted:
        return settings
    return dataclasses.replace(settings, oauth_scopes=" ".join([*scopes, MICROSOFT_IMAP_SCOPE]))
