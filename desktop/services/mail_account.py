"""The SMTP account of the "Email sending via SMTP" module: settings, password, tests.

Settings live in the books; the password only in the OS keyring (or, when the user chose
"this session only", in this process's memory): see ``mail.settings_repo``.  The connection
test is blocking and takes a ``JobControl``, so the job runner can cancel it and quitting
can cut it short.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.mail import secrets, settings_repo
from desktop.mail.diagnostics import ConnectionTestResult, StepEvent, run_connection_test
from desktop.mail.oauth.accounts import oauth_account
from desktop.mail.oauth.flow import SignedIn, SignIn, SignInError, SignInProblem, sign_out
from desktop.mail.secrets import KeyringStatus, PasswordStore, PasswordStoreError
from desktop.mail.settings import SmtpSettings
from desktop.services.control import JobControl
from desktop.services.database import Books

StoredAccount = settings_repo.StoredAccount
__all__ = [
    "MailAccountService",
    "PasswordStoreError",
    "PendingSignIn",
    "SignInError",
    "SignInProblem",
    "SignedIn",
    "StoredAccount",
]


class PendingSignIn:
    """A sign-in under way: open ``url`` in the browser (window thread), then run
    ``finish`` on the job runner; ``abandon`` closes the listener if it never runs."""

    def __init__(self, flow: SignIn) -> None:
        self._flow = flow
        self.url = flow.start()
        self.account = flow.settings.username

    def finish(self, control: JobControl) -> SignedIn:
        """Blocking: waits for the browser (Cancel through ``control``); SignInError."""
        return self._flow.finish(control.is_set)

    def abandon(self) -> None:
        self._flow.cancel_listening()


class MailAccountService:
    def __init__(self, books: Books) -> None:
        self._books = books

    @property
    def _store(self) -> PasswordStore:
        """The app run's one store, asked each time: the mailer and this service must see
        the same session-only passwords."""
        return settings_repo.password_store()

    def account(self) -> StoredAccount | None:
        """The saved settings and the preset they came from, or None."""
        return settings_repo.load(self._books.database)

    def settings(self) -> SmtpSettings | None:
        return settings_repo.load_settings(self._books.database)

    def save(
        self,
        settings: SmtpSettings,
        password: str | None,
        *,
        provider_id: str = "other",
        session_only: bool = False,
    ) -> None:
        """``password=None`` keeps the stored one; ``PasswordStoreError`` when the keyring
        refuses (then nothing changed)."""
        settings_repo.save(
            self._books.database, settings, password, provider_id=provider_id,
            session_only=session_only, store=self._store,
        )  # fmt: skip

    def trust_certificate(self, host: str, sha256: str) -> bool:
        """Pin the certificate for ``host`` in the saved settings; False if none match."""
        return settings_repo.save_pin(self._books.database, host, sha256)

    def forget(self) -> None:
        settings_repo.delete_settings(self._books.database, self._store)

    # -- the password --------------------------------------------------------------------------
    def password(self, settings: SmtpSettings) -> str | None:
        """The stored password of ``settings``' login (None without a user name)."""
        return settings_repo.stored_password(settings, self._store)

    def password_state(self, settings: SmtpSettings | None) -> tuple[bool, bool]:
        """(a password is stored, it is kept for this session only) for the form's hint."""
        if settings is None or not settings.username:
            return False, False
        account = settings.keyring_account()
        return self._store.get(account) is not None, self._store.is_session_only(account)

    # -- OAuth2 sign-in ------------------------------------------------------------------------
    def begin_sign_in(self, settings: SmtpSettings) -> PendingSignIn:
        """Listen on a loopback port and build the provider's URL (quick; window thread)."""
        return PendingSignIn(SignIn(settings, self._store))

    def is_signed_in(self, settings: SmtpSettings | None) -> bool:
        """A refresh token is stored for ``settings``' mailbox (read from the keyring)."""
        if settings is None or not settings.username:
            return False
        return self._store.get(oauth_account(settings)) is not None

    def sign_out(self, settings: SmtpSettings) -> None:
        sign_out(settings, self._store)

    @staticmethod
    def keyring_status() -> KeyringStatus:
        """Where a password would go, judged without writing (see ``mail.secrets``)."""
        return secrets.keyring_status()

    @staticmethod
    def probe_keyring() -> KeyringStatus:
        """Try a throw-away write: only right before a real save (it may ask to unlock)."""
        return secrets.probe_keyring()

    # -- testing -------------------------------------------------------------------------------
    @staticmethod
    def test_connection(
        settings: SmtpSettings,
        password: str | None,
        *,
        send_test_to: str | None = None,
        control: JobControl | None = None,
        on_event: Callable[[StepEvent], None] | None = None,
    ) -> ConnectionTestResult:
        """Connect, log in and (with ``send_test_to``) send a test message, step by step.

        Blocking, within the account's time limit; a cancel through ``control`` aborts the
        connection.  ``on_event`` gets each ``StepEvent`` on this thread.
        """
        control = control or JobControl()
        return run_connection_test(
            settings, password, send_test_to=send_test_to,
            on_event=on_event, cancel=control,
        )  # fmt: skip
