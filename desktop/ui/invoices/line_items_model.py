"""The invoice's lines as an editable table model over ``core.forms.LineForm``.

A cell that does not parse keeps exactly what the user typed (shown in red with the reason);
the line itself keeps its last valid value, so totals and autosave never see garbage and
nothing typed is lost.  Typing a catalogue product's name into an empty line fills its unit,
price and VAT rate.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.core import money
from desktop.core.forms import LineForm
from desktop.core.validation import MAX_DESCRIPTION
from desktop.ui.widgets.field_errors import problem_text
from desktop.ui.widgets.formatting import edit_text, format_number, ui_language
from desktop.ui.widgets.vat_labels import vat_label

DESCRIPTION, QUANTITY, UNIT, PRICE, DISCOUNT, VAT, TOTAL = range(7)
NUMERIC = (QUANTITY, PRICE, DISCOUNT, TOTAL)
MAX_UNIT = 20
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class CatalogueItem:
    product_id: int
    name: str
    unit: str
    unit_price: Decimal
    vat_key: str


def format_price(value: Decimal) -> str:
    places = max(2, min(4, -value.normalize().as_tuple().exponent))  # type: ignore[operator]
    return format_number(value, places)


class LineItemsModel(QAbstractTableModel):
    lines_changed = Signal()  # any value that affects the document changed
    problems_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[LineForm] = []
        self._raw: list[dict[int, tuple[str, str]]] = []  # per row: column -> (text, message)
        self.read_only = False
        self.allow_negative = False
        self.vat_keys: tuple[str, ...] = ("21",)
        self.catalogue: dict[str, CatalogueItem] = {}

    # -- content -------------------------------------------------------------------------
    def set_lines(self, lines: list[LineForm]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._raw = [{} for _ in self._lines]
        self.endResetModel()
        self.problems_changed.emit()

    def lines(self) -> list[LineForm]:
        return list(self._lines)

    def line(self, row: int) -> LineForm:
        return self._lines[row]

    def set_catalogue(self, items: list[CatalogueItem]) -> None:
        self.catalogue = {item.name.strip().lower(): item for item in items}

    def insert_line(self, row: int | None = None, line: LineForm | None = None) -> int:
        row = len(self._lines) if row is None else max(0, min(row, len(self._lines)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.insert(row, line or LineForm(vat_key=self.vat_keys[0]))
        self._raw.insert(row, {})
        self.endInsertRows()
        self.lines_changed.emit()
        return row

    def remove_line(self, row: int) -> None:
        if not 0 <= row < len(self._lines):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._lines[row]
        del self._raw[row]
        self.endRemoveRows()
        self.lines_changed.emit()
        self.problems_changed.emit()

    def move_line(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self._lines) and 0 <= target < len(self._lines)):
            return row
        dest = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self._lines.insert(target, self._lines.pop(row))
        self._raw.insert(target, self._raw.pop(row))
        self.endMoveRows()
        self.lines_changed.emit()
        return target

    def problems(self) -> list[tuple[int, int, str]]:
        return [(r, c, msg) for r, cells in enumerate(self._raw) for c, (_t, msg) in cells.items()]

    def has_problems(self) -> bool:
        return any(self._raw)

    def cell_problem(self, row: int, column: int) -> str | None:
        entry = self._raw[row].get(column) if 0 <= row < len(self._raw) else None
        return entry[1] if entry else None

    # -- validation ----------------------------------------------------------------------
    def check(self, column: int, text: str) -> tuple[Any, str | None]:
        """Parse one cell's text: (value, None) or (None, translated message)."""
        if column == DESCRIPTION:
            if len(text) > MAX_DESCRIPTION:
                return None, problem_text("description_too_long").replace("%2", str(len(text)))
            return text, None
        if column == UNIT:
            if len(text) > MAX_UNIT:
                return None, problem_text("too_long").replace("%1", str(MAX_UNIT))
            return text.strip(), None
        if column == VAT:
            return (text, None) if text in self.vat_keys else (None, problem_text("vat_rate"))
        try:
            value = money.parse_decimal(text) if text.strip() else Decimal(0)
        except ValueError:
            return None, problem_text("not_a_number").replace("%1", text)
        if column == QUANTITY and value < 0 and not self.allow_negative:
            return None, problem_text("negative_quantity")
        if column == DISCOUNT and not Decimal(0) <= value <= Decimal(100):
            return None, problem_text("discount_range")
        return value, None

    # -- model interface -----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section < 7:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Description"),
                self.tr("Quantity"),
                self.tr("Unit"),
                self.tr("Unit price"),
                self.tr("Discount %"),
                self.tr("VAT rate"),
                self.tr("Line total"),
            ][section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMERIC:
            return _RIGHT
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and index.column() != TOTAL:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        row, column = index.row(), index.column()
        raw = self._raw[row].get(column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if raw is not None:
                return raw[0]
            return self._text(self._lines[row], column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return raw[1] if raw is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and raw is not None:
            return QBrush(QColor("#fde7e9"))
        if role == Qt.ItemDataRole.ForegroundRole and raw is not None:
            return QBrush(QColor("#b3261e"))
        return None

    def _text(self, line: LineForm, column: int, editing: bool) -> str:
        if column == DESCRIPTION:
            return line.description
        if column == UNIT:
            return line.unit
        if column == VAT:
            return line.vat_key if editing else vat_label(line.vat_key)
        value = {
            QUANTITY: line.quantity,
            PRICE: line.unit_price,
            DISCOUNT: line.discount_pct,
        }.get(column, line.amounts().amount)
        if editing:
            return edit_text(value)
        if column == QUANTITY:
            return money.format_quantity(value, ui_language())
        if column == DISCOUNT:
            return money.format_quantity(value, ui_language()) if value else ""
        return format_price(value) if column == PRICE else format_number(value)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        row, column = index.row(), index.column()
        if column == TOTAL or not 0 <= row < len(self._lines):
            return False
        text = "" if value is None else str(value)
        parsed, message = self.check(column, text)
        had_problem = column in self._raw[row]
        if message is not None:
            self._raw[row][column] = (text, message)
        else:
            self._raw[row].pop(column, None)
            self._apply(row, column, parsed)
        self.dataChanged.emit(self.index(row, 0), self.index(row, TOTAL))
        if message is not None or had_problem:
            self.problems_changed.emit()
        self.lines_changed.emit()
        return True

    def _apply(self, row: int, column: int, value: Any) -> None:
        line = self._lines[row]
        if column == DESCRIPTION:
            line.description = value
            product = self.catalogue.get(value.strip().lower())
            if product is not None and line.unit_price == 0 and not line.unit:
                line.unit, line.unit_price = product.unit, product.unit_price
                line.product_id = product.product_id
                if product.vat_key in self.vat_keys:
                    line.vat_key = product.vat_key
        elif column == QUANTITY:
            line.quantity = value
        elif column == UNIT:
            line.unit = value
        elif column == PRICE:
            line.unit_price = value
        elif column == DISCOUNT:
            line.discount_pct = value
        elif column == VAT:
            line.vat_key = value
