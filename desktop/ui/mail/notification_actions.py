"""Which of the pane's actions fit an entry: the buttons under the list and its context menu.

A rule of the screen, not of the outbox: the outbox itself refuses a change that no longer
fits (``OutboxError``) when the entry moved on after the buttons were shown.
"""

from __future__ import annotations

from desktop.core.outbox import OutboxState
from desktop.ui.mail.notification_texts import Item, Notice

ACTIONS = ("sign_in", "retry", "retry_copy", "cancel", "resend", "mark_sent", "open_invoice",
           "smtp_settings", "dismiss")  # fmt: skip
#: A pause for this guidance waits for a new sign-in, not a retry (the old one is refused).
SIGN_IN_GUIDANCE = "oauth_sign_in_required"


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
        found |= {"retry", "cancel", "smtp_settings", "dismiss"}
    elif state is OutboxState.UNCERTAIN:
        found |= {"resend", "mark_sent", "cancel"}
    elif state is OutboxState.SENT and item.sent_copy == "failed":
        found |= {"retry_copy", "dismiss"}  # the copy only: the e-mail is never sent again
    elif state in (OutboxState.SENT, OutboxState.CANCELLED):
        found |= {"dismiss"}
    return found
