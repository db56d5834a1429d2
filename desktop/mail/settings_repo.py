"""Loading and saving the SMTP account: settings in the database, the password elsewhere.

Non-secret settings go to the ``app_setting`` table (``kv``); the password goes only to the
``PasswordStore`` (OS keyring, or this process's memory when the user chose "this session
only").  The keyring entry is keyed by ``SmtpSettings.keyring_account()``, so when the user
name or host changes the stored password is moved to the new account, never left behind.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from desktop import settings as registry
from desktop.mail.oauth.accounts import oauth_account
from desktop.mail.providers import preset_by_id
from desktop.mail.secrets import PasswordStore
from desktop.mail.settings import SmtpSettings
from desktop.storage import kv
from desktop.storage.database import Database

log = logging.getLogger(__name__)

_store = PasswordStore()


def password_store() -> PasswordStore:
    """The one store of this app run (session-only passwords live in it)."""
    return _store


@dataclass(frozen=True)
class StoredAccount:
    settings: SmtpSettings
    provider_id: str  # a ``providers.PRESETS`` id; "other" when unknown


def load(db: Database) -> StoredAccount | None:
    """The saved account, or None when nothing (or something unreadable) is stored."""
    with db.session() as session:
        raw = kv.read(session, registry.SMTP_ACCOUNT)
        provider = kv.read(session, registry.SMTP_PROVIDER)
    if raw is None:
        return None
    try:
        settings = SmtpSettings.from_dict(raw)
    except (TypeError, ValueError) as exc:
        log.warning("stored SMTP settings are unreadable: %s", exc)
        return None
    provider_id = str(provider) if preset_by_id(str(provider)) is not None else "other"
    return StoredAccount(settings, provider_id)


def load_settings(db: Database) -> SmtpSettings | None:
    account = load(db)
    return account.settings if account is not None else None


def credential_account(settings: SmtpSettings) -> str:
    """The keyring entry of what the login needs: the password, or the OAuth2 refresh
    token (whose entry is apart, so switching the method loses neither)."""
    if settings.uses_oauth:
        return oauth_account(settings)
    return settings.keyring_account()


def stored_password(settings: SmtpSettings, store: PasswordStore | None = None) -> str | None:
    if not settings.username:
        return None
    return (store or _store).get(credential_account(settings))


def save(
    db: Database,
    settings: SmtpSettings,
    password: str | None,
    *,
    provider_id: str = "other",
    session_only: bool = False,
    store: PasswordStore | None = None,
) -> None:
    """Store ``settings``; ``password=None`` keeps the stored one (moved if the account moved).

    The password is written first: if the keyring refuses (``PasswordStoreError``), nothing
    in the database changes.  Without a user name no password is kept at all.
    """
    store = store or _store
    previous = load_settings(db)
    old_account = previous.keyring_account() if previous and previous.username else None
    new_account = settings.keyring_account() if settings.username else None
    if new_account is not None:
        if password is None and old_account is not None and old_account != new_account:
            password = store.get(old_account)
            session_only = session_only or store.is_session_only(old_account)
        if password is not None:
            store.set(new_account, password, session_only=session_only)
    if old_account is not None and old_account != new_account:
        store.delete(old_account)
        _forget_sign_in(previous, store)  # a consent is for one mailbox at one server
    with db.session() as session:
        kv.write(session, registry.SMTP_ACCOUNT, settings.to_dict())
        kv.write(session, registry.SMTP_PROVIDER, provider_id)
        session.commit()


def save_pin(db: Database, host: str, sha256: str) -> bool:
    """Pin a trusted certificate in the saved settings for ``host``; False if none match."""
    account = load(db)
    if account is None or account.settings.host.strip().lower() != host.strip().lower():
        return False
    data = account.settings.to_dict()
    data["pinned_sha256"] = sha256
    with db.session() as session:
        kv.write(session, registry.SMTP_ACCOUNT, data)
        session.commit()
    return True


def delete_settings(db: Database, store: PasswordStore | None = None) -> None:
    """Forget the account: the database rows and the password (keyring and session)."""
    store = store or _store
    previous = load_settings(db)
    if previous is not None and previous.username:
        store.delete(previous.keyring_account())
        _forget_sign_in(previous, store)
    with db.session() as session:
        kv.write(session, registry.SMTP_ACCOUNT, None)
        kv.write(session, registry.SMTP_PROVIDER, registry.SMTP_PROVIDER.default)
        session.commit()


def _forget_sign_in(settings: SmtpSettings | None, store: PasswordStore) -> None:
    """The refresh token goes with the account (an access token in memory is keyed by it
    and so is never used again)."""
    if settings is not None and settings.username and settings.uses_oauth:
        store.delete(oauth_account(settings))
