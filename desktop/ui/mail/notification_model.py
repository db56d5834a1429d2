"""The notification pane's list: outbox rows plus a few notices, newest first.

Fed once from the outbox at start (``services.outbox``), then row by row from the mailer's
signals (``upsert``), so a batch of 500 messages never reloads the whole list nor queries
the database on the GUI thread.  Notices (queue paused, SMTP not set up, the password cannot
be read, ``.eml`` saved) are not stored rows; they carry negative ids.  The sentences are in
``notification_texts``, the state icons in ``notification_icons``.
"""

from __future__ import annotations

import html
import logging
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.core.errors import StorageError
from desktop.core.outbox import (
    PENDING,
    PROBLEMS,
    OutboxEntry,
    OutboxState,
    PasswordWait,
    PauseInfo,
)
from desktop.ui.mail.notification_icons import state_icon
from desktop.ui.mail.notification_texts import (
    Item,
    Notice,
    details_text,
    guidance_lines,
    password_wait_texts,
    paused_title,
    row_text,
    state_of,
    waiting_texts,
)

if TYPE_CHECKING:
    from desktop.services import Services


# AUTOMATION.md: a row answers Qt.UserRole with its state (queued, sending, sent, retrying,
# uncertain, failed, paused, cancelled; "notice" for a note that is no send).
log = logging.getLogger(__name__)

STATE_ROLE = Qt.ItemDataRole.UserRole
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
PAUSE_ID = -1
MISSING_ID = -2
PASSWORD_ID = -3
LIMIT = 500


class NotificationModel(QAbstractListModel):
    unread_changed = Signal(int)

    def __init__(self, services: Services | None = None, parent: Any = None) -> None:
        """``services`` None: a list fed only by ``upsert`` and notices (nothing stored)."""
        super().__init__(parent)
        self._services = services
        self._items: list[Item] = []
        self._rows: dict[int, int] = {}
        self._paused = False
        self._password_wait: PasswordWait | None = None
        self._next_notice = -100
        self._texts: dict[tuple[int, datetime, str, bool, str], str] = {}
        self._unread = 0

    # -- feeding -----------------------------------------------------------------------------
    def reload(self) -> None:
        if self._services is None:
            return
        try:
            entries = self._services.outbox.entries(LIMIT)
        except StorageError as exc:  # a server that went away: keep what is shown
            log.info("The outbox was not read again: %s", exc.problem)
            return
        self.beginResetModel()
        notices = [i for i in self._items if isinstance(i, Notice)]
        self._items = [*notices, *entries]
        self._reindex()
        self.endResetModel()
        self._count_unread()

    def upsert(self, entry: OutboxEntry) -> None:
        """One row changed (from the mailer or a user action); O(1) unless it is new."""
        row = self._rows.get(entry.id)
        if entry.dismissed:
            if row is not None:
                self._remove_row(row)
            return
        if row is None:
            position = sum(1 for i in self._items if isinstance(i, Notice))
            self.beginInsertRows(QModelIndex(), position, position)
            self._items.insert(position, entry)
            self._reindex()
            self.endInsertRows()
            if len(self._items) > LIMIT + 50:
                self._trim()
        else:
            current = self._items[row]
            if isinstance(current, OutboxEntry) and entry.updated_at < current.updated_at:
                return  # a stale snapshot overtaken by a newer one
            self._items[row] = entry
            index = self.index(row)
            self.dataChanged.emit(index, index)
        self._count_unread()

    def set_pause(self, info: PauseInfo | None) -> None:
        was = self._holding
        self._paused = info is not None
        if info is None:
            self.remove(PAUSE_ID)
        else:
            title, _ = guidance_lines(info.guidance)
            self._put_notice(
                Notice(
                    PAUSE_ID,
                    "paused",
                    paused_title(),
                    title,
                    guidance=info.guidance,
                    reply=info.reply,
                )
            )
        if was != self._holding and self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def set_account_missing(self, missing: bool) -> None:
        if not missing:
            self.remove(MISSING_ID)
            return
        if not any(isinstance(i, OutboxEntry) and i.state in PENDING for i in self._items):
            return
        title, detail = waiting_texts()
        self._put_notice(Notice(MISSING_ID, "account_missing", title, detail, seen=True))

    def set_password_wait(self, wait: PasswordWait | None) -> None:
        """Sending waits for the keyring (or a password): one notice, and the waiting rows
        read "paused" until the mailer could read the password again."""
        was = self._holding
        self._password_wait = wait
        if wait is None:
            self.remove(PASSWORD_ID)
        else:
            title, detail = password_wait_texts(wait.value)
            self._put_notice(Notice(PASSWORD_ID, "password_wait", title, detail, wait=wait.value))
        if was != self._holding and self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    @property
    def _holding(self) -> bool:
        """Whether queued rows show as "paused" (a pause, or a wait for the password)."""
        return self._paused or self._password_wait is not None

    def add_notice(self, kind: str, title: str, detail: str, **extra: Any) -> Notice:
        self._next_notice -= 1
        notice = Notice(self._next_notice, kind, title, detail, **extra)
        self._put_notice(notice)
        return notice

    def _put_notice(self, notice: Notice) -> None:
        row = self._rows.get(notice.id)
        if row is not None:
            self._items[row] = notice
            self.dataChanged.emit(self.index(row), self.index(row))
        else:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._items.insert(0, notice)
            self._reindex()
            self.endInsertRows()
        self._count_unread()

    def remove(self, item_id: int) -> None:
        row = self._rows.get(item_id)
        if row is not None:
            self._remove_row(row)
            self._count_unread()

    def mark_seen(self, item_id: int) -> None:
        row = self._rows.get(item_id)
        if row is None:
            return
        item = self._items[row]
        if item.seen:
            return
        if isinstance(item, OutboxEntry) and self._services is not None:
            self._services.outbox.mark_seen([item.id])
        self._items[row] = replace(item, seen=True)
        self.dataChanged.emit(self.index(row), self.index(row))
        self._count_unread()

    def mark_all_seen(self) -> None:
        ids = [i.id for i in self._items if not i.seen]
        for item_id in ids:
            self.mark_seen(item_id)

    def _remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self._reindex()
        self.endRemoveRows()

    def _trim(self) -> None:
        """Keep the list bounded: drop the oldest finished entries beyond the limit."""
        removable = [
            r
            for r, i in enumerate(self._items)
            if isinstance(i, OutboxEntry)
            and i.state in (OutboxState.SENT, OutboxState.CANCELLED)
            and i.sent_copy != "failed"
        ]
        for row in reversed(removable[-(len(self._items) - LIMIT) :]):
            self._remove_row(row)

    def _reindex(self) -> None:
        self._rows = {item.id: row for row, item in enumerate(self._items)}

    def _count_unread(self) -> None:
        unread = sum(1 for i in self._items if not i.seen and self._is_problem(i))
        if unread != self._unread:
            self._unread = unread
            self.unread_changed.emit(unread)

    @staticmethod
    def _is_problem(item: Item) -> bool:
        if isinstance(item, Notice):
            return item.kind in ("paused", "password_wait")
        return item.state in PROBLEMS or item.sent_copy == "failed"  # a copy to retry

    # -- reading -----------------------------------------------------------------------------
    @property
    def paused(self) -> bool:
        return self._paused

    def unread_count(self) -> int:
        return self._unread

    def item(self, row: int) -> Item | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: int) -> int | None:
        return self._rows.get(item_id)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cached_text(item)
        if role == Qt.ItemDataRole.DecorationRole:
            return state_icon(state_of(item, self._holding))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.cached_text(item).replace("\n", ". ")
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.details(item)
        if role == ENTRY_ROLE:
            return item
        if role == STATE_ROLE:
            return state_of(item, self._holding)
        return None

    def cached_text(self, item: Item) -> str:
        """The view asks for every row on each layout; formatting once keeps that cheap."""
        stamp = item.updated_at if isinstance(item, OutboxEntry) else item.at
        copy = item.sent_copy if isinstance(item, OutboxEntry) else ""  # changes after "sent"
        key = (item.id, stamp, state_of(item, self._holding), item.seen, copy)
        text = self._texts.get(key)
        if text is None:
            if len(self._texts) > 4 * LIMIT:
                self._texts.clear()
            text = self._texts[key] = self.text(item)
        return text

    def clear_text_cache(self) -> None:
        """The language changed: texts are formatted again on demand."""
        self._texts.clear()

    def text(self, item: Item) -> str:
        """The row's lines (see ``notification_texts.row_text``)."""
        return row_text(item, state_of(item, self._holding))

    def tooltip(self, item: Item) -> str:
        """``details`` as rich text, which Qt wraps in a tooltip (a plain one is a single line
        as wide as the longest sentence)."""
        lines = (html.escape(line) for line in self.details(item).split("\n"))
        return "<p>" + "<br>".join(lines) + "</p>"

    def details(self, item: Item) -> str:
        """Everything about one entry, for the pane's details area and the tooltip."""
        return details_text(item, self.cached_text(item))
