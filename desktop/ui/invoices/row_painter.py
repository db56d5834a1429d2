"""Paints the invoice list's visible rows in one pass, straight from the model's cached looks.

QTableView paints through a delegate per cell: seven ``data()`` calls into Python and two text
layouts for each cell, 6–12 ms for a screen of about a hundred cells, most of the 16 ms a
keystroke in the search field may take.  The model already keeps each row's texts, colour and
font (``InvoiceTableModel.look``), so this draws backgrounds, texts, grid and focus frame from
them (about 3 ms), the way QTableView and Fusion draw them.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyleOptionFocusRect, QTableView

from desktop.ui.invoices.table_model import InvoiceTableModel

_ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_WIDTHS_KEPT = 20_000  # distinct texts whose advance is remembered, per font
_Column = tuple[int, int, int, int]  # logical index, x, width, alignment


class RowPainter:
    def __init__(self, view: QTableView) -> None:
        self.view = view
        self._advances: dict[str, dict[str, int]] = {}  # font key → text → advance

    def paint(self, model: InvoiceTableModel, event: QPaintEvent) -> None:
        view = self.view
        area = event.rect()
        count = model.rowCount()
        first = view.rowAt(area.top())
        if count == 0 or first < 0:
            return  # the viewport has already filled itself with the base colour
        last = view.rowAt(area.bottom())
        last = count - 1 if last < 0 else last
        painter = QPainter(view.viewport())
        try:
            self._paint_rows(painter, model, first, last, area)
        finally:
            painter.end()

    def elided(self, text: str, width: int, metrics: QFontMetrics, key: str) -> str:
        """``text`` as it fits in ``width`` pixels, measured once per distinct text."""
        advances = self._advances.setdefault(key, {})
        advance = advances.get(text)
        if advance is None:
            if len(advances) > _WIDTHS_KEPT:
                advances.clear()
            advance = advances[text] = metrics.horizontalAdvance(text)
        if advance <= width:
            return text
        return metrics.elidedText(text, self.view.textElideMode(), width)

    # -- painting ------------------------------------------------------------------------
    def _columns(self, model: InvoiceTableModel, row: int, area: QRect) -> list[_Column]:
        """(logical column, x, width, alignment) of each visible column in ``area``."""
        header = self.view.horizontalHeader()
        columns = []
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            x, width = header.sectionViewportPosition(logical), header.sectionSize(logical)
            if header.isSectionHidden(logical) or x > area.right() or x + width < area.left():
                continue
            align = model.data(model.index(row, logical), Qt.ItemDataRole.TextAlignmentRole)
            columns.append((logical, x, width, int(align or _ALIGN_LEFT)))
        return columns

    def _group(self) -> QPalette.ColorGroup:
        if not self.view.isEnabled():
            return QPalette.ColorGroup.Disabled
        if self.view.isActiveWindow():
            return QPalette.ColorGroup.Active
        return QPalette.ColorGroup.Inactive

    def _paint_rows(
        self, painter: QPainter, model: InvoiceTableModel, first: int, last: int, area: QRect
    ) -> None:
        palette, group = self.view.palette(), self._group()
        alternate = palette.brush(group, QPalette.ColorRole.AlternateBase)
        highlight = palette.brush(group, QPalette.ColorRole.Highlight)
        highlighted_text = palette.color(group, QPalette.ColorRole.HighlightedText)
        text_colour = palette.color(group, QPalette.ColorRole.Text)
        columns = self._columns(model, first, area)
        style = self.view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1
        grid = 1 if self.view.showGrid() else 0
        selection = self.view.selectionModel()
        width = self.view.viewport().width()
        table_font = self.view.font()
        fonts: dict[int, tuple[QFont, QFontMetrics, str]] = {}
        plain = (table_font, QFontMetrics(table_font), table_font.key())
        for row in range(first, last + 1):
            y, height = self.view.rowViewportPosition(row), self.view.rowHeight(row)
            selected = selection.isRowSelected(row, QModelIndex())
            if selected:
                painter.fillRect(0, y, width, height, highlight)
            elif self.view.alternatingRowColors() and row % 2:
                painter.fillRect(0, y, width, height, alternate)
            texts, foreground, font = model.look(row)
            if font is None:
                current = plain
            else:
                current = fonts.get(id(font)) or fonts.setdefault(
                    id(font), _resolved(font, table_font)
                )
            painter.setFont(current[0])
            if selected:
                painter.setPen(highlighted_text)
            else:
                painter.setPen(text_colour if foreground is None else foreground.color())
            for logical, x, cell_width, align in columns:
                inner = cell_width - grid - 2 * margin
                text = self.elided(texts[logical], inner, current[1], current[2])
                painter.drawText(x + margin, y, inner, height - grid, align, text)
        bottom = self.view.rowViewportPosition(last) + self.view.rowHeight(last)
        if grid:
            self._paint_grid(painter, columns, area.top(), bottom)
        self._paint_focus(painter, first, last)

    def _paint_grid(self, painter: QPainter, columns: list[_Column], top: int, bottom: int) -> None:
        option = QStyleOptionFocusRect()
        option.initFrom(self.view)
        grid_colour = QStyle.StyleHint.SH_Table_GridLineColor
        hint = self.view.style().styleHint(grid_colour, option, self.view)
        painter.setPen(QPen(QColor.fromRgba(hint & 0xFFFFFFFF), 0, self.view.gridStyle()))
        right = max((x + w for _logical, x, w, _align in columns), default=0) - 1
        for _logical, x, w, _align in columns:
            painter.drawLine(x + w - 1, top, x + w - 1, bottom - 1)
        first, last = self.view.rowAt(top), self.view.rowAt(bottom - 1)
        for row in range(first, (last if last >= 0 else first) + 1):
            y = self.view.rowViewportPosition(row) + self.view.rowHeight(row) - 1
            painter.drawLine(0, y, right, y)

    def _paint_focus(self, painter: QPainter, first: int, last: int) -> None:
        current = self.view.currentIndex()
        if not (self.view.hasFocus() and current.isValid() and first <= current.row() <= last):
            return
        option = QStyleOptionFocusRect()
        option.initFrom(self.view)
        option.rect = self.view.visualRect(current).adjusted(0, 0, -1, -1)
        option.state |= QStyle.StateFlag.State_KeyboardFocusChange
        option.backgroundColor = self.view.palette().color(QPalette.ColorRole.Base)
        frame = QStyle.PrimitiveElement.PE_FrameFocusRect
        self.view.style().drawPrimitive(frame, option, painter, self.view)


def _resolved(font: QFont, table_font: QFont) -> tuple[QFont, QFontMetrics, str]:
    """A row's font (italic for drafts) on top of the table's font, as a delegate resolves it."""
    resolved = font.resolve(table_font)
    return resolved, QFontMetrics(resolved), resolved.key()
