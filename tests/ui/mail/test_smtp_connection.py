"""Install the module, fill the form, save and test against real loopback servers."""

from __future__ import annotations

import itertools
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QLabel, QListWidget, QPushButton

from desktop.jobs import job_runner
from desktop.mail import settings_repo
from desktop.mail.secrets import SERVICE
from desktop.mail.steps import Step
from desktop.ui.mail.smtp_test_job import JOB_NAME
from desktop.ui.shell.main_window import MainWindow
from tests.conftest import MemoryKeyring
from tests.smtp_server import PASSWORD, USER, SilentServer, SmtpTestServer, TestPki
from tests.ui.mail.conftest import answering, click, fill, find, install_smtp, run_test


def _states(steps: QListWidget) -> dict[str, str]:
    from PySide6.QtCore import Qt

    return {
        str(steps.item(i).data(Qt.ItemDataRole.UserRole + 1)): str(
            steps.item(i).data(Qt.ItemDataRole.UserRole)
        )
        for i in range(steps.count())
    }


def running_tests() -> int:
    """ "Test connection" jobs whose work has not returned yet."""
    return sum(1 for job in job_runner().running() if job.name == JOB_NAME)


def _grep(root: Path, needle: str) -> list[Path]:
    hits = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if needle.encode() in data or needle.encode("utf-16-le") in data:
                hits.append(path)
    return hits


@pytest.mark.parametrize(
    ("mode", "mechanism"),
    [("ssl", "LOGIN"), ("ssl", "PLAIN"), ("starttls", "LOGIN"), ("starttls", "PLAIN")],
)
def test_full_setup_every_step_green(
    main_window: MainWindow,
    qtbot: Any,
    pki: TestPki,
    memory_keyring: MemoryKeyring,
    mode: str,
    mechanism: str,
) -> None:
    with SmtpTestServer(mode, pki, mechanisms=(mechanism,)) as server:  # type: ignore[arg-type]
        dialog, form = install_smtp(main_window, qtbot)
        fill(qtbot, form, server, encryption=mode)
        click(qtbot, find(form, QCheckBox, "smtp_test_send_message"))
        with qtbot.waitSignal(main_window.context.events.modules_changed):
            click(qtbot, find(form, QPushButton, "smtp_update"))
        run_test(qtbot, form)
        states = _states(find(form, QListWidget, "smtp_test_steps"))
        expected_skip = {"tls"} if mode == "starttls" else {"starttls"}
        assert {s for s, st in states.items() if st == "skipped"} == expected_skip
        assert all(st == "ok" for s, st in states.items() if s not in expected_skip), states
        assert "Everything works" in find(form, QLabel, "smtp_test_result").text()
        assert server.authenticator.mechanisms == [mechanism]
        assert len(server.handler.messages) == 1
        assert server.handler.messages[0].rcpt_tos == [USER]
    # the password is in the keyring and nowhere under the data dir (database, WAL, logs)
    account = f"{USER}@{server.host}"
    assert memory_keyring.store[(SERVICE, account)] == PASSWORD
    assert form.fields.password.text() == ""
    assert "stored in the keyring" in form.fields.password.placeholderText()
    dialog.close()
    assert _grep(main_window.context.paths.root, PASSWORD) == []
    saved = main_window.context.services.mail_account.settings()
    assert saved is not None and saved.encryption == mode and saved.port == server.port


def test_wrong_password_shows_auth_failed_guidance(
    main_window: MainWindow, qtbot: Any, starttls_server: SmtpTestServer
) -> None:
    _, form = install_smtp(main_window, qtbot)
    fill(qtbot, form, starttls_server, encryption="starttls", password="wrong")
    run_test(qtbot, form)
    text = find(form, QLabel, "smtp_test_result").text()
    assert "Wrong user name or password" in text
    assert "type the password again" in text
    assert "535" in text
    assert "troubleshooting.md#auth_failed" in text
    assert form.test_panel.step_state(Step.LOGIN) == "failed"
    assert form.guide.guide is not None and form.guide.guide.name == "troubleshooting"
    assert form.guide.current_heading() == "Wrong user name or password"
    assert "wrong" not in text


def test_stored_password_is_used_and_never_shown(
    main_window: MainWindow, qtbot: Any, ssl_server: SmtpTestServer
) -> None:
    dialog, form = install_smtp(main_window, qtbot)
    fill(qtbot, form, ssl_server, encryption="ssl")
    click(qtbot, find(form, QPushButton, "smtp_update"))
    dialog.close()
    # reopen: the field stays empty, the placeholder says a password is stored
    dialog, form = install_smtp(main_window, qtbot)
    assert form.fields.password.text() == ""
    assert form.fields.host.text() == ssl_server.host
    assert "stored in the keyring" in form.fields.password.placeholderText()
    run_test(qtbot, form)  # uses the stored password
    assert form.test_panel.step_state(Step.LOGIN) == "ok"
    click(qtbot, find(form, QPushButton, "smtp_update"))  # empty field keeps it
    assert settings_repo.password_store().get(f"{USER}@{ssl_server.host}") == PASSWORD


def test_untrusted_certificate_trust_then_pinned_then_changed(
    main_window: MainWindow, qtbot: Any, pki: TestPki
) -> None:
    with SmtpTestServer("ssl", pki, cert="untrusted") as server:
        _, form = install_smtp(main_window, qtbot)
        fill(qtbot, form, server, encryption="ssl")
        run_test(qtbot, form)
        assert "Certificate not trusted" in find(form, QLabel, "smtp_test_result").text()
        details = find(form, QLabel, "smtp_cert_details").text()
        fingerprint = TestPki.sha256(pki.other_cert)
        assert fingerprint[:2].upper() + ":" + fingerprint[2:4].upper() in details
        assert "Untrusted Test CA" in details
        trust = find(form, QPushButton, "smtp_trust_certificate")
        assert trust.isVisible()
        with answering("cert_trust_dialog", "cert_trust_cancel") as answered:
            click(qtbot, trust)
        assert answered and main_window.context.services.mail_account.settings() is None
        with answering("cert_trust_dialog", "cert_trust_confirm") as answered:
            click(qtbot, trust)
        assert answered
        qtbot.waitUntil(lambda: not form.test_panel.is_running(), timeout=10_000)
        saved = main_window.context.services.mail_account.settings()
        assert saved is not None and saved.pinned_sha256 == fingerprint
        assert form.test_panel.step_state(Step.LOGIN) == "ok"
    # the same host now shows another certificate (a CA-trusted one, even): refused
    with SmtpTestServer("ssl", pki) as other:
        form.fields.port.lineEdit().selectAll()
        qtbot.keyClicks(form.fields.port.lineEdit(), str(other.port))
        run_test(qtbot, form)
        text = find(form, QLabel, "smtp_test_result").text()
        assert "The server's certificate has changed" in text
        assert form.test_panel.step_state(Step.TLS) == "failed"


def test_gui_stays_responsive_and_cancel_is_quick(
    main_window: MainWindow,
    qtbot: Any,
    silent_server: SilentServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("desktop.ui.mail.smtp_settings_form.DEFAULT_TIMEOUT_S", 15.0)
    _, form = install_smtp(main_window, qtbot)
    fill(qtbot, form, silent_server, encryption="starttls")
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    click(qtbot, find(form, QPushButton, "smtp_test"))
    qtbot.wait(1200)
    assert form.test_panel.is_running()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 20 and max(gaps) < 0.2, max(gaps)
    started = time.monotonic()
    click(qtbot, find(form, QPushButton, "smtp_test_cancel"))
    qtbot.waitUntil(lambda: not form.test_panel.is_running(), timeout=3000)
    timer.stop()
    assert time.monotonic() - started < 2.0
    assert "cancelled" in find(form, QLabel, "smtp_test_result").text()
    assert find(form, QPushButton, "smtp_test").isEnabled()


def test_keyring_unusable_offers_session_only(
    main_window: MainWindow, qtbot: Any, plain_server: SmtpTestServer
) -> None:
    import keyring
    import keyring.backends.fail

    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]  # the autouse fixture restores it
    _, form = install_smtp(main_window, qtbot)
    notice = find(form, QLabel, "smtp_keyring_notice")
    session_only = find(form, QCheckBox, "smtp_session_only")
    assert notice.isVisible() and session_only.isVisible()
    assert (
        "No system keyring" in notice.text()
        and "never writes your password to disk" in notice.text()
    )
    assert "keyring." not in notice.text() and "Keyring" not in notice.text()  # no class name
    fill(qtbot, form, plain_server, encryption="none")
    click(qtbot, find(form, QPushButton, "smtp_update"))
    assert find(form, QLabel, "smtp_password_error").isVisible()
    assert main_window.context.services.mail_account.settings() is None
    click(qtbot, session_only)
    assert session_only.isChecked()
    click(qtbot, find(form, QPushButton, "smtp_update"))
    assert form.status.text() == "Settings saved.", form.status.text()
    account = f"{USER}@{plain_server.host}"
    store = settings_repo.password_store()
    assert store.is_session_only(account) and store.get(account) == PASSWORD
    assert "this session only" in form.fields.password.placeholderText()
    run_test(qtbot, form)  # loopback "none": no confirmation, session password used
    assert form.test_panel.step_state(Step.LOGIN) == "ok"
    assert _grep(main_window.context.paths.root, PASSWORD) == []


def test_remove_module_deletes_settings_and_password(
    main_window: MainWindow, qtbot: Any, memory_keyring: MemoryKeyring, ssl_server: SmtpTestServer
) -> None:
    dialog, form = install_smtp(main_window, qtbot)
    fill(qtbot, form, ssl_server, encryption="ssl")
    click(qtbot, find(form, QPushButton, "smtp_update"))
    assert memory_keyring.store
    remove = find(dialog, QPushButton, "module_smtp_uninstall")
    with answering("module_remove_dialog", "module_remove_cancel"):
        click(qtbot, remove)
    assert memory_keyring.store and dialog.registry.is_installed("smtp")
    with (
        answering("module_remove_dialog", "module_remove_confirm"),
        qtbot.waitSignal(main_window.context.events.modules_changed),
    ):
        click(qtbot, remove)
    assert memory_keyring.store == {}
    assert main_window.context.services.mail_account.account() is None
    assert not dialog.registry.is_installed("smtp")
    assert find(dialog, QLabel, "module_smtp_state").text() == "Not installed"
    assert find(dialog, QPushButton, "module_smtp_install").isVisible()


def test_closing_the_window_mid_test_is_safe(
    app_context: Any, qtbot: Any, silent_server: SilentServer
) -> None:
    """Quitting while a test runs deletes the form; the thread must end, not abort the app."""
    window = MainWindow(app_context)
    window.show()
    _, form = install_smtp(window, qtbot)
    fill(qtbot, form, silent_server, encryption="starttls")
    click(qtbot, find(form, QPushButton, "smtp_test"))
    qtbot.wait(100)
    assert running_tests() == 1
    window.close()
    window.shutdown()
    window.deleteLater()
    qtbot.waitUntil(lambda: running_tests() == 0, timeout=3000)


def test_closing_the_dialog_cancels_the_test(
    main_window: MainWindow,
    qtbot: Any,
    silent_server: SilentServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("desktop.ui.mail.smtp_settings_form.DEFAULT_TIMEOUT_S", 15.0)
    dialog, form = install_smtp(main_window, qtbot)
    fill(qtbot, form, silent_server, encryption="starttls")
    click(qtbot, find(form, QPushButton, "smtp_test"))
    qtbot.wait(100)
    started = time.monotonic()
    dialog.close()
    assert time.monotonic() - started < 0.2  # closing does not wait for the network
    qtbot.waitUntil(lambda: running_tests() == 0, timeout=2000)
