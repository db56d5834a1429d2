"""The window on a PostgreSQL database (team mode): it starts, lists what another app
issued, and says an unreachable server in plain words instead of starting."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QTableView

from desktop.options import parse_args
from desktop.paths import DataPaths
from desktop.ui.shell.main_window import MainWindow
from tests.services.books import draft_form, opened, set_up_seller


def test_the_window_lists_what_another_app_issued(
    pg_url: str, data_paths: DataPaths, tmp_path: Path, qtbot: Any
) -> None:
    from desktop.ui.shell.app import ensure_application, start_session
    from desktop.ui.shell.translations import install_translators

    other = DataPaths(tmp_path / "other").ensure()  # another machine's data folder
    with opened(other, pg_url) as services:
        number = services.invoices.create(draft_form(services, set_up_seller(services)), issue=True)
    ensure_application([])
    started = start_session(
        parse_args(["--data-dir", str(data_paths.root), "--database", pg_url, "--lang", "en"])
    )
    assert not isinstance(started, int), f"start-up failed with code {started}"
    install_translators("en")
    window = MainWindow(started.context)
    qtbot.addWidget(window)
    try:
        window.show()
        table = window.findChild(QTableView, "invoice_table")
        model = table.model()
        qtbot.waitUntil(lambda: model.rowCount() == 1)
        shown = [model.index(0, column).data() for column in range(model.columnCount())]
        assert number.number in shown
        assert started.context.services.books.sqlite_file is None
        assert not data_paths.database.exists()
    finally:
        window.close()
        window.shutdown()
        started.close()


@pytest.mark.expected_log("WARNING", r"cannot be used \(unreachable\)")
def test_an_unreachable_server_at_start_is_said_not_raised(
    data_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.ui.shell.app import EXIT_FOLDER, ensure_application, start_session
    from tests.pg_server import free_port

    ensure_application([])
    url = f"postgresql://team:hush@127.0.0.1:{free_port()}/books"
    code = start_session(
        parse_args(["--data-dir", str(data_paths.root), "--database", url, "--lang", "en"]),
        ask=False,
    )
    assert code == EXIT_FOLDER
    said = capsys.readouterr().err
    assert "cannot be reached" in said and "hush" not in said


def test_a_colleagues_invoice_appears_and_the_selection_stays(
    pg_url: str, data_paths: DataPaths, tmp_path: Path, qtbot: Any
) -> None:
    from desktop.ui.shell.app import ensure_application, start_session
    from desktop.ui.shell.translations import install_translators

    colleague = DataPaths(tmp_path / "colleague").ensure()
    with opened(colleague, pg_url) as services:
        client = set_up_seller(services)
        first = services.invoices.create(draft_form(services, client), issue=True)
    ensure_application([])
    options = ["--data-dir", str(data_paths.root), "--database", pg_url, "--lang", "en"]
    started = start_session(parse_args(options))
    assert not isinstance(started, int)
    install_translators("en")
    window = MainWindow(started.context)
    qtbot.addWidget(window)
    try:
        window.show()
        table = window.findChild(QTableView, "invoice_table")
        model = table.model()
        qtbot.waitUntil(lambda: model.rowCount() == 1)
        table.selectRow(0)
        qtbot.waitUntil(lambda: window.team_changes.job is not None)
        with opened(colleague, pg_url) as services:  # another app issues one more
            second = services.invoices.create(draft_form(services, client, "7"), issue=True)
        qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10000)
        shown = [model.index(r, c).data() for r in range(2) for c in range(model.columnCount())]
        assert second.number in shown
        selected = table.selectionModel().selectedRows()
        assert len(selected) == 1
        row = selected[0].row()
        values = [model.index(row, c).data() for c in range(model.columnCount())]
        assert first.number in values  # still the invoice the user had selected
    finally:
        window.close()
        window.shutdown()
        started.close()
