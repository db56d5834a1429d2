"""No silent overwrite in the client, product and company dialogs: a save over a newer one
(another dialog, or a colleague's app on the same books) asks who wins, saying who changed
it and when; "Keep mine" saves over theirs, "Reload theirs" shows theirs and saves nothing."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox

from desktop.services.parties import ClientRecord, ProductRecord
from desktop.ui.context import AppContext
from desktop.ui.parties.client_dialog import ClientDialog
from desktop.ui.parties.company_dialog import CompanyDialog
from desktop.ui.parties.product_dialog import ProductDialog
from tests.ui.helpers import LEFT, child, click, second_app, type_into

COLLEAGUE = "Marta Kavaliauskienė"


def shown(qtbot: Any, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def question(qtbot: Any, dialog: QDialog, name: str) -> QMessageBox:
    found: list[QMessageBox] = []

    def asked() -> bool:
        box = dialog.findChild(QMessageBox, name)
        found[:] = [box] if box is not None and box.isVisible() else []
        return bool(found)

    qtbot.waitUntil(asked, timeout=5000)
    return found[0]


def answer(qtbot: Any, box: QMessageBox, button: str) -> None:
    qtbot.mouseClick(child(box, type(box.buttons()[0]), button), LEFT)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=3000)


def test_the_second_of_two_client_dialogs_asks_and_keeps_mine(
    app_context: AppContext, qtbot: Any
) -> None:
    parties = app_context.services.parties
    client_id = parties.save_client(ClientRecord(name="Old Name UAB", emails="a@old.lt"))
    first = shown(qtbot, ClientDialog(app_context, client_id))
    second = shown(qtbot, ClientDialog(app_context, client_id))
    type_into(qtbot, first, "client_name", "First Name UAB")
    type_into(qtbot, second, "client_emails", "b@second.lt")
    click(qtbot, first, "client_save")
    assert parties.client(client_id).name == "First Name UAB"
    click(qtbot, second, "client_save")
    box = question(qtbot, second, "client_conflict")
    assert f"{app_context.services.books.user} saved this client at" in box.text()
    assert second.isVisible() and parties.client(client_id).emails == "a@old.lt"  # asked first
    answer(qtbot, box, "client_conflict_keep")
    qtbot.waitUntil(lambda: not second.isVisible(), timeout=3000)
    saved = parties.client(client_id)
    assert (saved.name, saved.emails) == ("Old Name UAB", "b@second.lt")  # mine, on purpose


def test_a_product_saved_by_a_colleague_meanwhile_reloads_theirs(
    app_context: AppContext, qtbot: Any
) -> None:
    parties = app_context.services.parties
    product = ProductRecord(name="Konsultacija", unit="val.", unit_price=Decimal("50"))
    product_id = parties.save_product(product)
    dialog = shown(qtbot, ProductDialog(app_context, product_id))
    with second_app(app_context.paths) as colleague:
        colleague.books.act_as(COLLEAGUE)
        theirs = colleague.parties.product(product_id)
        theirs.unit_price = Decimal("65")
        colleague.parties.save_product(theirs)
    type_into(qtbot, dialog, "product_name", "Konsultacija (mano)")
    click(qtbot, dialog, "product_save")
    box = question(qtbot, dialog, "product_conflict")
    assert f"{COLLEAGUE} saved this product at" in box.text()
    answer(qtbot, box, "product_conflict_reload")
    assert dialog.isVisible()  # theirs on screen, nothing saved
    assert child(dialog, QLineEdit, "product_name").text() == "Konsultacija"
    assert child(dialog, QLineEdit, "product_price").text() in ("65.00", "65,00", "65")
    assert parties.product(product_id).unit_price == Decimal("65")
    type_into(qtbot, dialog, "product_unit", "h")  # edited on theirs: saves without asking
    click(qtbot, dialog, "product_save")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    saved = parties.product(product_id)
    assert (saved.unit, saved.unit_price) == ("h", Decimal("65"))


def test_the_company_profile_changed_by_a_colleague_asks_and_keeps_mine(
    app_context: AppContext, qtbot: Any
) -> None:
    parties = app_context.services.parties
    dialog = shown(qtbot, CompanyDialog(app_context))
    with second_app(app_context.paths) as colleague:
        colleague.books.act_as(COLLEAGUE)
        theirs = colleague.parties.company()
        theirs.name, theirs.phone = "UAB Kolegos", "+370 600 00000"
        colleague.parties.save_company(theirs)
    type_into(qtbot, dialog, "company_name", "Jonas Jonaitis IVV")
    click(qtbot, dialog, "company_save")
    box = question(qtbot, dialog, "company_conflict")
    assert f"{COLLEAGUE} saved the company profile at" in box.text()
    assert parties.company().name == "UAB Kolegos"
    answer(qtbot, box, "company_conflict_keep")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert (parties.company().name, parties.company().phone) == ("Jonas Jonaitis IVV", "")
