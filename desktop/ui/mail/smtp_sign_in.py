# ruff: noqa: E501 - one sentence per line reads better for translators than split strings
""" "Sign in…": open the provider's page in the system browser and wait for it on the job
runner, so the window stays responsive while the user signs in (for minutes, if need be).

The browser is opened with ``QDesktopServices.openUrl`` (a test intercepts it with
``QDesktopServices.setUrlHandler``); the wait for the loopback redirect, the code exchange
and the keyring write run in the job (``services.mail_account.PendingSignIn``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from desktop.jobs import Job, job_runner
from desktop.mail.settings import SmtpSettings
from desktop.services.mail_account import (
    MailAccountService,
    SignedIn,
    SignInError,
    SignInProblem,
)

log = logging.getLogger(__name__)

JOB_NAME = "smtp_oauth_sign_in"


class SignInRunner(QObject):
    """One sign-in at a time; ``finished`` carries the account name, or "" on failure with
    ``message`` saying why (translated), or None when cancelled."""

    finished = Signal(object)  # str | None

    def __init__(self, service: MailAccountService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._job: Job | None = None
        self.message = ""

    def is_running(self) -> bool:
        return self._job is not None

    def start(self, settings: SmtpSettings) -> bool:
        """False when the loopback listener could not be opened (then ``message`` says so)."""
        if self._job is not None:
            return True
        try:
            pending = self._service.begin_sign_in(settings)
        except OSError as exc:
            log.warning("could not listen for the sign-in: %s", exc)
            self.message = self.tr("Faktura could not prepare the sign-in (%1).").replace(
                "%1", type(exc).__name__
            )
            return False
        self._job = job = job_runner().start(JOB_NAME, pending.finish)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        if not QDesktopServices.openUrl(QUrl.fromEncoded(pending.url.encode("ascii"))):
            self.message = self.tr(
                "No web browser could be opened. Open this address in a browser to sign in: %1"
            ).replace("%1", pending.url)
        return True

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _succeeded(self, signed: SignedIn) -> None:
        self._job = None
        self.message = ""
        self.finished.emit(signed.account)

    def _failed(self, exc: Exception) -> None:
        self._job = None
        if isinstance(exc, SignInError):
            log.info("sign-in ended: %s", exc.problem.value)
            self.message = self._problem_text(exc)
            if exc.problem is SignInProblem.CANCELLED:
                self.finished.emit(None)
                return
        else:
            log.error("the sign-in failed", exc_info=exc)
            self.message = self.tr(
                "The sign-in failed unexpectedly; the details are in the log file."
            )
        self.finished.emit("")

    def _cancelled(self) -> None:
        self._job = None
        self.message = self.tr("Sign-in cancelled.")
        self.finished.emit(None)

    def _problem_text(self, exc: SignInError) -> str:
        texts = {
            SignInProblem.CANCELLED: self.tr("Sign-in cancelled."),
            SignInProblem.TIMED_OUT: self.tr("The browser did not come back in time. Click Sign in… to try again."),
            SignInProblem.DENIED: self.tr("The sign-in was declined in the browser, so Faktura cannot send through this mailbox."),
            SignInProblem.PROVIDER_ERROR: self.tr("The provider refused the sign-in: %1. Check the client ID and the tenant."),
            SignInProblem.NO_REFRESH_TOKEN: self.tr("The provider gave no lasting sign-in. Add “offline_access” to the scopes (Microsoft) and sign in again."),
            SignInProblem.NETWORK: self.tr("The provider's sign-in service could not be reached. Check your internet connection."),
            SignInProblem.KEYRING: self.tr("The keyring refused to keep the sign-in (is it locked?). Unlock it and sign in again."),
        }  # fmt: skip
        return texts[exc.problem].replace("%1", exc.detail)
