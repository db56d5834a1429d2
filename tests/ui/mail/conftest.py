"""Fixtures for the SMTP settings GUI: real aiosmtpd servers, a trusted test CA, helpers."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QLineEdit, QPushButton

from desktop.mail import settings_repo
from desktop.mail.secrets import PasswordStore
from desktop.storage.database import Database
from desktop.ui.mail.smtp_settings_form import SmtpSettingsForm
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.modules_dialog import ModulesDialog
from tests.mail.outbox_fixtures import db, server  # noqa: F401 - fixtures


@pytest.fixture(autouse=True)
def _trusted_ca(trust_test_ca: Path) -> Path:
    return trust_test_ca


@pytest.fixture(autouse=True)
def fresh_password_store(monkeypatch: pytest.MonkeyPatch) -> PasswordStore:
    """Session-only passwords must not leak from one test into the next."""
    store = PasswordStore()
    monkeypatch.setattr(settings_repo, "_store", store)
    return store


@pytest.fixture(autouse=True)
def no_test_thread_left() -> Iterator[None]:
    """Every job ("Test connection", the mailer) has ended when a test ends (or is stopped
    here)."""
    yield
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        from desktop.jobs import job_runner

        assert job_runner().shutdown() == 0


@pytest.fixture(autouse=True)
def short_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("desktop.ui.mail.smtp_settings_form.DEFAULT_TIMEOUT_S", 3.0)


T = TypeVar("T", bound=QObject)


def books_of(window: MainWindow) -> Database:
    """The window's database, for a test that sets up or checks data below the services."""
    return window.context.services.books.database


def find(parent: QObject, cls: type[T], name: str) -> T:
    """``findChild`` that fails the test (instead of returning None) when a name is missing."""
    found = parent.findChild(cls, name)
    assert found is not None, f"no {cls.__name__} named {name!r}"
    return found


def open_modules(window: MainWindow, qtbot: Any) -> ModulesDialog:
    """Trigger ``action_modules`` like the toolbar button does; return the dialog."""
    find(window, QAction, "action_modules").trigger()
    shown = [d for d in window.findChildren(ModulesDialog, "modules_dialog") if d.isVisible()]
    assert len(shown) == 1
    dialog = shown[0]
    qtbot.waitExposed(dialog)
    return dialog


def install_smtp(window: MainWindow, qtbot: Any) -> tuple[ModulesDialog, SmtpSettingsForm]:
    dialog = open_modules(window, qtbot)
    install = find(dialog, QPushButton, "module_smtp_install")
    if install.isVisible():
        qtbot.mouseClick(install, Qt.MouseButton.LeftButton)
    form = find(dialog, SmtpSettingsForm, "smtp_settings")
    assert form is not None and form.isVisible()
    return dialog, form


@contextmanager
def answering(dialog_name: str, button_name: str) -> Iterator[list[str]]:
    """Click ``button_name`` in the next modal dialog called ``dialog_name`` when it shows."""
    answered: list[str] = []

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or modal.objectName() != dialog_name:
            return
        button = modal.findChild(QAbstractButton, button_name)
        if button is not None:
            answered.append(modal.objectName())
            timer.stop()
            button.click()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    try:
        yield answered
    finally:
        timer.stop()


class Endpoint(Protocol):
    host: str
    port: int


@dataclass
class Address:
    """Where nothing (or something odd) listens, for a test that needs no server object."""

    host: str
    port: int


def fill(
    qtbot: Any,
    form: SmtpSettingsForm,
    endpoint: Endpoint,
    *,
    encryption: str,
    password: str | None = None,
) -> None:
    """Type the settings for ``endpoint`` into the form like a user (sender address first)."""
    from tests.smtp_server import PASSWORD, USER

    f = form.fields
    qtbot.keyClicks(f.sender_name, "Jonas Jonaitis")
    qtbot.keyClicks(f.sender_email, USER)
    f.host.clear()
    qtbot.keyClicks(f.host, endpoint.host)
    f.encryption.setCurrentIndex(f.encryption.findData(encryption))
    f.port.lineEdit().selectAll()
    qtbot.keyClicks(f.port.lineEdit(), str(endpoint.port))
    type_text(qtbot, f.password, PASSWORD if password is None else password)


def type_text(qtbot: Any, line_edit: QLineEdit, text: str) -> None:
    """keyClicks for ASCII; QTest cannot type "ž", so the rest arrives like an IME commit."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(line_edit, char)
        else:
            line_edit.insert(char)


def click(qtbot: Any, widget: QAbstractButton) -> None:
    """Click like a user: a check box on its box (its centre may be empty space)."""
    if isinstance(widget, QCheckBox):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def run_test(qtbot: Any, form: SmtpSettingsForm, timeout_ms: int = 10_000) -> None:
    """Press Test connection and wait until the worker thread has finished."""
    click(qtbot, find(form, QPushButton, "smtp_test"))
    assert form.test_panel.is_running()
    qtbot.waitUntil(lambda: not form.test_panel.is_running(), timeout=timeout_ms)
