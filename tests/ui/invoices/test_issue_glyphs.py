"""Before issuing, the question (``confirm_issue``) names the characters the PDF cannot print.

An issued invoice is final, so an emoji in a client's name or Hebrew in a line must be seen
before the number is taken; the PDF shows "�" in their place (``desktop.pdf.glyphs``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QTableView

from desktop.ui.invoices.line_items_model import DESCRIPTION, PRICE
from desktop.ui.shell.main_window import MainWindow
from tests.ui.helpers import (
    LEFT,
    child,
    click,
    create_client_by_typing,
    fill_company,
    new_editor,
    type_line,
)


def pasted(qtbot: Any, editor: Any, text: str) -> None:
    """Pasted into the first description (QTest types Latin-1 only)."""
    table = child(editor, QTableView, "invoice_lines")
    index = table.model().index(0, DESCRIPTION)
    table.setCurrentIndex(index)
    table.edit(index)
    cell = table.indexWidget(index)
    cell.selectAll()
    cell.insert(text)
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.indexWidget(index) is None, timeout=2000)


def _ask_to_issue(qtbot: Any, editor: Any) -> QMessageBox:
    click(qtbot, editor, "invoice_issue")
    qtbot.waitUntil(lambda: editor.findChild(QMessageBox, "confirm_issue") is not None)
    box = editor.findChild(QMessageBox, "confirm_issue")
    assert box is not None and box.isVisible()
    assert box.defaultButton() is child(box, QPushButton, "confirm_issue_yes")
    return box


def test_the_question_names_what_the_pdf_cannot_print(main_window: MainWindow, qtbot: Any) -> None:
    fill_company(qtbot, main_window)
    editor = new_editor(qtbot, main_window)
    create_client_by_typing(qtbot, editor, "Kavine")
    type_line(qtbot, editor, 0, {DESCRIPTION: "x", PRICE: "10"})
    pasted(qtbot, editor, "Kava ☕ ir 😀 שלום")
    box = _ask_to_issue(qtbot, editor)
    text = box.informativeText()
    assert "“�”" in text
    for char, code in (("😀", "U+1F600"), ("☕", "U+2615"), ("ש", "U+05E9")):
        assert f"{char} ({code})" in text
    assert box.property("unprintable") == "☕😀שלום"  # Lithuanian letters print

    qtbot.mouseClick(child(box, QPushButton, "confirm_issue_yes"), LEFT)
    qtbot.waitUntil(lambda: editor.form.number is not None)


def test_nothing_to_warn_about_asks_as_before(main_window: MainWindow, qtbot: Any) -> None:
    fill_company(qtbot, main_window)
    editor = new_editor(qtbot, main_window)
    create_client_by_typing(qtbot, editor, "Zalias sodas")
    type_line(qtbot, editor, 0, {DESCRIPTION: "x", PRICE: "45"})
    pasted(qtbot, editor, "Svetainės priežiūra, „Žalias sodas“ – 5 €")
    box = _ask_to_issue(qtbot, editor)
    assert box.property("unprintable") == ""
    assert "�" not in box.informativeText()
    assert box.icon() == QMessageBox.Icon.Question
    box.reject()
    assert editor.form.number is None
