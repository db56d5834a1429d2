"""Pseudo-translation: longer, accented texts that keep everything the code relies on.

With ``FAKTURA_PSEUDO_TRANSLATE=1`` every translated text is bracketed, so any text still
in plain English on screen bypassed ``tr()`` — a Lithuanian or Czech user would meet it.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QWidget

from desktop.ui.shell.pseudo import ENV_VAR, pseudo_text
from tests.i18n.conftest import OpenWindow
from tests.i18n.test_catalogues import MNEMONIC, PLACEHOLDER, TAG
from tests.i18n.test_language_gui import child, install_smtp, open_modules
from tests.i18n.texts import visible_texts

# Widgets that show the user's data or brand names, which stay as they are.
DATA = re.compile(
    r"^(main_window title|invoice_client\[|invoice_currency\[|invoice_total_|invoice_rate_"
    r"|smtp_provider\[|action_language_)"
)


@pytest.mark.parametrize(
    "source",
    [
        "Save",
        "&File",
        "%n invoice(s) selected: %1",
        'Needs an <b>app password</b>: <a href="%1">how to create one</a>.',
        "Remove “%1”? Its settings and {name} are deleted.",
        "Fish && chips &amp; %L1",
    ],
)
def test_pseudo_text_keeps_placeholders_tags_and_mnemonics(source: str) -> None:
    text = pseudo_text(source)
    assert text != source and text.startswith("[") and text.endswith("]")
    assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source))
    assert TAG.findall(text) == TAG.findall(source)
    assert len(MNEMONIC.findall(text)) == len(MNEMONIC.findall(source))


def test_pseudo_text_is_about_forty_percent_longer() -> None:
    source = "Send invoices from your own e-mail address through your provider's SMTP server."
    assert 1.3 * len(source) <= len(pseudo_text(source)) <= 1.6 * len(source)
    assert pseudo_text("") == "" and pseudo_text("  ") == "  "


def test_switch_installs_and_removes_the_pseudo_translator(
    monkeypatch: pytest.MonkeyPatch, english_afterwards: None
) -> None:
    from desktop.ui.shell.app import ensure_application
    from desktop.ui.shell.translations import install_translators

    ensure_application([])
    monkeypatch.setenv(ENV_VAR, "1")
    assert "pseudo" in install_translators("en")
    assert QCoreApplication.translate("MainWindow", "&File").startswith("[&F")
    plural = QCoreApplication.translate("InvoiceListPage", "%n invoice(s) selected: %1", "", 3)
    assert plural.startswith("[3 ") and "%1" in plural
    assert "pseudo" in install_translators("lt")  # wins over the real catalogue too
    assert QCoreApplication.translate("MainWindow", "&File").startswith("[")
    monkeypatch.delenv(ENV_VAR)
    assert install_translators("en") == ["desktop_en"]  # English plural forms only
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


@pytest.mark.parametrize(
    ("count", "expected"), [(1, "1 issued invoice: %1"), (2, "2 issued invoices: %1")]
)
def test_english_plurals_read_naturally(
    count: int, expected: str, english_afterwards: None
) -> None:
    from desktop.ui.shell.app import ensure_application
    from desktop.ui.shell.translations import install_translators

    ensure_application([])
    install_translators("en")
    source = "%n issued invoice(s): %1"
    assert QCoreApplication.translate("InvoiceListPage", source, "", count) == expected


def test_no_screen_text_bypasses_translation(
    open_window: OpenWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, "1")
    window = open_window("--lang", "en")
    editor = window.open_invoice(None)
    assert child(editor, QAbstractButton, "invoice_save").text().startswith("[")
    dialog = open_modules(window, qtbot)
    install_smtp(dialog, qtbot)
    roots: list[QWidget] = [window, dialog]
    plain = sorted(
        {
            f"{where}: {text!r}"
            for root in roots
            for where, text in visible_texts(root)
            if re.search(r"[A-Za-z]{2}", text) and "[" not in text and not DATA.match(where)
        }
    )
    assert plain == [], "texts not passed through tr():\n" + "\n".join(plain)
    dialog.close()
