"""The invoice list as a lazily fetched table model (after Vorta's archive table model).

Rows arrive in pages of ``PAGE`` through ``fetchMore`` so 100,000 invoices open instantly;
a new search or sort replaces the query and starts again from the first page.  A page after
the first continues from the last row fetched (keyset paging in the default order), and
fetched rows are held compactly (``RowStore``), so scrolling through a million invoices
neither slows down nor costs 700 bytes a row.
"""

from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.core.errors import StorageError
from desktop.core.lifecycle import DocumentKind, InvoiceStatus, is_overdue
from desktop.core.listing import InvoiceRow
from desktop.services.invoice_list import ListView
from desktop.ui.context import AppContext
from desktop.ui.invoices.row_store import RowStore
from desktop.ui.widgets.formatting import format_date, format_money, status_label
from desktop.ui.widgets.storage_messages import storage_problem_text

log = logging.getLogger(__name__)

LOOKS_KEPT = 2_000  # rows whose texts are kept worked out (a few screens around the view)
PAGE = 100  # about five screens of rows; more arrive through fetchMore as the user scrolls
COLUMNS = ("number", "client", "issue_date", "due_date", "total", "status")
_TOTAL_COLUMN = COLUMNS.index("total")
_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_DISPLAY, _FOREGROUND, _FONT, _ALIGN, _ID = 0, 1, 2, 3, 4
_ROLE_SLOTS = {
    Qt.ItemDataRole.DisplayRole: _DISPLAY,
    Qt.ItemDataRole.ForegroundRole: _FOREGROUND,
    Qt.ItemDataRole.FontRole: _FONT,
    Qt.ItemDataRole.TextAlignmentRole: _ALIGN,
    Qt.ItemDataRole.UserRole: _ID,
}


class _Styles:
    """Brushes and the draft font, made once instead of once per cell."""

    def __init__(self) -> None:
        self.overdue = QBrush(QColor("#b3261e"))
        self.muted = QBrush(QColor("#6b6b6b"))
        self.italic = QFont()
        self.italic.setItalic(True)


@cache
def _styles() -> _Styles:
    return _Styles()  # after QApplication exists: fonts need it


_Index = QModelIndex | QPersistentModelIndex


class InvoiceTableModel(QAbstractTableModel):
    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._context = context
        self._rows = RowStore()  # compact: rebuilt into an InvoiceRow only when shown
        self._looks: dict[int, tuple[tuple[str, ...], Any, Any]] = {}
        self._exhausted = True
        self._search = ""
        self._status = ""
        self._sort = "issue_date"
        self._descending = True
        self._today = date.today()
        self.reload()

    # -- query control -------------------------------------------------------------------
    def set_filter(self, search: str, status: str) -> None:
        if (search, status) != (self._search, self._status):
            self._search, self._status = search, status
            self.reload()

    def reload(self) -> None:
        self._today = date.today()
        rows = self._fetch(0)
        self.beginResetModel()
        self._looks.clear()
        self._rows.clear()
        self._rows.extend(rows)
        self._exhausted = len(self._rows) < PAGE
        self.endResetModel()

    def view(self) -> ListView:
        """What the list shows now; the same value for every page, so later pages reuse the
        service's compiled query."""
        return ListView(self._search, self._status, self._sort, self._descending, self._today)

    def _fetch(self, offset: int) -> list[InvoiceRow]:
        """A page of rows; none when the books cannot be read (the status bar says why, and
        the damaged-database check after start offers a restore)."""
        # Before SQLAlchemy has loaded, the service reads the first page with sqlite3.
        after = self.row_at(offset - 1) if offset else None  # the next page starts after it
        try:
            return self._context.services.invoice_list.page(self.view(), offset, PAGE, after)
        except StorageError as exc:
            log.info("invoice list not read: %s", exc.problem)
            self._context.events.status_message.emit(storage_problem_text(exc.problem))
            return []

    def warm_up(self) -> None:
        """Prepare the search path while the user has not typed yet (the first search after
        start-up would otherwise cost two frames)."""
        try:
            self._context.services.invoice_list.warm_up(self._status)
        except StorageError as exc:  # the list itself says so when it reads
            log.info("search warm-up skipped: %s", exc.problem)

    def refresh_texts(self) -> None:
        """After a language change: the cached row texts are in the old language."""
        self._looks.clear()
        if self._rows:
            last = self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if parent.isValid() or self._exhausted:
            return
        more = self._fetch(len(self._rows))
        self._exhausted = len(more) < PAGE
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self._sort = COLUMNS[column]
            self._descending = order == Qt.SortOrder.DescendingOrder
            self.reload()

    # -- model interface -----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Number"),
                self.tr("Client"),
                self.tr("Issued"),
                self.tr("Due"),
                self.tr("Total"),
                self.tr("Status"),
            ][section]
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section] == "total":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_at(self, row: int) -> InvoiceRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def overdue(self, row: InvoiceRow) -> bool:
        return is_overdue(InvoiceStatus(row.status), row.due_date, self._today)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks ~8 roles per visible cell on every repaint: keep this a few lookups, with
        # each row's texts and colours worked out once (``_look``), not per call.
        handler = _ROLE_SLOTS.get(role)
        if handler is None or not index.isValid():
            return None
        number = index.row()
        if not 0 <= number < len(self._rows):
            return None
        look = self.look(number)
        if handler == _DISPLAY:
            return look[0][index.column()]
        if handler == _ALIGN:
            return _ALIGN_RIGHT if index.column() == _TOTAL_COLUMN else None
        if handler == _ID:
            return self._rows.id_at(number)
        return look[handler]

    def look(self, number: int) -> tuple[tuple[str, ...], Any, Any]:
        """(texts per column, foreground brush or None, font or None) of a loaded row."""
        look = self._looks.get(number)
        if look is None:
            if len(self._looks) >= LOOKS_KEPT:  # scrolled far: keep the memory bounded
                self._looks.clear()
            look = self._looks[number] = self._look(self._rows[number])
        return look

    def _look(self, row: InvoiceRow) -> tuple[tuple[str, ...], Any, Any]:
        overdue = self.overdue(row)
        texts = (
            row.number or self.tr("(draft)"),
            row.client_name,
            format_date(row.issue_date),
            format_date(row.due_date) if row.due_date else "",
            format_money(row.total, row.currency),
            self._status_text(row, overdue),
        )
        muted = row.status in (InvoiceStatus.DRAFT.value, InvoiceStatus.CANCELLED.value)
        foreground = _styles().overdue if overdue else (_styles().muted if muted else None)
        font = _styles().italic if row.status == InvoiceStatus.DRAFT.value else None
        return texts, foreground, font

    def _status_text(self, row: InvoiceRow, overdue: bool) -> str:
        """The state, and "credit note" for one (a credit-note draft looked like any draft)."""
        state = status_label("overdue" if overdue else row.status)
        if row.kind == DocumentKind.CREDIT_NOTE.value:
            return self.tr("%1 · credit note").replace("%1", state)
        return state

    def totals_of(self, rows: list[int]) -> tuple[dict[str, Decimal], dict[str, Decimal], int, int]:
        """(billed sums, draft sums, billed count, draft count) per currency; cancelled
        invoices count in neither, and drafts are never added to what was billed."""
        billed: dict[str, Decimal] = {}
        drafts: dict[str, Decimal] = {}
        counts = [0, 0]
        for number in rows:
            row = self.row_at(number)
            if row is None or row.status == InvoiceStatus.CANCELLED.value:
                continue
            draft = row.status == InvoiceStatus.DRAFT.value
            sums = drafts if draft else billed
            sums[row.currency] = sums.get(row.currency, Decimal(0)) + row.total
            counts[draft] += 1
        return billed, drafts, counts[0], counts[1]
