"""The invoice's lines as an editable table model over ``core.forms.LineForm``.

A cell that does not parse, or breaks a rule (``core.line_rules``: the money limits of
``core.limits``, a line or invoice total that would be too large), keeps exactly what the user
typed (shown in red with the reason); the line itself keeps its last valid value, so totals
and autosave never see garbage and nothing typed is lost.  Typing a catalogue product's name
into an empty line fills its unit, price and VAT rate when they fit the limits.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.core import money
from desktop.core.errors import AmountLimitError
from desktop.core.forms import LineForm
from desktop.core.line_rules import (
    change_problem,
    line_problems,
    lines_problem,
    read_field,
    value_problem,
    with_value,
)
from desktop.ui.widgets.field_errors import cell_message
from desktop.ui.widgets.formatting import edit_text, format_number, ui_language
from desktop.ui.widgets.vat_labels import vat_label

DESCRIPTION, QUANTITY, UNIT, PRICE, DISCOUNT, VAT, TOTAL = range(7)
NUMERIC = (QUANTITY, PRICE, DISCOUNT, TOTAL)
FIELD_OF = {
    DESCRIPTION: "description",
    QUANTITY: "quantity",
    UNIT: "unit",
    PRICE: "unit_price",
    DISCOUNT: "discount_pct",
    VAT: "vat_key",
}
COLUMN_OF = {field: column for column, field in FIELD_OF.items()} | {"total": PRICE}
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
        # per row: column -> (text, message, when): ``when`` orders the refusals, newest first
        self._raw: list[dict[int, tuple[str, str, int]]] = []
        self._refusals = itertools.count()
        self.read_only = False
        self.allow_negative = False
        self.vat_keys: tuple[str, ...] = ("21",)
        self.catalogue: dict[str, CatalogueItem] = {}

    # -- content -------------------------------------------------------------------------
    def set_lines(self, lines: list[LineForm]) -> None:
        """Show ``lines``; in a draft, a stored value the rules refuse (saved before they
        existed) is marked red at once, so it is fixed before the draft can be issued."""
        self.beginResetModel()
        self._lines = list(lines)
        self._raw = [{} for _ in self._lines]
        if not self.read_only:
            self._mark_stored_problems()
        self.endResetModel()
        self.problems_changed.emit()

    def _mark_stored_problems(self) -> None:
        for row, line in enumerate(self._lines):
            found = line_problems(line, self.vat_keys, allow_negative=self.allow_negative)
            for field, problem in found.items():
                column = COLUMN_OF[field]
                text = self._text(line, column, editing=True)
                self._refuse(row, column, text, cell_message(problem, text))
        together = None if any(self._raw) else lines_problem(self._lines)
        if together is not None and self._lines:
            text = self._text(self._lines[-1], PRICE, editing=True)
            self._refuse(len(self._lines) - 1, PRICE, text, cell_message(together, text))

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
        """Every refused cell as (row, column, message), the latest refusal first: the message
        under the table speaks of what was just typed."""
        found = [
            (when, r, c, msg)
            for r, cells in enumerate(self._raw)
            for c, (_t, msg, when) in cells.items()
        ]
        return [(r, c, msg) for _when, r, c, msg in sorted(found, reverse=True)]

    def _refuse(self, row: int, column: int, text: str, message: str) -> None:
        self._raw[row][column] = (text, message, next(self._refusals))

    def has_problems(self) -> bool:
        return any(self._raw)

    def cell_problem(self, row: int, column: int) -> str | None:
        entry = self._raw[row].get(column) if 0 <= row < len(self._raw) else None
        return entry[1] if entry else None

    # -- validation ----------------------------------------------------------------------
    def check(self, column: int, text: str, row: int | None = None) -> tuple[Any, str | None]:
        """Parse one cell's text: (value, None) or (None, translated message).

        With ``row``, also what the value would do to that line's total and the invoice's."""
        field = FIELD_OF[column]
        value, problem = read_field(field, text, self.vat_keys, allow_negative=self.allow_negative)
        totals_matter = column not in (DESCRIPTION, UNIT)
        if problem is None and totals_matter and row is not None and 0 <= row < len(self._lines):
            changed = with_value(self._lines[row], field, value)
            problem = change_problem(self._lines, row, changed)
        if problem is not None:
            return None, cell_message(problem, text)
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
        if column == TOTAL:
            try:
                value = line.amounts().amount
            except AmountLimitError:  # a stored line beyond the limits: its cell says why
                return "—"
        else:
            value = {QUANTITY: line.quantity, PRICE: line.unit_price}.get(column, line.discount_pct)
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
        parsed, message = self.check(column, text, row)
        had_problem = column in self._raw[row]
        if message is not None:
            self._refuse(row, column, text, message)
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
                self._fill_from(row, product)
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

    def _fill_from(self, row: int, product: CatalogueItem) -> None:
        """A catalogue product's unit, price and rate, unless they break a rule here."""
        line = self._lines[row]
        vat_key = product.vat_key if product.vat_key in self.vat_keys else line.vat_key
        filled = LineForm(
            line.description, line.quantity, product.unit, product.unit_price,
            line.discount_pct, vat_key, product.product_id,
        )  # fmt: skip
        if (
            value_problem("unit", filled.unit, self.vat_keys) is None
            and value_problem("unit_price", filled.unit_price, self.vat_keys) is None
            and change_problem(self._lines, row, filled) is None
        ):
            line.unit, line.unit_price, line.vat_key = filled.unit, filled.unit_price, vat_key
            line.product_id = product.product_id
