"""The invoice list: search field, status filter, table, empty state, selection totals."""

from __future__ import annotations

import logging
from decimal import Decimal

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import StorageError
from desktop.core.listing import OVERDUE
from desktop.ui.context import AppContext
from desktop.ui.invoices.table_model import InvoiceTableModel
from desktop.ui.invoices.table_view import InvoiceTableView
from desktop.ui.widgets.formatting import format_money

log = logging.getLogger(__name__)

STATUS_FILTERS = ("", "draft", "issued", "sent", "paid", OVERDUE, "cancelled")


class InvoiceListPage(QWidget):
    open_invoice = Signal(int)
    new_invoice = Signal()
    edit_company = Signal()
    invoice_action = Signal(
        str, int
    )  # ("duplicate" | "credit_note" | "paid" | "cancel" | "pdf", id)
    export_pdfs = Signal(list)  # several selected invoices' ids, exported as one job
    export_isdocs = Signal(list)  # ids to export as ISDOC (one, or a selection as one job)
    selection_total = Signal(str)
    selection_changed = Signal()  # the window enables the actions that apply

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.search = QLineEdit(objectName="invoice_search")
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(objectName="invoice_status_filter")
        for value in STATUS_FILTERS:
            self.status_filter.addItem("", value)
        self.model = InvoiceTableModel(context, self)
        self.table = InvoiceTableView()
        self.table.setObjectName("invoice_table")
        self.table.setModel(self.model)
        # Indicator first: enabling sorting sorts by it, and newest-first is the fast path.
        self.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # Cosmetic OpenType shaping (kerning, ligatures) costs a third of each repaint and
        # a list of names, dates and amounts doesn't need it; Qt still shapes scripts that do.
        font = QFont(self.table.font())
        font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        self.table.setFont(font)
        # A scroll bar that comes and goes with the match count re-lays out and repaints the
        # whole page on a keystroke; always shown, a new search repaints only the rows.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.resizeSection(0, 150)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.empty_title = QLabel(objectName="empty_state_title")
        self.empty_text = QLabel(objectName="empty_state_text")
        self.empty_text.setWordWrap(True)
        self.empty_company = QPushButton(objectName="empty_state_company")
        self.empty_invoice = QPushButton(objectName="empty_state_new_invoice")
        empty = QWidget(objectName="empty_state")
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        for widget in (self.empty_title, self.empty_text, self.empty_company, self.empty_invoice):
            empty_layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.empty_title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.empty_text.setFixedWidth(520)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(empty)

        bar = QHBoxLayout()
        self.search_label = QLabel()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.search_label)
        bar.addWidget(self.status_filter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._on_search_typed)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.activated.connect(self._on_double_click)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.modelReset.connect(self.selection_changed)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.empty_company.clicked.connect(self.edit_company)
        self.empty_invoice.clicked.connect(self.new_invoice)
        # A change refreshes at once; more changes in the same pass of the event loop (the
        # mailer reports every invoice it sent) refresh once more when the pass ends.
        self._refresh_soon = QTimer(self, singleShot=True, interval=0)
        self._refresh_soon.timeout.connect(self.refresh)
        self._this_pass = QTimer(self, singleShot=True, interval=0)
        # One invoice changed: its row is updated in place when that cannot move it; the
        # ids arriving later in the same pass are updated together when the pass ends.
        self._changed_ids: set[int] = set()
        self._update_soon = QTimer(self, singleShot=True, interval=0)
        self._update_soon.timeout.connect(self._update_changed)
        context.events.invoices_changed.connect(self._changed)
        context.events.invoice_changed.connect(self._invoice_changed)
        context.events.company_changed.connect(self.update_empty_state)
        self._has_company: bool | None = None
        self.retranslate()
        self.update_empty_state()

    # -- behaviour -----------------------------------------------------------------------
    def _on_search_typed(self, _text: str) -> None:
        # Typing stays instant: the query runs once typing pauses for a moment.
        self._debounce.start()

    def _apply_filter(self) -> None:
        self._debounce.stop()
        # The empty state depends on whether any invoice exists, not on the filter.
        self.model.set_filter(self.search.text(), self.status_filter.currentData() or "")

    def apply_filter_now(self) -> None:
        """Used by tests and benchmarks: skip the typing debounce."""
        self._apply_filter()

    def _invoice_changed(self, invoice_id: int) -> None:
        self._changed_ids.add(invoice_id)
        if self._this_pass.isActive():
            self._update_soon.start()
        else:
            self._update_changed()

    def _update_changed(self) -> None:
        ids, self._changed_ids = self._changed_ids, set()
        if self._refresh_soon.isActive() or not ids:
            return  # a reload is due this pass anyway
        self._this_pass.start()
        if not self.model.update_rows(ids):
            self.refresh()

    def _changed(self) -> None:
        if self._this_pass.isActive():
            self._refresh_soon.start()
        else:
            self.refresh()

    def refresh(self) -> None:
        """Read the list again (a change here, or a colleague's in team mode), keeping the
        rows loaded so far, the selection (by invoice) and the scroll position."""
        self._refresh_soon.stop()
        self._this_pass.start()
        chosen = set(self.selected_ids())
        scroll = self.table.verticalScrollBar().value()
        loaded = self.model.rowCount()
        self.model.reload()
        while self.model.rowCount() < loaded and self.model.canFetchMore():
            self.model.fetchMore()
        if chosen:
            self._select_ids(chosen)
        self.table.verticalScrollBar().setValue(scroll)
        # Rows on screen answer "is there any invoice"; the company changes only with its
        # own signal, which re-reads it.
        self._show_empty_state(self._has_company, self.model.rowCount() > 0 or None)

    def _select_ids(self, chosen: set[int]) -> None:
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for number in range(self.model.rowCount()):
            row = self.model.row_at(number)
            if row is not None and row.id in chosen:
                selection.select(self.model.index(number, 0), self.model.index(number, last))
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)

    def update_empty_state(self) -> None:
        self._show_empty_state(None, None)

    def _show_empty_state(self, has_company: bool | None, any_invoice: bool | None) -> None:
        listing = self._context.services.invoice_list  # sqlite3 until SQLAlchemy has loaded
        try:
            if has_company is None:
                has_company = listing.company_is_set_up()
            if any_invoice is None:
                any_invoice = listing.has_any_invoice()
        except StorageError as exc:  # the list said why when it read; the page stays as it is
            log.info("The invoice list's empty state not read: %s", exc.problem)
            return
        self._has_company = has_company
        self.stack.setCurrentIndex(0 if any_invoice else 1)
        self.empty_company.setVisible(not has_company)
        self.empty_invoice.setDefault(has_company)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [r.id for r in (self.model.row_at(n) for n in rows) if r is not None]

    def _on_double_click(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_invoice.emit(row.id)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        billed, drafts, billed_count, draft_count = self.model.totals_of(rows)
        self.selection_changed.emit()
        if len(rows) < 2 or not (billed or drafts):
            self.selection_total.emit("")
            return

        def amounts(sums: dict[str, Decimal]) -> str:
            return " + ".join(format_money(v, c) for c, v in sorted(sums.items()))

        # Issued and drafts apart: a draft is not billed, so it is never added to the total.
        parts = []
        if billed:
            text = self.tr("%n issued invoice(s): %1", "", billed_count)
            parts.append(text.replace("%1", amounts(billed)))
        if drafts:
            text = self.tr("%n draft(s), not counted: %1", "", draft_count)
            parts.append(text.replace("%1", amounts(drafts)))
        self.selection_total.emit(self.tr("Selected: %1").replace("%1", " · ".join(parts)))

    def _context_menu(self, pos: object) -> None:
        index = self.table.indexAt(pos)  # type: ignore[arg-type]
        row = self.model.row_at(index.row())
        if row is None:
            return
        menu = QMenu(self)
        menu.setObjectName("invoice_list_menu")
        menu.addAction(self.tr("Open"), lambda: self.open_invoice.emit(row.id))
        selected = self.selected_ids()
        if len(selected) > 1 and row.id in selected:  # the menu acts on the whole selection
            export = menu.addAction(
                self.tr("Export %n invoices as PDF", "", len(selected)),
                lambda: self.export_pdfs.emit(selected),
            )
        else:
            export = menu.addAction(
                self.tr("Export PDF"), lambda: self.invoice_action.emit("pdf", row.id)
            )
        export.setObjectName("invoice_list_export_pdf")
        ids = selected if len(selected) > 1 and row.id in selected else [row.id]
        isdoc_text = (
            self.tr("Export %n invoices as ISDOC", "", len(ids))
            if len(ids) > 1
            else self.tr("Export ISDOC")
        )
        isdoc = menu.addAction(isdoc_text, lambda: self.export_isdocs.emit(ids))
        isdoc.setObjectName("invoice_list_export_isdoc")
        isdoc.setEnabled(len(ids) > 1 or row.status != "draft")
        menu.addAction(
            self.tr("Duplicate as new draft"), lambda: self.invoice_action.emit("duplicate", row.id)
        )
        if row.status in ("issued", "sent", "paid") and row.kind == "invoice":
            menu.addAction(
                self.tr("Create credit note"),
                lambda: self.invoice_action.emit("credit_note", row.id),
            )
        if row.status in ("issued", "sent"):
            menu.addAction(
                self.tr("Mark as paid"), lambda: self.invoice_action.emit("paid", row.id)
            )
        if row.status != "cancelled":
            menu.addAction(
                self.tr("Cancel invoice"), lambda: self.invoice_action.emit("cancel", row.id)
            )
        menu.exec(self.table.viewport().mapToGlobal(pos))  # type: ignore[arg-type]

    # -- texts ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by number, client, amount or status"))
        labels = [
            self.tr("All invoices"),
            self.tr("Drafts"),
            self.tr("Issued"),
            self.tr("Sent"),
            self.tr("Paid"),
            self.tr("Overdue"),
            self.tr("Cancelled"),
        ]
        for i, label in enumerate(labels):
            self.status_filter.setItemText(i, label)
        self.empty_title.setText(self.tr("Welcome to Faktura"))
        self.empty_text.setText(
            self.tr(
                "Your invoices stay on this computer and work without a network. "
                "Start by filling in your company profile, then create your first invoice."
            )
        )
        self.empty_company.setText(self.tr("Fill in company profile"))
        self.empty_invoice.setText(self.tr("Create first invoice"))
        self.model.refresh_texts()
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
