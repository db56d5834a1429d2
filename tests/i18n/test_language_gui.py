"""Starting the app in Lithuanian and Czech: every screen speaks the chosen language.

Widgets are found by the object names of AUTOMATION.md, like an acceptance test would.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from tests.i18n.conftest import OpenWindow
from tests.i18n.texts import english_leftovers

EXPECTED = {
    "lt": {
        "file": "&Failas",
        "settings": "&Nustatymai",
        "language": "Kalba",
        "help": "&Žinynas",
        "new_invoice": "Nauja sąskaita faktūra",
        "modules": "Moduliai",
        "search": "Ieškoti pagal numerį, klientą, sumą ar būseną",
        "save": "Išsaugoti",
        "add_line": "Pridėti eilutę",
        "install": "Įdiegti",
        "module_name": "El. laiškų siuntimas per SMTP",
        "update": "Atnaujinti nustatymus",
        "test": "Tikrinti ryšį",
        "notifications": "Pranešimai",
        "cancel": "Atšaukti",
        "yes": "&Taip",
    },
    "cs": {
        "file": "&Soubor",
        "settings": "&Nastavení",
        "language": "Jazyk",
        "help": "Nápo&věda",
        "new_invoice": "Nová faktura",
        "modules": "Moduly",
        "search": "Hledat podle čísla, klienta, částky nebo stavu",
        "save": "Uložit",
        "add_line": "Přidat položku",
        "install": "Nainstalovat",
        "module_name": "Odesílání e-mailů přes SMTP",
        "update": "Uložit nastavení",
        "test": "Otestovat připojení",
        "notifications": "Oznámení",
        "cancel": "Zrušit",
        "yes": "&Ano",
    },
}


def child(parent: QWidget, cls: type[Any], name: str) -> Any:
    found = parent.findChild(cls, name)
    assert found is not None, f"no {cls.__name__} named {name!r}"
    return found


def open_modules(window: QWidget, qtbot: Any) -> QWidget:
    child(window, QAction, "action_modules").trigger()
    shown = [w for w in window.findChildren(QWidget, "modules_dialog") if w.isVisible()]
    assert len(shown) == 1
    qtbot.waitExposed(shown[0])
    return shown[0]


def install_smtp(dialog: QWidget, qtbot: Any) -> QWidget:
    install = child(dialog, QAbstractButton, "module_smtp_install")
    if install.isVisible():
        install.click()
    form: QWidget = child(dialog, QWidget, "smtp_settings")
    qtbot.waitUntil(form.isVisible)
    return form


@pytest.mark.parametrize("lang", ["lt", "cs"])
def test_main_window_in_language(open_window: OpenWindow, lang: str) -> None:
    window = open_window("--lang", lang)
    want = EXPECTED[lang]
    titles = [action.text() for action in window.menuBar().actions()]
    assert want["file"] in titles and want["settings"] in titles and want["help"] in titles
    assert child(window, QWidget, "menu_language").title() == want["language"]
    assert child(window, QAction, "action_new_invoice").text() == want["new_invoice"]
    assert child(window, QAction, "action_modules").text() == want["modules"]
    assert child(window, QLineEdit, "invoice_search").placeholderText() == want["search"]
    pane = child(window, QDockWidget, "notification_pane")
    assert pane.windowTitle() == want["notifications"]
    assert english_leftovers(window, lang) == []


@pytest.mark.parametrize("lang", ["lt", "cs"])
def test_invoice_editor_in_language(open_window: OpenWindow, lang: str) -> None:
    window = open_window("--lang", lang)
    window.open_invoice(None)
    editor = child(window, QWidget, "invoice_editor")
    assert child(editor, QAbstractButton, "invoice_save").text() == EXPECTED[lang]["save"]
    assert child(editor, QAbstractButton, "invoice_add_line").text() == EXPECTED[lang]["add_line"]
    assert english_leftovers(editor, lang) == []


@pytest.mark.parametrize("lang", ["lt", "cs"])
def test_modules_dialog_and_smtp_form_in_language(
    open_window: OpenWindow, qtbot: Any, lang: str
) -> None:
    window = open_window("--lang", lang)
    want = EXPECTED[lang]
    dialog = open_modules(window, qtbot)
    assert dialog.windowTitle() == want["modules"]
    assert child(dialog, QAbstractButton, "module_smtp_install").text() == want["install"]
    assert want["module_name"] in child(dialog, QWidget, "module_smtp_name").text()
    form = install_smtp(dialog, qtbot)
    assert child(form, QAbstractButton, "smtp_update").text() == want["update"]
    assert child(form, QAbstractButton, "smtp_test").text() == want["test"]
    assert english_leftovers(dialog, lang) == []
    dialog.close()


@pytest.mark.parametrize("lang", ["lt", "cs"])
def test_qt_standard_buttons_in_language(open_window: OpenWindow, lang: str) -> None:
    """Qt's own texts: qtbase_cs.qm for Czech; Lithuanian ones come from our catalogue."""
    open_window("--lang", lang)
    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "", "", buttons.Yes | buttons.Cancel)
    texts = {button.text() for button in box.buttons()}
    assert texts == {EXPECTED[lang]["yes"], EXPECTED[lang]["cancel"]}
    box.deleteLater()


def test_language_menu_switches_every_open_window(open_window: OpenWindow, qtbot: Any) -> None:
    window = open_window("--lang", "en")
    editor = window.open_invoice(None)
    dialog = open_modules(window, qtbot)
    names = [a.text() for a in child(window, QWidget, "menu_language").actions()]
    assert names == ["English", "Lietuvių", "Čeština"]
    assert child(window, QAction, "action_language_en").isChecked()
    with qtbot.waitSignal(window.context.events.language_changed) as changed:
        child(window, QAction, "action_language_cs").trigger()
    assert changed.args == ["cs"]
    assert window.context.language == "cs"
    assert child(window, QAction, "action_language_cs").isChecked()
    # Qt posts LanguageChange to every window; it arrives with the next event-loop turn.
    new_invoice = child(window, QAction, "action_new_invoice")
    qtbot.waitUntil(lambda: new_invoice.text() == "Nová faktura")
    assert child(editor, QAbstractButton, "invoice_save").text() == "Uložit"
    assert dialog.windowTitle() == "Moduly"
    assert child(dialog, QAbstractButton, "module_smtp_install").text() == "Nainstalovat"
    child(window, QAction, "action_language_lt").trigger()
    qtbot.waitUntil(lambda: new_invoice.text() == "Nauja sąskaita faktūra")
    assert child(editor, QAbstractButton, "invoice_add_line").text() == "Pridėti eilutę"
    dialog.close()


def test_language_choice_is_remembered_and_lang_overrides_it(open_window: OpenWindow) -> None:
    window = open_window("--lang", "en")
    child(window, QAction, "action_language_lt").trigger()
    window = open_window()  # the next start, without --lang
    assert window.context.language == "lt"
    assert child(window, QAction, "action_new_invoice").text() == "Nauja sąskaita faktūra"
    assert child(window, QAction, "action_language_lt").isChecked()
    window = open_window("--lang", "cs")  # one run in Czech...
    assert child(window, QAction, "action_new_invoice").text() == "Nová faktura"
    window = open_window()  # ...does not change the saved choice
    assert window.context.language == "lt"


@pytest.mark.parametrize(
    ("lang", "money", "day"),
    [
        ("lt", "1\u00a0234,56\u00a0€", "2026-03-05"),
        ("cs", "1\u00a0234,56\u00a0Kč", "5. 3. 2026"),
        ("en", "1,234.56 EUR", "2026-03-05"),
    ],
)
def test_formats_follow_the_interface_language(
    open_window: OpenWindow, lang: str, money: str, day: str
) -> None:
    from datetime import date

    from desktop.ui.widgets.formatting import format_date, format_money

    open_window("--lang", lang)
    currency = "CZK" if lang == "cs" else "EUR"
    assert format_money(Decimal("1234.56"), currency) == money
    assert format_date(date(2026, 3, 5)) == day
    assert QApplication.instance() is not None


@pytest.mark.parametrize("lang", ["lt", "cs"])
def test_switching_leaves_no_english_in_open_windows(
    open_window: OpenWindow, qtbot: Any, lang: str
) -> None:
    window = open_window("--lang", "en")
    window.open_invoice(None)
    dialog = open_modules(window, qtbot)
    install_smtp(dialog, qtbot)
    new_invoice = child(window, QAction, "action_new_invoice")
    child(window, QAction, f"action_language_{lang}").trigger()
    qtbot.waitUntil(lambda: new_invoice.text() == EXPECTED[lang]["new_invoice"])
    assert english_leftovers(window, lang) == []
    assert english_leftovers(dialog, lang) == []
    dialog.close()


@pytest.mark.parametrize("lang", ["lt", "cs"])
def test_clients_products_and_company_profile_in_language(
    open_window: OpenWindow, qtbot: Any, lang: str
) -> None:
    window = open_window("--lang", lang)
    for row in (1, 2):
        window.nav.setCurrentRow(row)
        page = window.pages.currentWidget()
        assert page is not None
        assert english_leftovers(page, lang) == []
    child(window, QAction, "action_company").trigger()
    shown = [w for w in window.findChildren(QWidget, "company_dialog") if w.isVisible()]
    assert len(shown) == 1
    assert english_leftovers(shown[0], lang) == []
    shown[0].close()


@pytest.mark.parametrize(
    ("lang", "title"), [("lt", "Nustatymo vadovai"), ("cs", "Návody k nastavení")]
)
def test_setup_guides_dialog_in_language(open_window: OpenWindow, lang: str, title: str) -> None:
    window = open_window("--lang", lang)
    child(window, QAction, "action_guides").trigger()
    shown = [w for w in window.findChildren(QWidget, "guide_dialog") if w.isVisible()]
    assert len(shown) == 1
    assert shown[0].windowTitle() == title
    assert english_leftovers(shown[0], lang) == []
    shown[0].close()
