"""A spin box of days whose unit agrees with the number ("1 den", "2 dny", "5 dní")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSpinBox

CONTEXT = "DayCount"


def _tr(text: str, n: int = -1) -> str:
    return str(QCoreApplication.translate(CONTEXT, text, None, n))


def _suffix(count: int) -> str:
    """The words after the number: "%n dny" for 2 gives " dny" (the box shows the number)."""
    text = _tr("%n day(s)", count)
    return text.replace(str(count), "", 1) if str(count) in text else f" {text}"


def show_day_count(spin: QSpinBox) -> None:
    """Set the suffix for the current value and follow every change (call again after a
    language switch: the text is looked up anew)."""
    spin.setSuffix(_suffix(spin.value()))
    if not spin.property("day_count"):
        spin.setProperty("day_count", True)
        spin.valueChanged.connect(lambda value: spin.setSuffix(_suffix(value)))
