"""Another app saved the draft open here (no silent overwrite): the editor asks who wins,
saying who changed it and when; "Keep mine" saves over theirs, "Reload theirs" shows theirs."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

from desktop.ui.shell.main_window import MainWindow
from tests.reliability.test_drafts import saved_draft, stored_notes, type_notes
from tests.ui.helpers import LEFT, child, second_app


def conflict(qtbot: Any, editor: Any) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        box = editor.findChild(QMessageBox, "draft_conflict")
        found[:] = [box] if box is not None and box.isVisible() else []
        return bool(found)

    qtbot.waitUntil(shown, timeout=8000)
    return found[0]


def changed_elsewhere(window: MainWindow, editor: Any, notes: str) -> str:
    """A colleague's app saves the same draft; returns who the books say it was."""
    with second_app(window.context.paths) as other:
        form = other.invoices.load(editor.invoice_id)
        form.notes = notes
        other.invoices.save_draft(form)
        return other.books.user


def test_keep_mine_saves_over_theirs_after_asking(main_window: MainWindow, qtbot: Any) -> None:
    editor = saved_draft(main_window, qtbot)
    who = changed_elsewhere(main_window, editor, "Their notes.")
    type_notes(qtbot, editor, "My notes.")
    box = conflict(qtbot, editor)
    assert f"{who} saved this draft at" in box.text()
    assert stored_notes(main_window, editor) == "Their notes."  # nothing overwritten yet
    qtbot.mouseClick(child(box, type(box.buttons()[0]), "draft_conflict_keep"), LEFT)
    qtbot.waitUntil(lambda: not editor.autosave.dirty, timeout=8000)
    assert stored_notes(main_window, editor) == "My notes."


def test_reload_theirs_shows_their_version(main_window: MainWindow, qtbot: Any) -> None:
    editor = saved_draft(main_window, qtbot)
    changed_elsewhere(main_window, editor, "Their notes.")
    type_notes(qtbot, editor, "My notes.")
    box = conflict(qtbot, editor)
    qtbot.mouseClick(child(box, type(box.buttons()[0]), "draft_conflict_reload"), LEFT)
    notes = child(editor, QPlainTextEdit, "invoice_notes")
    qtbot.waitUntil(lambda: notes.toPlainText() == "Their notes.", timeout=8000)
    assert not editor.autosave.dirty
    assert stored_notes(main_window, editor) == "Their notes."
