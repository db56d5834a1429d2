"""Undo and redo in the invoice editor: every pause in editing is one step back.

Each step holds the editable content before and after (header, lines, notes, legal basis)
as plain ``InvoiceForm`` copies; undoing shows the earlier copy and lets autosave store it,
the same way a user retyping it would.  Edits less than ``GROUP_MS`` apart merge into one
step (``mergeWith``), so a word typed into the notes is one step, not one per letter.
Only a draft has steps: an issued invoice cannot be edited, and the stack is cleared
whenever the editor shows the stored invoice.
"""

from __future__ import annotations

import copy
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.core.forms import InvoiceForm

if TYPE_CHECKING:
    from desktop.ui.invoices.editor import InvoiceEditor

GROUP_MS = 400  # edits closer together than this are one step

#: What a step restores; the rest (id, number, status) always stays as stored.
_EDITABLE = (
    "client_id", "client_name", "issue_date", "due_date", "supply_date", "currency",
    "exchange_rate", "exchange_rate_date", "language", "prices_include_vat", "amount_in_words",
    "variable_symbol", "lines", "notes", "legal_basis",
)  # fmt: skip


def _content(form: InvoiceForm) -> dict[str, object]:
    return {name: copy.deepcopy(getattr(form, name)) for name in _EDITABLE if hasattr(form, name)}


class _Step(QUndoCommand):
    def __init__(
        self, undo: EditorUndo, before: dict[str, object], after: dict[str, object]
    ) -> None:
        super().__init__(QCoreApplication.translate("EditorUndo", "edit"))
        self._undo, self.before, self.after = undo, before, after
        self.at = time.monotonic()
        self._first = True

    def id(self) -> int:
        return 1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Step) or other.at - self.at > GROUP_MS / 1000:
            return False
        self.after, self.at = other.after, other.at
        return True

    def redo(self) -> None:
        if self._first:  # pushed after the edit was made: it is on screen already
            self._first = False
            return
        self._undo.show(self.after)

    def undo(self) -> None:
        self._undo.show(self.before)


class EditorUndo(QObject):
    def __init__(self, editor: InvoiceEditor) -> None:
        super().__init__(editor)
        self._editor = editor
        self.stack = QUndoStack(self)
        self._shown = _content(editor.form)

    def changed(self) -> None:
        """The user changed something: one step (merged with one just before)."""
        if not self._editor.editable:
            return
        now = _content(self._editor.collect())
        if now != self._shown:
            before, self._shown = self._shown, now
            self.stack.push(_Step(self, before, now))

    def show(self, content: dict[str, object]) -> None:
        editor = self._editor
        for name, value in content.items():
            setattr(editor.form, name, copy.deepcopy(value))
        self._shown = copy.deepcopy(content)
        editor.show_restored()

    def reset(self) -> None:
        """The editor shows the stored invoice: earlier steps no longer apply."""
        self.stack.clear()
        self._shown = _content(self._editor.form)
