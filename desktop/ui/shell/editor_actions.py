"""The window's menu commands that act on the open invoice editor.

Save, Issue, Preview, Print and Undo/Redo sit in the menus with their shortcuts (so a user
can find both), and act on the editor in the current tab; ``action_state`` greys them out
elsewhere.  Each editor has its own undo stack in the window's ``QUndoGroup``; switching
tabs switches the stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop.ui.invoices.editor import InvoiceEditor
    from desktop.ui.shell.main_window import MainWindow


def current_editor(window: MainWindow) -> InvoiceEditor | None:
    widget = window.invoice_tabs.currentWidget()
    return next((e for e in window.editors() if e is widget), None)


def connect_editor_actions(window: MainWindow) -> None:
    def on_editor(method: str) -> None:
        editor = current_editor(window)
        if editor is not None:
            getattr(editor, method)()

    window.action_save.triggered.connect(lambda: on_editor("save_now"))
    window.action_issue.triggered.connect(lambda: on_editor("issue"))
    window.action_preview.triggered.connect(lambda: on_editor("show_preview"))
    window.action_print.triggered.connect(lambda: on_editor("print_invoice"))
    window.action_search.triggered.connect(lambda: _search(window))
    window.invoice_tabs.currentChanged.connect(lambda _index: _activate_stack(window))


def editor_opened(window: MainWindow, editor: InvoiceEditor) -> None:
    window.undo_group.addStack(editor.undo.stack)
    _activate_stack(window)


def _activate_stack(window: MainWindow) -> None:
    editor = current_editor(window)
    window.undo_group.setActiveStack(editor.undo.stack if editor is not None else None)  # type: ignore[arg-type]  # None: no stack


def _search(window: MainWindow) -> None:
    window.nav.setCurrentRow(0)
    window.invoice_tabs.setCurrentWidget(window.list_page)
    search: QWidget = window.list_page.search
    search.setFocus()
    window.list_page.search.selectAll()
