"""The client and company forms' ARES and VIES buttons against a local server with recorded
answers; offline they say so and the form stays usable."""

from __future__ import annotations

import socket
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from desktop import settings
from desktop.storage import kv
from desktop.ui.context import AppContext
from desktop.ui.parties.client_dialog import ClientDialog
from desktop.ui.parties.company_dialog import CompanyDialog
from tests.lookup_server import lookup_server
from tests.ui.helpers import child, click


def point_at(context: AppContext, base: str) -> None:
    with context.services.books.transaction() as session:
        kv.write(session, settings.ARES_URL, f"{base}/ares")
        kv.write(session, settings.VIES_URL, f"{base}/vies")
        kv.write(session, settings.LOOKUP_TIMEOUT, 2.0)


def test_client_filled_from_ares_and_checked_in_vies(app_context: AppContext, qtbot: Any) -> None:
    with lookup_server() as (base, _requests):
        point_at(app_context, base)
        dialog = ClientDialog(app_context)
        qtbot.addWidget(dialog)
        dialog.show()
        country = child(dialog, QComboBox, "client_country")
        country.setCurrentIndex(country.findData("CZ"))
        child(dialog, QLineEdit, "client_company_code").setText("27074358")
        click(qtbot, dialog, "client_ares")
        name = child(dialog, QLineEdit, "client_name")
        qtbot.waitUntil(lambda: name.text() == "Asseco Central Europe, a.s.", timeout=5000)
        address = child(dialog, QPlainTextEdit, "client_address").toPlainText()
        assert address == "Budějovická 778/3a\n140 00 Praha 4"
        assert child(dialog, QLineEdit, "client_vat_code").text() == "CZ27074358"
        status = child(dialog, QLabel, "client_lookup_status")
        assert "Filled from ARES" in status.text()

        child(dialog, QLineEdit, "client_vat_code").setText("LT100009998811")
        click(qtbot, dialog, "client_vies")
        qtbot.waitUntil(lambda: "Valid in VIES" in status.text(), timeout=5000)
        click(qtbot, dialog, "client_save")
        saved = app_context.services.parties.find_client("Asseco Central Europe, a.s.")
        assert saved is not None
        assert (saved.vies_checked_on, saved.vies_valid) == (date.today(), True)


def test_offline_says_so_and_blocks_nothing(app_context: AppContext, qtbot: Any) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    point_at(app_context, f"http://127.0.0.1:{port}")
    dialog = CompanyDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    country = child(dialog, QComboBox, "company_country")
    country.setCurrentIndex(country.findData("CZ"))
    child(dialog, QLineEdit, "company_company_code").setText("27074358")
    child(dialog, QLineEdit, "company_name").setText("Moje firma")
    click(qtbot, dialog, "company_ares")
    status = child(dialog, QLabel, "company_lookup_status")
    qtbot.waitUntil(lambda: "offline" in status.text(), timeout=5000)
    assert child(dialog, QLineEdit, "company_name").text() == "Moje firma"  # nothing lost
    assert child(dialog, QPushButton, "company_save").isEnabled()
