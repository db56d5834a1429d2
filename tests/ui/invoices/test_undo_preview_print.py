"""Undo/redo in the editor, the shortcuts in the menus, the print preview and printing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPlainTextEdit

from desktop.ui.invoices.line_items_model import DESCRIPTION, PRICE
from desktop.ui.shell.main_window import MainWindow
from tests.ui.helpers import child, new_editor, seed_invoices, type_line


def _action(window: MainWindow, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def test_undo_and_redo_step_through_line_and_notes_edits(
    main_window: MainWindow, qtbot: Any
) -> None:
    editor = new_editor(qtbot, main_window)
    undo, redo = _action(main_window, "action_undo"), _action(main_window, "action_redo")
    assert not undo.isEnabled()
    type_line(qtbot, editor, 0, {DESCRIPTION: "Konsultacija", PRICE: "50"})
    qtbot.wait(450)  # a pause: the next edit is a step of its own
    notes = child(editor, QPlainTextEdit, "invoice_notes")
    notes.setPlainText("Ačiū")
    assert undo.isEnabled()

    undo.trigger()
    assert notes.toPlainText() == ""
    assert editor.model.lines()[0].description == "Konsultacija"
    undo.trigger()
    lines = editor.model.lines()
    assert not lines or not lines[0].description  # the typed line is gone
    assert redo.isEnabled()
    redo.trigger()
    redo.trigger()
    assert editor.model.lines()[0].description == "Konsultacija"
    assert notes.toPlainText() == "Ačiū"
    editor.flush()
    stored = main_window.context.services.invoices.load(editor.invoice_id)
    assert stored.notes == "Ačiū"  # what undo/redo shows is saved like any edit


def test_undo_keys_and_shortcuts_are_listed_in_the_menus(main_window: MainWindow) -> None:
    expected = {
        "action_undo": QKeySequence.StandardKey.Undo,
        "action_new_invoice": QKeySequence.StandardKey.New,
        "action_save": QKeySequence.StandardKey.Save,
        "action_print": QKeySequence.StandardKey.Print,
        "action_search": QKeySequence.StandardKey.Find,
    }
    for name, key in expected.items():
        assert _action(main_window, name).shortcut() == QKeySequence(key), name
    assert QKeySequence("Ctrl+Shift+Z") in _action(main_window, "action_redo").shortcuts()
    in_menus = {
        a.objectName() for menu in main_window.menuBar().findChildren(type(main_window.file_menu))
        for a in menu.actions()
    }  # fmt: skip
    for name in ("action_undo", "action_redo", "action_new_invoice", "action_save",
                 "action_issue", "action_export_pdf", "action_send", "action_preview",
                 "action_print", "action_search"):  # fmt: skip
        assert name in in_menus, name
        assert not _action(main_window, name).shortcut().isEmpty(), name


def test_ctrl_f_goes_to_the_search_field(main_window: MainWindow, qtbot: Any) -> None:
    main_window.open_invoice(None)
    _action(main_window, "action_search").trigger()
    assert main_window.invoice_tabs.currentWidget() is main_window.list_page
    assert QApplication.focusWidget() is main_window.list_page.search


def _preview(window: MainWindow) -> QDialog:
    found = [w for w in QApplication.topLevelWidgets() if w.objectName() == "invoice_preview"]
    assert found and found[0].isVisible()
    return found[0]  # type: ignore[return-value]


def test_preview_shows_the_pages_and_follows_an_edit(main_window: MainWindow, qtbot: Any) -> None:
    [invoice_id] = seed_invoices(main_window.context.services, 1, issue=False)
    editor = main_window.open_invoice(invoice_id)
    _action(main_window, "action_preview").trigger()
    preview = _preview(main_window)
    pages = preview.findChildren(QLabel, "invoice_preview_page_1")
    assert pages and not pages[0].pixmap().isNull()
    first = pages[0].pixmap().toImage()
    child(editor, QPlainTextEdit, "invoice_notes").setPlainText("Mokėti per 14 dienų. " * 8)
    qtbot.waitUntil(lambda: pages[0].pixmap().toImage() != first, timeout=1500)
    width = pages[0].pixmap().width()
    qtbot.keyClick(preview, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert pages[0].pixmap().width() > width  # zoomed in
    preview.close()


def test_print_goes_through_the_print_dialog(
    main_window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    [invoice_id] = seed_invoices(main_window.context.services, 1)
    main_window.open_invoice(invoice_id)
    _action(main_window, "action_print").trigger()
    qtbot.waitUntil(lambda: main_window.findChild(QPrintDialog, "invoice_print_dialog") is not None)
    dialog = main_window.findChild(QPrintDialog, "invoice_print_dialog")
    assert dialog.isVisible()
    target = tmp_path / "printed.pdf"
    # No printer here: the system dialog offers "Print to File (PDF)"; the user names a file.
    child(dialog, QLineEdit, "filename").setText(str(target))
    dialog.accept()
    qtbot.waitUntil(target.exists)
    assert len(PdfReader(str(target)).pages) == 1
