"""How VAT rates read in the interface: ``21 %``, ``0 % exempt``, ``reverse charge``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.vat import VatCategory, VatRate
from desktop.ui.widgets.formatting import format_number


def vat_label(key: str) -> str:
    try:
        rate = VatRate.from_key(key)
    except (ValueError, ArithmeticError):
        return key
    number = format_number(rate.rate, 0 if rate.rate == rate.rate.to_integral() else 2)
    percent = QCoreApplication.translate("VatRate", "%1 %").replace("%1", number)
    if rate.category is VatCategory.EXEMPT:
        return QCoreApplication.translate("VatRate", "%1 exempt").replace("%1", percent)
    if rate.category is VatCategory.REVERSE_CHARGE:
        return QCoreApplication.translate("VatRate", "reverse charge")
    if rate.category is VatCategory.NOT_SUBJECT:
        return QCoreApplication.translate("VatRate", "no VAT (not a payer)")
    return percent
