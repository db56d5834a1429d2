"""Stacked lines of plain text drawn straight onto the canvas: the cheap alternative to
Paragraphs and nested tables.

Party blocks and the title need no markup and never split across pages, and they are most of
the text on a one-page invoice; drawing them like a bare canvas does keeps the whole page close
to the cost of a bare canvas (benchmarks/pdf_bench.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.pdf import styles as st


@dataclass(frozen=True)
class TextLine:
    text: str
    font: str = st.REGULAR
    size: float = 9
    color: Any = st.INK
    gap_before: float = 0.0  # extra space above, in points
    centred: bool = False


LEADING = 1.32  # line height as a multiple of the font size


def text_block(lines: list[TextLine], width: float) -> Any:
    """A flowable that wraps each ``TextLine`` to ``width`` and draws it in its own font."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.platypus import Flowable

    # (font, size, color, baseline offset from the top) per printed line, computed once.
    placed: list[tuple[TextLine, str, float]] = []
    y = 0.0
    for line in lines:
        y += line.gap_before
        for part in line.text.splitlines() or [""]:
            for text in simpleSplit(part, line.font, line.size, width) or [""]:
                placed.append((line, text, y + line.size))
                y += line.size * LEADING
    height = y

    class _TextBlock(Flowable):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.width, self.height = width, height

        def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
            return width, height

        def draw(self) -> None:
            canvas = self.canv
            for line, text, baseline in placed:
                canvas.setFont(line.font, line.size)
                canvas.setFillColor(line.color)
                if line.centred:
                    canvas.drawCentredString(width / 2, height - baseline, text)
                else:
                    canvas.drawString(0, height - baseline, text)

    return _TextBlock()


def key_values(rows: list[tuple[str, str]], label_width: float, value_width: float) -> Any:
    """Label / value pairs (muted label, bold value), each side wrapped to its column."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.platypus import Flowable

    size = 8.6
    leading = size * LEADING
    placed: list[tuple[str, Any, float, float, str]] = []  # font, colour, x, baseline, text
    y = 0.0
    for label, value in rows:
        label_lines = simpleSplit(label, st.REGULAR, size, label_width - 4) or [""]
        value_lines = simpleSplit(value, st.BOLD, size, value_width) or [""]
        for i, text in enumerate(label_lines):
            placed.append((st.REGULAR, st.MUTED, 0.0, y + size + i * leading, text))
        for i, text in enumerate(value_lines):
            placed.append((st.BOLD, st.INK, label_width, y + size + i * leading, text))
        y += max(len(label_lines), len(value_lines)) * leading + 2.5
    height = y
    width = label_width + value_width

    class _KeyValues(Flowable):  # type: ignore[misc]
        def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
            return width, height

        def draw(self) -> None:
            canvas = self.canv
            for font, color, x, baseline, text in placed:
                canvas.setFont(font, size)
                canvas.setFillColor(color)
                canvas.drawString(x, height - baseline, text)

    block = _KeyValues()
    block.width, block.height = width, height
    return block


def stack(children: list[Any], width: float) -> Any:
    """Flowables one under another in a fixed width (none of them may split)."""
    from reportlab.platypus import Flowable

    class _Stack(Flowable):  # type: ignore[misc]
        def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
            self.sizes = [child.wrap(width, 10_000) for child in children]
            self.width, self.height = width, sum(h for _, h in self.sizes)
            return self.width, self.height

        def draw(self) -> None:
            y = self.height
            for child, (_, h) in zip(children, self.sizes, strict=True):
                y -= h
                child.drawOn(self.canv, 0, y)

    return _Stack()


def columns(
    cells: list[tuple[Any, float, float]],
    *,
    align_bottom: bool = False,
    rules: tuple[Any, float] | None = None,
    rule_gap: float = 0.0,
) -> Any:
    """Flowables side by side: ``(flowable, x, width)`` each, as tall as the tallest.

    ``rules`` = (colour, line width) draws a rule above each cell, ``rule_gap`` below it.
    """
    from reportlab.platypus import Flowable

    class _Columns(Flowable):  # type: ignore[misc]
        def wrap(self, avail_width: float, _avail_height: float) -> tuple[float, float]:
            self.sizes = [cell.wrap(width, 10_000) for cell, _, width in cells]
            self.width = avail_width
            self.height = max(h for _, h in self.sizes) + rule_gap
            return self.width, self.height

        def draw(self) -> None:
            canvas = self.canv
            body = self.height - rule_gap
            for (cell, x, width), (_, h) in zip(cells, self.sizes, strict=True):
                cell.drawOn(canvas, x, 0 if align_bottom else body - h)
                if rules is not None:
                    canvas.setStrokeColor(rules[0])
                    canvas.setLineWidth(rules[1])
                    canvas.line(x, self.height, x + width, self.height)

    return _Columns()


@dataclass(frozen=True)
class GridRow:
    """One row of a :func:`grid`: the first cell left-aligned, the others right-aligned.

    A row with a single cell spans the whole width (a caption).  ``sizes`` overrides the
    font size per cell (the total band sets a bigger amount than its label).
    """

    cells: tuple[str, ...]
    font: str = st.REGULAR
    size: float = 8.6
    color: Any = st.INK
    sizes: tuple[float, ...] = ()
    rule_above: tuple[Any, float] | None = None
    rule_below: tuple[Any, float] | None = None
    background: Any = None
    pad: float = 3.2
    bottom_aligned: bool = False  # headers: wrapped labels line up on their last line


def grid(rows: list[GridRow], widths: list[float], *, pad_x: float = 5) -> Any:
    """A small fixed table (VAT summary, total to pay) drawn directly, right-aligned numbers."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.platypus import Flowable

    total_width = sum(widths)
    # Per row: height, then (size, x, anchor, line index, line count, text) per printed line.
    laid: list[tuple[GridRow, float, list[tuple[float, float, str, int, int, str]]]] = []
    for row in rows:
        spans = [total_width] if len(row.cells) == 1 else widths
        items: list[tuple[float, float, str, int, int, str]] = []
        tallest = 0.0
        for index, (text, width) in enumerate(zip(row.cells, spans, strict=False)):
            size = row.sizes[index] if row.sizes else row.size
            lines = simpleSplit(text, row.font, size, width - 2 * pad_x) or [""]
            right = index > 0
            x = sum(spans[:index]) + (width - pad_x if right else pad_x)
            for n, line in enumerate(lines):
                items.append((size, x, "r" if right else "l", n, len(lines), line))
            tallest = max(tallest, size * (1 + (len(lines) - 1) * LEADING) + size * 0.28)
        laid.append((row, tallest + 2 * row.pad, items))
    height = sum(h for _, h, _ in laid)

    class _Grid(Flowable):  # type: ignore[misc]
        def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
            return total_width, height

        def draw(self) -> None:
            canvas = self.canv
            top = height
            for row, row_height, items in laid:
                bottom = top - row_height
                if row.background is not None:
                    canvas.setFillColor(row.background)
                    canvas.rect(0, bottom, total_width, row_height, stroke=0, fill=1)
                # Baselines hang from the row's top (or sit on its bottom for headers); a
                # bigger neighbour (the total's amount) centres a smaller label against it.
                biggest = max(item[0] for item in items)
                canvas.setFillColor(row.color)
                for size, x, anchor, n, count, text in items:
                    canvas.setFont(row.font, size)
                    leading = size * LEADING
                    if row.bottom_aligned:
                        y = bottom + row.pad + size * 0.28 + (count - 1 - n) * leading
                    else:
                        y = top - row.pad - size - n * leading - (biggest - size) * 0.5
                    if anchor == "r":
                        canvas.drawRightString(x, y, text)
                    else:
                        canvas.drawString(x, y, text)
                for rule, y in ((row.rule_above, top), (row.rule_below, bottom)):
                    if rule is not None:
                        canvas.setStrokeColor(rule[0])
                        canvas.setLineWidth(rule[1])
                        canvas.line(0, y, total_width, y)
                top = bottom

    block = _Grid()
    block.hAlign = "RIGHT"
    return block
