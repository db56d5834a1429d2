"""Export ISDOC where the user looks for it: the editor's button beside Export PDF, the
toolbar for the list's selection (one job), and the list's context menu."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QPushButton

from desktop.ui.shell.main_window import MainWindow
from tests.isdoc.conftest import validate
from tests.ui.helpers import LEFT, errors_logged, seed_invoices, status_text
from tests.ui.invoices.test_export_many import select_rows, shown_list


def isdoc_files(window: MainWindow) -> list[Path]:
    return sorted(Path(window.context.paths.isdoc).glob("*.isdoc"))


def test_toolbar_exports_the_selection_as_one_job(
    main_window: MainWindow, qtbot: Any, caplog: Any
) -> None:
    shown_list(main_window, qtbot, 4)
    select_rows(qtbot, main_window, [0, 1, 3])
    action = main_window.findChild(QAction, "action_export_isdoc")  # AUTOMATION.md's name
    assert action is main_window.action_export_isdoc
    assert action in main_window.toolbar.actions() and action in main_window.file_menu.actions()
    action.trigger()
    qtbot.waitUntil(lambda: "3 ISDOC files saved" in status_text(main_window), timeout=15000)
    chosen = [main_window.list_page.model.row_at(r) for r in (0, 1, 3)]
    assert {p.stem for p in isdoc_files(main_window)} == {r.number for r in chosen if r}
    for path in isdoc_files(main_window):
        validate(path.read_bytes())
    assert errors_logged(caplog) == []


def test_drafts_in_the_selection_are_named_not_exported(
    main_window: MainWindow, qtbot: Any
) -> None:
    services = main_window.context.services
    seed_invoices(services, 1)
    seed_invoices(services, 1, issue=False)
    main_window.list_page.refresh()
    qtbot.waitUntil(lambda: main_window.list_page.model.rowCount() == 2)
    select_rows(qtbot, main_window, [0, 1])
    main_window.action_export_isdoc.trigger()
    qtbot.waitUntil(lambda: "1 ISDOC file saved" in status_text(main_window), timeout=15000)
    assert "1 draft passed over" in status_text(main_window)
    assert len(isdoc_files(main_window)) == 1


def test_editor_button_beside_export_pdf(main_window: MainWindow, qtbot: Any) -> None:
    issued, draft = seed_invoices(main_window.context.services, 1)[0], None
    draft = seed_invoices(main_window.context.services, 1, issue=False)[0]
    editor = main_window.open_invoice(draft)
    button = editor.findChild(QPushButton, "invoice_export_isdoc")
    assert button is not None and not button.isVisible()  # a draft has no number yet
    editor = main_window.open_invoice(issued)
    button = editor.findChild(QPushButton, "invoice_export_isdoc")
    assert button is not None and button.isVisible() and button.text() == "ISDOC"
    assert "Export ISDOC" in button.toolTip()
    pdf = editor.findChild(QPushButton, "invoice_export_pdf")
    assert pdf is not None and abs(button.x() - pdf.x()) < pdf.width() + 40  # beside it
    qtbot.mouseClick(button, LEFT)
    number = main_window.context.services.invoices.summary(issued).number
    target = Path(main_window.context.paths.isdoc) / f"{number}.isdoc"
    assert target.is_file() and f"ISDOC saved: {target}" in status_text(main_window)
    validate(target.read_bytes())


def test_list_context_menu_offers_isdoc(main_window: MainWindow, qtbot: Any) -> None:
    shown_list(main_window, qtbot, 3)
    select_rows(qtbot, main_window, [0, 2])
    table = main_window.list_page.table
    point = table.visualRect(table.model().index(2, 0)).center()
    chosen: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        action = next(a for a in menu.actions() if a.objectName() == "invoice_list_export_isdoc")
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
    assert chosen == ["Export 2 invoices as ISDOC"]
    qtbot.waitUntil(lambda: "2 ISDOC files saved" in status_text(main_window), timeout=15000)
    assert len(isdoc_files(main_window)) == 2
