"""The SMTP module's OAuth2 sign-in in the running app: the form, the browser (intercepted
with ``QDesktopServices.setUrlHandler`` and followed by an HTTP client), the step list, and
"Sign in again" in the notification pane; against the local authorization server and
aiosmtpd checking its bearer tokens."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from desktop.core.outbox import OutboxState, PasswordWait
from desktop.mail import settings_repo
from desktop.mail.oauth import tokens
from desktop.mail.oauth.accounts import oauth_account
from desktop.mail.steps import Step
from desktop.ui.mail.notification_model import PASSWORD_ID
from desktop.ui.mail.smtp_texts import step_label
from desktop.ui.shell.main_window import MainWindow
from tests.conftest import MemoryKeyring
from tests.mail.oauth_fixtures import oauth_settings
from tests.oauth_server import CLIENT_ID, SCOPES, OAuthTestServer
from tests.smtp_server import USER, SmtpTestServer, TestPki
from tests.ui.mail.conftest import books_of, click, find, install_smtp, run_test
from tests.ui.mail.test_mailer_in_app import enqueue, state
from tests.ui.mail.test_smtp_connection import _grep, _states


class Browser(QObject):
    """Stands in for the system browser: follows the URL the app opens, on a thread, and so
    "consents" on the local authorization server, which redirects to the app's listener."""

    def __init__(self, pki: TestPki) -> None:
        super().__init__()
        self.pki = pki
        self.opened: list[str] = []
        self.threads: list[threading.Thread] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        address = bytes(url.toEncoded().data()).decode("ascii")
        self.opened.append(address)
        thread = threading.Thread(target=self._visit, args=(address,), name="browser")
        self.threads.append(thread)
        thread.start()

    def _visit(self, address: str) -> None:
        with requests.Session() as session:
            session.get(address, verify=str(self.pki.ca_pem), timeout=10)

    def join(self) -> None:
        for thread in self.threads:
            thread.join(10)


@pytest.fixture
def browser(pki: TestPki) -> Iterator[Browser]:
    handler = Browser(pki)
    QDesktopServices.setUrlHandler("https", handler, "open")
    try:
        yield handler
    finally:
        QDesktopServices.unsetUrlHandler("https")
        handler.join()


@pytest.fixture(autouse=True)
def fresh_access_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tokens, "_tokens", tokens.AccessTokens())


@pytest.fixture
def auth(pki: TestPki) -> Iterator[OAuthTestServer]:
    with OAuthTestServer(pki) as server:
        yield server


@pytest.fixture
def xoauth_server(pki: TestPki, auth: OAuthTestServer) -> Iterator[SmtpTestServer]:
    with SmtpTestServer("starttls", pki, bearer=auth.state.valid_bearer) as server:
        yield server


def _type(qtbot: Any, field: QLineEdit, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def test_sign_in_in_the_browser_then_test_and_send(
    main_window: MainWindow,
    qtbot: Any,
    auth: OAuthTestServer,
    xoauth_server: SmtpTestServer,
    browser: Browser,
    memory_keyring: MemoryKeyring,
) -> None:
    dialog, form = install_smtp(main_window, qtbot)
    f = form.fields
    qtbot.keyClicks(f.sender_name, "Jonas Jonaitis")
    qtbot.keyClicks(f.sender_email, USER)
    f.provider.setCurrentIndex(f.provider.findData("other"))
    _type(qtbot, f.host, xoauth_server.host)
    f.encryption.setCurrentIndex(f.encryption.findData("starttls"))
    f.port.setValue(xoauth_server.port)
    method = find(form, QComboBox, "smtp_auth_method")
    assert [method.itemData(i) for i in range(method.count())] == ["password", "oauth2"]
    method.setCurrentIndex(method.findData("oauth2"))
    assert not f.password.isVisible()
    for name, text in (
        ("smtp_oauth_client_id", CLIENT_ID),
        ("smtp_oauth_authorize_url", auth.authorize_url),
        ("smtp_oauth_token_url", auth.token_url),
        ("smtp_oauth_scopes", SCOPES),
    ):
        field = find(form, QLineEdit, name)
        assert not field.isReadOnly()  # "Other provider": the user enters the endpoints
        _type(qtbot, field, text)
    status = find(form, QLabel, "smtp_oauth_status")
    assert "Not signed in" in status.text()
    click(qtbot, find(form, QPushButton, "smtp_oauth_sign_in"))
    qtbot.waitUntil(lambda: "Signed in as" in status.text(), timeout=10000)
    assert browser.opened and browser.opened[0].startswith(auth.authorize_url + "?")
    assert "code_challenge=" in browser.opened[0] and "code_verifier" not in browser.opened[0]
    with qtbot.waitSignal(main_window.context.events.modules_changed):
        click(qtbot, find(form, QPushButton, "smtp_update"))
    saved = main_window.context.services.mail_account.settings()
    assert saved is not None and saved.uses_oauth and saved.oauth_client_id == CLIENT_ID
    run_test(qtbot, form)
    states = _states(form.test_panel.steps)
    assert states["oauth"] == "ok" and states["login"] == "ok", states
    assert "Everything works" in find(form, QLabel, "smtp_test_result").text()
    refresh = memory_keyring.store[("faktura-smtp", oauth_account(saved))]
    [row_id] = enqueue(main_window)
    qtbot.waitUntil(lambda: state(main_window, row_id) is OutboxState.SENT, timeout=10000)
    dialog.close()
    assert xoauth_server.handler.xoauth2_users  # type: ignore[attr-defined]
    for secret in [refresh, *auth.state.issued]:
        assert _grep(main_window.context.paths.root, secret) == []
    qtbot.wait(300)


def test_presets_fill_the_endpoints_and_outlook_needs_oauth(
    main_window: MainWindow, qtbot: Any
) -> None:
    _, form = install_smtp(main_window, qtbot)
    qtbot.keyClicks(form.fields.sender_email, "jonas@outlook.com")
    method = find(form, QComboBox, "smtp_auth_method")
    assert method.currentData() == "oauth2"  # a password never works there
    assert not form.fields.password.isVisible()
    token = find(form, QLineEdit, "smtp_oauth_token_url")
    assert token.isReadOnly()
    assert token.text() == "https://login.microsoftonline.com/consumers/oauth2/v2.0/token"
    assert "SMTP.Send offline_access" in find(form, QLineEdit, "smtp_oauth_scopes").text()
    tenant = find(form, QLineEdit, "smtp_oauth_tenant")
    assert tenant.text() == "consumers"
    tenant.clear()
    qtbot.keyClicks(tenant, "contoso.onmicrosoft.com")
    assert "/contoso.onmicrosoft.com/oauth2/v2.0/token" in token.text()
    note = find(form, QLabel, "smtp_provider_note").text()
    assert "will fail" not in note
    click(qtbot, find(form, QPushButton, "smtp_oauth_sign_in"))  # no client ID yet
    assert find(form, QLabel, "smtp_oauth_client_id_message").isVisible()
    assert step_label(Step.OAUTH, "microsoft") == "Signing in with Microsoft"
    assert step_label(Step.OAUTH, "google") == "Signing in with Google"
    form.fields.provider.setCurrentIndex(form.fields.provider.findData("gmail"))
    form.fields.provider.activated.emit(form.fields.provider.currentIndex())
    assert token.text() == "https://oauth2.googleapis.com/token"
    assert find(form, QLineEdit, "smtp_oauth_scopes").text() == "https://mail.google.com/"


def test_the_pane_asks_to_sign_in_again_and_sending_resumes(
    main_window: MainWindow,
    qtbot: Any,
    auth: OAuthTestServer,
    xoauth_server: SmtpTestServer,
    browser: Browser,
) -> None:
    from tests.mail.outbox_fixtures import configure_smtp

    configure_smtp(books_of(main_window), xoauth_server)  # installs the module
    settings = oauth_settings(xoauth_server, auth)
    settings_repo.save(books_of(main_window), settings, None, provider_id="other")
    main_window.context.events.modules_changed.emit()
    [row_id] = enqueue(main_window)
    pane = main_window.notification_pane
    model = pane.model
    qtbot.waitUntil(lambda: model.row_of(PASSWORD_ID) is not None, timeout=10000)
    notice = model.index(model.row_of(PASSWORD_ID))
    assert "Sending waits for you to sign in" in model.data(notice)
    assert model._password_wait is PasswordWait.SIGN_IN
    pane.list_view.setCurrentIndex(notice)
    sign_in = find(pane, QPushButton, "notification_sign_in")
    assert sign_in.isVisible() and sign_in.text() == "Sign in again"
    assert not find(pane, QPushButton, "notification_retry").isVisible()
    click(qtbot, sign_in)
    qtbot.waitUntil(lambda: state(main_window, row_id) is OutboxState.SENT, timeout=15000)
    qtbot.waitUntil(lambda: model.row_of(PASSWORD_ID) is None, timeout=5000)
    assert len(browser.opened) == 1
    for dialog in main_window.findChildren(QObject, "modules_dialog"):
        dialog.close()  # type: ignore[attr-defined]
    qtbot.wait(300)


def test_test_connection_without_a_sign_in_asks_for_one_and_sends_no_password(
    main_window: MainWindow,
    qtbot: Any,
    auth: OAuthTestServer,
    xoauth_server: SmtpTestServer,
    pki: TestPki,
) -> None:
    from tests.ui.mail.conftest import fill

    _, form = install_smtp(main_window, qtbot)
    fill(qtbot, form, xoauth_server, encryption="starttls")  # types a password first
    with qtbot.waitSignal(main_window.context.events.modules_changed):
        click(qtbot, find(form, QPushButton, "smtp_update"))  # saved with that password
    method = find(form, QComboBox, "smtp_auth_method")
    method.setCurrentIndex(method.findData("oauth2"))
    for name, text in (
        ("smtp_oauth_client_id", CLIENT_ID),
        ("smtp_oauth_authorize_url", auth.authorize_url),
        ("smtp_oauth_token_url", auth.token_url),
        ("smtp_oauth_scopes", SCOPES),
    ):
        _type(qtbot, find(form, QLineEdit, name), text)
    run_test(qtbot, form)
    states = _states(form.test_panel.steps)
    assert states["oauth"] == "failed" and states["resolve"] == "skipped", states
    result = find(form, QLabel, "smtp_test_result").text()
    assert "Sign in again" in result and "oauth_sign_in_required" in result
    assert auth.state.token_requests == []  # the password never went to the token endpoint
    assert xoauth_server.handler.xoauth2_users == []  # type: ignore[attr-defined]
