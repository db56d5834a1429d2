"""Guidance keys: the stable names of "what the user should do" after an SMTP failure.

The mail layer maps a server reply or a Python exception to one of these keys; the UI turns a
key into a translated sentence, and every key has a section with the same anchor in
``i18n/guides/<lang>/troubleshooting.md``.  Keys are stored in the outbox, so never rename one.
"""

from __future__ import annotations

from enum import StrEnum


class Guidance(StrEnum):
    """What went wrong, phrased as the remedy the user needs (see SMTP.md)."""

    APP_PASSWORD_REQUIRED = "app_password_required"  # 534 5.7.9 (Gmail with 2-step verification)
    AUTH_FAILED = "auth_failed"  # 535 wrong user name or password
    MS_BASIC_AUTH_DISABLED = "ms_basic_auth_disabled"  # 535 5.7.139 SmtpClientAuthentication
    # OAuth2 (XOAUTH2) sign-in:
    OAUTH_SIGN_IN_REQUIRED = "oauth_sign_in_required"  # no consent, or it expired / was revoked
    OAUTH_TOKEN_REJECTED = "oauth_token_rejected"  # 535/334 to a freshly refreshed token
    OAUTH_PROVIDER_ERROR = "oauth_provider_error"  # the token endpoint refused (wrong client ID)
    MS_SMTP_AUTH_DISABLED = "ms_smtp_auth_disabled"  # 5.7.139 with OAuth: SMTP AUTH off at all
    AUTH_NOT_OFFERED = "auth_not_offered"  # server advertises no AUTH mechanism we can use
    STARTTLS_REQUIRED = "starttls_required"  # 530 Must issue a STARTTLS command first
    STARTTLS_NOT_OFFERED = "starttls_not_offered"  # STARTTLS chosen, server does not offer it
    SSL_ON_STARTTLS_PORT = "ssl_on_starttls_port"  # WRONG_VERSION_NUMBER on 587-style port
    STARTTLS_ON_SSL_PORT = "starttls_on_ssl_port"  # plain/STARTTLS talk to an implicit-TLS port
    DNS_FAILED = "dns_failed"  # host name does not resolve
    CONNECTION_REFUSED = "connection_refused"  # nothing listens on that port
    PORT_BLOCKED = "port_blocked"  # no answer at all (firewall, port 25 blocked)
    TIMEOUT = "timeout"  # connected, but the server stopped answering
    NETWORK_UNREACHABLE = "network_unreachable"  # offline
    CERT_UNTRUSTED = "cert_untrusted"  # certificate not trusted by the OS store
    CERT_PIN_MISMATCH = "cert_pin_mismatch"  # pinned certificate replaced by another
    CERT_HOSTNAME_MISMATCH = "cert_hostname_mismatch"  # certificate is for another host name
    TLS_FAILED = "tls_failed"  # other TLS handshake failure
    SENDER_NOT_OWNED = "sender_not_owned"  # 553 5.7.1 sender address rejected
    RELAY_DENIED = "relay_denied"  # 554/550 relay access denied (not authenticated)
    RECIPIENT_REJECTED = "recipient_rejected"  # 550/551/553 on RCPT for the recipient
    MESSAGE_TOO_LARGE = "message_too_large"  # 552 or larger than the advertised SIZE
    RATE_LIMITED = "rate_limited"  # 421/450 try later, 550 5.4.5 daily limit
    SMTPUTF8_UNSUPPORTED = "smtputf8_unsupported"  # non-ASCII address, server lacks SMTPUTF8
    SERVER_DISCONNECTED = "server_disconnected"  # connection dropped mid-conversation
    SERVER_TEMPORARY = "server_temporary"  # any other 4xx
    SERVER_PERMANENT = "server_permanent"  # any other 5xx
    UNKNOWN = "unknown"  # our bug or something unforeseen: see the log


#: The troubleshooting guide's file name (the same in every language).
TROUBLESHOOTING_GUIDE = "troubleshooting"
