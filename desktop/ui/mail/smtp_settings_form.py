# ruff: noqa: E501 - one sentence per line reads better for translators than split strings
"""The SMTP module's settings page: fields, "Update settings", "Test connection", guide.

Secrets rule (ARCHITECTURE.md "Data"): the password field is write-only.  It is never filled
from the keyring; an empty field means "keep the stored password".  The password is saved
only through ``services.mail_account`` (keyring, or memory for "this session only").  Opening
the form writes nothing to the keyring (a locked one would ask for its password): whether one
is there is judged from the backend, and the first real save tries it (``probe_keyring``).
"""

from __future__ import annotations

import ipaddress
import logging

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.mail.diagnostics import ConnectionTestResult
from desktop.mail.guidance import Guidance
from desktop.mail.providers import with_imap_scope
from desktop.mail.secrets import KeyringStatus
from desktop.mail.settings import SmtpSettings
from desktop.mail.x509 import CertInfo
from desktop.modules.guides import guide_for_guidance
from desktop.services.mail_account import PasswordStoreError
from desktop.ui.context import AppContext
from desktop.ui.mail.cert_trust_dialog import confirm_trust
from desktop.ui.mail.guide_viewer import GuideBrowser
from desktop.ui.mail.plaintext_dialog import confirm_plaintext
from desktop.ui.mail.smtp_fields import SmtpFields
from desktop.ui.mail.smtp_imap_fields import SmtpImapFields
from desktop.ui.mail.smtp_oauth_fields import SmtpOAuthFields
from desktop.ui.mail.smtp_sign_in import SignInRunner
from desktop.ui.mail.smtp_test_panel import SmtpTestPanel

log = logging.getLogger(__name__)

#: Time limit of a new account's connections (the issue: a silent server gives up in ≤ 20 s).
DEFAULT_TIMEOUT_S = 20.0


def is_loopback(host: str) -> bool:
    host = host.strip().strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class SmtpSettingsForm(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("smtp_settings")
        self.context = context
        self.mail_account = context.services.mail_account
        self.keyring = self.mail_account.keyring_status()  # judged from the backend, no write
        self._refused: KeyringStatus | None = None  # the keyring turned down a save
        self.fields = SmtpFields(self)
        self.oauth = SmtpOAuthFields(self.fields, self)
        self.imap = SmtpImapFields(self)
        self.signing_in = SignInRunner(self.mail_account, self)
        self.keyring_notice = QLabel(objectName="smtp_keyring_notice")
        self.keyring_notice.setWordWrap(True)
        self.keyring_notice.setStyleSheet(
            "background: #fff4d6; border: 1px solid #e0b84a; padding: 6px;"
        )
        self.session_only = QCheckBox(objectName="smtp_session_only")
        self.update_button = QPushButton(objectName="smtp_update")
        self.update_button.setDefault(True)
        self.test_button = QPushButton(objectName="smtp_test")
        self.status = QLabel(objectName="smtp_status")
        self.status.setWordWrap(True)
        self.test_panel = SmtpTestPanel(self)
        self.guide = GuideBrowser(context.language, self)
        self.guide.setMinimumWidth(300)
        self._build()
        self._timeout_s = DEFAULT_TIMEOUT_S
        self._plaintext_ok: set[tuple[str, int]] = set()
        self._load()
        self.fields.provider_changed.connect(self._show_provider_guide)
        self.fields.provider_changed.connect(
            lambda preset: self.imap.apply_preset(preset, new_account=self.saved is None)
        )
        self.oauth.sign_in_clicked.connect(self.sign_in)
        self.signing_in.finished.connect(self._sign_in_finished)
        self.fields.link_activated.connect(self.guide.open_link)
        self.test_panel.guide_link.connect(self.guide.open_link)
        self.test_panel.trust_requested.connect(self.trust_certificate)
        self.test_panel.test_finished.connect(self._test_finished)
        self.update_button.clicked.connect(self.update_settings)
        self.test_button.clicked.connect(self.test_connection)
        context.events.language_changed.connect(self.guide.set_language)
        self.retranslate()

    def _build(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(self.keyring_notice)
        column.addWidget(self.session_only)
        column.addWidget(self.fields)
        column.addWidget(self.oauth)
        column.addWidget(self.imap)
        buttons = QHBoxLayout()
        buttons.addWidget(self.update_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(self.status)
        column.addWidget(self.test_panel)
        column.addStretch(1)
        self._show_keyring_notice(not self.keyring.usable)
        self.scroll_area = scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(left.sizeHint().width() + 24)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.guide)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _load(self) -> None:
        account = self.mail_account.account()
        self.saved = account.settings if account is not None else None
        if account is not None:
            self.fields.load(account.settings, account.provider_id)
            self.oauth.load(account.settings, account.provider_id)
            self.imap.load(account.settings)
            self._timeout_s = account.settings.timeout_s
        else:
            self.fields.fill_from_preset()
            company = self.context.services.parties.company()
            self.fields.start_from(company.name, company.email)
            self.oauth.apply_preset(self.fields.current_preset().id)
            self.imap.apply_preset(self.fields.current_preset().id, new_account=True)
        preset = self.fields.current_preset()
        self.guide.show_guide(preset.guide if account is not None else "smtp-module")
        self._refresh_placeholder()

    def _refresh_placeholder(self) -> None:
        stored, session = self.mail_account.password_state(self.saved)
        self.fields.set_password_placeholder(stored, session)
        if not self.signing_in.is_running():
            saved = self.saved if self.saved is not None and self.saved.uses_oauth else None
            signed = self.mail_account.is_signed_in(saved)
            self.oauth.show_signed_in(self.saved.username if signed and self.saved else None)

    # -- OAuth2 ----------------------------------------------------------------------------
    def sign_in(self) -> None:
        """Validate, then open the provider's page and wait for it on the job runner."""
        if self.signing_in.is_running():
            return
        settings = self._checked_settings(for_save=False)
        if settings is None or not settings.uses_oauth:
            return
        if self.signing_in.start(settings):
            self.oauth.show_waiting(True)
        if self.signing_in.message:
            self.status.setText(self.signing_in.message)

    def _sign_in_finished(self, account: str | None) -> None:
        self.oauth.show_waiting(False)
        if account:
            self.oauth.show_signed_in(account)
            self.status.setText(self.tr("Signed in. Click Update settings to keep these settings."))
            if self.saved is not None and self.saved.uses_oauth:
                self.context.events.modules_changed.emit()  # waiting messages go now
        else:
            self._refresh_placeholder()
            self.status.setText(self.signing_in.message)

    # -- saving --------------------------------------------------------------------------
    def _checked_settings(self, *, for_save: bool) -> SmtpSettings | None:
        built = self.imap.apply(self.oauth.apply(self.fields.build_settings(self._timeout_s)))
        settings = with_imap_scope(built)
        if settings.oauth_scopes != built.oauth_scopes:
            self.oauth.inputs["oauth_scopes"].setText(settings.oauth_scopes)
        errors = settings.validate()
        typed = "" if settings.uses_oauth else self.fields.password.text()
        if typed and not settings.username:  # a password without a login would be dropped
            errors.setdefault("username", "required")
        if for_save and typed and not self.keyring.usable and not self.session_only.isChecked():
            errors["password"] = "password_no_keyring"
        self.fields.show_errors(errors)
        self.oauth.show_errors(errors)
        self.imap.show_errors(errors)
        if errors:
            first = next((n for n in self.fields.messages if n in errors), None)
            widget = (
                self.fields.messages[first]._field
                if first
                else self.oauth.first_error(errors) or self.imap.first_error(errors)
            )
            if widget is not None:
                widget.setFocus()
            self.status.setText(self.tr("Please correct the fields marked in red."))
            return None
        if not self._confirm_plaintext(settings):
            return None
        return settings

    def _confirm_plaintext(self, settings: SmtpSettings) -> bool:
        key = (settings.host.lower(), settings.port)
        if settings.encryption != "none" or is_loopback(settings.host) or key in self._plaintext_ok:
            return True
        accepted = confirm_plaintext(self, settings.host)
        if not accepted:
            return False
        self._plaintext_ok.add(key)
        return True

    def update_settings(self) -> bool:
        """Validate, then save; True when saved."""
        settings = self._checked_settings(for_save=True)
        if settings is None:
            return False
        typed = "" if settings.uses_oauth else self.fields.password.text()
        session_only = not self.keyring.usable or self.session_only.isChecked()
        if not session_only and self._writes_keyring(settings, typed):
            probe = self.mail_account.probe_keyring()  # once per run; may ask to unlock
            if not probe.usable:
                log.warning("keyring refused the probe: %s", probe.detail)
                return self._keyring_refused(probe)
        try:
            self.mail_account.save(
                settings, typed or None, provider_id=self.fields.current_preset().id,
                session_only=session_only,
            )  # fmt: skip
        except PasswordStoreError as exc:
            log.warning("password not stored: %s", exc)
            return self._keyring_refused(self.keyring)
        self.saved = settings
        self.fields.password.clear()
        self._refresh_placeholder()
        self.status.setText(self.tr("Settings saved."))
        self.context.events.modules_changed.emit()
        return True

    def _writes_keyring(self, settings: SmtpSettings, typed: str) -> bool:
        """A typed password, or a stored one that moves to a renamed account."""
        if typed:
            return True
        old = self.saved.keyring_account() if self.saved and self.saved.username else None
        new = settings.keyring_account() if settings.username else None
        return old is not None and new is not None and old != new

    def _keyring_refused(self, status: KeyringStatus) -> bool:
        """Say the keyring refused (locked, or the unlock prompt was cancelled) and offer the
        session-only choice, as when there is no keyring; saving again tries it again."""
        self._refused = status
        self._show_keyring_notice(True)
        self._retranslate_notice()
        self.fields.show_errors({"password": "password_keyring_error"})
        self.status.setText(self.tr("Settings not saved."))
        return False

    def _show_keyring_notice(self, shown: bool) -> None:
        if shown:
            status = self._refused or self.keyring
            log.info("no usable keyring: %s (%s)", status.backend_name, status.detail)
        self.keyring_notice.setVisible(shown)
        self.session_only.setVisible(shown)

    # -- testing -------------------------------------------------------------------------
    def test_connection(self) -> None:
        if self.test_panel.is_running():
            return
        settings = self._checked_settings(for_save=False)
        if settings is None:
            return
        password = None if settings.uses_oauth else self.fields.password.text() or None
        if password is None and settings.username:
            password = self.mail_account.password(settings)
            saved = self.saved
            if password is None and saved is not None and saved.uses_oauth == settings.uses_oauth:
                # a renamed login, not yet saved (never a password sent as a refresh token)
                password = self.mail_account.password(saved)
        self.status.clear()
        self.test_button.setEnabled(False)
        self.test_panel.start(settings, password)

    def _test_finished(self, result: ConnectionTestResult | Exception) -> None:
        self.test_button.setEnabled(True)
        if isinstance(result, ConnectionTestResult) and result.failure is not None:
            name, anchor = guide_for_guidance(result.failure.guidance.value)
            self.guide.show_guide(name, anchor)
            QTimer.singleShot(0, self, self._reveal_result)

    def _reveal_result(self) -> None:
        panel = self.test_panel
        target = panel.trust_button if panel.cert_box.isVisible() else panel.result_label
        self.scroll_area.ensureWidgetVisible(target, 0, 8)

    def trust_certificate(self, cert: CertInfo | None) -> None:
        """Pin ``cert`` for the tested host after an explicit yes, save, and test again."""
        result = self.test_panel.result
        if cert is None or self.test_panel.is_running():
            return
        replaced = (
            isinstance(result, ConnectionTestResult)
            and result.failure is not None
            and result.failure.guidance is Guidance.CERT_PIN_MISMATCH
        )
        host = self.test_panel.host
        if not confirm_trust(self, cert, host, replaced=replaced):
            return
        self.fields.pinned_sha256, self.fields.pinned_host = cert.sha256, host
        if self.update_settings():
            self.status.setText(
                self.tr("Certificate trusted for %1 and settings saved.").replace("%1", host)
            )
            self.test_connection()

    def _show_provider_guide(self, preset_id: str) -> None:
        preset = self.fields.current_preset()
        self.guide.show_guide(preset.guide, "other" if preset_id == "other" else None)

    def shutdown(self) -> None:
        self.test_panel.shutdown()
        self.signing_in.cancel()

    # -- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.update_button.setText(self.tr("Update settings"))
        self.test_button.setText(self.tr("Test connection"))
        self.session_only.setText(self.tr("Keep the password for this session only"))
        self._retranslate_notice()
        self._refresh_placeholder()

    def _retranslate_notice(self) -> None:
        # The backend's class name is for the log (``keyring_status``), not for the user.
        self.keyring_notice.setText(
            self.tr("<b>No system keyring is available.</b> Faktura never writes your password to disk, so it cannot remember it after you quit. Tick the box below to keep it in memory until Faktura closes; you will type it again next time.")
        )  # fmt: skip
