"""A TrueType font that never drops a character: what it lacks, it draws as a visible mark.

Every string reportlab puts on a page (canvas strings, table cells, paragraphs) is encoded by
the font's ``splitString``, and every width is measured by its ``stringWidth``; replacing the
missing characters in these two methods covers all text in one place and keeps what is
measured equal to what is drawn.  The rule itself is :mod:`desktop.pdf.glyphs`.  Text the font
fully covers (every invoice in our scripts) costs one C-level set check per call.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.rl_accel import instanceStringWidthTTF
from reportlab.pdfbase.ttfonts import TTFont

from desktop.pdf.glyphs import mark_for, mark_missing, printable_of


class MarkedTTFont(TTFont):  # type: ignore[misc]
    def __init__(self, name: str, filename: str) -> None:
        # No shaping: our scripts need none, and harfbuzz's glyph data (when uharfbuzz is
        # installed) would no longer line up with text whose characters were replaced.
        super().__init__(name, filename, shapable=False)
        self.printable = printable_of(self.face.charToGlyph)
        self.mark = mark_for(self.printable)

    def printable_text(self, text: str | bytes) -> str:
        """``text`` as this font draws it (missing characters replaced by the mark)."""
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        return mark_missing(text, self.printable, self.mark)

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:
        if not self.printable.issuperset(text):
            text = self.printable_text(text)
        return float(instanceStringWidthTTF(self, text, size, encoding))

    def splitString(self, text: str | bytes, doc: Any, encoding: str = "utf-8") -> Any:
        if not self.printable.issuperset(text):
            text = self.printable_text(text)
        return super().splitString(text, doc, encoding)
