"""The notification pane's list view: rows of one height, each line elided to the width."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from desktop.ui.mail.notification_texts import ROW_LINES


class EntryDelegate(QStyledItemDelegate):
    """Rows of ``ROW_LINES`` lines, each elided to the width.

    With rows of one height the list uses ``uniformItemSizes`` and never asks every row for
    its size; measuring hundreds of wrapped rows on each change stalled the GUI while a
    batch of messages went out.
    """

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = option.fontMetrics
        return QSize(max(option.rect.width(), 120), ROW_LINES * metrics.lineSpacing() + 10)


class NotificationList(QListView):
    """``notification_list``: one selection, a context menu, no horizontal scrolling.

    Empty, it says what will appear here (``empty_text``) instead of showing a blank box.
    """

    def dataChanged(
        self,
        top_left: QModelIndex | QPersistentModelIndex,
        bottom_right: QModelIndex | QPersistentModelIndex,
        roles: Sequence[int] = (),
    ) -> None:
        """A row out of sight changed: nothing to do, as its rows are of one height.

        Qt's list view lays out and repaints the whole list on any row's change, asking the
        Python model for every row on the way: 3 ms with 500 messages in the pane, twice per
        message sent, on the GUI thread and under the GIL the mailer's thread needs.  The row
        is read again when it scrolls into view; the current row always takes the full way
        (its details and actions follow it).
        """
        if (
            top_left == bottom_right
            and top_left != self.currentIndex()
            and not self.visualRect(top_left).intersects(self.viewport().rect())
        ):
            return
        super().dataChanged(top_left, bottom_right, list(roles))

    def __init__(self, model: QAbstractItemModel) -> None:
        super().__init__(objectName="notification_list")
        self.setModel(model)
        self.delegate = EntryDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setWordWrap(False)
        self.setUniformItemSizes(True)
        self.setSpacing(2)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        model.rowsInserted.connect(self.viewport().update)
        model.rowsRemoved.connect(self.viewport().update)
        model.modelReset.connect(self.viewport().update)

    def empty_text(self) -> str:
        return self.tr("Nothing sent yet. E-mails you send appear here with their state.")

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            area = self.viewport().rect().adjusted(12, 12, -12, -12)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            painter.drawText(area, int(flags) | int(Qt.TextFlag.TextWordWrap), self.empty_text())
            painter.end()
