"""Invoice numbers from a series pattern such as ``FAK{YYYY}-{N:4}``.

Placeholders: ``{YYYY}`` ``{YY}`` year, ``{MM}`` month, ``{N}`` / ``{N:4}`` the counter, zero-
padded to the given width.  A pattern that holds the year restarts its counter each year.
Numbers are assigned only at issue time, inside the storage transaction that issues the
invoice, so a series never has gaps or duplicates (Lithuanian VAT Law Art. 80(1)(1)).
"""

from __future__ import annotations

import re
from datetime import date

_TOKEN = re.compile(r"\{(YYYY|YY|MM|N(?::(\d{1,2}))?)\}")


class PatternError(ValueError):
    """The pattern cannot produce unique numbers (no counter, or an unknown placeholder)."""


def validate_pattern(pattern: str) -> None:
    tokens = [m.group(1) for m in _TOKEN.finditer(pattern)]
    if not any(t.startswith("N") for t in tokens):
        raise PatternError("pattern_needs_counter")
    stripped = _TOKEN.sub("", pattern)
    if "{" in stripped or "}" in stripped:
        raise PatternError("pattern_unknown_placeholder")


def resets_yearly(pattern: str) -> bool:
    return "{YYYY}" in pattern or "{YY}" in pattern


def period_key(pattern: str, when: date) -> str:
    """The counter's scope: one counter per year when the pattern shows the year."""
    return str(when.year) if resets_yearly(pattern) else ""


def format_number(pattern: str, counter: int, when: date) -> str:
    def replace(match: re.Match[str]) -> str:
        token = match.group(1)
        if token == "YYYY":
            return f"{when.year:04d}"
        if token == "YY":
            return f"{when.year % 100:02d}"
        if token == "MM":
            return f"{when.month:02d}"
        width = int(match.group(2) or 1)
        return f"{counter:0{width}d}"

    return _TOKEN.sub(replace, pattern)


def digits_of(number: str, max_len: int = 10) -> str:
    """Czech variable symbol: the number's digits, at most 10 (the last ones)."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return digits[-max_len:]
