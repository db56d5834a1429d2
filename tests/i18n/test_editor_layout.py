"""Nothing in the editor's line table or exchange rate row is clipped in any language."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QTableView

from desktop.ui.invoices.line_items_model import DESCRIPTION
from desktop.ui.shell.pseudo import ENV_VAR
from tests.i18n.conftest import OpenWindow


@pytest.mark.parametrize("lang", ["en", "lt", "cs", "pseudo"])
def test_line_columns_fit_their_headings_and_description_takes_the_rest(
    open_window: OpenWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    if lang == "pseudo":
        monkeypatch.setenv(ENV_VAR, "1")
    window = open_window("--lang", "en" if lang == "pseudo" else lang)
    editor = window.open_invoice(None)
    currency = editor.findChild(QComboBox, "invoice_currency")
    currency.setCurrentIndex(currency.findText("USD"))  # the rate row shows: widest header
    qtbot.waitExposed(editor)
    table = editor.findChild(QTableView, "invoice_lines")
    header = table.horizontalHeader()
    metrics = header.fontMetrics()

    def fits() -> None:
        widths = [header.sectionSize(c) for c in range(header.count())]
        for column in range(header.count()):
            title = str(table.model().headerData(column, header.orientation()))
            assert widths[column] >= metrics.horizontalAdvance(title), (lang, title)
        assert widths[DESCRIPTION] == max(widths), (lang, widths)
        assert sum(widths) <= table.viewport().width() + 1  # no horizontal scrolling
        for label in (editor.header.rate_label, editor.header.rate_from, editor.header.rate_to):
            assert isinstance(label, QLabel) and label.isVisible()
            assert label.width() >= label.sizeHint().width(), (lang, label.text())

    qtbot.waitUntil(fits, timeout=2000)  # the layout settles on the next turns of the loop
