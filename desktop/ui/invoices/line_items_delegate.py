"""Cell editors for the line table, and the table view's keyboard behaviour.

Number cells validate while the user types and say what is wrong right away (through
``message``); whatever was typed is committed as is, so the model can keep and mark it.
The VAT cell is a combo of the seller's presets; the description completes from the catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.ui.invoices.line_items_model import DESCRIPTION, NUMERIC, VAT, LineItemsModel
from desktop.ui.widgets.vat_labels import vat_label

_Index = QModelIndex | QPersistentModelIndex


class LineItemsDelegate(QStyledItemDelegate):
    message = Signal(str)  # live feedback while typing; "" clears it

    def __init__(self, model: LineItemsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        column = index.column()
        if column == VAT:
            combo = QComboBox(parent)
            combo.setObjectName("invoice_line_vat_editor")
            for key in self._model.vat_keys:
                combo.addItem(vat_label(key), key)
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
        editor.textEdited.connect(lambda text, c=column, e=editor: self._live_check(c, text, e))
        return editor

    def _live_check(self, column: int, text: str, editor: QLineEdit) -> None:
        _value, problem = self._model.check(column, text)
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


class LineItemsView(QTableView):
    """Tab walks the cells; Enter on a filled last row or Insert appends a line."""

    add_line_requested = Signal()

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
