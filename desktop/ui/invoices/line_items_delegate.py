"""Cell editors for the line table, and the table view's keyboard behaviour and column widths.

Number cells validate while the user types and say what is wrong right away (through
``message``); whatever was typed is committed as is, so the model can keep and mark it.
A cell still being typed into is not in the model yet, so autosave asks ``open_value`` for
it and ``typing`` tells it to save soon: a crash never takes text the user sees.
The VAT cell is a combo of the seller's presets; the description completes from the catalogue.
A cell too narrow for its text shows the whole text as its tooltip.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QHelpEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from desktop.core.forms import LineForm
from desktop.ui.invoices.line_items_model import (
    DESCRIPTION,
    DISCOUNT,
    NUMERIC,
    PRICE,
    QUANTITY,
    UNIT,
    VAT,
    LineItemsModel,
)
from desktop.ui.widgets.vat_labels import vat_label

_Index = QModelIndex | QPersistentModelIndex
TEXT_COLUMNS = (UNIT, VAT)  # may be cut short; numbers never are
_FIELDS = {
    DESCRIPTION: "description",
    QUANTITY: "quantity",
    UNIT: "unit",
    PRICE: "unit_price",
    DISCOUNT: "discount_pct",
    VAT: "vat_key",
}


def with_open_cell(
    model: LineItemsModel, open_value: tuple[int, int, str] | None
) -> list[LineForm]:
    """The model's lines with the open cell's text in place, when the model would accept it.

    The model itself learns the text only when the cell is confirmed (and fills a catalogue
    product in then); the lines returned are copies, so saving changes nothing on screen.
    """
    lines = model.lines()
    if open_value is None:
        return lines
    row, column, text = open_value
    value, problem = model.check(column, text)
    if problem is None and column in _FIELDS and 0 <= row < len(lines):
        lines[row] = replace(lines[row], **{_FIELDS[column]: value})
    return lines


class LineItemsDelegate(QStyledItemDelegate):
    message = Signal(str)  # live feedback while typing; "" clears it
    typing = Signal()  # the open cell's text changed (not committed yet)

    def __init__(self, model: LineItemsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._open: tuple[QPersistentModelIndex, QWidget] | None = None

    def open_value(self) -> tuple[int, int, str] | None:
        """(row, column, text) of the cell being edited, as typed; None when none is open."""
        if self._open is None or not self._open[0].isValid():
            return None
        index, editor = self._open
        if isinstance(editor, QComboBox):
            text = str(editor.currentData())
        elif isinstance(editor, QLineEdit):
            text = editor.text()
        else:
            return None
        return index.row(), index.column(), text

    def destroyEditor(self, editor: QWidget, index: _Index) -> None:
        if self._open is not None and self._open[1] is editor:
            self._open = None
        super().destroyEditor(editor, index)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        widget = self._create(parent, index)
        self._open = (QPersistentModelIndex(index), widget)
        return widget

    def _create(self, parent: QWidget, index: _Index) -> QWidget:
        column = index.column()
        if column == VAT:
            combo = QComboBox(parent)
            combo.setObjectName("invoice_line_vat_editor")
            for key in self._model.vat_keys:
                combo.addItem(vat_label(key), key)
            combo.activated.connect(self.typing)
            return combo
        editor = QLineEdit(parent)
        editor.setObjectName("invoice_line_editor")
        if column in NUMERIC:
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == DESCRIPTION and self._model.catalogue:
            names = sorted(item.name for item in self._model.catalogue.values())
            completer = QCompleter(names, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            editor.setCompleter(completer)
            completer.activated.connect(self.typing)
        row = index.row()
        editor.textEdited.connect(
            lambda text, c=column, e=editor, r=row: self._live_check(c, text, e, r)
        )
        editor.textEdited.connect(self.typing)
        return editor

    def _live_check(self, column: int, text: str, editor: QLineEdit, row: int) -> None:
        """The same check the model makes on commit, totals included (``check`` with ``row``)."""
        _value, problem = self._model.check(column, text, row)
        editor.setStyleSheet("border: 1px solid #b3261e;" if problem else "")
        editor.setToolTip(problem or "")
        self.message.emit(problem or "")

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            position = editor.findData(value)
            editor.setCurrentIndex(max(position, 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())
        self.message.emit("")

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> None:
        editor.setGeometry(option.rect)  # type: ignore[attr-defined]

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: _Index,
    ) -> bool:
        """A cut-short cell (``…``) shows its whole text; a cell's own tooltip comes first."""
        rect = option.rect  # type: ignore[attr-defined]
        unbounded = QStyleOptionViewItem(option)
        unbounded.rect = QRect()  # type: ignore[attr-defined]  # else the hint wraps to the cell
        if (
            event.type() == QEvent.Type.ToolTip
            and not index.data(Qt.ItemDataRole.ToolTipRole)
            and self.sizeHint(unbounded, index).width() > rect.width()
        ):
            QToolTip.showText(event.globalPos(), str(index.data()), view, rect)
            return True
        return super().helpEvent(event, view, option, index)


class LineItemsView(QTableView):
    """Tab walks the cells; Enter on a filled last row or Insert appends a line.

    The header sizes every column but Description to its heading and values by asking
    ``sizeHintForColumn``; a text column (unit, VAT rate) asks for at most half the room the
    other columns leave, so Description, stretched into the rest, stays the widest. A longer
    text, such as "no VAT (not a payer)" in Lithuanian, is cut short with "…"; numbers never are.

    The share is measured on the table's own viewport, less a vertical scroll bar that may
    still appear, and measured again whenever the viewport's width changes: a share computed
    for a wider viewport once left Description narrower than the VAT column with some fonts.
    """

    add_line_requested = Signal()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Every column's width from its contents, worked out once per change of the lines:
        # the header asks each column on every edit, and each text column asks all the
        # others again (about 35,000 cell look-ups per committed cell with 30 lines).
        self._content_widths: dict[int, int] = {}

    def setModel(self, model: QAbstractItemModel | None) -> None:
        # Connected before the view's own connections, so the header never sees old widths.
        if model is not None:
            for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved,
                           model.rowsMoved, model.modelReset, model.layoutChanged):  # fmt: skip
                signal.connect(self._content_widths.clear)
        self._content_widths.clear()
        super().setModel(model)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange,
                            QEvent.Type.StyleChange):  # fmt: skip
            self._content_widths.clear()  # the same lines, written or drawn differently
        super().changeEvent(event)

    def _content_width(self, column: int) -> int:
        width = self._content_widths.get(column)
        if width is None:
            width = self._content_widths[column] = super().sizeHintForColumn(column)
        return width

    def sizeHintForColumn(self, column: int) -> int:
        hint = self._content_width(column)
        if column not in TEXT_COLUMNS:
            return hint
        header = self.horizontalHeader()
        fitted = 0  # the most the other columns but Description can take
        for other in range(header.count()):
            if other not in (column, DESCRIPTION) and not header.isSectionHidden(other):
                fitted += max(
                    header.sectionSizeHint(other),
                    header.minimumSectionSize(),
                    self._content_width(other),
                )
        room = self.viewport().width() - self.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent, None, self
        )
        return max(0, min(hint, (room - fitted) // 2))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.horizontalHeader().resizeSections()  # the text columns' share follows the width

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        key = event.key()
        if not isinstance(model, LineItemsModel):
            super().keyPressEvent(event)
            return
        editable = not model.read_only
        if editable and key == Qt.Key.Key_Insert:
            self.add_line_requested.emit()
            return
        if (
            editable
            and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            current = self.currentIndex()
            last = model.rowCount() - 1
            if current.row() == last and (last < 0 or model.line(last).description.strip()):
                self.add_line_requested.emit()
                return
        super().keyPressEvent(event)
