"""File → Export for the accountant…: the period's CSV and ZIP written as a job."""

from __future__ import annotations

import zipfile
from datetime import date
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QDateEdit, QPushButton

from desktop.ui.invoices.date_fields import to_qdate
from desktop.ui.shell.accounting_dialog import AccountingExportDialog, previous_month
from desktop.ui.shell.main_window import MainWindow
from tests.ui.helpers import LEFT, errors_logged, seed_invoices, status_text


def test_previous_month() -> None:
    assert previous_month(date(2026, 3, 15)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert previous_month(date(2026, 1, 1)) == (date(2025, 12, 1), date(2025, 12, 31))


def test_export_from_the_file_menu(main_window: MainWindow, qtbot: Any, caplog: Any) -> None:
    numbers = [
        main_window.context.services.invoices.summary(i).number
        for i in seed_invoices(main_window.context.services, 3)
    ]
    action = main_window.findChild(QAction, "action_export_period")
    assert action is not None and action in main_window.file_menu.actions()
    action.trigger()
    dialog = main_window.findChild(AccountingExportDialog, "accounting_export_dialog")
    assert dialog is not None and dialog.isVisible()
    today = to_qdate(date.today())
    dialog.findChild(QDateEdit, "accounting_from").setDate(today)
    dialog.findChild(QDateEdit, "accounting_to").setDate(today)
    assert dialog.findChild(QCheckBox, "accounting_zip").isChecked()
    qtbot.mouseClick(dialog.findChild(QPushButton, "accounting_export"), LEFT)
    qtbot.waitUntil(lambda: "Saved for the accountant" in status_text(main_window), timeout=20000)
    exports = main_window.context.paths.exports
    stem = f"invoices-{date.today().isoformat()}-{date.today().isoformat()}"
    assert (exports / f"{stem}.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    with zipfile.ZipFile(exports / f"{stem}.zip") as archive:
        assert {f"pdf/{n}.pdf" for n in numbers} <= set(archive.namelist())
    assert errors_logged(caplog) == []
