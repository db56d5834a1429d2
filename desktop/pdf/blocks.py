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
