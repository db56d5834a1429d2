"""Every window fits a 1280×720 laptop screen in every language, with the system's fonts.

The main window with an issued foreign-currency invoice open and the notification pane
shown, and every dialog (Modules with the SMTP settings and guide, company, client, product,
compose, guides): the smallest size their layouts allow, and the size they open at, fit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QScrollArea, QWidget

from desktop.core.forms import LineForm
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.pseudo import ENV_VAR
from desktop.ui.widgets.screen_fit import FRAME
from tests.i18n.conftest import OpenWindow
from tests.i18n.screenshots import compose_dialog

pytestmark = pytest.mark.usefixtures("layout_font")

SCREEN = QSize(1280, 720)
#: A title bar and the window frame take some of the 720 px height (``screen_fit.FRAME``).
ROOM = SCREEN - FRAME
LANGS = ["en", "lt", "cs", "pseudo"]


def smallest(widget: QWidget) -> QSize:
    """The smallest size the user can give the window: its minimum and its layout's."""
    return widget.minimumSize().expandedTo(widget.minimumSizeHint())


def assert_fits(widget: QWidget, what: str, lang: str) -> None:
    least = smallest(widget)
    assert least.width() <= ROOM.width() and least.height() <= ROOM.height(), (lang, what, least)
    opened = widget.size()
    assert opened.width() <= SCREEN.width() and opened.height() <= ROOM.height(), (
        lang, what, "opens at", opened,
    )  # fmt: skip


def _start(open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch, lang: str) -> MainWindow:
    if lang == "pseudo":
        monkeypatch.setenv(ENV_VAR, "1")
    return open_window("--lang", "en" if lang == "pseudo" else lang)


def _foreign_invoice(window: MainWindow) -> int:
    services = window.context.services
    company = services.parties.company()
    company.name, company.vat_payer, company.vat_code = "UAB „Šviesa ir Ko“", True, "LT100001234567"
    company.email = "info@sviesa.lt"
    services.parties.save_company(company)
    client = services.parties.client_named("Žemės ūkio bendrovė „Čęstų įrankiai“")
    form = services.invoices.new_form()
    form.client_id, form.client_name = client.id, client.name
    form.currency, form.exchange_rate = "USD", Decimal("0.92")
    form.lines = [LineForm("Konsultacijos ir įrankių priežiūra", Decimal(3), "val.", Decimal(80))]
    return services.invoices.create(form, issue=True).id


@pytest.mark.parametrize("lang", LANGS)
def test_main_window_with_an_issued_invoice_and_the_pane_fits(
    open_window: OpenWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    window = _start(open_window, monkeypatch, lang)
    invoice_id = _foreign_invoice(window)
    window.notification_pane.show()
    editor = window.open_invoice(invoice_id)
    qtbot.waitExposed(editor)
    qtbot.wait(20)
    assert_fits(window, "main window", lang)


@pytest.mark.parametrize("lang", LANGS)
def test_every_dialog_fits(
    open_window: OpenWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    from desktop.ui.mail.guide_viewer import GuideDialog
    from desktop.ui.parties.client_dialog import ClientDialog
    from desktop.ui.parties.company_dialog import CompanyDialog
    from desktop.ui.parties.product_dialog import ProductDialog
    from desktop.ui.shell.modules_dialog import ModulesDialog

    window = _start(open_window, monkeypatch, lang)
    context = window.context
    invoice_id = _foreign_invoice(window)
    modules = ModulesDialog(context, window)
    modules.show()
    modules.install("smtp")  # the SMTP settings with their guide beside them
    qtbot.wait(20)
    dialogs: list[tuple[str, QWidget]] = [("modules", modules)]
    for name, make in (
        ("company", lambda: CompanyDialog(context, window)),
        ("client", lambda: ClientDialog(context, None, window)),
        ("product", lambda: ProductDialog(context, None, window)),
        ("guides", lambda: GuideDialog(context, window)),
        ("compose", lambda: compose_dialog(context, invoice_id, window)),
    ):
        dialog = make()
        dialog.show()
        dialogs.append((name, dialog))
    qtbot.wait(20)
    for name, dialog in dialogs:
        assert_fits(dialog, name, lang)
        for area in dialog.findChildren(QScrollArea):  # forms scroll down, never sideways
            if area.isVisible():
                assert not area.horizontalScrollBar().isVisible(), (lang, name, area.objectName())
        dialog.close()
