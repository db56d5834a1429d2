"""A new SMTP account starts from the company profile: sender and provider from its e-mail."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit

from desktop.ui.shell.main_window import MainWindow
from tests.ui.mail.conftest import find, install_smtp


@pytest.mark.parametrize(
    ("email", "provider", "host"),
    [
        ("jana@seznam.cz", "seznam", "smtp.seznam.cz"),
        ("jonas@gmail.com", "gmail", "smtp.gmail.com"),
        ("info@sviesa.lt", "other", "smtp.sviesa.lt"),
    ],
)
def test_new_account_starts_from_the_company_profile(
    main_window: MainWindow, qtbot: Any, email: str, provider: str, host: str
) -> None:
    parties = main_window.context.services.parties
    company = parties.company()
    company.name, company.email = "UAB Šviesa", email
    parties.save_company(company)
    _, form = install_smtp(main_window, qtbot)
    assert find(form, QLineEdit, "smtp_sender_name").text() == "UAB Šviesa"
    assert find(form, QLineEdit, "smtp_sender_email").text() == email
    assert find(form, QLineEdit, "smtp_username").text() == email
    assert find(form, QComboBox, "smtp_provider").currentData() == provider
    assert find(form, QLineEdit, "smtp_host").text() == host


def test_without_a_company_email_the_sender_stays_empty(
    main_window: MainWindow, qtbot: Any
) -> None:
    _, form = install_smtp(main_window, qtbot)
    assert find(form, QLineEdit, "smtp_sender_email").text() == ""
