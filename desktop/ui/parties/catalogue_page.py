"""The shared shape of the Clients and Products pages: search, table, add/edit/archive."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.context import AppContext
from desktop.ui.parties.record_table_model import RecordTableModel
from desktop.ui.widgets.icons import icon

# A column sized to its contents grows no wider than this, so the name column keeps room.
MAX_FITTED_WIDTH = 280


class CataloguePage(QWidget):
    """Subclasses set ``prefix``/``singular`` and implement load, open_editor, set_archived.

    The first column takes the width left over; the others fit their header in the current
    language (Lithuanian, Czech and pseudo headers are longer) and their contents, at least
    ``min_widths`` wide.
    """

    prefix = "items"
    singular = "item"
    min_widths: dict[int, int] = {}

    def __init__(self, context: AppContext, model: RecordTableModel[Any], parent: Any = None):
        super().__init__(parent)
        self.context = context
        self.model = model
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.search = QLineEdit(objectName=f"{self.prefix}_search")
        self.search.setClearButtonEnabled(True)
        self.show_archived = QCheckBox(objectName=f"{self.prefix}_show_archived")
        self.table = QTableView(objectName=f"{self.prefix}_table")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(objectName=f"{self.singular}_add")
        self.add_button.setIcon(icon("add-line"))
        self.edit_button = QPushButton(objectName=f"{self.singular}_edit")
        self.archive_button = QPushButton(objectName=f"{self.singular}_archive")
        self.empty = QLabel(objectName=f"{self.prefix}_empty")
        self.empty.setStyleSheet("color: #5f6b7a; padding: 12px;")

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_archived)
        bar.addSpacing(12)
        for button in (self.add_button, self.edit_button, self.archive_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

        self.search.textChanged.connect(self._filter)
        self.show_archived.toggled.connect(self.reload)
        self.add_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(self._edit_selected)
        self.archive_button.clicked.connect(self._archive_selected)
        self.table.doubleClicked.connect(lambda index: self._edit_row(index))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_buttons()

    def reload(self) -> None:
        self.model.set_rows(self.load(self.show_archived.isChecked()))
        self.fit_columns(shrink=False)
        self._update_buttons()

    def fit_columns(self, *, shrink: bool) -> None:
        """Size the columns after the first; ``shrink=False`` keeps a wider one (the user
        may have widened it) and only grows those that became too narrow."""
        header = self.table.horizontalHeader()
        for column in range(1, self.model.columnCount()):
            contents = min(self.table.sizeHintForColumn(column), MAX_FITTED_WIDTH)
            wanted = max(self.min_widths.get(column, 0), header.sectionSizeHint(column), contents)
            if shrink or wanted > header.sectionSize(column):
                header.resizeSection(column, wanted)

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _edit_row(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_editor(row.id)

    def _edit_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_editor(row.id)

    def _archive_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.set_archived(row.id, not row.archived)
            self.reload()

    def _update_buttons(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.archive_button.setEnabled(row is not None)
        if row is not None and row.archived:
            self.archive_button.setText(self.tr("Restore"))
        else:
            self.archive_button.setText(self.tr("Archive"))
        self.empty.setVisible(self.model.rowCount() == 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("Edit…"))
        self.show_archived.setText(self.tr("Show archived"))
        self.model.retranslate()
        self.fit_columns(shrink=True)
        self._update_buttons()

    # -- for subclasses ------------------------------------------------------------------
    def load(self, include_archived: bool) -> list[Any]:
        raise NotImplementedError

    def open_editor(self, record_id: int | None) -> None:
        raise NotImplementedError

    def set_archived(self, record_id: int, archived: bool) -> None:
        raise NotImplementedError
