"""Another window or app changed the invoice first: the editor says so and shows what is true.

The other party is a second ``Services`` on the same data folder (a second Faktura, the
command line, a colleague on shared books): its change reaches this window only through the
database, and this window learns of it when the user acts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QMessageBox

from desktop.ui.invoices.line_items_model import DESCRIPTION
from desktop.ui.shell.main_window import MainWindow
from tests.ui.helpers import (
    LEFT,
    child,
    click,
    errors_logged,
    second_app,
    seed_invoices,
    status_text,
    type_cell,
)


def open_draft(window: MainWindow, qtbot: Any) -> Any:
    (draft_id,) = seed_invoices(window.context.services, 1, issue=False)
    window.list_page.refresh()
    editor = window.open_invoice(draft_id)
    qtbot.waitExposed(editor)
    return editor


def message(editor: Any) -> str:
    label = child(editor, QLabel, "invoice_message")
    assert label.isVisible()
    return str(label.text())


def test_issue_of_a_draft_issued_elsewhere(
    main_window: MainWindow, qtbot: Any, caplog: Any
) -> None:
    editor = open_draft(main_window, qtbot)
    with second_app(main_window.context.paths) as other:
        number = other.invoices.issue(editor.invoice_id)
    click(qtbot, editor, "invoice_issue")
    assert editor.findChild(QMessageBox, "confirm_issue") is None  # nothing to confirm
    assert message(editor) == (
        f"This invoice was issued meanwhile as {number}, in another window or app."
    )
    assert editor.form.number == number and editor.windowTitle() == number
    assert not editor.issue_button.isVisible() and not editor.add_button.isVisible()
    assert errors_logged(caplog) == []


def test_issue_confirmed_after_another_app_issued_it(
    main_window: MainWindow, qtbot: Any, caplog: Any
) -> None:
    editor = open_draft(main_window, qtbot)
    click(qtbot, editor, "invoice_issue")
    qtbot.waitUntil(lambda: editor.findChild(QMessageBox, "confirm_issue") is not None)
    box = editor.findChild(QMessageBox, "confirm_issue")
    with second_app(main_window.context.paths) as other:  # while the user reads the question
        number = other.invoices.issue(editor.invoice_id)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)
    assert "issued meanwhile as " + number in message(editor)
    assert editor.form.number == number  # one number, the other app's: no second one taken
    summaries = main_window.context.services.invoices.summaries()
    assert [s.number for s in summaries] == [number]
    assert errors_logged(caplog) == []


def test_edit_of_a_draft_cancelled_elsewhere(
    main_window: MainWindow, qtbot: Any, caplog: Any
) -> None:
    editor = open_draft(main_window, qtbot)
    with second_app(main_window.context.paths) as other:
        other.invoices.cancel(editor.invoice_id)
    type_cell(qtbot, editor, 0, DESCRIPTION, "Typed after the cancel")
    click(qtbot, editor, "invoice_save")
    assert message(editor) == (
        "This invoice was cancelled meanwhile, in another window or app. "
        "Your last changes were not saved."
    )
    assert editor.form.status == "cancelled" and not editor.editable
    assert editor.status_badge.text() == "Cancelled"
    assert editor.model.line(0).description == "Work 1"  # what is stored, not the lost edit
    stored = main_window.context.services.invoices.load(editor.invoice_id)
    assert stored.lines[0].description == "Work 1"
    assert errors_logged(caplog) == []


def test_mark_paid_of_an_invoice_cancelled_elsewhere(
    main_window: MainWindow, qtbot: Any, caplog: Any
) -> None:
    (invoice_id,) = seed_invoices(main_window.context.services, 1)
    editor = main_window.open_invoice(invoice_id)
    with second_app(main_window.context.paths) as other:
        other.invoices.cancel(invoice_id)
    click(qtbot, editor, "invoice_mark_paid")
    assert message(editor) == "This invoice was cancelled meanwhile, in another window or app."
    assert editor.form.status == "cancelled"
    assert not editor.paid_button.isVisible() and not editor.credit_button.isVisible()
    assert main_window.context.services.invoices.summary(invoice_id).status == "cancelled"
    assert errors_logged(caplog) == []


def test_list_action_on_an_invoice_cancelled_elsewhere(
    main_window: MainWindow, qtbot: Any, caplog: Any
) -> None:
    (invoice_id,) = seed_invoices(main_window.context.services, 1)
    main_window.list_page.refresh()
    with second_app(main_window.context.paths) as other:
        other.invoices.cancel(invoice_id)
    table = main_window.list_page.table
    point = table.visualRect(table.model().index(0, 0)).center()

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        action = next(a for a in menu.actions() if a.text() == "Mark as paid")
        menu.setActiveAction(action)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(100, pick)
    QApplication.sendEvent(
        table.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, point, table.viewport().mapToGlobal(point)
        ),
    )
    assert status_text(main_window) == (
        "Not done: this invoice is cancelled, perhaps in another window or app."
    )
    assert table.model().index(0, 5).data() == "Cancelled"  # the list shows what is true now
    assert errors_logged(caplog) == []
