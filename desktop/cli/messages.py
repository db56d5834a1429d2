"""The command line's messages in the interface language, from the window's own catalogues.

The same ``i18n/desktop_<lang>.qm`` files the window loads, read with a bare ``QTranslator``
(QtCore only: no application object, no widgets).  A message the window already shows (a
field's problem, an issue refusal) is asked for in the window's context and words, so both
front ends say the same thing; new sentences live in the ``CommandLine`` context.
"""

from __future__ import annotations

import locale

from desktop.options import LANGUAGES
from desktop.paths import i18n_dir

CLI = "CommandLine"  # i18n context of the command line's own sentences
FIELD_ERRORS = "FieldErrors"  # the forms' field messages (ui/widgets/field_errors.py)


class Catalogue:
    """One language's translations; English (the source language) needs only its plurals."""

    def __init__(self, language: str) -> None:
        from PySide6.QtCore import QTranslator

        self.language = language
        self._translator = QTranslator()
        self.loaded = self._translator.load(f"desktop_{language}", str(i18n_dir()))

    def translate(self, context: str, text: str, n: int = -1) -> str:
        found = self._translator.translate(context, text, None, n) if self.loaded else ""
        result = found or text
        return result.replace("%n", str(n)) if n >= 0 else result


_current: Catalogue | None = None


def use_language(language: str) -> None:
    """Speak ``language`` from now on (the saved choice replaces the first guess)."""
    global _current
    if _current is None or _current.language != language:
        _current = Catalogue(language)


def language() -> str:
    """The language the command line speaks now (numbers in messages follow it)."""
    return _current.language if _current is not None else "en"


def system_language() -> str:
    """The language of the user's locale when it is one of ours, else English."""
    from PySide6.QtCore import QLocale

    name = QLocale.system().name()[:2].lower()
    if name not in LANGUAGES:
        name = (locale.getlocale()[0] or "en")[:2].lower()
    return name if name in LANGUAGES else "en"


def translate(context: str, text: str, disambiguation: None = None, n: int = -1) -> str:
    """Like ``QCoreApplication.translate`` (``%n`` filled in), for the current language."""
    if _current is None:
        use_language("en")
    assert _current is not None
    return _current.translate(context, text, n)
