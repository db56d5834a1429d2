# ruff: noqa: E501 - one sentence per line reads better for translators than split strings
"""Translated texts of the SMTP settings form that several widgets share."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from desktop.mail.steps import Step
from desktop.ui.widgets.field_errors import FieldMessage, problem_text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Typed stand-in for PySide6's (which returns ``object``): marks text for extraction."""
    return text


_CONTEXT = "SmtpTexts"

#: Where each app-password provider's guide explains creating one.
APP_PASSWORD_LINKS = {
    "gmail": "gmail.md#app-password",
    "seznam": "czech-providers.md#seznam-app-password",
    "yahoo": "other-providers.md#yahoo",
    "icloud": "other-providers.md#icloud",
}

_FIELD_ERRORS = {
    "required": QT_TRANSLATE_NOOP("SmtpTexts", "This field is required."),
    "host_invalid": QT_TRANSLATE_NOOP("SmtpTexts", "Enter only the server name, e.g. smtp.example.com (no spaces, no “https://”, no port)."),
    "port_range": QT_TRANSLATE_NOOP("SmtpTexts", "The port must be a number from 1 to 65535."),
    "encryption_invalid": QT_TRANSLATE_NOOP("SmtpTexts", "Choose SSL/TLS, STARTTLS or None."),
    "header_newline": QT_TRANSLATE_NOOP("SmtpTexts", "Line breaks are not allowed here."),
    "email_invalid": QT_TRANSLATE_NOOP("SmtpTexts", "This does not look like an e-mail address (name@example.com)."),
    "timeout_range": QT_TRANSLATE_NOOP("SmtpTexts", "The time limit must be between 1 and 120 seconds."),
    "fingerprint_invalid": QT_TRANSLATE_NOOP("SmtpTexts", "The trusted certificate is invalid; test the connection again."),
    "password_no_keyring": QT_TRANSLATE_NOOP("SmtpTexts", "There is no keyring to store the password in. Tick “Keep the password for this session only”, or leave the password empty."),
    "folder_invalid": QT_TRANSLATE_NOOP("SmtpTexts", "Enter a folder name in plain letters, without quotes, \\, * or %."),
    "client_id_invalid": QT_TRANSLATE_NOOP("SmtpTexts", "Paste the client ID exactly as your app registration shows it, without spaces."),
    "url_not_https": QT_TRANSLATE_NOOP("SmtpTexts", "Enter a full https:// address of the provider's sign-in service."),
    "auth_method_invalid": QT_TRANSLATE_NOOP("SmtpTexts", "Choose password or sign-in with your provider."),
    "password_keyring_error": QT_TRANSLATE_NOOP("SmtpTexts", "The keyring refused to store the password (is it locked?). Unlock it and try again."),
}  # fmt: skip

_STEPS = {
    Step.OAUTH: QT_TRANSLATE_NOOP("SmtpTexts", "Signing in with your provider"),
    Step.RESOLVE: QT_TRANSLATE_NOOP("SmtpTexts", "Looking up the server name"),
    Step.CONNECT: QT_TRANSLATE_NOOP("SmtpTexts", "Connecting"),
    Step.TLS: QT_TRANSLATE_NOOP("SmtpTexts", "Encryption (TLS) and certificate"),
    Step.EHLO: QT_TRANSLATE_NOOP("SmtpTexts", "Greeting (EHLO): what the server offers"),
    Step.STARTTLS: QT_TRANSLATE_NOOP("SmtpTexts", "Switching to encryption (STARTTLS)"),
    Step.LOGIN: QT_TRANSLATE_NOOP("SmtpTexts", "Logging in"),
    Step.MAIL: QT_TRANSLATE_NOOP("SmtpTexts", "Sending a test message to yourself"),
    Step.RCPT: QT_TRANSLATE_NOOP("SmtpTexts", "Sending a test message to yourself"),
    Step.DATA: QT_TRANSLATE_NOOP("SmtpTexts", "Sending a test message to yourself"),
    Step.QUIT: QT_TRANSLATE_NOOP("SmtpTexts", "Closing the connection"),
}  # fmt: skip

#: The rows of the step list; MAIL, RCPT and DATA share the "test message" row.
STEP_ROWS: tuple[Step, ...] = (
    Step.RESOLVE, Step.CONNECT, Step.TLS, Step.EHLO, Step.STARTTLS, Step.LOGIN, Step.MAIL,
)  # fmt: skip


def row_step(step: Step) -> Step | None:
    """The row a step's events are shown on (None: not shown, e.g. QUIT)."""
    if step in (Step.MAIL, Step.RCPT, Step.DATA):
        return Step.MAIL
    return step if step in STEP_ROWS or step is Step.OAUTH else None


_SIGN_IN_WITH = {
    "microsoft": QT_TRANSLATE_NOOP("SmtpTexts", "Signing in with Microsoft"),
    "google": QT_TRANSLATE_NOOP("SmtpTexts", "Signing in with Google"),
}


def step_label(step: Step, provider: str = "") -> str:
    """``provider`` names who the OAUTH step signs in with ("microsoft", "google")."""
    text = _SIGN_IN_WITH.get(provider, _STEPS[step]) if step is Step.OAUTH else _STEPS[step]
    return QCoreApplication.translate(_CONTEXT, text)


def field_error_text(code: str) -> str:
    """Translated message for a ``SmtpSettings.validate()`` code; empty when unknown."""
    text = _FIELD_ERRORS.get(code)
    return QCoreApplication.translate(_CONTEXT, text) if text else ""


def show_field_errors(messages: Mapping[str, FieldMessage], errors: Mapping[str, str]) -> None:
    """Each field's message: its error in words, or cleared (the IMAP and OAuth2 parts)."""
    for name, message in messages.items():
        code = errors.get(name)
        if code is None:
            message.clear_message()
        else:
            message.show_message(field_error_text(code) or problem_text(code))
