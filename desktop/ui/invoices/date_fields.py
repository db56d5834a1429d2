"""Date fields of the invoice header: one display format per interface language, and the
conversions between ``datetime.date`` (the forms) and ``QDate`` (the widgets)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from desktop.ui.widgets.formatting import ui_language


def date_format() -> str:
    """Explicit patterns: Qt's short Czech format has a two-digit year (INVOICE-RULES.md)."""
    return "d. M. yyyy" if ui_language() == "cs" else "yyyy-MM-dd"


def date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setMinimumWidth(112)
    return edit


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
