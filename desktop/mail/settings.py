"""SMTP account settings: what the settings form edits and the outbox worker reads.

The password is deliberately not a field: it lives only in the OS keyring (see ``secrets``),
so a settings object can be logged, stored as JSON or shown in a crash report safely.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import asdict, dataclass
from typing import Literal, cast, get_args
from urllib.parse import urlsplit

from desktop.mail.compose import has_newline, is_valid_address

Encryption = Literal["ssl", "starttls", "none"]
ENCRYPTIONS: tuple[Encryption, ...] = get_args(Encryption)
#: How SMTP logs in: a password (AUTH PLAIN/LOGIN) or an OAuth2 access token (XOAUTH2).
AuthMethod = Literal["password", "oauth2"]
AUTH_METHODS: tuple[AuthMethod, ...] = get_args(AuthMethod)

_HEX64 = re.compile(r"[0-9a-f]{64}")


def _host_ok(host: str) -> bool:
    """A host name (IDN allowed) or IP literal; catches pasted URLs, ports and spaces."""
    if len(host) > 253 or any(c.isspace() or c in "/@?#" for c in host):
        return False
    if ":" in host:
        try:
            ipaddress.IPv6Address(host.strip("[]"))
        except ValueError:
            return False
    return not host.startswith((".", "-"))


def _https_url(url: str) -> bool:
    """Token endpoints only over HTTPS (RFC 6749 section 3.1); plain HTTP only on loopback."""
    parts = urlsplit(url)
    if any(c.isspace() for c in url) or not parts.hostname:
        return False
    return parts.scheme == "https" or (parts.scheme == "http" and _is_loopback(parts.hostname))


def _is_loopback(host: str) -> bool:
    host = host.strip().strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class SmtpSettings:
    """One SMTP account. Immutable: the form builds a new one on "Update settings"."""

    host: str
    port: int
    encryption: Encryption
    username: str  # empty: the server does not need a login (local relay)
    sender_name: str
    sender_email: str
    reply_to: str = ""
    timeout_s: float = 20.0
    pinned_sha256: str | None = None  # hex SHA-256 of a certificate the user trusted
    auth_method: AuthMethod = "password"
    # OAuth2 (``auth_method == "oauth2"``): the app's registration with the provider and its
    # endpoints; none of these is a secret (the refresh token lives in the keyring only).
    oauth_client_id: str = ""
    oauth_tenant: str = ""  # Microsoft only: "common", "consumers", "organizations" or an ID
    oauth_authorize_url: str = ""
    oauth_token_url: str = ""
    oauth_scopes: str = ""  # space-separated
    # Google's "Desktop app" clients come with a "secret" that Google itself says is not
    # one for installed apps; Microsoft's public clients have none.
    oauth_client_secret: str = ""
    # Copy to Sent over IMAP: after SMTP accepted a message, the same bytes are appended to
    # the mailbox's Sent folder (SPECIAL-USE \Sent, else ``imap_folder``), logging in with
    # the same user name and password or OAuth2 token.
    imap_copy: bool = False
    imap_host: str = ""
    imap_port: int = 993
    imap_encryption: Encryption = "ssl"
    imap_folder: str = ""  # used when no folder is flagged \Sent; empty: "Sent"

    @property
    def network_host(self) -> str:
        """The host as sockets and SNI want it: no spaces, no [brackets] around IPv6."""
        return self.host.strip().removeprefix("[").removesuffix("]")

    def validate(self) -> dict[str, str]:
        """Field name -> error code; the UI translates codes. Empty dict means valid."""
        errors: dict[str, str] = {}
        host = self.host.strip()
        if not host:
            errors["host"] = "required"
        elif has_newline(self.host) or not _host_ok(host):
            errors["host"] = "host_invalid"
        if (
            isinstance(self.port, bool)
            or not isinstance(self.port, int)
            or not 1 <= self.port <= 65535
        ):
            errors["port"] = "port_range"
        if self.encryption not in ENCRYPTIONS:
            errors["encryption"] = "encryption_invalid"
        if has_newline(self.username):
            errors["username"] = "header_newline"
        if has_newline(self.sender_name):
            errors["sender_name"] = "header_newline"
        for name in ("sender_email", "reply_to"):
            value: str = getattr(self, name)
            if not value.strip():
                if name == "sender_email":
                    errors[name] = "required"
            elif has_newline(value):
                errors[name] = "header_newline"
            elif not is_valid_address(value.strip()):
                errors[name] = "email_invalid"
        if not 1.0 <= self.timeout_s <= 120.0:
            errors["timeout_s"] = "timeout_range"
        if self.pinned_sha256 is not None and not _HEX64.fullmatch(self.pinned_sha256):
            errors["pinned_sha256"] = "fingerprint_invalid"
        if self.imap_copy:
            errors.update(self._imap_errors())
        if self.auth_method not in AUTH_METHODS:
            errors["auth_method"] = "auth_method_invalid"
        elif self.auth_method == "oauth2":
            errors.update(self._oauth_errors())
        return errors

    def _imap_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        host = self.imap_host.strip()
        if not host:
            errors["imap_host"] = "required"
        elif has_newline(self.imap_host) or not _host_ok(host):
            errors["imap_host"] = "host_invalid"
        port = self.imap_port
        if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
            errors["imap_port"] = "port_range"
        if self.imap_encryption not in ENCRYPTIONS:
            errors["imap_encryption"] = "encryption_invalid"
        folder = self.imap_folder
        if has_newline(folder) or not folder.isascii() or any(c in folder for c in '"\\*%'):
            errors["imap_folder"] = "folder_invalid"
        return errors

    def _oauth_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.username.strip():
            errors["username"] = "required"  # XOAUTH2 names the mailbox
        if not self.oauth_client_id.strip():
            errors["oauth_client_id"] = "required"
        elif has_newline(self.oauth_client_id) or any(c.isspace() for c in self.oauth_client_id):
            errors["oauth_client_id"] = "client_id_invalid"
        for name in ("oauth_authorize_url", "oauth_token_url"):
            value: str = getattr(self, name).strip()
            if not value:
                errors[name] = "required"
            elif not _https_url(value):
                errors[name] = "url_not_https"
        if not self.oauth_scopes.split():
            errors["oauth_scopes"] = "required"
        return errors

    def warnings(self) -> dict[str, str]:
        """Valid but probably wrong (the form shows these without blocking "Update")."""
        found: dict[str, str] = {}
        if self.encryption == "none" and self.username and not _is_loopback(self.host):
            found["encryption"] = "password_unencrypted"
        if (self.encryption == "ssl" and self.port in (25, 587)) or (
            self.encryption != "ssl" and self.port == 465
        ):
            found["port"] = "port_encryption_mismatch"  # SMTP.md: 465 = SSL/TLS, 587 = STARTTLS
        return found

    def to_dict(self) -> dict[str, object]:
        """JSON-safe; never contains a password because the class has none."""
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, object]) -> SmtpSettings:
        """Inverse of ``to_dict``; unknown keys (from a newer version) are ignored."""
        encryption = str(d.get("encryption", "ssl"))
        if encryption not in ENCRYPTIONS:
            raise ValueError(f"unknown encryption {encryption!r}")
        pinned = d.get("pinned_sha256")
        auth_method = str(d.get("auth_method", "password"))
        if auth_method not in AUTH_METHODS:
            raise ValueError(f"unknown auth method {auth_method!r}")
        oauth = {name: str(d.get(name, "")) for name in _OAUTH_FIELDS}
        imap_encryption = str(d.get("imap_encryption", "ssl"))
        if imap_encryption not in ENCRYPTIONS:
            raise ValueError(f"unknown encryption {imap_encryption!r}")
        return cls(
            host=str(d.get("host", "")),
            port=int(cast(int, d.get("port", 465))),
            encryption=encryption,
            username=str(d.get("username", "")),
            sender_name=str(d.get("sender_name", "")),
            sender_email=str(d.get("sender_email", "")),
            reply_to=str(d.get("reply_to", "")),
            timeout_s=float(cast(float, d.get("timeout_s", 20.0))),
            pinned_sha256=None if pinned in (None, "") else str(pinned).lower(),
            auth_method=auth_method,
            imap_copy=bool(d.get("imap_copy", False)),
            imap_host=str(d.get("imap_host", "")),
            imap_port=int(cast(int, d.get("imap_port", 993))),
            imap_encryption=imap_encryption,
            imap_folder=str(d.get("imap_folder", "")),
            **oauth,
        )

    @property
    def uses_oauth(self) -> bool:
        return self.auth_method == "oauth2"

    def keyring_account(self) -> str:
        """Stable keyring user name: the login at the host (port/encryption may change)."""
        return f"{self.username}@{self.host.strip().lower()}"


_OAUTH_FIELDS = (
    "oauth_client_id",
    "oauth_tenant",
    "oauth_authorize_url",
    "oauth_token_url",
    "oauth_scopes",
    "oauth_client_secret",
)
