# ruff: noqa: E501 - one sentence per line reads better for translators than split strings
"""The SMTP form's login method and its OAuth2 fields ("Sign in with Microsoft/Google").

A preset that knows its provider's sign-in fills the endpoints and scopes and makes them
read-only (they are the provider's, not the user's); "Other provider" leaves them editable.
The client ID is the user's own registration (see the "oauth" guide) unless the build baked
one in.  Nothing secret is shown here: the refresh token stays in the keyring, and the status
line only says whether a sign-in is stored.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.mail.providers import built_in_client_id, oauth_endpoints
from desktop.mail.settings import AUTH_METHODS, AuthMethod, SmtpSettings
from desktop.ui.mail.smtp_fields import SmtpFields
from desktop.ui.mail.smtp_texts import field_error_text, show_field_errors
from desktop.ui.widgets.field_errors import FieldMessage

OAUTH_FIELDS = ("oauth_client_id", "oauth_client_secret", "oauth_tenant",
                "oauth_authorize_url", "oauth_token_url", "oauth_scopes")  # fmt: skip


class SmtpOAuthFields(QWidget):
    """``smtp_auth_method`` and, for "oauth2", the client and endpoint fields with the
    "Sign in…" button (``smtp_oauth_sign_in``) and the status line (``smtp_oauth_status``)."""

    method_changed = Signal(str)  # "password" | "oauth2"
    sign_in_clicked = Signal()

    def __init__(self, fields: SmtpFields, parent: QWidget | None = None) -> None:
        """Follows ``fields``' provider (a preset fills the endpoints) and hides its
        password row while the method is OAuth2."""
        super().__init__(parent)
        self._fields = fields
        self.method = QComboBox(objectName="smtp_auth_method")
        for method in AUTH_METHODS:
            self.method.addItem("", method)
        # a long item text must not widen the form (it must fit a 1280 px laptop screen)
        self.method.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.method.setMinimumContentsLength(16)
        self.inputs: dict[str, QLineEdit] = {
            name: QLineEdit(objectName=f"smtp_{name}") for name in OAUTH_FIELDS
        }
        self.sign_in = QPushButton(objectName="smtp_oauth_sign_in")
        self.status = QLabel(objectName="smtp_oauth_status")
        self.status.setWordWrap(True)
        self.messages: dict[str, FieldMessage] = {}
        self.labels: dict[str, QLabel] = {}
        self.method_label = QLabel()
        self.method_label.setBuddy(self.method)
        self.group = QWidget()
        self._preset_id = "other"
        self._build()
        self.method.currentIndexChanged.connect(self._method_changed)
        self.inputs["oauth_tenant"].textEdited.connect(self._tenant_edited)
        self.sign_in.clicked.connect(self.sign_in_clicked)
        fields.provider_changed.connect(self._provider_changed)
        self.retranslate()
        self._show_group()

    def _build(self) -> None:
        outer = QFormLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addRow(self.method_label, self.method)
        form = QFormLayout(self.group)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in OAUTH_FIELDS:
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(self.inputs[name])
            message = FieldMessage(self.inputs[name], self)
            cell.addWidget(message)
            self.messages[name] = message
            label = QLabel()
            label.setBuddy(self.inputs[name])
            self.labels[name] = label
            form.addRow(label, cell)
        row = QHBoxLayout()
        row.addWidget(self.sign_in)
        row.addWidget(self.status, 1)
        form.addRow(row)
        outer.addRow(self.group)

    # -- behaviour -----------------------------------------------------------------------
    def method_value(self) -> AuthMethod:
        value = str(self.method.currentData())
        return "oauth2" if value == "oauth2" else "password"

    def set_method(self, method: AuthMethod) -> None:
        self.method.setCurrentIndex(max(self.method.findData(method), 0))

    def _method_changed(self, index: int) -> None:
        self._show_group()
        self.method_changed.emit(self.method_value())

    def _show_group(self) -> None:
        oauth = self.method_value() == "oauth2"
        self.group.setVisible(oauth)
        f = self._fields
        for widget in (f.labels["password"], f.password, f.password_show):
            widget.setVisible(not oauth)  # OAuth2 has no password
        if oauth:
            f.messages["password"].clear_message()
        f.oauth_selected = oauth
        f.update_note()

    def _provider_changed(self, preset_id: str) -> None:
        self.apply_preset(preset_id)
        if self._fields.current_preset().oauth_only:  # Outlook.com: a password never works
            self.set_method("oauth2")

    def apply_preset(self, preset_id: str) -> None:
        """Fill what the preset knows; endpoints are read-only unless it knows none."""
        self._preset_id = preset_id
        tenant = self.inputs["oauth_tenant"]
        known = oauth_endpoints(preset_id, tenant.text().strip())
        for name in ("oauth_authorize_url", "oauth_token_url", "oauth_scopes"):
            self.inputs[name].setReadOnly(known is not None)
        microsoft = known is not None and known.provider == "microsoft"
        tenant.setVisible(known is None or microsoft)
        self.labels["oauth_tenant"].setVisible(known is None or microsoft)
        secret_needed = known is None or known.provider == "google"
        self.inputs["oauth_client_secret"].setVisible(secret_needed)
        self.labels["oauth_client_secret"].setVisible(secret_needed)
        if known is None:
            return
        if microsoft and not tenant.text().strip():
            tenant.setText(known.tenant)
        elif not microsoft:
            tenant.clear()
        self.inputs["oauth_authorize_url"].setText(known.authorize_url)
        self.inputs["oauth_token_url"].setText(known.token_url)
        self.inputs["oauth_scopes"].setText(known.scopes)
        if not self.inputs["oauth_client_id"].text().strip():
            self.inputs["oauth_client_id"].setText(built_in_client_id(preset_id))

    def _tenant_edited(self, text: str) -> None:
        known = oauth_endpoints(self._preset_id, text.strip())
        if known is not None:
            self.inputs["oauth_authorize_url"].setText(known.authorize_url)
            self.inputs["oauth_token_url"].setText(known.token_url)

    # -- values --------------------------------------------------------------------------
    def apply(self, settings: SmtpSettings) -> SmtpSettings:
        """``settings`` with the login method and the OAuth fields of this form."""
        text = {name: self.inputs[name].text().strip() for name in OAUTH_FIELDS}
        return dataclasses.replace(
            settings,
            auth_method=self.method_value(),
            oauth_client_id=text["oauth_client_id"],
            oauth_client_secret=text["oauth_client_secret"],
            oauth_tenant=text["oauth_tenant"],
            oauth_authorize_url=text["oauth_authorize_url"],
            oauth_token_url=text["oauth_token_url"],
            oauth_scopes=" ".join(text["oauth_scopes"].split()),
        )

    def load(self, settings: SmtpSettings, preset_id: str) -> None:
        for name in OAUTH_FIELDS:
            self.inputs[name].setText(str(getattr(settings, name)))
        self.set_method(settings.auth_method)
        self.apply_preset(preset_id)

    def show_errors(self, errors: dict[str, str]) -> None:
        show_field_errors(self.messages, errors)
        if "auth_method" in errors:
            self.status.setText(field_error_text(errors["auth_method"]))

    def first_error(self, errors: dict[str, str]) -> QWidget | None:
        return next((self.inputs[n] for n in OAUTH_FIELDS if n in errors), None)

    def show_signed_in(self, account: str | None) -> None:
        if account:
            self.status.setText(self.tr("Signed in as %1.").replace("%1", account))
        else:
            self.status.setText(self.tr("Not signed in yet."))

    def show_waiting(self, waiting: bool) -> None:
        self.sign_in.setEnabled(not waiting)
        if waiting:
            self.status.setText(self.tr("Finish the sign-in in your browser…"))

    # -- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.method_label.setText(self.tr("Login:"))
        self.method.setItemText(self.method.findData("password"), self.tr("User name and password"))
        self.method.setItemText(
            self.method.findData("oauth2"), self.tr("Sign in with Microsoft/Google (OAuth2)")
        )
        texts = {
            "oauth_client_id": self.tr("Client ID:"), "oauth_client_secret": self.tr("Client secret (Google):"),
            "oauth_tenant": self.tr("Tenant (Microsoft):"), "oauth_authorize_url": self.tr("Sign-in address:"),
            "oauth_token_url": self.tr("Token address:"), "oauth_scopes": self.tr("Scopes:"),
        }  # fmt: skip
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.inputs["oauth_client_id"].setPlaceholderText(
            self.tr("from your app registration, see the guide")
        )
        self.inputs["oauth_tenant"].setPlaceholderText(
            self.tr("consumers, organizations or a tenant ID")
        )
        self.sign_in.setText(self.tr("Sign in…"))
