"""What the notification pane says about an outbox row or a notice, in the current language.

Kept apart from the model so the list's bookkeeping and its sentences can each be read on
their own; every text is formatted on demand, so a language switch only clears a cache.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.core.outbox import OutboxEntry, OutboxState

CONTEXT = "NotificationModel"
ROW_LINES = 4  # every row has the same height, so the list never measures all rows


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


STATE_LABELS: dict[str, str] = {
    "queued": QT_TRANSLATE_NOOP("NotificationModel", "Queued"),
    "sending": QT_TRANSLATE_NOOP("NotificationModel", "Sending"),
    "sent": QT_TRANSLATE_NOOP("NotificationModel", "Sent"),
    "retrying": QT_TRANSLATE_NOOP("NotificationModel", "Will retry"),
    "failed": QT_TRANSLATE_NOOP("NotificationModel", "Failed"),
    "cancelled": QT_TRANSLATE_NOOP("NotificationModel", "Cancelled"),
    "uncertain": QT_TRANSLATE_NOOP("NotificationModel", "Uncertain"),
    "paused": QT_TRANSLATE_NOOP("NotificationModel", "Paused"),
    "notice": QT_TRANSLATE_NOOP("NotificationModel", "Note"),
}


def _tr(text: str, n: int = -1) -> str:
    return str(QCoreApplication.translate(CONTEXT, text, None, n))


def state_label(state: str) -> str:
    """The translated name of a row's state (``queued`` → "Queued")."""
    return _tr(STATE_LABELS[state])


@dataclass(frozen=True)
class Notice:
    """Something to tell the user that is not an outbox row."""

    id: int
    kind: str  # the model's own: "paused", "account_missing", "password_wait"; others:
    # "setup_needed", "eml_saved"
    title: str
    detail: str
    at: datetime = field(default_factory=datetime.now)
    guidance: str = ""
    reply: str = ""
    path: str = ""
    invoice_id: int | None = None
    seen: bool = False
    wait: str = ""  # "password_wait": a ``PasswordWait`` value (locked, unavailable, missing,
    # sign_in)


Item = OutboxEntry | Notice


def state_of(item: Item, paused: bool) -> str:
    if isinstance(item, Notice):
        return "paused" if item.kind in ("paused", "password_wait") else "notice"
    if paused and item.state in (OutboxState.QUEUED, OutboxState.RETRYING):
        return "paused"
    return item.state.value


_SERVER_REPLY = re.compile(r"^[2-5]\d\d(?:[ -]|$)")


def server_words(reply: str) -> str:
    """ "Server: 550 …" for a reply the server sent; "" for an error of this computer (a
    refused connection, a missing file): those are not the server's words, and their
    exception names and errno stay in the log and the pane's Details."""
    if not reply or not _SERVER_REPLY.match(reply):
        return ""
    return _tr("Server: %1").replace("%1", reply)


def technical_details(item: Item) -> str:
    """The local error's own text (exception name, errno) for the Details expander, if any."""
    reply = item.reply if isinstance(item, Notice) else item.last_reply
    return "" if not reply or _SERVER_REPLY.match(reply) else reply


def _time(value: datetime | None) -> str:
    if value is None:
        return ""
    locale = QLocale()
    fmt = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if value.date() != datetime.now().date():
        fmt = locale.dateFormat(QLocale.FormatType.ShortFormat) + " " + fmt
    return str(locale.toString(value, fmt))


def guidance_lines(key: str) -> tuple[str, str]:
    if not key:
        return "", ""
    from desktop.ui.mail.guidance_text import guidance_advice, guidance_title

    try:
        return guidance_title(key), guidance_advice(key)
    except (KeyError, ValueError):
        return "", ""


def paused_title() -> str:
    return _tr("Sending is paused")


def waiting_texts() -> tuple[str, str]:
    """(title, detail) of the notice shown while messages wait for an SMTP account."""
    return _tr("Messages are waiting"), _tr("Set up e-mail sending (SMTP) to send them.")


def password_wait_texts(wait: str) -> tuple[str, str]:
    """(title, detail) of the notice shown while sending waits for the password."""
    if wait == "missing":
        return _tr("Sending waits for the password"), _tr(
            "No password is saved for the SMTP account. Enter it in the SMTP settings to send."
        )
    if wait == "sign_in":
        return _tr("Sending waits for you to sign in"), _tr(
            "Sign in with your e-mail provider (Microsoft or Google) to send."
        )
    if wait == "unavailable":
        return _tr("Sending waits for your keyring"), _tr(
            "The keyring that keeps the password does not answer. Start or unlock it to send."
        )
    return _tr("Sending waits for your keyring"), _tr("Unlock your keyring to send.")


def _notice_hint(notice: Notice) -> str:
    """The line that says what to do next, for the model's own notices."""
    if notice.kind == "paused" and notice.guidance == "oauth_sign_in_required":
        return _tr("Choose Sign in again; waiting messages are sent right after it.")
    if notice.kind == "paused":
        return _tr("Fix the SMTP settings, then choose Retry now.")
    if notice.kind == "password_wait" and notice.wait == "sign_in":
        return _tr("Choose Sign in again; waiting messages are sent right after it.")
    if notice.kind == "password_wait" and notice.wait != "missing":
        return _tr("Faktura tries again by itself, or choose Retry now.")
    return ""


def notice_texts(notice: Notice) -> tuple[str, str]:
    """(title, detail) of a notice; the model's own notices follow a language switch."""
    if notice.kind == "paused":
        return paused_title(), guidance_lines(notice.guidance)[0] or notice.detail
    if notice.kind == "account_missing":
        return waiting_texts()
    if notice.kind == "password_wait":
        return password_wait_texts(notice.wait)
    return notice.title, notice.detail


def row_text(item: Item, state: str) -> str:
    """The row: at most ``ROW_LINES`` lines (state and invoice, recipient, what happened,
    the server's words); the full story is in ``details_text``."""
    if isinstance(item, Notice):
        head, detail = notice_texts(item)
        title, _ = guidance_lines(item.guidance)
        lines = [head, title or detail, server_words(item.reply)]
        if item.kind in ("paused", "password_wait"):
            lines.append(_notice_hint(item))
        elif title:
            lines.append(detail)
        return "\n".join(line for line in lines[:ROW_LINES] if line)
    head = state_label(state) + (f" · {item.invoice_number}" if item.invoice_number else "")
    lines = [head, item.recipient]
    reply = server_words(item.last_reply)
    if item.state is OutboxState.SENT:
        lines.append(_tr("Sent at %1").replace("%1", _time(item.sent_at)))
        if item.sent_copy == "failed":  # the e-mail went out; only its copy is missing
            lines.append(_tr("Sent; copy to Sent folder failed"))
            lines.append(item.sent_copy_note)
    elif item.state is OutboxState.RETRYING and state != "paused":
        lines.append(
            _tr("Attempt %1 failed; next attempt at %2")
            .replace("%1", str(item.attempts))
            .replace("%2", _time(item.next_attempt_at))
        )
        lines.append(reply)
    elif item.state is OutboxState.FAILED:
        title, advice = guidance_lines(item.guidance)
        lines.append(title or advice or _time(item.updated_at))
        lines.append(reply)
    elif item.state is OutboxState.UNCERTAIN:
        lines.append(_tr("Interrupted while sending: it may not have arrived."))
        lines.append(_tr("Resend it, or mark it as sent."))
    else:
        lines.append(_time(item.updated_at))
    return "\n".join(line for line in lines if line)


def details_text(item: Item, row: str) -> str:
    """Everything about one entry, for the pane's details area and the tooltip: every line
    of the row ``row`` (which the list may cut short) and the full advice."""
    lines = row.split("\n")
    if isinstance(item, Notice):
        lines = [*notice_texts(item), server_words(item.reply)]
        if item.guidance:
            title, advice = guidance_lines(item.guidance)
            lines += [title, advice]
        lines.append(_notice_hint(item))
        return "\n".join(dict.fromkeys(line for line in lines if line))
    if item.subject:
        lines.insert(1, item.subject)
    if item.state is OutboxState.UNCERTAIN:
        lines.append(
            _tr(
                "Faktura could not confirm that the server took this message (no answer "
                "came, or Faktura stopped while sending), so it may or may not have arrived. "
                "Resend it, or mark it as sent if the client has it."
            )
        )
    if item.state in (OutboxState.FAILED, OutboxState.RETRYING) and item.guidance:
        title, advice = guidance_lines(item.guidance)
        lines = [line for line in lines if line != title]
        lines.append(f"{title}: {advice}" if title else advice)
    return "\n".join(line for line in lines if line)
