"""The notification pane's list: outbox rows plus a few notices, newest first.

Fed once from the outbox table at start, then row by row from the mailer's signals
(``upsert``), so a batch of 500 messages never reloads the whole list nor queries the
database on the GUI thread.  Notices (queue paused, SMTP not set up, ``.eml`` saved) are not
stored rows; they carry negative ids.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from desktop.core.outbox import PENDING, PROBLEMS, OutboxEntry, OutboxState

if TYPE_CHECKING:  # the pane is built before SQLAlchemy and the mailer load
    from desktop.mail.outbox_pause import PauseInfo
    from desktop.storage.database import Database

CONTEXT = "NotificationModel"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
PAUSE_ID = -1
MISSING_ID = -2
LIMIT = 500
ROW_LINES = 4  # every row has the same height, so the list never measures all rows

STATE_LABELS: dict[str, str] = {
    "queued": QT_TRANSLATE_NOOP("NotificationModel", "Queued"),
    "sending": QT_TRANSLATE_NOOP("NotificationModel", "Sending"),
    "sent": QT_TRANSLATE_NOOP("NotificationModel", "Sent"),
    "retrying": QT_TRANSLATE_NOOP("NotificationModel", "Will retry"),
    "failed": QT_TRANSLATE_NOOP("NotificationModel", "Failed"),
    "cancelled": QT_TRANSLATE_NOOP("NotificationModel", "Cancelled"),
    "uncertain": QT_TRANSLATE_NOOP("NotificationModel", "Uncertain"),
    "paused": QT_TRANSLATE_NOOP("NotificationModel", "Paused"),
    "notice": QT_TRANSLATE_NOOP("NotificationModel", "Note"),
}
COLORS = {
    "queued": "#7a869a",
    "sending": "#2f6fdb",
    "sent": "#2e9d50",
    "retrying": "#d98e04",
    "failed": "#d1342f",
    "cancelled": "#9aa0a6",
    "uncertain": "#b4580f",
    "paused": "#d1342f",
    "notice": "#2f6fdb",
}


def _tr(text: str, n: int = -1) -> str:
    return str(QCoreApplication.translate(CONTEXT, text, None, n))


@dataclass(frozen=True)
class Notice:
    """Something to tell the user that is not an outbox row."""

    id: int
    kind: str  # "paused" | "account_missing" | "eml_saved"
    title: str
    detail: str
    at: datetime = field(default_factory=datetime.now)
    guidance: str = ""
    reply: str = ""
    path: str = ""
    invoice_id: int | None = None
    seen: bool = False


Item = OutboxEntry | Notice


def state_of(item: Item, paused: bool) -> str:
    if isinstance(item, Notice):
        return "paused" if item.kind == "paused" else "notice"
    if paused and item.state in (OutboxState.QUEUED, OutboxState.RETRYING):
        return "paused"
    return item.state.value


def _time(value: datetime | None) -> str:
    if value is None:
        return ""
    locale = QLocale()
    fmt = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if value.date() != datetime.now().date():
        fmt = locale.dateFormat(QLocale.FormatType.ShortFormat) + " " + fmt
    return str(locale.toString(value, fmt))


def guidance_lines(key: str) -> tuple[str, str]:
    if not key:
        return "", ""
    from desktop.ui.mail.guidance_text import guidance_advice, guidance_title

    try:
        return guidance_title(key), guidance_advice(key)
    except (KeyError, ValueError):
        return "", ""


class NotificationModel(QAbstractListModel):
    unread_changed = Signal(int)

    def __init__(self, db: Database | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._items: list[Item] = []
        self._rows: dict[int, int] = {}
        self._paused = False
        self._next_notice = -100
        self._icons: dict[str, QIcon] = {}
        self._texts: dict[tuple[int, datetime, str, bool], str] = {}
        self._unread = 0

    # -- feeding -----------------------------------------------------------------------------
    def reload(self) -> None:
        if self._db is None:
            return
        from desktop.storage import outbox_queries

        with self._db.session() as session:
            entries = outbox_queries.list_entries(session, LIMIT)
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
        was = self._paused
        self._paused = info is not None
        if info is None:
            self.remove(PAUSE_ID)
        else:
            title, _ = guidance_lines(info.guidance)
            self._put_notice(
                Notice(
                    PAUSE_ID,
                    "paused",
                    _tr("Sending is paused"),
                    title,
                    guidance=info.guidance,
                    reply=info.reply,
                )
            )
        if was != self._paused and self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def set_account_missing(self, missing: bool) -> None:
        if not missing:
            self.remove(MISSING_ID)
            return
        if not any(isinstance(i, OutboxEntry) and i.state in PENDING for i in self._items):
            return
        self._put_notice(
            Notice(
                MISSING_ID,
                "account_missing",
                _tr("Messages are waiting"),
                _tr("Set up e-mail sending (SMTP) to send them."),
                seen=True,
            )
        )

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
        if isinstance(item, OutboxEntry) and self._db is not None:
            from desktop.storage import outbox

            with self._db.session() as session:
                outbox.mark_seen(session, [item.id])
                session.commit()
        self._items[row] = _with_seen(item)
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
            if isinstance(i, OutboxEntry) and i.state in (OutboxState.SENT, OutboxState.CANCELLED)
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
            return item.kind == "paused"
        return item.state in PROBLEMS

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
            return self._icon(state_of(item, self._paused))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.cached_text(item).replace("\n", ". ")
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.details(item)
        if role == ENTRY_ROLE:
            return item
        if role == STATE_ROLE:
            return state_of(item, self._paused)
        return None

    def cached_text(self, item: Item) -> str:
        """The view asks for every row on each layout; formatting once keeps that cheap."""
        stamp = item.updated_at if isinstance(item, OutboxEntry) else item.at
        key = (item.id, stamp, state_of(item, self._paused), item.seen)
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
        """The row: at most ``ROW_LINES`` lines (state and invoice, recipient, what happened,
        the server's words); the full story is in ``details``."""
        state = state_of(item, self._paused)
        if isinstance(item, Notice):
            head, detail = _in_current_language(item)
            title, _ = guidance_lines(item.guidance)
            lines = [head, title or detail]
            if item.reply:
                lines.append(_tr("Server: %1").replace("%1", item.reply))
            if item.kind == "paused":
                lines.append(_tr("Fix the SMTP settings, then choose Retry now."))
            elif title:
                lines.append(detail)
            return "\n".join(line for line in lines[:ROW_LINES] if line)
        label = _tr(STATE_LABELS[state])
        head = label + (f" · {item.invoice_number}" if item.invoice_number else "")
        lines = [head, item.recipient]
        reply = _tr("Server: %1").replace("%1", item.last_reply) if item.last_reply else ""
        if item.state is OutboxState.SENT:
            lines.append(_tr("Sent at %1").replace("%1", _time(item.sent_at)))
        elif item.state is OutboxState.RETRYING and state != "paused":
            lines.append(
                _tr("Attempt %1 failed; next attempt at %2")
                .replace("%1", str(item.attempts))
                .replace("%2", _time(item.next_attempt_at))
            )
            lines.append(reply)
        elif item.state is OutboxState.FAILED:
            title, advice = guidance_lines(item.guidance)
            lines.append(title or advice or _time(item.updated_at))
            lines.append(reply)
        elif item.state is OutboxState.UNCERTAIN:
            lines.append(_tr("Interrupted while sending: it may not have arrived."))
            lines.append(_tr("Resend it, or mark it as sent."))
        else:
            lines.append(_time(item.updated_at))
        return "\n".join(line for line in lines if line)

    def tooltip(self, item: Item) -> str:
        """``details`` as rich text, which Qt wraps in a tooltip (a plain one is a single line
        as wide as the longest sentence)."""
        lines = (html.escape(line) for line in self.details(item).split("\n"))
        return "<p>" + "<br>".join(lines) + "</p>"

    def details(self, item: Item) -> str:
        """Everything about one entry, for the pane's details area and the tooltip: every
        line of the row (which may be cut short) and the full advice."""
        lines = self.cached_text(item).split("\n")
        if isinstance(item, Notice):
            lines = list(_in_current_language(item))
            if item.reply:
                lines.append(_tr("Server: %1").replace("%1", item.reply))
            if item.guidance:
                title, advice = guidance_lines(item.guidance)
                lines += [title, advice]
            if item.kind == "paused":
                lines.append(_tr("Fix the SMTP settings, then choose Retry now."))
            return "\n".join(dict.fromkeys(line for line in lines if line))
        if item.subject:
            lines.insert(1, item.subject)
        if item.state is OutboxState.UNCERTAIN:
            lines.append(
                _tr(
                    "Faktura stopped while sending, so it may or may not have arrived. "
                    "Resend it, or mark it as sent if the client has it."
                )
            )
        if item.state in (OutboxState.FAILED, OutboxState.RETRYING) and item.guidance:
            title, advice = guidance_lines(item.guidance)
            lines = [line for line in lines if line != title]
            lines.append(f"{title}: {advice}" if title else advice)
        return "\n".join(line for line in lines if line)

    def _icon(self, state: str) -> QIcon:
        cached = self._icons.get(state)
        if cached is None:
            pixmap = QPixmap(14, 14)
            pixmap.fill(QColor(0, 0, 0, 0))
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(COLORS[state]))
            painter.drawEllipse(1, 1, 12, 12)
            painter.end()
            cached = self._icons[state] = QIcon(pixmap)
        return cached


def _with_seen(item: Item) -> Item:
    from dataclasses import replace

    return replace(item, seen=True)


def _in_current_language(notice: Notice) -> tuple[str, str]:
    """(title, detail) of a notice; the model's own notices follow a language switch."""
    if notice.kind == "paused":
        return _tr("Sending is paused"), guidance_lines(notice.guidance)[0] or notice.detail
    if notice.kind == "account_missing":
        return _tr("Messages are waiting"), _tr("Set up e-mail sending (SMTP) to send them.")
    return notice.title, notice.detail
