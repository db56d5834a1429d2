"""The invoice's history as a user reads it: the editor's History button opens a read-only
list of what happened, when and who did it, including a colleague's step (issue 13, "who
did what")."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractItemView, QTableWidget

from desktop.ui.shell.main_window import MainWindow
from tests.ui.helpers import click, open_dialog, second_app, seed_invoices

COLLEAGUE = "Marta Kavaliauskienė"


def rows(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_the_history_says_what_happened_and_who_did_it(main_window: MainWindow, qtbot: Any) -> None:
    services = main_window.context.services
    [invoice] = seed_invoices(services, 1)
    number = services.invoices.summary(invoice).number
    with second_app(main_window.context.paths) as other:
        other.books.act_as(COLLEAGUE)  # the colleague's own name, chosen in their Settings
        other.invoices.mark_paid(invoice)
    editor: Any = main_window.open_invoice(invoice)
    click(qtbot, editor, "invoice_history")
    dialog = open_dialog(qtbot, main_window, "invoice_history_dialog")
    table = dialog.findChild(QTableWidget, "invoice_history_table")
    headings = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headings == ["When", "What", "Who", "Detail"]
    me = services.books.user
    assert [row[1:] for row in rows(table)] == [
        ["Created", me, ""],
        ["Issued", me, number],
        ["Marked as paid", COLLEAGUE, ""],
    ]
    assert all(row[0] for row in rows(table))  # each says when
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    dialog.reject()


def test_a_new_draft_gets_a_history_once_saved(main_window: MainWindow, qtbot: Any) -> None:
    main_window.action_new_invoice.trigger()
    editor: Any = main_window.invoice_tabs.currentWidget()
    assert not editor.history_button.isVisible()  # nothing stored, nothing happened yet
    editor.notes.setPlainText("Kept before the history opens")
    click(qtbot, editor, "invoice_save")
    qtbot.waitUntil(editor.history_button.isVisible, timeout=3000)
    click(qtbot, editor, "invoice_history")
    dialog = open_dialog(qtbot, main_window, "invoice_history_dialog")
    table = dialog.findChild(QTableWidget, "invoice_history_table")
    assert [row[1] for row in rows(table)] == ["Created"]
    dialog.reject()


def test_the_name_chosen_in_settings_is_who_the_history_shows(
    main_window: MainWindow, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QLineEdit

    services = main_window.context.services
    login = services.books.user
    main_window.action_history_name.trigger()
    dialog = open_dialog(qtbot, main_window, "history_name_dialog")
    field = dialog.findChild(QLineEdit, "history_name")
    assert field.text() == "" and field.placeholderText() == login
    qtbot.keyClicks(field, "Jonas Jonaitis")
    click(qtbot, dialog, "history_name_save")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    [invoice] = seed_invoices(services, 1)
    assert [(e.kind, e.user) for e in services.invoices.history(invoice)] == [
        ("created", "Jonas Jonaitis"), ("issued", "Jonas Jonaitis"),
    ]  # fmt: skip
    with second_app(main_window.context.paths) as next_start:  # kept on this computer
        assert next_start.books.user == "Jonas Jonaitis"


@pytest.mark.parametrize(
    ("lang", "words"),
    [("lt", ["Kada", "Kas įvyko", "Sukurta"]), ("cs", ["Kdy", "Co", "Vytvořeno"])],
)
def test_the_history_speaks_the_users_language(
    main_window: MainWindow, qtbot: Any, lang: str, words: list[str]
) -> None:
    from desktop.ui.shell.translations import install_translators

    services = main_window.context.services
    [invoice] = seed_invoices(services, 1)
    services.invoices.mark_paid(invoice)
    editor: Any = main_window.open_invoice(invoice)
    try:
        install_translators(lang)
        click(qtbot, editor, "invoice_history")
        dialog = open_dialog(qtbot, main_window, "invoice_history_dialog")
        table = dialog.findChild(QTableWidget, "invoice_history_table")
        assert [table.horizontalHeaderItem(c).text() for c in (0, 1)] == words[:2]
        assert table.item(0, 1).text() == words[2]
        dialog.reject()
    finally:
        install_translators("en")
