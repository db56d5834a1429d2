# ruff: noqa: E501 - one sentence per line reads better for translators than split strings
"""A ``Guidance`` key from the mail layer as a translated title and what-to-do sentence.

The same keys name the sections of the troubleshooting guide, so the text here is the short
version and the guide (linked next to it) is the long one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.mail.guidance import Guidance


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Typed stand-in for PySide6's (which returns ``object``): marks text for extraction."""
    return text


_CONTEXT = "GuidanceText"

G = Guidance
_TEXTS: dict[Guidance, tuple[str, str]] = {
    G.APP_PASSWORD_REQUIRED: (
        QT_TRANSLATE_NOOP("GuidanceText", "App password required"),
        QT_TRANSLATE_NOOP("GuidanceText", "Create an app password in your e-mail account and enter it as the password instead of your usual one."),
    ),
    G.AUTH_FAILED: (
        QT_TRANSLATE_NOOP("GuidanceText", "Wrong user name or password"),
        QT_TRANSLATE_NOOP("GuidanceText", "Check the user name (usually your full e-mail address) and type the password again. Gmail, Seznam, Yahoo and iCloud need an app password."),
    ),
    G.MS_BASIC_AUTH_DISABLED: (
        QT_TRANSLATE_NOOP("GuidanceText", "Microsoft has disabled password login"),
        QT_TRANSLATE_NOOP("GuidanceText", "Ask your Microsoft 365 administrator to enable Authenticated SMTP for your mailbox. Outlook.com accounts cannot send with a password."),
    ),
    G.OAUTH_SIGN_IN_REQUIRED: (
        QT_TRANSLATE_NOOP("GuidanceText", "Sign in again"),
        QT_TRANSLATE_NOOP("GuidanceText", "The sign-in with your e-mail provider is missing, has expired or was withdrawn. Choose Sign in again and finish the sign-in in the browser."),
    ),
    G.OAUTH_TOKEN_REJECTED: (
        QT_TRANSLATE_NOOP("GuidanceText", "The provider refused the sign-in"),
        QT_TRANSLATE_NOOP("GuidanceText", "Check that the user name is the mailbox you signed in with and that the scopes allow sending mail, then sign in again."),
    ),
    G.OAUTH_PROVIDER_ERROR: (
        QT_TRANSLATE_NOOP("GuidanceText", "The sign-in service refused the request"),
        QT_TRANSLATE_NOOP("GuidanceText", "Check the client ID, the tenant and the sign-in addresses against your app registration."),
    ),
    G.MS_SMTP_AUTH_DISABLED: (
        QT_TRANSLATE_NOOP("GuidanceText", "SMTP login is turned off for this mailbox"),
        QT_TRANSLATE_NOOP("GuidanceText", "Your sign-in is fine, but Microsoft 365 has SMTP login switched off. Ask your administrator to enable Authenticated SMTP for your mailbox."),
    ),
    G.AUTH_NOT_OFFERED: (
        QT_TRANSLATE_NOOP("GuidanceText", "The server offers no login"),
        QT_TRANSLATE_NOOP("GuidanceText", "Choose SSL/TLS (port 465) or STARTTLS (port 587) and check that the server is your provider's outgoing (SMTP) server."),
    ),
    G.STARTTLS_REQUIRED: (
        QT_TRANSLATE_NOOP("GuidanceText", "Encryption required"),
        QT_TRANSLATE_NOOP("GuidanceText", "Set the encryption to STARTTLS (port 587) or SSL/TLS (port 465)."),
    ),
    G.STARTTLS_NOT_OFFERED: (
        QT_TRANSLATE_NOOP("GuidanceText", "The server does not offer STARTTLS"),
        QT_TRANSLATE_NOOP("GuidanceText", "Check the server and port. If your provider uses port 465, choose SSL/TLS instead."),
    ),
    G.SSL_ON_STARTTLS_PORT: (
        QT_TRANSLATE_NOOP("GuidanceText", "SSL/TLS chosen on a STARTTLS port"),
        QT_TRANSLATE_NOOP("GuidanceText", "This port expects STARTTLS. Choose STARTTLS, or use port 465 with SSL/TLS."),
    ),
    G.STARTTLS_ON_SSL_PORT: (
        QT_TRANSLATE_NOOP("GuidanceText", "STARTTLS or no encryption on an SSL port"),
        QT_TRANSLATE_NOOP("GuidanceText", "This port expects SSL/TLS from the start. Choose SSL/TLS, or use port 587 with STARTTLS."),
    ),
    G.DNS_FAILED: (
        QT_TRANSLATE_NOOP("GuidanceText", "Server name not found"),
        QT_TRANSLATE_NOOP("GuidanceText", "Check the spelling of the server name and your internet connection."),
    ),
    G.CONNECTION_REFUSED: (
        QT_TRANSLATE_NOOP("GuidanceText", "Connection refused"),
        QT_TRANSLATE_NOOP("GuidanceText", "Nothing answers on this port. Check the port number: 465 for SSL/TLS, 587 for STARTTLS."),
    ),
    G.PORT_BLOCKED: (
        QT_TRANSLATE_NOOP("GuidanceText", "The port seems to be blocked"),
        QT_TRANSLATE_NOOP("GuidanceText", "Your network may block this port (port 25 often is). Use 465 with SSL/TLS or 587 with STARTTLS."),
    ),
    G.TIMEOUT: (
        QT_TRANSLATE_NOOP("GuidanceText", "The server stopped answering"),
        QT_TRANSLATE_NOOP("GuidanceText", "Try again in a moment. If it keeps happening, check the port and encryption."),
    ),
    G.NETWORK_UNREACHABLE: (
        QT_TRANSLATE_NOOP("GuidanceText", "No network connection"),
        QT_TRANSLATE_NOOP("GuidanceText", "Connect to the internet and try again; queued invoices are sent when the network returns."),
    ),
    G.CERT_UNTRUSTED: (
        QT_TRANSLATE_NOOP("GuidanceText", "Certificate not trusted"),
        QT_TRANSLATE_NOOP("GuidanceText", "Check the server name first. Trust this certificate only if it belongs to your company's own server and your administrator confirms the fingerprint."),
    ),
    G.CERT_PIN_MISMATCH: (
        QT_TRANSLATE_NOOP("GuidanceText", "The server's certificate has changed"),
        QT_TRANSLATE_NOOP("GuidanceText", "The server no longer shows the certificate you trusted. Ask your administrator whether it was replaced before trusting the new one."),
    ),
    G.CERT_HOSTNAME_MISMATCH: (
        QT_TRANSLATE_NOOP("GuidanceText", "Certificate issued for another name"),
        QT_TRANSLATE_NOOP("GuidanceText", "Use the server name your provider gives in its instructions; it must match the certificate."),
    ),
    G.TLS_FAILED: (
        QT_TRANSLATE_NOOP("GuidanceText", "Encrypted connection failed"),
        QT_TRANSLATE_NOOP("GuidanceText", "Check the port and encryption. The server may be too old for a secure connection; ask your provider."),
    ),
    G.SENDER_NOT_OWNED: (
        QT_TRANSLATE_NOOP("GuidanceText", "Sender address not allowed"),
        QT_TRANSLATE_NOOP("GuidanceText", "Use the address of the mailbox you log in to, or an alias your provider allows for it."),
    ),
    G.RELAY_DENIED: (
        QT_TRANSLATE_NOOP("GuidanceText", "Relaying refused"),
        QT_TRANSLATE_NOOP("GuidanceText", "The server wants a login. Enter your user name and password."),
    ),
    G.RECIPIENT_REJECTED: (
        QT_TRANSLATE_NOOP("GuidanceText", "Recipient rejected"),
        QT_TRANSLATE_NOOP("GuidanceText", "Check the recipient's e-mail address."),
    ),
    G.MESSAGE_TOO_LARGE: (
        QT_TRANSLATE_NOOP("GuidanceText", "Message too large"),
        QT_TRANSLATE_NOOP("GuidanceText", "Make the attachment smaller or send fewer files at once."),
    ),
    G.RATE_LIMITED: (
        QT_TRANSLATE_NOOP("GuidanceText", "Sending limit reached"),
        QT_TRANSLATE_NOOP("GuidanceText", "Wait a while; temporary refusals are retried automatically."),
    ),
    G.SMTPUTF8_UNSUPPORTED: (
        QT_TRANSLATE_NOOP("GuidanceText", "Address with special characters not supported"),
        QT_TRANSLATE_NOOP("GuidanceText", "This server cannot send to addresses with letters such as ž or č before the @. Use a plain address."),
    ),
    G.SERVER_DISCONNECTED: (
        QT_TRANSLATE_NOOP("GuidanceText", "Connection dropped"),
        QT_TRANSLATE_NOOP("GuidanceText", "Try again. If it keeps happening, check the port and encryption."),
    ),
    G.SERVER_TEMPORARY: (
        QT_TRANSLATE_NOOP("GuidanceText", "Temporary server error"),
        QT_TRANSLATE_NOOP("GuidanceText", "Try again later; sending is retried automatically."),
    ),
    G.SERVER_PERMANENT: (
        QT_TRANSLATE_NOOP("GuidanceText", "Server refused the message"),
        QT_TRANSLATE_NOOP("GuidanceText", "Read the server's reply below; if it is unclear, send it to your provider's support."),
    ),
    G.UNKNOWN: (
        QT_TRANSLATE_NOOP("GuidanceText", "Unexpected error"),
        QT_TRANSLATE_NOOP("GuidanceText", "Something went wrong in Faktura. The details are in the log file; please report it."),
    ),
}  # fmt: skip


def guidance_title(key: Guidance | str) -> str:
    return QCoreApplication.translate(_CONTEXT, _TEXTS[_key(key)][0])


def guidance_advice(key: Guidance | str) -> str:
    return QCoreApplication.translate(_CONTEXT, _TEXTS[_key(key)][1])


def _key(key: Guidance | str) -> Guidance:
    try:
        return Guidance(key)
    except ValueError:
        return Guidance.UNKNOWN
