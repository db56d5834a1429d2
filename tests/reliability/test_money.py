"""Drill: huge amounts and negative totals, typed into the real editor and the command line.

The issue's findings, replayed: a price of 100000000000000000 showed no cell error and then
every save failed (``OverflowError`` on ``total_cents``); quantity 1e13 × price 1e13 raised
``InvalidOperation`` while the editor drew (59 tracebacks, the total shown as 0.00); the
draft reopened with price 0 and the notes typed later were gone; a negative price made an
invoice of −121.00 that could be issued.

Now each bad input is answered next to the cells (``invoice_lines_message``) and the line
keeps its last good value; the draft saves and, after a restart, reopens with those values
and every note; an invoice with a negative total cannot be issued (editor and
``faktura invoice new --issue``), a credit note can.  Nothing is logged (``no_unexpected_log``
fails the test on any ERROR) and no exception escapes a Qt call (pytest-qt fails on those).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from desktop.options import parse_args
from desktop.paths import DataPaths
from desktop.ui.invoices.line_items_model import DESCRIPTION, PRICE, QUANTITY, UNIT, VAT
from desktop.ui.shell.app import Session, start_session
from desktop.ui.shell.main_window import MainWindow
from tests.cli.conftest import faktura, new_invoice, ok, refused, set_up_seller
from tests.ui.helpers import (
    child,
    click,
    confirm_issue,
    create_client_by_typing,
    fill_company,
    new_editor,
    type_cell,
    type_line,
)

NEGATIVE = "The total is negative, so this cannot be issued as an invoice."


class App:
    """The main window on the test's data folder; ``restart`` closes everything first."""

    def __init__(self, data_paths: DataPaths, qtbot: Any) -> None:
        self.data_paths, self.qtbot = data_paths, qtbot
        self.session: Session | None = None
        self.window: MainWindow | None = None

    def start(self) -> MainWindow:
        started = start_session(
            parse_args(["--data-dir", str(self.data_paths.root), "--lang", "en"])
        )
        assert isinstance(started, Session)
        window = MainWindow(started.context)
        self.qtbot.addWidget(window)
        window.show()
        self.qtbot.waitExposed(window)
        self.session, self.window = started, window
        return window

    def stop(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.shutdown()
        if self.session is not None:
            self.session.close()
        self.session = self.window = None

    def restart(self) -> MainWindow:
        self.stop()
        return self.start()


@pytest.fixture
def app(data_paths: DataPaths, qtbot: Any) -> Iterator[App]:
    running = App(data_paths, qtbot)
    try:
        yield running
    finally:
        running.stop()


def _lines_message(editor: Any) -> str:
    message = child(editor, QLabel, "invoice_lines_message")
    return str(message.text()) if message.isVisible() else ""


def _to_pay(editor: Any) -> str:
    return str(child(editor, QLabel, "invoice_total_to_pay").text())


def _type_notes(qtbot: Any, editor: Any, text: str) -> None:
    """Typed at the end of the notes; QTest types ASCII only, so the rest is pasted."""
    notes = child(editor, QPlainTextEdit, "invoice_notes")
    notes.setFocus()
    notes.moveCursor(QTextCursor.MoveOperation.End)
    if text.isascii():
        qtbot.keyClicks(notes, text)
    else:
        notes.insertPlainText(text)


def _answer(qtbot: Any, editor: Any, column: int, text: str) -> str:
    """Type ``text`` into line 1's cell; the sentence under the table, after a full repaint
    (the 1e13 × 1e13 tracebacks came from drawing)."""
    type_cell(qtbot, editor, 0, column, text)
    editor.grab()
    return _lines_message(editor)


def test_huge_amounts_are_answered_in_the_cell_and_the_draft_keeps_everything(
    app: App, qtbot: Any
) -> None:
    window = app.start()
    fill_company(qtbot, window)
    editor = new_editor(qtbot, window)
    create_client_by_typing(qtbot, editor, "UAB Pirkejas")
    good = {DESCRIPTION: "Konsultacija", QUANTITY: "2", UNIT: "h", PRICE: "50", VAT: "21"}
    type_line(qtbot, editor, 0, good)
    _type_notes(qtbot, editor, "Ačiū už užsakymą.")
    assert _to_pay(editor) == "121.00 EUR"

    answers = {
        (PRICE, "100000000000000000"): "The unit price is too large: at most 999,999,999.9999.",
        (QUANTITY, "10000000000000"): "The quantity is too large: at most 999,999,999.9999.",
        (PRICE, "10000000000000"): "The unit price is too large: at most 999,999,999.9999.",
        (PRICE, "1e13"): "“1e13” is not a number.",
        (QUANTITY, "NaN"): "“NaN” is not a number.",
        (PRICE, "0,00001"): "Use at most 4 decimal places in the unit price.",
    }
    for (column, text), wanted in answers.items():
        said = _answer(qtbot, editor, column, text)
        assert said.startswith("Line 1, ") and wanted in said, (text, said)
        assert editor.model.data(editor.model.index(0, column)) == text  # what was typed stays
        assert _to_pay(editor) == "121.00 EUR"  # the last good values count

    assert _answer(qtbot, editor, QUANTITY, "2") != ""  # the price cell still says why
    assert _answer(qtbot, editor, PRICE, "50") == ""  # both retyped: nothing left to say

    # Each value fits alone; their product does not: the line total is what is refused.
    assert _answer(qtbot, editor, QUANTITY, "999999999") == ""
    said = _answer(qtbot, editor, PRICE, "999999999")
    assert "The line total would be too large: a line may come to at most" in said
    assert "999,999,999,999.99 with VAT." in said
    assert _to_pay(editor) == "60,499,999,939.50 EUR"  # 999 999 999 × 50 and VAT: drawn
    assert _answer(qtbot, editor, QUANTITY, "2") == said  # the price cell still says why
    assert _answer(qtbot, editor, PRICE, "50") == ""  # retyped: nothing left to say
    line = editor.model.line(0)
    assert (line.quantity, line.unit_price) == (2, 50) and not editor.model.has_problems()

    _type_notes(qtbot, editor, " Notes typed after the refused values.")
    click(qtbot, editor, "invoice_save")
    invoice_id = editor.invoice_id
    assert invoice_id is not None

    window = app.restart()
    reopened = window.open_invoice(invoice_id)
    line = reopened.model.line(0)
    assert (line.description, line.quantity, line.unit, line.unit_price) == (
        "Konsultacija",
        2,
        "h",
        50,
    )
    assert not reopened.model.has_problems()
    assert reopened.notes.toPlainText() == (
        "Ačiū už užsakymą. Notes typed after the refused values."
    )
    assert _to_pay(reopened) == "121.00 EUR"


def test_a_negative_total_cannot_be_issued_but_a_discount_line_and_a_credit_note_can(
    app: App, qtbot: Any
) -> None:
    window = app.start()
    fill_company(qtbot, window)
    editor = new_editor(qtbot, window)
    create_client_by_typing(qtbot, editor, "UAB Pirkejas")
    type_line(qtbot, editor, 0, {DESCRIPTION: "Refund", PRICE: "-100", VAT: "21"})
    assert _lines_message(editor) == ""  # a negative price is a discount line: accepted
    assert _to_pay(editor) == "-121.00 EUR"
    warning = child(editor, QLabel, "invoice_totals_message")
    assert warning.isVisible() and warning.text().startswith(NEGATIVE)

    click(qtbot, editor, "invoice_issue")
    message = child(editor, QLabel, "invoice_message")
    assert message.isVisible() and message.text().startswith(NEGATIVE)
    assert "credit note" in message.text()
    services = window.context.services
    assert editor.invoice_id is not None
    assert services.invoices.summary(editor.invoice_id).status == "draft"

    # The same discount line on an invoice that stays positive is fine.
    click(qtbot, editor, "invoice_add_line")
    type_line(qtbot, editor, 1, {DESCRIPTION: "Konsultacija", QUANTITY: "3", PRICE: "100"})
    assert _to_pay(editor) == "242.00 EUR"
    assert not warning.isVisible()
    confirm_issue(qtbot, editor)
    qtbot.waitUntil(lambda: editor.form.number is not None, timeout=3000)

    # Money goes back through a credit note: its negative total issues.
    click(qtbot, editor, "invoice_credit_note")
    credit = window.invoice_tabs.currentWidget()
    assert credit is not editor and _to_pay(credit) == "-242.00 EUR"
    assert not child(credit, QLabel, "invoice_totals_message").isVisible()
    confirm_issue(qtbot, credit)
    qtbot.waitUntil(lambda: credit.form.number is not None, timeout=3000)
    assert services.invoices.summary(credit.invoice_id).total == -242


def test_the_command_line_refuses_the_same_values_and_negative_totals(tmp_path: Path) -> None:
    data = tmp_path / "books"
    set_up_seller(data)

    def new(*lines: str, issue: bool = True) -> str:
        args = [arg for line in lines for arg in ("--line", line)]
        return refused(
            faktura(data, "invoice", "new", "--client", "1", *args, *(["--issue"] * issue))
        )

    said = new("Work;1;h;100000000000000000;21")
    assert said == "--line 1: The unit price is too large: at most 999,999,999.9999.\n"
    said = new("Work;10000000000000;h;10000000000000;21")
    assert "--line 1: The quantity is too large" in said and "The unit price is too large" in said
    said = new("Work;999999999;h;999999999;21")
    assert said.startswith("--line 1: The line total would be too large")
    said = new("Half;1000;h;450000000;21", "Half again;1000;h;450000000;21")
    assert said.startswith("--line: The invoice total would be too large")
    assert "1e13" in refused(faktura(data, "invoice", "new", "--client", "1", "--line",
                                     "Work;1e13;h;1;21"), code=2)  # fmt: skip
    said = new("Grąžinimas;1;vnt;-100;21")
    assert said.startswith(NEGATIVE) and "credit note" in said
    assert ok(faktura(data, "invoice", "list", "--json")).json() == []  # nothing was created

    # A discount line on a positive invoice issues; its credit note (negative) issues too.
    issued = new_invoice(data, "Darbas;3;h;100;21", "Nuolaida;1;vnt;-100;21", options=("--issue",))
    assert issued["total"] == "242.00"
    credit = ok(faktura(data, "invoice", "credit", issued["number"], "--issue", "--json")).json()
    assert credit["total"] == "-242.00" and credit["status"] == "issued"
