"""Which of the pane's actions fit an entry: the buttons under the list and its context menu.

A rule of the screen, not of the outbox: the outbox itself refuses a change that no longer
fits (``OutboxError``) when the entry moved on after the buttons were shown.  A failed
message offers what can fix its kind of failure: a refused recipient is corrected in the
compose dialog (retrying the same address only fails again), a message too large gets the
advice and no retry, an account problem opens the settings, a network problem retries.
"""

from __future__ import annotations

from desktop.core.outbox import OutboxState
from desktop.mail.guidance import Guidance as G  # noqa: N817 - as in mail.errors
from desktop.ui.mail.notification_texts import Item, Notice

ACTIONS = (
    "sign_in", "edit_recipients", "retry", "retry_copy", "cancel", "resend", "mark_sent",
    "open_invoice", "smtp_settings", "dismiss",
)  # fmt: skip
#: A pause for this guidance waits for a new sign-in, not a retry (the old one is refused).
SIGN_IN_GUIDANCE = "oauth_sign_in_required"

RECIPIENT = frozenset({G.RECIPIENT_REJECTED, G.SMTPUTF8_UNSUPPORTED})
TOO_LARGE = frozenset({G.MESSAGE_TOO_LARGE})
ACCOUNT = frozenset({
    G.APP_PASSWORD_REQUIRED, G.AUTH_FAILED, G.MS_BASIC_AUTH_DISABLED, G.AUTH_NOT_OFFERED,
    G.STARTTLS_REQUIRED, G.STARTTLS_NOT_OFFERED, G.SSL_ON_STARTTLS_PORT, G.STARTTLS_ON_SSL_PORT,
    G.CERT_UNTRUSTED, G.CERT_PIN_MISMATCH, G.CERT_HOSTNAME_MISMATCH, G.TLS_FAILED,
    G.SENDER_NOT_OWNED, G.RELAY_DENIED, G.OAUTH_SIGN_IN_REQUIRED, G.OAUTH_TOKEN_REJECTED,
    G.OAUTH_PROVIDER_ERROR, G.MS_SMTP_AUTH_DISABLED,
})  # fmt: skip
NETWORK = frozenset({
    G.DNS_FAILED, G.CONNECTION_REFUSED, G.PORT_BLOCKED, G.TIMEOUT, G.NETWORK_UNREACHABLE,
    G.SERVER_DISCONNECTED, G.SERVER_TEMPORARY, G.RATE_LIMITED,
})  # fmt: skip


def failure_class(guidance: str) -> str:
    """``recipient``, ``too_large``, ``account``, ``network`` or ``other``."""
    for name, keys in (
        ("recipient", RECIPIENT), ("too_large", TOO_LARGE), ("account", ACCOUNT),
        ("network", NETWORK),
    ):  # fmt: skip
        if guidance in keys:
            return name
    return "other"


_FAILED_ACTIONS = {
    "recipient": {"edit_recipients", "dismiss"},
    "too_large": {"dismiss"},
    "account": {"smtp_settings", "retry", "dismiss"},
    "network": {"retry", "dismiss"},
    "other": {"retry", "cancel", "smtp_settings", "dismiss"},
}


def applicable(item: Item | None) -> set[str]:
    """Which actions make sense for an entry (the buttons shown under the list)."""
    if item is None:
        return set()
    if isinstance(item, Notice):
        if item.kind == "paused" and item.guidance == SIGN_IN_GUIDANCE:
            return {"sign_in", "smtp_settings"}
        if item.kind == "paused":
            return {"retry", "smtp_settings"}
        if item.kind == "account_missing":
            return {"smtp_settings"}
        if item.kind == "password_wait" and item.wait == "sign_in":
            return {"sign_in", "smtp_settings"}
        if item.kind == "password_wait":
            return {"smtp_settings"} | (set() if item.wait == "missing" else {"retry"})
        return {"dismiss", "smtp_settings"} | ({"open_invoice"} if item.invoice_id else set())
    found: set[str] = {"open_invoice"} if item.invoice_id is not None else set()
    state = item.state
    if state in (OutboxState.QUEUED, OutboxState.RETRYING):
        found |= {"cancel"} | ({"retry"} if state is OutboxState.RETRYING else set())
    elif state is OutboxState.FAILED:
        found |= _FAILED_ACTIONS[failure_class(item.guidance)]
        if item.invoice_id is None:  # nothing to compose again from
            found = (found - {"edit_recipients"}) | {"cancel"}
    elif state is OutboxState.UNCERTAIN:
        found |= {"resend", "mark_sent", "cancel"}
    elif state is OutboxState.SENT and item.sent_copy == "failed":
        found |= {"retry_copy", "dismiss"}  # the copy only: the e-mail is never sent again
    elif state in (OutboxState.SENT, OutboxState.CANCELLED):
        found |= {"dismiss"}
    return found
