"""The settings form without a network: names, suggestions, validation, confirmations."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QWidget,
)

from desktop.mail import settings_repo
from desktop.ui.main_window import MainWindow
from desktop.ui.modules_dialog import ModulesDialog
from desktop.ui.smtp_settings_form import SmtpSettingsForm
from tests.ui_smtp.conftest import answering, click, find, install_smtp

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
    # Outlook.com refuses passwords: warned
    f.sender_email.clear()
    qtbot.keyClicks(f.sender_email, "jonas@outlook.com")
    assert f.provider.currentData() == "outlook"
    assert "refuses password login" in f.provider_note.text()
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
    assert settings_repo.load(main_window.context.db) is None
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
    assert settings_repo.load(main_window.context.db) is not None


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
    assert answered and settings_repo.load(main_window.context.db) is None
    with answering("smtp_plaintext_dialog", "smtp_plaintext_confirm") as answered:
        click(qtbot, update)
    assert answered
    saved = settings_repo.load_settings(main_window.context.db)
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
    from desktop.ui.translations import install_translators

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
    assert settings_repo.load(main_window.context.db) is None
