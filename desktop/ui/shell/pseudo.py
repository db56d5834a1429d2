"""Pseudo-translation: every text ~40 % longer and accented, to find clipped layouts.

Set ``FAKTURA_PSEUDO_TRANSLATE=1`` and start the app: ``Save`` reads ``[Šàvé ~~]``.  A label
that cuts the text, a button that hides its last letters or a column too narrow for
Lithuanian or Czech shows up at once, as does any English text that bypasses ``tr()``.
Placeholders (``%1``, ``%n``, ``%L1``), ``&`` mnemonics, HTML tags and entities stay intact
so the texts still work.  The brackets show where a text starts and ends.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

ENV_VAR = "FAKTURA_PSEUDO_TRANSLATE"
GROWTH = 0.4

# Letters mapped to look-alikes with diacritics (Lithuanian and Czech ones where possible).
_ACCENTS = str.maketrans(
    "aceinorstuyzAEILNORSTUYZC",
    "ąčėįňöřšťūýžĄĖĮĽŇÖŘŠŤŲÝŽČ",
)
# Never touched: placeholders, mnemonics, tags, entities, and URLs inside tags.
_PROTECTED = re.compile(r"%L?\d|%n|&&|&\w+;|&|<[^>]*>|\{\w*\}")
# Qt asks its own catalogues for these; a pseudo answer would change behaviour, not text.
_SKIPPED_CONTEXTS = {"QShortcut", "QKeySequence"}
_SKIPPED_SOURCES = {"QT_LAYOUT_DIRECTION"}


def pseudo_text(text: str) -> str:
    """``text`` accented and padded by ~40 %; protected tokens come through unchanged."""
    if not text.strip():
        return text
    parts: list[str] = []
    position = 0
    for match in _PROTECTED.finditer(text):
        parts.append(text[position : match.start()].translate(_ACCENTS))
        parts.append(match.group())
        position = match.end()
    parts.append(text[position:].translate(_ACCENTS))
    return f"[{''.join(parts)} {_padding(round(len(text) * GROWTH) - 2)}]"


def _padding(length: int) -> str:
    """Tildes in words of up to eight, so long texts can still wrap like real sentences."""
    length = max(2, length)
    words = ["~" * 8] * (length // 9) + ["~" * max(2, length % 9)]
    return " ".join(words)


class PseudoTranslator(QTranslator):
    """Answers every lookup with the pseudo text of the English source."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        if context in _SKIPPED_CONTEXTS or source_text in _SKIPPED_SOURCES:
            return ""
        return pseudo_text(source_text)  # Qt itself then replaces %n with the count

    def isEmpty(self) -> bool:
        return False


def pseudo_enabled() -> bool:
    return os.environ.get(ENV_VAR, "") not in ("", "0")


def install_pseudo_translator(parent: QObject | None, installed: list[QTranslator]) -> list[str]:
    """Install the pseudo translator last (so it wins) when the switch is on.

    It is appended to ``installed`` so the next language switch removes it with the others;
    returns ``["pseudo"]`` or ``[]`` for the list of loaded catalogues.
    """
    if parent is None or not pseudo_enabled():
        return []
    translator = PseudoTranslator(parent)
    QCoreApplication.installTranslator(translator)
    installed.append(translator)
    return ["pseudo"]
