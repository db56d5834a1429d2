"""The command line on a data folder the window wrote, and refused while the window has it."""

from __future__ import annotations

from typing import Any

import pytest
from pypdf import PdfReader

from desktop.options import parse_args
from desktop.paths import DataPaths
from desktop.ui.invoices.line_items_model import DESCRIPTION, PRICE, QUANTITY, UNIT, VAT
from desktop.ui.shell.app import Session, start_session
from desktop.ui.shell.main_window import MainWindow
from tests.cli.conftest import faktura, new_invoice, ok, refused
from tests.ui.helpers import (
    confirm_issue,
    create_client_by_typing,
    fill_company,
    new_editor,
    type_line,
)

pytestmark = pytest.mark.slow


def issue_through_the_window(started: Session, qtbot: Any) -> str:
    """The user's first invoice, typed and issued in the main window; its number.  Meanwhile
    the command line is refused the folder (exit code 3)."""
    window = MainWindow(started.context)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitExposed(window)
        fill_company(qtbot, window)
        editor = new_editor(qtbot, window)
        create_client_by_typing(qtbot, editor, "UAB Naujas klientas")
        line = {DESCRIPTION: "Web design", QUANTITY: "10", UNIT: "h", PRICE: "50,00", VAT: "21"}
        type_line(qtbot, editor, 0, line)
        confirm_issue(qtbot, editor)
        qtbot.waitUntil(lambda: editor.form.number is not None, timeout=5000)
        number: str = editor.form.number
        # While the window is open on the folder, a command is refused and changes nothing.
        root = started.context.paths.root
        assert str(root) in refused(faktura(root, "invoice", "list", "--json"), 3)
        return number
    finally:
        window.close()
        window.shutdown()


def test_the_command_line_reads_what_the_window_wrote(data_paths: DataPaths, qtbot: Any) -> None:
    started = start_session(parse_args(["--data-dir", str(data_paths.root), "--lang", "en"]))
    assert isinstance(started, Session)
    try:
        number = issue_through_the_window(started, qtbot)
    finally:
        started.close()

    listed = ok(faktura(data_paths.root, "invoice", "list", "--json")).json()
    assert listed == [
        {"id": listed[0]["id"], "number": number, "status": "issued", "currency": "EUR",
         "total": "605.00"},
    ]  # fmt: skip
    clients = ok(faktura(data_paths.root, "client", "list", "--json")).json()
    assert [c["name"] for c in clients] == ["UAB Naujas klientas"]
    assert ok(faktura(data_paths.root, "company", "show", "--json")).json()["name"] == (
        "Jonas Jonaitis IVV"
    )
    path = ok(faktura(data_paths.root, "invoice", "pdf", number)).out.strip()
    assert number in "".join(page.extract_text() for page in PdfReader(path).pages)
    options = ("--issue",)
    second = new_invoice(
        data_paths.root, "Hosting;1;vnt.;120;21", client=clients[0]["name"], options=options
    )
    assert second["number"] == number[:-4] + "0002"
