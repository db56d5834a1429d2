"""The invoice list's table view, which paints its visible rows itself in one pass.

QTableView paints through a delegate per cell: seven ``data()`` calls into Python and two text
layouts for each cell, 6–12 ms for a screen of about a hundred cells, most of the 16 ms a
keystroke in the search field may take.  The model already keeps each row's texts, colour and
font (``InvoiceTableModel.look``), so this view draws backgrounds, texts, grid and focus frame
straight from them (about 3 ms).  Selection, keys, scrolling, fetching and accessibility stay
QTableView's own; right-to-left layouts and other models get QTableView's painting.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyleOptionFocusRect, QTableView, QWidget

from desktop.ui.flat_scrollbar import flat_scroll_bar_style
from desktop.ui.invoice_table_model import InvoiceTableModel

_ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_WIDTHS_KEPT = 20_000  # distinct texts whose advance is remembered, per font
_Column = tuple[int, int, int, int]  # logical index, x, width, alignment


class InvoiceTableView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._advances: dict[str, dict[str, int]] = {}  # font key → text → advance
        style = flat_scroll_bar_style()
        self.verticalScrollBar().setStyle(style)
        self.horizontalScrollBar().setStyle(style)

    def paintEvent(self, event: QPaintEvent) -> None:
        model = self.model()
        if not isinstance(model, InvoiceTableModel) or self.isRightToLeft():
            super().paintEvent(event)
            return
        area = event.rect()
        count = model.rowCount()
        first = self.rowAt(area.top())
        if count == 0 or first < 0:
            return  # the viewport has already filled itself with the base colour
        last = self.rowAt(area.bottom())
        last = count - 1 if last < 0 else last
        painter = QPainter(self.viewport())
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
        return metrics.elidedText(text, self.textElideMode(), width)

    # -- painting ------------------------------------------------------------------------
    def _columns(self, model: InvoiceTableModel, row: int, area: QRect) -> list[_Column]:
        """(logical column, x, width, alignment) of each visible column in ``area``."""
        header = self.horizontalHeader()
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
        if not self.isEnabled():
            return QPalette.ColorGroup.Disabled
        if self.isActiveWindow():
            return QPalette.ColorGroup.Active
        return QPalette.ColorGroup.Inactive

    def _paint_rows(
        self, painter: QPainter, model: InvoiceTableModel, first: int, last: int, area: QRect
    ) -> None:
        palette, group = self.palette(), self._group()
        alternate = palette.brush(group, QPalette.ColorRole.AlternateBase)
        highlight = palette.brush(group, QPalette.ColorRole.Highlight)
        highlighted_text = palette.color(group, QPalette.ColorRole.HighlightedText)
        text_colour = palette.color(group, QPalette.ColorRole.Text)
        columns = self._columns(model, first, area)
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        grid = 1 if self.showGrid() else 0
        selection = self.selectionModel()
        width = self.viewport().width()
        table_font = self.font()
        fonts: dict[int, tuple[QFont, QFontMetrics, str]] = {}
        plain = (table_font, QFontMetrics(table_font), table_font.key())
        for row in range(first, last + 1):
            y, height = self.rowViewportPosition(row), self.rowHeight(row)
            selected = selection.isRowSelected(row, QModelIndex())
            if selected:
                painter.fillRect(0, y, width, height, highlight)
            elif self.alternatingRowColors() and row % 2:
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
        bottom = self.rowViewportPosition(last) + self.rowHeight(last)
        if grid:
            self._paint_grid(painter, columns, area.top(), bottom)
        self._paint_focus(painter, first, last)

    def _paint_grid(self, painter: QPainter, columns: list[_Column], top: int, bottom: int) -> None:
        option = QStyleOptionFocusRect()
        option.initFrom(self)
        hint = self.style().styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, self)
        painter.setPen(QPen(QColor.fromRgba(hint & 0xFFFFFFFF), 0, self.gridStyle()))
        right = max((x + w for _logical, x, w, _align in columns), default=0) - 1
        for _logical, x, w, _align in columns:
            painter.drawLine(x + w - 1, top, x + w - 1, bottom - 1)
        first, last = self.rowAt(top), self.rowAt(bottom - 1)
        for row in range(first, (last if last >= 0 else first) + 1):
            y = self.rowViewportPosition(row) + self.rowHeight(row) - 1
            painter.drawLine(0, y, right, y)

    def _paint_focus(self, painter: QPainter, first: int, last: int) -> None:
        current = self.currentIndex()
        if not (self.hasFocus() and current.isValid() and first <= current.row() <= last):
            return
        option = QStyleOptionFocusRect()
        option.initFrom(self)
        option.rect = self.visualRect(current).adjusted(0, 0, -1, -1)
        option.state |= QStyle.StateFlag.State_KeyboardFocusChange
        option.backgroundColor = self.palette().color(QPalette.ColorRole.Base)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self)


def _resolved(font: QFont, table_font: QFont) -> tuple[QFont, QFontMetrics, str]:
    """A row's font (italic for drafts) on top of the table's font, as a delegate resolves it."""
    resolved = font.resolve(table_font)
    return resolved, QFontMetrics(resolved), resolved.key()
