"""Examples in the party forms follow the chosen country, not the other country's words."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit

from desktop.ui.context import AppContext
from desktop.ui.parties.company_dialog import CompanyDialog
from tests.ui.helpers import child


def test_placeholders_follow_the_seller_country(app_context: AppContext, qtbot: Any) -> None:
    dialog = CompanyDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    country = child(dialog, QComboBox, "company_country")
    code = child(dialog, QLineEdit, "company_company_code")
    vat = child(dialog, QLineEdit, "company_vat_code")
    register = child(dialog, QLineEdit, "company_register_line")

    country.setCurrentIndex(country.findData("LT"))
    lithuanian = " ".join(w.placeholderText() for w in (code, vat, register))
    assert "LT100012345617" in lithuanian and "Juridinių" in lithuanian
    assert "Zapsán" not in lithuanian and "IČO" not in lithuanian and "CZ" not in lithuanian

    country.setCurrentIndex(country.findData("CZ"))
    czech = " ".join(w.placeholderText() for w in (code, vat, register))
    assert "CZ27074358" in czech and "Zapsán" in czech and "LT" not in czech
    for field in (code, vat, register):  # the example is not cut short
        text = field.placeholderText()
        assert field.fontMetrics().horizontalAdvance(text) <= field.contentsRect().width(), text


def test_payment_days_agree_with_the_number_in_czech(app_context: AppContext, qtbot: Any) -> None:
    from PySide6.QtWidgets import QSpinBox

    from desktop.ui.shell.translations import install_translators

    install_translators("cs")
    try:
        dialog = CompanyDialog(app_context)
        qtbot.addWidget(dialog)
        days = dialog.findChildren(QSpinBox)
        spin = next(s for s in days if s.objectName().endswith("payment_days"))
        suffixes = {}
        for value in (1, 3, 14):
            spin.setValue(value)
            suffixes[value] = spin.suffix()
        assert suffixes == {1: " den", 3: " dny", 14: " dní"}
    finally:
        install_translators("en")
