"""Driving the editor and dialogs the way a user does: by object name, keys and clicks."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop.core.forms import LineForm
from desktop.paths import DataPaths
from desktop.services import Services
from desktop.ui.shell.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


def child(parent: QWidget, cls: type[Any], name: str) -> Any:
    found = parent.findChild(cls, name)
    assert found is not None, f"no {cls.__name__} named {name}"
    return found


def click(qtbot: Any, parent: QWidget, name: str) -> None:
    button = child(parent, QPushButton, name)
    assert button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, LEFT)


def type_into(qtbot: Any, parent: QWidget, name: str, text: str) -> QLineEdit:
    edit = child(parent, QLineEdit, name)
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    return edit


def open_dialog(qtbot: Any, window: QWidget, name: str) -> Any:
    found: list[QDialog] = []

    def visible() -> bool:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.objectName() == name and widget.isVisible():
                found[:] = [widget]
                return True
        return False

    qtbot.waitUntil(visible, timeout=3000)
    return found[0]


def fill_company(qtbot: Any, window: MainWindow, *, vat_payer: bool = True) -> None:
    window.action_company.trigger()
    dialog = open_dialog(qtbot, window, "company_dialog")
    type_into(qtbot, dialog, "company_name", "Jonas Jonaitis IVV")
    address = dialog.findChild(QWidget, "company_address")
    qtbot.keyClicks(address, "Gedimino pr. 1, Vilnius")
    type_into(qtbot, dialog, "company_company_code", "123456789")
    type_into(qtbot, dialog, "company_vat_code", "LT100001919017")
    if vat_payer:
        checkbox = child(dialog, QCheckBox, "company_vat_payer")
        qtbot.mouseClick(checkbox, LEFT, pos=QPoint(6, checkbox.height() // 2))
        assert checkbox.isChecked()
    type_into(qtbot, dialog, "company_iban", "LT12 1000 0111 0100 1000")
    type_into(qtbot, dialog, "company_email", "jonas@example.com")
    click(qtbot, dialog, "company_save")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def new_editor(qtbot: Any, window: MainWindow) -> Any:
    window.action_new_invoice.trigger()
    editor = window.invoice_tabs.currentWidget()
    assert editor.objectName() == "invoice_editor"
    return editor


def type_cell(qtbot: Any, editor: QWidget, row: int, column: int, text: str) -> None:
    """Open the cell's editor as a double-click would, type, and press Enter."""
    table = child(editor, QTableView, "invoice_lines")
    index = table.model().index(row, column)
    if table.indexWidget(index) is None:  # "Add line" already opened the new line's editor
        table.setCurrentIndex(index)
        table.edit(index)
    cell = table.indexWidget(index)
    assert cell is not None, (row, column)
    if isinstance(cell, QComboBox):
        position = cell.findData(text)
        assert position >= 0, text
        cell.setCurrentIndex(position)
        qtbot.keyClick(cell, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: table.indexWidget(index) is None, timeout=2000)
        return
    assert isinstance(cell, QLineEdit)
    cell.selectAll()
    if len(text) > 200:
        cell.insert(text)  # a paste: typing 10,000 keys one by one adds nothing to the test
    else:
        qtbot.keyClicks(cell, text)
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    # The view commits through a queued call; wait for it as a user's next click would.
    qtbot.waitUntil(lambda: table.indexWidget(index) is None, timeout=2000)


def type_line(qtbot: Any, editor: QWidget, row: int, values: dict[int, str]) -> None:
    for column, text in values.items():
        type_cell(qtbot, editor, row, column, text)


def confirm_issue(qtbot: Any, editor: QWidget) -> None:
    click(qtbot, editor, "invoice_issue")
    qtbot.waitUntil(lambda: editor.findChild(QMessageBox, "confirm_issue") is not None)
    box = editor.findChild(QMessageBox, "confirm_issue")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)


def create_client_by_typing(qtbot: Any, editor: QWidget, name: str) -> None:
    combo = child(editor, QComboBox, "invoice_client")
    qtbot.keyClicks(combo, name)
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    create = child(editor, QPushButton, "invoice_client_create")
    qtbot.waitUntil(create.isVisible, timeout=2000)
    qtbot.mouseClick(create, LEFT)


def seed_invoices(services: Services, count: int, *, issue: bool = True) -> list[int]:
    """A company, a client and ``count`` one-line invoices (issued unless ``issue=False``),
    written through the services as the app would; returns their ids, oldest first."""
    company = services.parties.company()
    company.name = "Jonas Jonaitis IVV"
    services.parties.save_company(company)
    client = services.parties.client_named("UAB Pirkėjas")
    ids = []
    for n in range(count):
        form = services.invoices.new_form()
        form.client_id, form.client_name = client.id, client.name
        rate = form.lines[0].vat_key  # the seller's default: no VAT for a non-payer
        form.lines = [LineForm(f"Work {n + 1}", Decimal(1), "h", Decimal(100 + n), vat_key=rate)]
        ids.append(services.invoices.create(form, issue=issue).id)
    return ids


@contextmanager
def second_app(paths: DataPaths) -> Iterator[Services]:
    """The same books opened by another Faktura (a second window, the command line, a
    colleague in team mode): its changes reach our window only through the database."""
    from desktop.services.database import open_books

    services = Services(open_books(paths, lock=False), paths)
    try:
        yield services
    finally:
        services.close()


def status_text(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def errors_logged(caplog: Any) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
