"""Stable, remembered widths: navigation, list columns (Client widest), the client box."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox

from tests.i18n.conftest import OpenWindow, english_afterwards, open_window  # noqa: F401
from tests.i18n.test_fits_laptop import _foreign_invoice

LONG_CLIENT = "Žemės ūkio bendrovė „Čęstų įrankiai“"


def test_navigation_keeps_its_width_and_remembers_a_drag(
    open_window: OpenWindow,  # noqa: F811
    qtbot: Any,
) -> None:
    window = open_window("--lang", "lt")
    before = window.nav.width()
    window.open_invoice(_foreign_invoice(window))
    window.notification_pane.show()
    qtbot.wait(50)
    assert window.nav.width() == before  # working does not squeeze it
    window.splitter.moveSplitter(140, 1)  # the user drags the divider
    assert window.nav.width() == 140
    window.layout_memory.flush()
    window = open_window("--lang", "lt")
    qtbot.waitUntil(lambda: window.nav.width() == 140)


def test_list_client_column_is_widest_and_user_widths_are_kept(
    open_window: OpenWindow,  # noqa: F811
    qtbot: Any,
) -> None:
    window = open_window("--lang", "lt")
    _foreign_invoice(window)
    window.list_page.refresh()
    qtbot.waitUntil(lambda: window.list_page.model.rowCount() == 1)
    header = window.list_page.table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert widths[1] == max(widths), widths
    metrics = window.list_page.table.fontMetrics()
    number = window.list_page.model.index(0, 0).data()
    assert metrics.horizontalAdvance(number) <= widths[0] < 2 * metrics.horizontalAdvance(number)
    header.resizeSection(4, widths[4] + 30)  # as a drag on the header would
    window.layout_memory.flush()
    window = open_window("--lang", "lt")
    header = window.list_page.table.horizontalHeader()
    assert header.sectionSize(4) == widths[4] + 30


def test_client_box_shows_the_start_of_a_long_name(
    open_window: OpenWindow,  # noqa: F811
    qtbot: Any,
) -> None:
    window = open_window("--lang", "lt")
    editor = window.open_invoice(_foreign_invoice(window))
    qtbot.waitExposed(editor)
    combo = editor.findChild(QComboBox, "invoice_client")
    assert combo.currentText() == LONG_CLIENT
    assert combo.lineEdit().cursorPosition() == 0  # the start shows, not "…įrankiai“"
    assert combo.toolTip() == LONG_CLIENT
