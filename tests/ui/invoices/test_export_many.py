"""Several invoices selected in the list export as one job: progress, Cancel, a usable window."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QProgressDialog, QPushButton

from desktop.services.exports import ExportService
from desktop.ui.shell.main_window import MainWindow
from tests.ui.helpers import LEFT, errors_logged, seed_invoices, status_text


def select_rows(qtbot: Any, window: MainWindow, rows: list[int]) -> None:
    """Click the first row, Ctrl+click the others, as a user picks several invoices."""
    table = window.list_page.table
    for n, row in enumerate(rows):
        rect = table.visualRect(table.model().index(row, 1))
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(table.viewport(), LEFT, modifier, rect.center())
    assert len(window.list_page.selected_ids()) == len(rows)


def shown_list(window: MainWindow, qtbot: Any, count: int) -> list[int]:
    ids = seed_invoices(window.context.services, count)
    window.list_page.refresh()
    qtbot.waitUntil(lambda: window.list_page.model.rowCount() == count)
    return ids


def progress_dialog(qtbot: Any, window: MainWindow, name: str) -> QProgressDialog:
    qtbot.waitUntil(lambda: _find(window, name) is not None, timeout=3000)
    dialog = _find(window, name)
    assert dialog is not None
    return dialog


def _find(window: MainWindow, name: str) -> QProgressDialog | None:
    dialog = window.findChild(QProgressDialog, name)
    return dialog if dialog is not None and dialog.isVisible() else None


def numbers(window: MainWindow, ids: list[int]) -> set[str]:
    invoices = window.context.services.invoices
    return {invoices.summary(i).number or "" for i in ids}


def test_selected_invoices_export_as_one_job(
    main_window: MainWindow, qtbot: Any, caplog: Any
) -> None:
    ids = shown_list(main_window, qtbot, 4)
    select_rows(qtbot, main_window, [0, 1, 3])
    main_window.action_export_pdf.trigger()  # the toolbar's Export PDF
    qtbot.waitUntil(lambda: "3 PDFs saved" in status_text(main_window), timeout=15000)
    written = {p.stem for p in Path(main_window.context.paths.pdf).glob("*.pdf")}
    chosen = [main_window.list_page.model.row_at(r) for r in (0, 1, 3)]
    assert written == {row.number for row in chosen if row is not None}
    assert str(main_window.context.paths.pdf) in status_text(main_window)
    assert written < numbers(main_window, ids)  # the unselected one was not exported
    assert errors_logged(caplog) == []


def test_export_shows_progress_and_can_be_cancelled(
    main_window: MainWindow, qtbot: Any, monkeypatch: Any, caplog: Any
) -> None:
    shown_list(main_window, qtbot, 3)
    release = threading.Event()
    started: list[int] = []
    original = ExportService.pdf

    def slow_pdf(self: ExportService, invoice_id: int, target: Path | None = None) -> Path:
        started.append(invoice_id)
        release.wait(10)  # the first file takes until the test lets it finish
        return original(self, invoice_id, target)

    monkeypatch.setattr(ExportService, "pdf", slow_pdf)
    select_rows(qtbot, main_window, [0, 1, 2])
    main_window.action_export_pdf.trigger()
    dialog = progress_dialog(qtbot, main_window, "export_progress")
    assert "1 of 3" in dialog.labelText()
    # The window stays usable while the job runs: nothing modal, the search field takes keys.
    assert not dialog.isModal() and QApplication.activeModalWidget() is None
    qtbot.keyClicks(main_window.list_page.search, "FAK")
    assert main_window.list_page.search.text() == "FAK"

    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.isVisible()
    qtbot.mouseClick(cancel, LEFT)
    release.set()
    qtbot.waitUntil(lambda: "cancelled" in status_text(main_window), timeout=10000)
    assert len(started) == 1  # the running file finished; no other one began
    assert len(list(Path(main_window.context.paths.pdf).glob("*.pdf"))) == 1
    assert _find(main_window, "export_progress") is None
    assert errors_logged(caplog) == []


def test_list_context_menu_exports_the_whole_selection(main_window: MainWindow, qtbot: Any) -> None:
    shown_list(main_window, qtbot, 3)
    select_rows(qtbot, main_window, [0, 2])
    table = main_window.list_page.table
    point = table.visualRect(table.model().index(2, 0)).center()
    chosen: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        action = next(a for a in menu.actions() if a.objectName() == "invoice_list_export_pdf")
        chosen.append(action.text())
        menu.setActiveAction(action)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(100, pick)
    QApplication.sendEvent(
        table.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, point, table.viewport().mapToGlobal(point)
        ),
    )
    assert chosen == ["Export 2 invoices as PDF"]
    qtbot.waitUntil(lambda: "2 PDFs saved" in status_text(main_window), timeout=15000)
    assert len(list(Path(main_window.context.paths.pdf).glob("*.pdf"))) == 2


def test_one_selected_invoice_exports_at_once(main_window: MainWindow, qtbot: Any) -> None:
    shown_list(main_window, qtbot, 2)
    select_rows(qtbot, main_window, [1])
    main_window.action_export_pdf.trigger()
    assert main_window.actions_.last_pdf is not None and main_window.actions_.last_pdf.exists()
    assert main_window.findChild(QProgressDialog, "export_progress") is None
    box = main_window.findChild(QMessageBox, "pdf_exported_dialog")
    assert box is not None and box.isVisible()  # offers to open it, as before
    box.close()
