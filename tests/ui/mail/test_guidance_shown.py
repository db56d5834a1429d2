"""Failures from real loopback servers reach the user as translated guidance with a guide link."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from desktop.mail.guidance import Guidance
from desktop.modules.guides import LANGUAGES, load_guide
from desktop.ui.mail.guidance_text import guidance_advice, guidance_title
from desktop.ui.shell.main_window import MainWindow
from tests.smtp_server import SmtpTestServer, TestPki, refused_port
from tests.ui.mail.conftest import Address, fill, find, install_smtp, run_test


@pytest.mark.parametrize("key", list(Guidance))
def test_every_guidance_key_has_text_and_a_guide_section(app_context: Any, key: Guidance) -> None:
    assert guidance_title(key) and guidance_advice(key)
    for lang in LANGUAGES:
        assert load_guide("troubleshooting", lang).heading(key.value), (lang, key)


@pytest.mark.parametrize(
    ("mode", "chosen", "title"),
    [
        ("starttls", "ssl", "SSL/TLS chosen on a STARTTLS port"),
        ("ssl", "starttls", "STARTTLS or no encryption on an SSL port"),
        ("starttls", "none", "Encryption required"),
    ],
)
def test_mismatched_encryption_is_explained(
    main_window: MainWindow, qtbot: Any, pki: TestPki, mode: str, chosen: str, title: str
) -> None:
    with SmtpTestServer(mode, pki) as server:  # type: ignore[arg-type]
        _, form = install_smtp(main_window, qtbot)
        fill(qtbot, form, server, encryption=chosen)
        run_test(qtbot, form)
        text = find(form, QLabel, "smtp_test_result").text()
    assert title in text
    # the link in the result opens the matching section of the troubleshooting guide
    key = form.test_panel.result.failure.guidance.value  # type: ignore[union-attr]
    form.test_panel.result_label.linkActivated.emit(f"troubleshooting.md#{key}")
    assert form.guide.current_heading() == load_guide("troubleshooting", "en").heading(key)


def test_connection_refused_is_explained(main_window: MainWindow, qtbot: Any) -> None:
    with refused_port() as port:
        _, form = install_smtp(main_window, qtbot)
        fill(qtbot, form, Address("127.0.0.1", port), encryption="ssl")
        run_test(qtbot, form)
    label = find(form, QLabel, "smtp_test_result")
    text = label.text()
    assert "Connection refused" in text and "Check the port number" in text
    assert "Errno" not in text and "ConnectionRefusedError" not in text  # plain words first
    label.linkActivated.emit("#details")  # "Details…": the local error's own text, on request
    assert "ConnectionRefusedError" in label.text()
