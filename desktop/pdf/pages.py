"""Page furniture: the "page 1 / 3" footer and the draft watermark.

The total page count is only known at the end, so the canvas keeps each page's state and
draws the footers when the document is saved (reportlab's "NumberedCanvas" recipe).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.pdf import styles as st
from desktop.pdf.fonts import BOLD, REGULAR


@dataclass(frozen=True)
class PageFurniture:
    footer_left: str
    page_template: str  # "Page {page} / {pages}"
    watermark: str = ""  # empty for issued documents


def canvas_maker(furniture: PageFurniture) -> Any:
    """A canvas class that numbers pages and stamps the watermark under the content."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = REGULAR  # never let Helvetica into the PDF
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, page: int, pages: int) -> None:
            y = st.MARGIN_BOTTOM - 9 * st.MM
            self.saveState()
            self.setStrokeColor(st.RULE)
            self.setLineWidth(0.5)
            self.line(st.MARGIN_X, y + 4 * st.MM, st.PAGE_WIDTH - st.MARGIN_X, y + 4 * st.MM)
            self.setFillColor(st.MUTED)
            self.setFont(REGULAR, 7.5)
            self.drawString(st.MARGIN_X, y, furniture.footer_left)
            text = furniture.page_template.format(page=page, pages=pages)
            self.drawRightString(st.PAGE_WIDTH - st.MARGIN_X, y, text)
            self.restoreState()

    return NumberedCanvas


def draw_watermark(canvas: Any, text: str) -> None:
    """A large, light diagonal word behind the content: unmistakable, still readable."""
    if not text:
        return
    canvas.saveState()
    canvas.setFillColor(st.WATERMARK)
    canvas.setFillAlpha(0.10)
    canvas.translate(st.PAGE_WIDTH / 2, st.PAGE_HEIGHT / 2)
    canvas.rotate(40)
    size = 96.0
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width = stringWidth(text, BOLD, size)
    limit = st.PAGE_WIDTH * 0.85  # along a 40° diagonal: stays clear of every page edge
    if width > limit:
        size *= limit / width
    canvas.setFont(BOLD, size)
    canvas.drawCentredString(0, -size / 3, text)
    canvas.restoreState()
