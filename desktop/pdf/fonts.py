"""The embedded font family: Noto Sans, bundled in resources/fonts (SIL OFL 1.1).

reportlab's built-in Type 1 fonts and its bundled Vera lack ą ę ė į ų ū ř ť ď ň ů ě
(INVOICE-RULES.md, "Numbers and identifiers"), so every string on an invoice is set in this
TrueType family, which reportlab subsets and embeds.  Noto Sans has no emoji, Hebrew or
Arabic: the faces are :class:`~desktop.pdf.marked_font.MarkedTTFont`, which draw what they lack
as a visible mark.  Parsing a TTF costs tens of milliseconds, so registration happens once per
process.
"""

from __future__ import annotations

import threading

from desktop.paths import fonts_dir

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"

_FILES = {REGULAR: "NotoSans-Regular.ttf", BOLD: "NotoSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False
_printable: frozenset[str] = frozenset()


def register_fonts() -> None:
    """Register the family with reportlab (idempotent, thread-safe)."""
    global _registered, _printable
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab import rl_config
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics

        from desktop.pdf.marked_font import MarkedTTFont

        folder = fonts_dir()
        faces = [MarkedTTFont(name, str(folder / file)) for name, file in _FILES.items()]
        for face in faces:
            pdfmetrics.registerFont(face)
        _printable = frozenset.intersection(*(face.printable for face in faces))
        # <b> in paragraphs maps to the bold face; italic falls back to upright on purpose:
        # we bundle no italic, and a missing mapping would silently pick a built-in font.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        # Binary (Flate-only) streams instead of Flate + ASCII85: a quarter smaller and
        # faster to write.  A process-wide reportlab setting; only our PDFs use reportlab.
        rl_config.useA85 = 0
        _registered = True


def printable_chars() -> frozenset[str]:
    """The characters every face of the family prints (read from the cmaps at registration)."""
    register_fonts()
    return _printable
