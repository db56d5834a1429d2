"""Colours, sizes and paragraph styles: the invoice's visual language in one place.

Importing this module loads reportlab; only the render path imports it (``desktop.pdf``'s
package file stays light).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib.colors import HexColor

from desktop.pdf.fonts import BOLD as BOLD  # re-exported: sections measure with it
from desktop.pdf.fonts import REGULAR as REGULAR
from desktop.pdf.fonts import register_fonts

MM = 72 / 25.4  # points per millimetre (reportlab.lib.units.mm without the import)
PAGE_WIDTH = 595.2756  # A4
PAGE_HEIGHT = 841.8898
MARGIN_X = 18 * MM
MARGIN_TOP = 16 * MM
MARGIN_BOTTOM = 20 * MM
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

# Colour objects, not hex strings: reportlab would parse a string on every use.
INK = HexColor("#1f2933")  # body text
MUTED = HexColor("#6b7785")  # labels
RULE = HexColor("#d5dbe1")  # table rules
BAND = HexColor("#f2f5f8")  # table header band
ACCENT = HexColor("#1f5f99")  # title and the total to pay
WHITE = HexColor("#ffffff")
BLACK = HexColor("#000000")
WATERMARK = HexColor("#c9302c")


@cache
def styles() -> dict[str, Any]:
    """Paragraph styles for the text that may wrap across pages (descriptions, notes, legal).

    Built once, after the fonts are registered; everything else is drawn as plain strings.
    """
    register_fonts()
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9, leading=12.2, textColor=INK)

    def make(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "muted": make("muted", fontSize=8, leading=10.5, textColor=MUTED),
        "label": make("label", fontName=BOLD, fontSize=7.2, leading=9.5, textColor=MUTED),
        "cell": make("cell", fontSize=8.6, leading=11),
        "legal": make("legal", fontSize=8.6, leading=11.5),
    }


# Every table starts from our font: a cell without an explicit font (even an empty string)
# would otherwise make reportlab select Helvetica, which then appears in the PDF.
BASE_FONT: list[tuple[object, ...]] = [("FONT", (0, 0), (-1, -1), REGULAR, 8.6, 11)]
