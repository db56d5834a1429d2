"""Stacked lines of plain text drawn straight onto the canvas: the cheap alternative to
Paragraphs and nested tables.

Party blocks and the title need no markup and never split across pages, and they are most of
the text on a one-page invoice; drawing them like a bare canvas does keeps the whole page close
to the cost of a bare canvas (benchmarks/pdf_bench.py).  Every position is worked out when a
block is built, so drawing only writes PDF operators.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from desktop.pdf import styles as st

# One string on a block: font, size, colour, x, baseline y (from the block's bottom), text.
Placed = tuple[str, float, Any, float, float, str]

LEADING = 1.32  # line height as a multiple of the font size


def draw_strings(canvas: Any, strings: Sequence[Placed]) -> None:
    """Draw ``strings`` in one PDF text object.

    ``canvas.drawString`` builds, measures and closes a text object per string, which costs as
    much as the string itself.  The fill colour is set inside the text object, behind the
    canvas's back: set a colour again before filling a shape (``drawOn`` restores the canvas).
    """
    text = canvas.beginText()
    font: tuple[str, float] | None = None
    color = None
    for name, size, fill, x, y, value in strings:
        if (name, size) != font:
            text.setFont(name, size)
            font = (name, size)
        if fill is not color:
            text.setFillColor(fill)
            color = fill
        text.setTextOrigin(x, y)
        text.textLine(value)
    canvas.drawText(text)


class _Strings(Flowable):  # type: ignore[misc]
    """A fixed-size block of pre-placed strings."""

    def __init__(self, width: float, height: float, strings: list[Placed]) -> None:
        super().__init__()
        self.width, self.height = width, height
        self.strings = strings

    def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_strings(self.canv, self.strings)


@dataclass(frozen=True)
class TextLine:
    text: str
    font: str = st.REGULAR
    size: float = 9
    color: Any = st.INK
    gap_before: float = 0.0  # extra space above, in points
    centred: bool = False


def text_block(lines: list[TextLine], width: float) -> Any:
    """A flowable that wraps each ``TextLine`` to ``width`` and draws it in its own font."""
    placed: list[tuple[TextLine, str, float]] = []  # line, text, baseline from the top
    y = 0.0
    for line in lines:
        y += line.gap_before
        for part in line.text.splitlines() or [""]:
            for text in simpleSplit(part, line.font, line.size, width) or [""]:
                placed.append((line, text, y + line.size))
                y += line.size * LEADING
    height = y
    strings: list[Placed] = []
    for line, text, baseline in placed:
        x = 0.0
        if line.centred:
            x = width / 2 - 0.5 * stringWidth(text, line.font, line.size)
        strings.append((line.font, line.size, line.color, x, height - baseline, text))
    return _Strings(width, height, strings)


def key_values(rows: list[tuple[str, str]], label_width: float, value_width: float) -> Any:
    """Label / value pairs (muted label, bold value), each side wrapped to its column."""
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
    strings = [(font, size, color, x, height - base, text) for font, color, x, base, text in placed]
    return _Strings(label_width + value_width, height, strings)


class _Stack(Flowable):  # type: ignore[misc]
    def __init__(self, children: list[Any], width: float) -> None:
        super().__init__()
        self.children, self.width = children, width

    def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
        self.sizes = [child.wrap(self.width, 10_000) for child in self.children]
        self.height = sum(h for _, h in self.sizes)
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for child, (_, h) in zip(self.children, self.sizes, strict=True):
            y -= h
            child.drawOn(self.canv, 0, y)


def stack(children: list[Any], width: float) -> Any:
    """Flowables one under another in a fixed width (none of them may split)."""
    return _Stack(children, width)


class _Columns(Flowable):  # type: ignore[misc]
    def __init__(
        self,
        cells: list[tuple[Any, float, float]],
        align_bottom: bool,
        rules: tuple[Any, float] | None,
        rule_gap: float,
    ) -> None:
        super().__init__()
        self.cells, self.align_bottom = cells, align_bottom
        self.rules, self.rule_gap = rules, rule_gap

    def wrap(self, avail_width: float, _avail_height: float) -> tuple[float, float]:
        self.sizes = [cell.wrap(width, 10_000) for cell, _, width in self.cells]
        self.width = avail_width
        self.height = max(h for _, h in self.sizes) + self.rule_gap
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        body = self.height - self.rule_gap
        for (cell, x, width), (_, h) in zip(self.cells, self.sizes, strict=True):
            cell.drawOn(canvas, x, 0 if self.align_bottom else body - h)
            if self.rules is not None:
                canvas.setStrokeColor(self.rules[0])
                canvas.setLineWidth(self.rules[1])
                canvas.line(x, self.height, x + width, self.height)


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
    return _Columns(cells, align_bottom, rules, rule_gap)


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


class _Grid(Flowable):  # type: ignore[misc]
    """Row backgrounds, then all strings, then the rules (none of them overlap)."""

    def __init__(
        self,
        width: float,
        height: float,
        backgrounds: list[tuple[Any, float, float]],  # colour, bottom, height
        strings: list[Placed],
        rules: list[tuple[Any, float, float]],  # colour, line width, y
    ) -> None:
        super().__init__()
        self.width, self.height = width, height
        self.backgrounds, self.strings, self.rules = backgrounds, strings, rules
        self.hAlign = "RIGHT"

    def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        for color, bottom, row_height in self.backgrounds:
            canvas.setFillColor(color)
            canvas.rect(0, bottom, self.width, row_height, stroke=0, fill=1)
        draw_strings(canvas, self.strings)
        for color, line_width, y in self.rules:
            canvas.setStrokeColor(color)
            canvas.setLineWidth(line_width)
            canvas.line(0, y, self.width, y)


def grid(rows: list[GridRow], widths: list[float], *, pad_x: float = 5) -> Any:
    """A small fixed table (VAT summary, total to pay) drawn directly, right-aligned numbers."""
    total_width = sum(widths)
    # Per row: height, then (size, x, right-aligned, line index, line count, text) per line.
    laid: list[tuple[GridRow, float, list[tuple[float, float, bool, int, int, str]]]] = []
    for row in rows:
        spans = [total_width] if len(row.cells) == 1 else widths
        items: list[tuple[float, float, bool, int, int, str]] = []
        tallest = 0.0
        for index, (text, width) in enumerate(zip(row.cells, spans, strict=False)):
            size = row.sizes[index] if row.sizes else row.size
            lines = simpleSplit(text, row.font, size, width - 2 * pad_x) or [""]
            right = index > 0
            x = sum(spans[:index]) + (width - pad_x if right else pad_x)
            for n, line in enumerate(lines):
                items.append((size, x, right, n, len(lines), line))
            tallest = max(tallest, size * (1 + (len(lines) - 1) * LEADING) + size * 0.28)
        laid.append((row, tallest + 2 * row.pad, items))
    height = sum(h for _, h, _ in laid)

    backgrounds: list[tuple[Any, float, float]] = []
    strings: list[Placed] = []
    rules: list[tuple[Any, float, float]] = []
    top = height
    for row, row_height, items in laid:
        bottom = top - row_height
        if row.background is not None:
            backgrounds.append((row.background, bottom, row_height))
        # Baselines hang from the row's top (or sit on its bottom for headers); a bigger
        # neighbour (the total's amount) centres a smaller label against it.
        biggest = max(item[0] for item in items)
        for size, x, right, n, count, text in items:
            leading = size * LEADING
            if row.bottom_aligned:
                y = bottom + row.pad + size * 0.28 + (count - 1 - n) * leading
            else:
                y = top - row.pad - size - n * leading - (biggest - size) * 0.5
            left = x - stringWidth(text, row.font, size) if right else x
            strings.append((row.font, size, row.color, left, y, text))
        for rule, y in ((row.rule_above, top), (row.rule_below, bottom)):
            if rule is not None:
                rules.append((rule[0], rule[1], y))
        top = bottom
    return _Grid(total_width, height, backgrounds, strings, rules)
