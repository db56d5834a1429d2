"""A small read-only table model over plain rows, with a text filter (clients, products).

These catalogues hold hundreds of rows, not hundreds of thousands, so loading them whole and
filtering in memory keeps the code simple; the invoice list is the lazy one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

T = TypeVar("T")
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    title: Callable[[], str]
    value: Callable[[T], str]
    right: bool = False


class RecordTableModel(QAbstractTableModel, Generic[T]):
    def __init__(
        self,
        columns: Sequence[Column[T]],
        archived: Callable[[T], bool] = lambda _row: False,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._archived = archived
        self._all: list[T] = []
        self._rows: list[T] = []
        self._filter = ""

    def set_rows(self, rows: Sequence[T]) -> None:
        self._all = list(rows)
        self._apply()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().lower()
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        if self._filter:
            self._rows = [
                row
                for row in self._all
                if any(self._filter in column.value(row).lower() for column in self._columns)
            ]
        else:
            self._rows = list(self._all)
        self.endResetModel()

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title()
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section].right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None or not 0 <= index.column() < len(self._columns):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._archived(row):
            return QBrush(QColor("#8a8a8a"))
        return None
