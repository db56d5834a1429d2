"""Nothing in the editor's line table or exchange rate row is clipped in any language."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QTableView, QToolTip

from desktop.ui.invoices.line_items_model import DESCRIPTION, QUANTITY, VAT
from desktop.ui.shell.pseudo import ENV_VAR
from tests.i18n.conftest import OpenWindow

pytestmark = pytest.mark.usefixtures("layout_font")  # widths measured in DejaVu Sans


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


def test_a_cut_short_vat_label_shows_whole_as_tooltip(open_window: OpenWindow, qtbot: Any) -> None:
    """A new database's seller pays no VAT: "no VAT (not a payer)" is too long in Lithuanian."""
    window = open_window("--lang", "lt")
    window.notification_pane.show()  # as after the first send: the editor is narrower
    editor = window.open_invoice(None)
    currency = editor.findChild(QComboBox, "invoice_currency")
    currency.setCurrentIndex(currency.findText("USD"))
    qtbot.waitExposed(editor)
    table = editor.findChild(QTableView, "invoice_lines")
    index = table.model().index(0, VAT)
    label = str(index.data())
    metrics = table.fontMetrics()
    qtbot.waitUntil(lambda: metrics.horizontalAdvance(label) > table.visualRect(index).width())

    def tooltip_over(cell: QModelIndex) -> str:
        position = table.visualRect(cell).center()
        event = QHelpEvent(QEvent.Type.ToolTip, position, table.viewport().mapToGlobal(position))
        QApplication.sendEvent(table.viewport(), event)
        return QToolTip.text()

    assert tooltip_over(table.model().index(0, QUANTITY)) == ""  # "1" fits: no tooltip
    assert tooltip_over(index) == label


@pytest.mark.parametrize("lang", ["lt", "pseudo"])
def test_description_stays_widest_when_the_window_narrows(
    open_window: OpenWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """The text columns' share is measured again for the new width, not kept from the old."""
    if lang == "pseudo":
        monkeypatch.setenv(ENV_VAR, "1")
    window = open_window("--lang", "en" if lang == "pseudo" else lang)
    editor = window.open_invoice(None)
    currency = editor.findChild(QComboBox, "invoice_currency")
    currency.setCurrentIndex(currency.findText("USD"))
    qtbot.waitExposed(editor)
    table = editor.findChild(QTableView, "invoice_lines")
    header = table.horizontalHeader()

    def description_widest() -> None:
        widths = [header.sectionSize(c) for c in range(header.count())]
        assert widths[DESCRIPTION] == max(widths), (lang, widths)

    qtbot.waitUntil(description_widest, timeout=2000)
    for shrink in (9, 18, 40):
        window.resize(max(window.minimumWidth(), window.width() - shrink), window.height())
        qtbot.waitUntil(description_widest, timeout=2000)
