"""Names in the order of the user's language: Č after C, "ch" after "h" in Czech, "y" with
"i" in Lithuanian, "Klientas 2" before "Klientas 10".

The database sorts by code points with an ASCII-only ``lower()``, which put every Č, Š and Ž
after Z; ICU's collation (through ``QCollator``, for the language the window speaks) is what
a reader expects.  Catalogues hold hundreds of names, so sorting here costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QCollator, QLocale

T = TypeVar("T")


def by_name(items: Iterable[T], name: Callable[[T], str]) -> list[T]:
    collator = QCollator(QLocale())
    collator.setNumericMode(True)
    return sorted(items, key=lambda item: collator.sortKey(name(item)))
