"""What to do with a character a font cannot print: the rule, without the font.

reportlab draws a character missing from a TrueType font's cmap as glyph 0 (``.notdef``),
which is blank in Noto Sans: emoji, Hebrew and Arabic vanished from issued invoices.  These
functions decide, for a set of printable characters, what is drawn instead: one visible mark
per missing character.  A combining mark or an emoji skin tone that follows a mark joins it
(the reader sees one character there, not two); whitespace the font lacks (a tab) prints as a
space; invisible control and format characters (C0 controls, variation selectors, a byte order
mark) print as nothing, as in any text renderer, and are not reported as missing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping

REPLACEMENT = "\ufffd"  # "�": Noto Sans has it; a font without it marks with "?"
FALLBACK = "?"

# Format characters (Cf) that are drawn, not invisible: the prepended concatenation marks.
_VISIBLE_FORMAT = frozenset(
    "\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2\U000110bd\U000110cd"
)
_COMBINING = frozenset({"Mn", "Mc", "Me"})


def is_invisible(char: str) -> bool:
    """A control or format character with no visible form (e.g. U+FE0F, U+200D, U+FEFF)."""
    if char in _VISIBLE_FORMAT:
        return False
    category = unicodedata.category(char)
    if category in ("Cc", "Cf"):
        return True
    return (
        "\ufe00" <= char <= "\ufe0f"  # variation selectors
        or "\U000e0100" <= char <= "\U000e01ef"
        or "\u180b" <= char <= "\u180f"  # Mongolian variation selectors
        or char == "\u034f"  # combining grapheme joiner
    )


def _extends(char: str) -> bool:
    """Belongs to the character before it: a combining mark or an emoji skin tone."""
    return unicodedata.category(char) in _COMBINING or "\U0001f3fb" <= char <= "\U0001f3ff"


def printable_of(cmap: Mapping[int, int]) -> frozenset[str]:
    """The characters a font's cmap (code point → glyph index) gives a real glyph.

    Control characters are left out even where a font maps them (Noto Sans maps CR and NUL):
    their glyphs are not text.
    """
    return frozenset(
        chr(code)
        for code, glyph in cmap.items()
        if glyph and code < 0x110000 and unicodedata.category(chr(code)) != "Cc"
    )


def mark_for(printable: frozenset[str]) -> str:
    """The replacement mark a font can print itself."""
    return REPLACEMENT if REPLACEMENT in printable else FALLBACK


def mark_missing(text: str, printable: frozenset[str], mark: str = REPLACEMENT) -> str:
    """``text`` as it will be drawn: every character outside ``printable`` replaced by ``mark``."""
    out: list[str] = []
    after_mark = False  # the last visible character became a mark
    for char in text:
        if char in printable:
            out.append(char)
            after_mark = False
        elif char.isspace():
            out.append(" ")
            after_mark = False
        elif is_invisible(char) or (after_mark and _extends(char)):
            continue
        else:
            out.append(mark)
            after_mark = True
    return "".join(out)


def missing_in(texts: Iterable[str], printable: frozenset[str]) -> list[str]:
    """The distinct characters of ``texts`` outside ``printable``, in order of appearance.

    Whitespace and invisible characters are not listed: the layout handles them.
    """
    found: dict[str, None] = {}
    for text in texts:
        if printable.issuperset(text):
            continue
        for char in text:
            if (
                char not in printable
                and char not in found
                and not char.isspace()
                and not is_invisible(char)
            ):
                found[char] = None
    return list(found)
