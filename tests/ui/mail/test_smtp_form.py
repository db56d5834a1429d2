"""The settings form without a network: names, suggestions, validation, confirmations."""

from __future__ import annotations

from typing import Any

import keyring
import keyring.errors
import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QWidget,
)

from desktop.mail import settings_repo
from desktop.ui.mail.smtp_settings_form import SmtpSettingsForm
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.modules_dialog import ModulesDialog
from tests.conftest import MemoryKeyring
from tests.ui.mail.conftest import answering, books_of, click, find, install_smtp

CONTRACT: dict[str, type[QWidget]] = {
    "modules_dialog": ModulesDialog,
    "module_smtp_install": QPushButton,
    "module_smtp_uninstall": QPushButton,
    "smtp_settings": SmtpSettingsForm,
    "smtp_provider": QComboBox,
    "smtp_host": QLineEdit,
    "smtp_port": QSpinBox,
    "smtp_encryption": QComboBox,
    "smtp_username": QLineEdit,
    "smtp_password": QLineEdit,
    "smtp_sender_name": QLineEdit,
    "smtp_sender_email": QLineEdit,
    "smtp_update": QPushButton,
    "smtp_test": QPushButton,
    "smtp_guide": QTextBrowser,
}


def test_automation_names_are_unique_and_typed(main_window: MainWindow, qtbot: Any) -> None:
    dialog, _ = install_smtp(main_window, qtbot)
    for name, kind in CONTRACT.items():
        found = [dialog] if name == "modules_dialog" else dialog.findChildren(kind, name)
        assert len(found) == 1, name
        assert found[0].objectName() == name
    encryption = find(dialog, QComboBox, "smtp_encryption")
    data = [encryption.itemData(i) for i in range(encryption.count())]
    labels = [encryption.itemText(i) for i in range(encryption.count())]
    assert data == ["ssl", "starttls", "none"]
    assert labels == ["SSL/TLS", "STARTTLS", "None (unencrypted)"]
    port = find(dialog, QSpinBox, "smtp_port")
    assert (port.minimum(), port.maximum()) == (1, 65535)
    assert find(dialog, QLineEdit, "smtp_password").echoMode() == QLineEdit.EchoMode.Password


def test_sender_address_chooses_provider_and_defaults(main_window: MainWindow, qtbot: Any) -> None:
    _, form = install_smtp(main_window, qtbot)
    f = form.fields
    qtbot.keyClicks(f.sender_email, "jana@seznam.cz")
    assert f.provider.currentData() == "seznam"
    assert (f.host.text(), f.port.value(), f.encryption.currentData()) == (
        "smtp.seznam.cz",
        465,
        "ssl",
    )
    assert f.username.text() == "jana@seznam.cz"
    assert "app password" in f.provider_note.text()
    assert "czech-providers.md#seznam-app-password" in f.provider_note.text()
    assert form.guide.guide is not None and form.guide.guide.name == "czech-providers"
    # an unknown domain: "Other provider" with smtp.<domain> as a suggestion
    f.sender_email.clear()
    qtbot.keyClicks(f.sender_email, "jonas@domenas.lt")
    assert f.provider.currentData() == "other"
    assert f.host.text() == "smtp.domenas.lt"
    # Outlook.com refuses passwords: its own sign-in, with the guide to a client ID
    f.sender_email.clear()
    qtbot.keyClicks(f.sender_email, "jonas@outlook.com")
    assert f.provider.currentData() == "outlook"
    assert "accepts only its own sign-in" in f.provider_note.text()
    assert "oauth.md#microsoft" in f.provider_note.text()
    f.sender_email.clear()
    qtbot.keyClicks(f.sender_email, "jonas@centrum.cz")
    assert "check with your provider" in f.provider_note.text()


def test_user_choices_are_not_overwritten(main_window: MainWindow, qtbot: Any) -> None:
    _, form = install_smtp(main_window, qtbot)
    f = form.fields
    qtbot.keyClicks(f.username, "login-name")
    # the user picks a provider: it fills host/port/encryption and then stays
    f.provider.setCurrentIndex(f.provider.findData("gmail"))
    f.provider.activated.emit(f.provider.currentIndex())
    assert f.host.text() == "smtp.gmail.com"
    qtbot.keyClicks(f.sender_email, "jana@seznam.cz")
    assert f.provider.currentData() == "gmail"
    assert f.username.text() == "login-name"
    # encryption suggests the port until the user types one
    f.encryption.setCurrentIndex(f.encryption.findData("starttls"))
    assert f.port.value() == 587
    f.encryption.setCurrentIndex(f.encryption.findData("none"))
    assert f.port.value() == 25
    f.port.lineEdit().selectAll()
    qtbot.keyClicks(f.port.lineEdit(), "2525")
    f.encryption.setCurrentIndex(f.encryption.findData("ssl"))
    assert f.port.value() == 2525
    # the spin box refuses a port above 65535
    f.port.lineEdit().selectAll()
    qtbot.keyClicks(f.port.lineEdit(), "99999")
    assert 1 <= f.port.value() <= 65535


def test_validation_messages_next_to_fields(main_window: MainWindow, qtbot: Any) -> None:
    _, form = install_smtp(main_window, qtbot)
    f = form.fields
    qtbot.keyClicks(f.sender_email, "not-an-address")
    f.host.clear()
    f.sender_name.setText("Jonas\r\nBcc: victim@example.com")  # pasted
    click(qtbot, find(form, QPushButton, "smtp_update"))
    host_error = find(form, QLabel, "smtp_host_error")
    assert host_error.isVisible() and host_error.text() == "This field is required."
    assert "e-mail address" in find(form, QLabel, "smtp_sender_email_error").text()
    assert "Line breaks" in find(form, QLabel, "smtp_sender_name_error").text()
    assert not find(form, QLabel, "smtp_port_error").isVisible()
    assert settings_repo.load(books_of(main_window)) is None
    qtbot.keyClicks(f.host, "https://smtp.example.com")
    click(qtbot, find(form, QPushButton, "smtp_update"))
    assert "only the server name" in find(form, QLabel, "smtp_host_error").text()
    # fixed: the messages disappear and the settings are saved
    f.host.clear()
    qtbot.keyClicks(f.host, "smtp.example.com")
    f.sender_email.clear()
    qtbot.keyClicks(f.sender_email, "jonas@example.com")
    f.sender_name.setText("Jonas")
    click(qtbot, find(form, QPushButton, "smtp_update"))
    assert not host_error.isVisible()
    assert settings_repo.load(books_of(main_window)) is not None


def test_unencrypted_remote_host_needs_confirmation(main_window: MainWindow, qtbot: Any) -> None:
    _, form = install_smtp(main_window, qtbot)
    f = form.fields
    qtbot.keyClicks(f.sender_email, "jonas@example.com")
    f.host.clear()
    qtbot.keyClicks(f.host, "mail.example.com")
    f.encryption.setCurrentIndex(f.encryption.findData("none"))
    update = find(form, QPushButton, "smtp_update")
    with answering("smtp_plaintext_dialog", "smtp_plaintext_cancel") as answered:
        click(qtbot, update)
    assert answered and settings_repo.load(books_of(main_window)) is None
    with answering("smtp_plaintext_dialog", "smtp_plaintext_confirm") as answered:
        click(qtbot, update)
    assert answered
    saved = settings_repo.load_settings(books_of(main_window))
    assert saved is not None and saved.encryption == "none" and saved.port == 25


def test_password_show_toggle(main_window: MainWindow, qtbot: Any) -> None:
    _, form = install_smtp(main_window, qtbot)
    show = form.fields.password_show
    assert show.objectName() == "smtp_password_show"
    click(qtbot, show)
    assert form.fields.password.echoMode() == QLineEdit.EchoMode.Normal
    click(qtbot, show)
    assert form.fields.password.echoMode() == QLineEdit.EchoMode.Password


def test_account_rename_moves_the_password(
    main_window: MainWindow, qtbot: Any, memory_keyring: Any
) -> None:
    _, form = install_smtp(main_window, qtbot)
    f = form.fields
    qtbot.keyClicks(f.sender_email, "jonas@gmail.com")
    qtbot.keyClicks(f.password, "abcd efgh ijkl mnop")
    click(qtbot, find(form, QPushButton, "smtp_update"))
    f.username.clear()
    qtbot.keyClicks(f.username, "jonas.j@gmail.com")
    click(qtbot, find(form, QPushButton, "smtp_update"))
    assert list(memory_keyring.store.items()) == [
        (("faktura-smtp", "jonas.j@gmail.com@smtp.gmail.com"), "abcd efgh ijkl mnop")
    ]


def test_language_switch_retranslates_form_and_guide(main_window: MainWindow, qtbot: Any) -> None:
    from desktop.ui.shell.translations import install_translators

    dialog, form = install_smtp(main_window, qtbot)
    context = main_window.context
    try:
        context.language = "lt"
        install_translators("lt")
        context.events.language_changed.emit("lt")
        update = find(form, QPushButton, "smtp_update")
        qtbot.waitUntil(lambda: update.text() == "Atnaujinti nustatymus")
        assert find(form, QPushButton, "smtp_test").text() == "Tikrinti ryšį"
        encryption = find(form, QComboBox, "smtp_encryption")
        assert [encryption.itemData(i) for i in range(3)] == ["ssl", "starttls", "none"]
        assert form.guide.guide is not None and form.guide.guide.lang == "lt"
        assert find(dialog, QLabel, "module_smtp_name").text() != "<b>Email sending via SMTP</b>"
    finally:
        context.language = "en"
        install_translators("en")
    qtbot.waitUntil(lambda: find(form, QPushButton, "smtp_update").text() == "Update settings")


def test_password_without_user_name_is_refused(main_window: MainWindow, qtbot: Any) -> None:
    _, form = install_smtp(main_window, qtbot)
    f = form.fields
    qtbot.keyClicks(f.sender_email, "jonas@gmail.com")
    f.username.clear()
    qtbot.keyClicks(f.password, "secret")
    click(qtbot, find(form, QPushButton, "smtp_update"))
    assert find(form, QLabel, "smtp_username_error").text() == "This field is required."
    assert settings_repo.load(books_of(main_window)) is None


def test_new_account_starts_with_the_selected_presets_server(
    main_window: MainWindow, qtbot: Any
) -> None:
    _, form = install_smtp(main_window, qtbot)
    provider = find(form, QComboBox, "smtp_provider")
    assert provider.currentData() == "gmail"  # the first preset, shown as selected
    host = find(form, QLineEdit, "smtp_host")
    port = find(form, QSpinBox, "smtp_port")
    encryption = find(form, QComboBox, "smtp_encryption")
    assert (host.text(), port.value(), encryption.currentData()) == ("smtp.gmail.com", 465, "ssl")
    assert "app password" in find(form, QLabel, "smtp_provider_note").text()
    # only a suggestion: the sender address still picks the provider and its server
    qtbot.keyClicks(find(form, QLineEdit, "smtp_sender_email"), "jana@seznam.cz")
    assert provider.currentData() == "seznam" and host.text() == "smtp.seznam.cz"


def test_saved_settings_are_not_replaced_by_the_preset(main_window: MainWindow, qtbot: Any) -> None:
    dialog, form = install_smtp(main_window, qtbot)
    f = form.fields
    qtbot.keyClicks(f.sender_email, "jonas@imone.lt")
    f.host.clear()
    qtbot.keyClicks(f.host, "mail.imone.lt")
    f.encryption.setCurrentIndex(f.encryption.findData("starttls"))
    click(qtbot, find(form, QPushButton, "smtp_update"))
    assert form.status.text() == "Settings saved."
    dialog.close()
    reopened, form = install_smtp(main_window, qtbot)
    assert reopened is not dialog
    assert find(form, QComboBox, "smtp_provider").currentData() == "other"
    assert find(form, QLineEdit, "smtp_host").text() == "mail.imone.lt"
    assert find(form, QSpinBox, "smtp_port").value() == 587
    assert find(form, QComboBox, "smtp_encryption").currentData() == "starttls"


class _CountingKeyring(MemoryKeyring):
    """Counts writes: on a locked keyring, each one asks the user for its password."""

    def __init__(self, *, locked: bool = False) -> None:
        super().__init__()
        self.locked = locked
        self.writes = 0

    def set_password(self, service: str, username: str, password: str) -> None:
        self.writes += 1
        if self.locked:
            raise keyring.errors.KeyringLocked("collection is locked")
        super().set_password(service, username, password)


def test_opening_the_form_writes_nothing_to_the_keyring(
    main_window: MainWindow, qtbot: Any
) -> None:
    backend = _CountingKeyring()
    keyring.set_keyring(backend)  # the autouse fixture restores it
    dialog, form = install_smtp(main_window, qtbot)
    dialog.close()
    dialog, form = install_smtp(main_window, qtbot)
    assert backend.writes == 0
    assert not find(form, QLabel, "smtp_keyring_notice").isVisible()
    f = form.fields
    qtbot.keyClicks(f.sender_email, "jonas@gmail.com")
    qtbot.keyClicks(f.password, "abcd efgh ijkl mnop")
    click(qtbot, find(form, QPushButton, "smtp_update"))
    assert form.status.text() == "Settings saved."
    assert backend.writes == 2  # the probe (deleted again) and the password itself
    assert list(backend.store) == [("faktura-smtp", "jonas@gmail.com@smtp.gmail.com")]
    qtbot.keyClicks(f.password, "qrst uvwx yzab cdef")
    click(qtbot, find(form, QPushButton, "smtp_update"))
    assert backend.writes == 3  # probed once per run: now only the password
    dialog.close()


@pytest.mark.expected_log("WARNING", r"keyring refused the probe")
def test_locked_keyring_refusing_a_save_offers_session_only(
    main_window: MainWindow, qtbot: Any
) -> None:
    backend = _CountingKeyring(locked=True)
    keyring.set_keyring(backend)
    _, form = install_smtp(main_window, qtbot)
    notice = find(form, QLabel, "smtp_keyring_notice")
    session_only = find(form, QCheckBox, "smtp_session_only")
    assert not notice.isVisible() and backend.writes == 0  # it looks fine until written to
    f = form.fields
    qtbot.keyClicks(f.sender_email, "jonas@gmail.com")
    qtbot.keyClicks(f.password, "abcd efgh ijkl mnop")
    click(qtbot, find(form, QPushButton, "smtp_update"))
    assert backend.writes == 1 and backend.store == {}
    assert "refused to store the password" in find(form, QLabel, "smtp_password_error").text()
    assert notice.isVisible() and session_only.isVisible()
    assert "never writes your password to disk" in notice.text()
    assert settings_repo.load(books_of(main_window)) is None
    click(qtbot, session_only)
    click(qtbot, find(form, QPushButton, "smtp_update"))
    assert form.status.text() == "Settings saved."
    account = "jonas@gmail.com@smtp.gmail.com"
    assert settings_repo.password_store().is_session_only(account)
    assert backend.writes == 1  # session-only: the keyring was not asked again


@pytest.mark.expected_log("WARNING", r"keyring refused the probe")
def test_unlocked_keyring_is_tried_again_on_the_next_save(
    main_window: MainWindow, qtbot: Any
) -> None:
    backend = _CountingKeyring(locked=True)
    keyring.set_keyring(backend)
    _, form = install_smtp(main_window, qtbot)
    f = form.fields
    qtbot.keyClicks(f.sender_email, "jonas@gmail.com")
    qtbot.keyClicks(f.password, "abcd efgh ijkl mnop")
    click(qtbot, find(form, QPushButton, "smtp_update"))
    assert form.status.text() == "Settings not saved."
    backend.locked = False  # the user unlocked it, as the message asked
    click(qtbot, find(form, QPushButton, "smtp_update"))
    assert form.status.text() == "Settings saved."
    assert list(backend.store) == [("faktura-smtp", "jonas@gmail.com@smtp.gmail.com")]
