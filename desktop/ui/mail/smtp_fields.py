# ruff: noqa: E501 - one sentence per line reads better for translators than split strings
"""The input fields of the SMTP settings form and their "helpful defaults" behaviour.

Suggestions never overwrite what the user typed: the provider follows the sender address
until the user picks one, the port follows the encryption until the user types a port, the
user name follows the sender address until edited.  The password field is write-only: it
starts empty and a placeholder says whether a password is already stored.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.mail.providers import (
    PRESETS,
    ProviderPreset,
    default_port,
    preset_by_id,
    preset_for_email,
)
from desktop.mail.settings import ENCRYPTIONS, Encryption, SmtpSettings
from desktop.ui.mail.smtp_texts import APP_PASSWORD_LINKS, field_error_text
from desktop.ui.widgets.field_errors import FieldMessage, problem_text

FIELDS = ("sender_name", "sender_email", "reply_to", "provider", "host", "port", "encryption",
          "username", "password")  # fmt: skip


class SmtpFields(QWidget):
    """Labels, inputs and a message line under each input; no saving, no network."""

    link_activated = Signal(str)  # a guide link from the provider note
    provider_changed = Signal(str)  # preset id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.provider = QComboBox(objectName="smtp_provider")
        for preset in PRESETS:
            self.provider.addItem(preset.name, preset.id)
        self.host = QLineEdit(objectName="smtp_host")
        self.port = QSpinBox(objectName="smtp_port")
        self.port.setRange(1, 65535)
        self.port.setValue(465)
        self.encryption = QComboBox(objectName="smtp_encryption")
        for enc in ENCRYPTIONS:
            self.encryption.addItem("", enc)
        self.username = QLineEdit(objectName="smtp_username")
        self.password = QLineEdit(objectName="smtp_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_show = QCheckBox(objectName="smtp_password_show")
        self.sender_name = QLineEdit(objectName="smtp_sender_name")
        self.sender_email = QLineEdit(objectName="smtp_sender_email")
        self.reply_to = QLineEdit(objectName="smtp_reply_to")
        self.provider_note = QLabel(objectName="smtp_provider_note")
        self.provider_note.setWordWrap(True)
        self.provider_note.linkActivated.connect(self.link_activated)
        self.messages: dict[str, FieldMessage] = {}
        self.labels: dict[str, QLabel] = {}
        self._build()
        self._provider_picked = False
        self._host_edited = False
        self._port_typed = False
        self._username_edited = False
        self._programmatic = False
        self.pinned_sha256: str | None = None
        self.pinned_host = ""
        self.oauth_selected = False  # set by the login method: no app-password advice then
        self._connect()
        self.retranslate()

    def _build(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.password_show)
        inputs: dict[str, QWidget] = {
            "sender_name": self.sender_name, "sender_email": self.sender_email,
            "reply_to": self.reply_to, "provider": self.provider, "host": self.host,
            "port": self.port, "encryption": self.encryption, "username": self.username,
            "password": self.password,
        }  # fmt: skip
        for name in FIELDS:
            widget = inputs[name]
            cell = QVBoxLayout()
            cell.setSpacing(2)
            if name == "password":
                cell.addLayout(password_row)
            else:
                cell.addWidget(widget)
            if name == "provider":
                cell.addWidget(self.provider_note)
            message = FieldMessage(widget, self)
            message.setObjectName(f"smtp_{name}_error")
            cell.addWidget(message)
            self.messages[name] = message
            label = QLabel()
            label.setBuddy(widget)
            self.labels[name] = label
            form.addRow(label, cell)
        self.port.setMaximumWidth(110)

    def _connect(self) -> None:
        self.provider.activated.connect(self._user_picked_provider)
        self.host.textEdited.connect(self._host_typed)
        self.port.valueChanged.connect(self._port_changed)
        self.encryption.currentIndexChanged.connect(self._encryption_changed)
        self.username.textEdited.connect(self._username_typed)
        self.sender_email.textChanged.connect(self._sender_changed)
        self.password_show.toggled.connect(self._toggle_echo)

    # -- suggestions ---------------------------------------------------------------------
    def _set(self, action: object) -> None:
        self._programmatic = True
        try:
            action()  # type: ignore[operator]
        finally:
            self._programmatic = False

    def current_preset(self) -> ProviderPreset:
        return preset_by_id(str(self.provider.currentData())) or PRESETS[-1]

    def _select_provider(self, preset_id: str) -> None:
        self._set(lambda: self.provider.setCurrentIndex(self.provider.findData(preset_id)))
        self.update_note()
        self.provider_changed.emit(preset_id)

    def _apply_preset(self, preset: ProviderPreset, *, keep_host: bool) -> None:
        if preset.host and not keep_host:
            self._set(lambda: self.host.setText(preset.host))
        self._set(
            lambda: self.encryption.setCurrentIndex(self.encryption.findData(preset.encryption))
        )
        self._set(lambda: self.port.setValue(preset.port))
        self._port_typed = False

    def fill_from_preset(self) -> None:
        """A new account: server, port and encryption of the preset shown (the first one), so
        the form is never half filled; the sender address may still choose another one."""
        preset = self.current_preset()
        if preset.host:
            self._apply_preset(preset, keep_host=False)
        self.update_note()

    def start_from(self, name: str, email: str) -> None:
        """A new account starts from the company profile: its name and e-mail as the sender,
        and the provider that e-mail's domain points to (or "Other" with ``smtp.<domain>``)."""
        self.sender_name.setText(name.strip())
        self.sender_email.setText(email.strip())  # picks the preset, like typing it would

    def _user_picked_provider(self, index: int) -> None:
        self._provider_picked = True
        preset = self.current_preset()
        self._host_edited = False
        if preset.host:
            self._apply_preset(preset, keep_host=False)
        else:
            self._suggest_other_host()
        self.update_note()
        self.provider_changed.emit(preset.id)

    def _sender_changed(self, text: str) -> None:
        if not self._username_edited and not self._programmatic:
            self._set(lambda: self.username.setText(text.strip()))
        if self._provider_picked or self._programmatic:
            return
        preset = preset_for_email(text)
        if preset is not None:
            if preset.id != self.provider.currentData():
                self._select_provider(preset.id)
                self._apply_preset(preset, keep_host=self._host_edited)
        else:
            if self.provider.currentData() != "other":
                self._select_provider("other")
            self._suggest_other_host()

    def _suggest_other_host(self) -> None:
        domain = self.sender_email.text().strip().rpartition("@")[2].strip().lower()
        if not self._host_edited and self.current_preset().id == "other":
            self._set(lambda: self.host.setText(f"smtp.{domain}" if "." in domain else ""))

    def _host_typed(self, text: str) -> None:
        self._host_edited = True

    def _port_changed(self, value: int) -> None:
        if not self._programmatic:
            self._port_typed = True

    def _encryption_changed(self, index: int) -> None:
        if not self._programmatic and not self._port_typed:
            self._set(lambda: self.port.setValue(default_port(self.encryption_value())))

    def _username_typed(self, text: str) -> None:
        self._username_edited = True

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password.setEchoMode(mode)

    def update_note(self) -> None:
        preset = self.current_preset()
        notes = []
        if preset.oauth_only:
            notes.append(self.tr("%1 accepts only its own sign-in: keep “Sign in with Microsoft/Google” below and enter a client ID (<a href=\"%2\">how to register one</a>).")
                         .replace("%1", preset.name).replace("%2", "oauth.md#microsoft"))  # fmt: skip
        if preset.needs_app_password and not self.oauth_selected:
            link = APP_PASSWORD_LINKS.get(preset.id, "troubleshooting.md#app_password_required")
            notes.append(self.tr("Needs an <b>app password</b>, not your usual password: <a href=\"%1\">how to create one</a>.").replace("%1", link))  # fmt: skip
        if not preset.verified and preset.id != "other":
            notes.append(
                self.tr(
                    "These settings are not confirmed by the provider; check with your provider."
                )
            )
        self.provider_note.setText("<br>".join(notes))
        self.provider_note.setVisible(bool(notes))

    # -- values --------------------------------------------------------------------------
    def encryption_value(self) -> Encryption:
        value = str(self.encryption.currentData())
        return value if value in ENCRYPTIONS else "ssl"  # type: ignore[return-value]

    def build_settings(self, timeout_s: float) -> SmtpSettings:
        host = self.host.text().strip()
        pin = self.pinned_sha256 if host.lower() == self.pinned_host.lower() else None
        return SmtpSettings(
            host=host, port=self.port.value(), encryption=self.encryption_value(),
            username=self.username.text().strip(), sender_name=self.sender_name.text().strip(),
            sender_email=self.sender_email.text().strip(), reply_to=self.reply_to.text().strip(),
            timeout_s=timeout_s, pinned_sha256=pin,
        )  # fmt: skip

    def load(self, settings: SmtpSettings, provider_id: str) -> None:
        def fill() -> None:
            self.sender_name.setText(settings.sender_name)
            self.sender_email.setText(settings.sender_email)
            self.reply_to.setText(settings.reply_to)
            self.provider.setCurrentIndex(max(self.provider.findData(provider_id), 0))
            self.host.setText(settings.host)
            self.encryption.setCurrentIndex(self.encryption.findData(settings.encryption))
            self.port.setValue(settings.port)
            self.username.setText(settings.username)

        self._set(fill)
        self._provider_picked = self._host_edited = True
        self._port_typed = settings.port != default_port(settings.encryption)
        self._username_edited = settings.username != settings.sender_email
        self.pinned_sha256, self.pinned_host = settings.pinned_sha256, settings.host
        self.update_note()

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, message in self.messages.items():
            code = errors.get(name)
            if code is None:
                message.clear_message()
            else:
                text = field_error_text(code)
                message.show_message(text or problem_text(code))

    def set_password_placeholder(self, stored: bool, session_only: bool) -> None:
        if stored and session_only:
            text = self.tr("•••• kept for this session only — type to replace")
        elif stored:
            text = self.tr("•••• stored in the keyring — type to replace")
        else:
            text = ""
        self.password.setPlaceholderText(text)
        self.password.setToolTip(text)  # the placeholder may be cut short in a narrow window

    # -- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        texts = {
            "sender_name": self.tr("Sender name:"), "sender_email": self.tr("Sender address:"),
            "reply_to": self.tr("Reply-to (optional):"), "provider": self.tr("Provider:"),
            "host": self.tr("Server (host):"), "port": self.tr("Port:"),
            "encryption": self.tr("Encryption:"), "username": self.tr("User name:"),
            "password": self.tr("Password:"),
        }  # fmt: skip
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.provider.setItemText(self.provider.findData("other"), self.tr("Other provider"))
        labels = {"ssl": self.tr("SSL/TLS"), "starttls": self.tr("STARTTLS"),
                  "none": self.tr("None (unencrypted)")}  # fmt: skip
        for enc, text in labels.items():
            self.encryption.setItemText(self.encryption.findData(enc), text)
        self.password_show.setText(self.tr("Show"))
        self.host.setPlaceholderText(self.tr("e.g. smtp.example.com"))
        self.sender_email.setPlaceholderText(self.tr("name@example.com"))
        self.sender_name.setPlaceholderText(self.tr("Shown to your clients, e.g. Jonas Jonaitis"))
        self.update_note()
