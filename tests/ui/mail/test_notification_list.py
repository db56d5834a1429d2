"""The pane's list with hundreds of messages: a row out of sight that changes costs no
repaint (Qt would lay out and paint the whole list, under the GIL the mailer needs), and
shows its new state the moment it scrolls into view."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QStyleOptionViewItem

from desktop.core.outbox import OutboxEntry, OutboxState
from desktop.ui.mail.notification_list import EntryDelegate, NotificationList
from desktop.ui.mail.notification_model import STATE_ROLE, NotificationModel

BEGAN = datetime(2026, 12, 1, 9, 0)


def _entry(n: int, state: OutboxState = OutboxState.QUEUED, minutes: int = 0) -> OutboxEntry:
    return OutboxEntry(
        id=n, invoice_id=n, invoice_number=f"FAK2026-{n:04d}", to=(f"k{n}@example.cz",),
        subject=f"Faktura {n}", message_id=f"<{n}@example.cz>", state=state, attempts=0,
        next_attempt_at=None, last_reply="", last_step="", guidance="",
        created_at=BEGAN, updated_at=BEGAN + timedelta(minutes=minutes), sent_at=None,
        dismissed=False, seen=True,
    )  # fmt: skip


class PaintedRows(EntryDelegate):
    """Notes the text of every row it paints."""

    def __init__(self, parent: Any) -> None:
        super().__init__(parent)
        self.painted: dict[int, str] = {}

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.painted[index.row()] = str(index.data(Qt.ItemDataRole.DisplayRole))
        super().paint(painter, option, index)


class CountedList(NotificationList):
    paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        super().paintEvent(event)


def test_a_row_out_of_sight_changes_without_a_repaint_and_shows_it_when_scrolled_to(
    qtbot: Any,
) -> None:
    model = NotificationModel()
    for n in range(1, 301):  # newest first: row 0 is message 300, the last row message 1
        model.upsert(_entry(n))
    view = CountedList(model)
    delegate = PaintedRows(view)
    view.setItemDelegate(delegate)
    qtbot.addWidget(view)
    view.resize(260, 400)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(50)
    last = model.rowCount() - 1
    assert last not in delegate.painted  # out of sight

    view.paints = 0
    model.upsert(_entry(1, OutboxState.SENT, minutes=1))  # the mailer's news of message 1
    qtbot.wait(50)
    assert view.paints == 0

    model.upsert(_entry(300, OutboxState.SENDING, minutes=1))  # a row in sight
    qtbot.waitUntil(lambda: view.paints > 0)
    assert "Sending" in delegate.painted[0]

    delegate.painted.clear()
    view.scrollToBottom()
    qtbot.waitUntil(lambda: last in delegate.painted)
    assert delegate.painted[last] == model.data(model.index(last))
    assert "Sent" in delegate.painted[last]


def test_the_current_row_follows_its_changes_out_of_sight_too(qtbot: Any) -> None:
    model = NotificationModel()
    for n in range(1, 201):
        model.upsert(_entry(n))
    view = NotificationList(model)
    qtbot.addWidget(view)
    view.resize(260, 300)
    view.show()
    qtbot.waitExposed(view)
    last = model.index(model.rowCount() - 1)
    view.setCurrentIndex(last)  # scrolls to it
    view.scrollToTop()  # and away again: still the current row
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles=(): changed.append(top.row()))
    entry = model.item(last.row())
    assert isinstance(entry, OutboxEntry)
    model.upsert(
        replace(entry, state=OutboxState.FAILED, updated_at=entry.updated_at.replace(hour=10))
    )
    assert changed == [last.row()]
    assert view.currentIndex() == last
    assert model.data(last, STATE_ROLE) == "failed"
