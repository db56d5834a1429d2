"""Autosave's timing: a ceiling however fast the user types, retries after a failed save,
and the text of a cell editor that is still open."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QTableView

from desktop.ui.invoices.autosave import CEILING_MS, RETRY_SECONDS, Autosave
from desktop.ui.invoices.line_items_model import DESCRIPTION
from desktop.ui.shell.main_window import MainWindow
from tests.ui.helpers import child, new_editor


class Disk:
    """Where ``Autosave`` writes in these tests: a list, which can be made to refuse."""

    def __init__(self) -> None:
        self.working = True
        self.saves: list[int] = []  # milliseconds since the test started, per save that worked
        self.clock = QElapsedTimer()
        self.clock.start()

    def save(self) -> bool:
        if self.working:
            self.saves.append(self.clock.elapsed())
        return self.working


def test_typing_without_a_pause_is_saved_within_the_ceiling(qtbot: Any) -> None:
    disk = Disk()
    autosave = Autosave(disk.save)
    typed = QElapsedTimer()
    typed.start()
    while typed.elapsed() < 3 * CEILING_MS:  # a key every 100 ms, never a pause
        autosave.touch()
        qtbot.wait(100)
    assert len(disk.saves) >= 2  # the old debounce saved nothing until typing stopped


def test_a_failed_save_stays_dirty_and_backs_off(qtbot: Any) -> None:
    disk = Disk()
    disk.working = False
    autosave = Autosave(disk.save)
    autosave.touch()
    assert not autosave.flush()
    assert autosave.dirty and autosave.failures == 1
    retry = autosave.findChildren(QTimer)  # quiet, ceiling, retry
    assert any(t.isActive() and t.interval() == RETRY_SECONDS[0] * 1000 for t in retry)
    assert not autosave.flush()
    assert any(t.isActive() and t.interval() == RETRY_SECONDS[1] * 1000 for t in retry)
    for _ in range(10):
        autosave.flush()
    assert any(t.isActive() and t.interval() == RETRY_SECONDS[-1] * 1000 for t in retry)

    disk.working = True
    autosave.touch()  # the next edit tries again without waiting for the backoff
    qtbot.waitUntil(lambda: not autosave.dirty, timeout=1500)
    assert autosave.failures == 0 and len(disk.saves) == 1
    assert not any(t.isActive() for t in retry)


def test_text_in_an_open_cell_is_saved_before_the_cell_is_confirmed(
    main_window: MainWindow, qtbot: Any
) -> None:
    editor = new_editor(qtbot, main_window)
    table = child(editor, QTableView, "invoice_lines")
    index = table.model().index(0, DESCRIPTION)
    if table.indexWidget(index) is None:
        table.setCurrentIndex(index)
        table.edit(index)
    cell = table.indexWidget(index)
    qtbot.keyClicks(cell, "Still typing")
    qtbot.waitUntil(
        lambda: editor.invoice_id is not None and not editor.autosave.dirty, timeout=2000
    )
    assert table.indexWidget(index) is cell  # still open: nothing was confirmed
    stored = main_window.context.services.invoices.load(editor.invoice_id)
    assert stored.lines[0].description == "Still typing"
    assert editor.model.line(0).description == ""  # the model learns it on confirming
