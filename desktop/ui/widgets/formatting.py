"""Numbers, money, dates and status names in the interface language.

The interface follows the UI language; documents (PDFs) follow the client's language and use
``desktop.core`` formatting directly.  The current UI language is read from ``QLocale``'s
default, which ``install_translators`` sets.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.core import money

_STATUS = {
    "draft": "Draft",
    "issued": "Issued",
    "sent": "Sent",
    "paid": "Paid",
    "overdue": "Overdue",
    "cancelled": "Cancelled",
}


def ui_language() -> str:
    name = QLocale().name()[:2]
    return name if name in ("lt", "cs") else "en"


def format_money(value: Decimal, currency: str) -> str:
    return money.format_money(value, currency, ui_language())


def format_number(value: Decimal, places: int = 2) -> str:
    return money.format_number(value, ui_language(), places)


def edit_text(value: Decimal) -> str:
    """A number as the user would retype it: no grouping, the UI's decimal mark."""
    text = f"{value.normalize():f}" if value == value.to_integral() else f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text if ui_language() == "en" else text.replace(".", ",")


def format_date(value: date) -> str:
    lang = ui_language()
    if lang == "cs":
        return f"{value.day}. {value.month}. {value.year}"
    return value.isoformat()


def status_label(status: str) -> str:
    """Translated status name; the source strings are listed for lupdate below."""
    return QCoreApplication.translate("InvoiceStatus", _STATUS.get(status, status))


def _strings_for_lupdate() -> None:  # pragma: no cover - never called, read by lupdate
    QCoreApplication.translate("InvoiceStatus", "Draft")
    QCoreApplication.translate("InvoiceStatus", "Issued")
    QCoreApplication.translate("InvoiceStatus", "Sent")
    QCoreApplication.translate("InvoiceStatus", "Paid")
    QCoreApplication.translate("InvoiceStatus", "Overdue")
    QCoreApplication.translate("InvoiceStatus", "Cancelled")
