"""The invoice list's table view; once start-up has finished it paints its rows itself.

Qt's per-cell painting costs most of a keystroke's frame at 100,000 invoices, so the rows are
painted by ``invoice_row_painter`` and the scroll bar by ``flat_scrollbar``.  Both need
QStyle's Python type, which takes ~15 ms to create: the first screen is painted by QTableView
itself, and ``paint_rows_itself`` switches over once start-up has finished.  Selection, keys,
scrolling, fetching and accessibility stay QTableView's own; right-to-left layouts and other
models keep QTableView's painting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QTableView

from desktop.ui.invoices.table_model import InvoiceTableModel

if TYPE_CHECKING:
    from desktop.ui.invoices.row_painter import RowPainter


class InvoiceTableView(QTableView):
    row_painter: RowPainter | None = None

    def paint_rows_itself(self) -> None:
        if self.row_painter is not None:
            return
        from desktop.ui.invoices.row_painter import RowPainter
        from desktop.ui.widgets.flat_scrollbar import flat_scroll_bar_style

        self.row_painter = RowPainter(self)
        style = flat_scroll_bar_style()
        self.verticalScrollBar().setStyle(style)
        self.horizontalScrollBar().setStyle(style)
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        model = self.model()
        painter = None if self.isRightToLeft() else self.row_painter
        if painter is not None and isinstance(model, InvoiceTableModel):
            painter.paint(model, event)
        else:
            super().paintEvent(event)
