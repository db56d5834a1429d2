"""The invoice list paints its rows itself: check the pixels say what the model says."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QImage, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionSlider, QTableView
from sqlalchemy import insert

from desktop.storage.models import Invoice
from desktop.ui.context import AppContext
from desktop.ui.invoices.table_view import InvoiceTableView
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.widgets.flat_scrollbar import flat_scroll_bar_style
from tests.ui.helpers import child

LONG_NAME = "Uždaroji akcinė bendrovė „Labai ilgas ir gražus pavadinimas be galo“"


def seed(context: AppContext, count: int) -> None:
    """``count`` issued invoices, newest first in the list; the third newest is overdue."""
    today = date.today()
    rows = []
    for n in range(count):
        issued = today - timedelta(days=count - n)
        rows.append(
            {
                "kind": "invoice",
                "status": "issued",
                "number": f"FAK-{n:04d}",
                "client_name": LONG_NAME if n == count - 1 else f"Klientas {n}",
                "language": "lt",
                "currency": "EUR",
                "issue_date": issued,
                "due_date": today - timedelta(days=30) if n == count - 3 else today,
                "prices_include_vat": False,
                "notes": "",
                "variable_symbol": "",
                "amount_in_words": True,
                "total_base": Decimal("100.00"),
                "total_vat": Decimal("21.00"),
                "total_gross": Decimal("121.00"),
                "total_cents": 12100,
                "created_at": datetime(2026, 1, 1),
                "updated_at": datetime(2026, 1, 1),
            }
        )
    with context.services.books.transaction() as session:
        session.execute(insert(Invoice), rows)


def shown_table(window: MainWindow, qtbot: Any, count: int = 40) -> InvoiceTableView:
    seed(window.context, count)
    window.list_page.refresh()
    table = child(window, QTableView, "invoice_table")
    assert isinstance(table, InvoiceTableView)
    qtbot.waitUntil(lambda: table.model().rowCount() == count)
    assert table.row_painter is not None  # start-up has finished: the rows are ours to paint
    return table


def colours_in(image: QImage, left: int, top: int, right: int, bottom: int) -> set[str]:
    return {image.pixelColor(x, y).name() for x in range(left, right) for y in range(top, bottom)}


def cell_image(table: InvoiceTableView) -> QImage:
    return table.viewport().grab().toImage()


def test_selected_and_alternate_rows_have_their_backgrounds(
    main_window: MainWindow, qtbot: Any
) -> None:
    table = shown_table(main_window, qtbot)
    table.selectRow(1)
    image = cell_image(table)
    palette = table.palette()
    highlight = {
        palette.color(group, QPalette.ColorRole.Highlight).name()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
    }
    # The blank end of the "Due" cell, away from text and grid.
    alternate = {palette.color(QPalette.ColorRole.AlternateBase).name()}
    for row, expected in ((1, highlight), (3, alternate)):
        rect = table.visualRect(table.model().index(row, 3))
        pixel = image.pixelColor(rect.right() - 4, rect.center().y())
        assert pixel.name() in expected, (row, pixel.name(), expected)


def test_texts_are_drawn_in_the_rows_colours(main_window: MainWindow, qtbot: Any) -> None:
    table = shown_table(main_window, qtbot)
    image = cell_image(table)
    model = table.model()
    _texts, overdue_brush, _font = model.look(2)  # type: ignore[attr-defined]
    assert model.data(model.index(2, 5)) == "Overdue"
    rect = table.visualRect(model.index(2, 0))
    colours = colours_in(image, rect.left(), rect.top(), rect.right(), rect.bottom())
    assert overdue_brush.color().name() in colours  # the overdue red, at full strength
    plain = table.visualRect(model.index(1, 0))
    text = table.palette().color(QPalette.ColorRole.Text).name()
    assert text in colours_in(image, plain.left(), plain.top(), plain.right(), plain.bottom())
    assert text not in colours  # the red row has no default-coloured text


def test_long_texts_are_elided_to_fit(main_window: MainWindow, qtbot: Any) -> None:
    table = shown_table(main_window, qtbot)
    metrics = QFontMetrics(table.font())
    key = table.font().key()
    assert table.row_painter is not None
    shortened = table.row_painter.elided(LONG_NAME, 120, metrics, key)
    assert shortened.endswith("…") and metrics.horizontalAdvance(shortened) <= 120
    assert table.row_painter.elided("Klientas 1", 120, metrics, key) == "Klientas 1"
    # Drawn text stops inside its cell: the column after the long name starts clean.
    image = cell_image(table)
    name_cell = table.visualRect(table.model().index(0, 1))
    assert image.pixelColor(name_cell.right() - 1, name_cell.center().y()).name() in {
        table.palette().color(QPalette.ColorRole.Base).name(),
        table.palette().color(QPalette.ColorRole.AlternateBase).name(),
    }


def test_right_to_left_falls_back_to_qt_painting(main_window: MainWindow, qtbot: Any) -> None:
    table = shown_table(main_window, qtbot, count=5)
    table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    image = cell_image(table)
    rect = table.visualRect(table.model().index(0, 0))
    assert len(colours_in(image, rect.left(), rect.top(), rect.right(), rect.bottom())) > 2


def test_flat_scroll_bar_keeps_the_application_styles_geometry(
    main_window: MainWindow, qtbot: Any
) -> None:
    table = shown_table(main_window, qtbot, count=60)
    bar = table.verticalScrollBar()
    assert bar.style() is flat_scroll_bar_style()
    assert bar.maximum() > 0
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    control = QStyle.ComplexControl.CC_ScrollBar
    for part in (QStyle.SubControl.SC_ScrollBarSlider, QStyle.SubControl.SC_ScrollBarAddLine):
        ours = bar.style().subControlRect(control, option, part, bar)
        assert ours == QApplication.style().subControlRect(control, option, part, bar)
    image = bar.grab().toImage()
    slider = bar.style().subControlRect(control, option, QStyle.SubControl.SC_ScrollBarSlider, bar)
    groove_colour = image.pixelColor(slider.center().x(), slider.bottom() + 6)
    assert image.pixelColor(slider.center()) != groove_colour  # the slider shows
    bar.setRange(0, 0)  # everything fits: a plain groove
    image = bar.grab().toImage()
    assert image.pixelColor(bar.width() // 2, bar.height() // 2) == groove_colour
