"""The "Email sending via SMTP" module: its registry entry and its uninstall clean-up."""

from __future__ import annotations

from desktop.mail import settings_repo
from desktop.modules.spec import QT_TRANSLATE_NOOP, ModuleSpec
from desktop.storage.database import Database

SMTP_MODULE_ID = "smtp"


def _remove_smtp_data(db: Database) -> None:
    """Forget the SMTP settings and the password (keyring and this session's memory)."""
    settings_repo.delete_settings(db)


SMTP_MODULE = ModuleSpec(
    id=SMTP_MODULE_ID,
    name=QT_TRANSLATE_NOOP("Modules", "Email sending via SMTP"),
    description=QT_TRANSLATE_NOOP(
        "Modules",
        "Send invoices from your own e-mail address through your provider's SMTP server "
        "(Gmail, Seznam, your own domain…). Without it, Faktura prepares an e-mail draft "
        "for your mail program.",
    ),
    icon="send",
    settings_widget="desktop.ui.mail.smtp_settings_form:SmtpSettingsForm",
    on_uninstall=_remove_smtp_data,
)
