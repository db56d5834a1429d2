"""A team's accountant (``docs/team-roles.sql``) sees invoices read-only and may mark them
paid: no editing, no new invoice, and no errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QPlainTextEdit

from desktop.options import parse_args
from desktop.ui.shell.main_window import MainWindow
from tests.services.test_team_roles import team  # noqa: F401 - fixture
from tests.ui.helpers import child


def test_the_accountant_sees_the_editor_read_only(
    team: tuple[str, dict[str, str], int, int],  # noqa: F811
    tmp_path: Path,
    qtbot: Any,
) -> None:
    from desktop.ui.shell.app import ensure_application, start_session
    from desktop.ui.shell.translations import install_translators

    _, urls, issued, draft = team
    ensure_application([])
    options = ["--data-dir", str(tmp_path / "rita"), "--database", urls["rita"], "--lang", "en"]
    started = start_session(parse_args(options))
    assert not isinstance(started, int)
    install_translators("en")
    window = MainWindow(started.context)
    qtbot.addWidget(window)
    window.show()
    try:
        assert not window.action_new_invoice.isEnabled()
        editor: Any = window.open_invoice(draft)
        assert not editor.editable and not editor.save_button.isVisible()
        assert not editor.issue_button.isVisible()
        assert child(editor, QPlainTextEdit, "invoice_notes").isReadOnly()
        editor = window.open_invoice(issued)
        assert editor.paid_button.isVisible() and not editor.credit_button.isVisible()
        editor.commands.mark_paid()
        qtbot.waitUntil(lambda: editor.form.status == "paid", timeout=5000)
    finally:
        window.close()
        window.shutdown()
        started.close()
