"""The line table's model under extreme and malformed input (hypothesis).

Drives ``LineItemsModel.setData`` on every column with what people (and pasted spreadsheets)
put into cells: huge and tiny numbers, negatives, exponents (``1e13``), ``NaN`` and
``Infinity``, many decimals, non-ASCII digits, separators in odd places, and plain junk.
Whatever comes, no exception escapes, every value the model accepts is within the money
limits (``core.limits``), the totals compute for net and gross prices and fit
``total_cents``, every cell draws, and nothing is logged (``no_unexpected_log``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from desktop.core.forms import LineForm
from desktop.core.limits import MAX_TOTAL, cents
from desktop.core.line_rules import line_problems, lines_problem, read_field
from desktop.core.totals import compute_totals
from desktop.ui.invoices.line_items_model import (
    DESCRIPTION,
    DISCOUNT,
    FIELD_OF,
    PRICE,
    QUANTITY,
    TOTAL,
    UNIT,
    VAT,
    CatalogueItem,
    LineItemsModel,
)

VAT_KEYS = ("21", "12", "5", "0:Z", "0:E")
ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.TextAlignmentRole,
)
CATALOGUE = [
    CatalogueItem(1, "Consulting", "h", Decimal("50"), "21"),
    CatalogueItem(2, "Server rack", "pcs", Decimal("999999999.9999"), "21"),  # at the limit
    CatalogueItem(3, "Precise", "kg", Decimal("0.123456"), "5"),  # more places than a cell takes
]

huge = st.integers(min_value=-(10**40), max_value=10**40).map(str)
exponents = st.builds(
    lambda mantissa, exp, e: f"{mantissa}{e}{exp}",
    st.sampled_from(["1", "9.99", "-2,5", "0.0001", ""]),
    st.integers(min_value=-400, max_value=400),
    st.sampled_from(["e", "E", "e+", "E-"]),
)
specials = st.sampled_from(
    [
        "NaN", "nan", "-NaN", "sNaN", "Infinity", "-Infinity", "inf", "Inf", "∞", "",
        " ", "-", "+", ".", ",", "-0", "0,00", "1 000 000 000 000", "1.234.567,891",
        "999999999,9999", "999999999.99995", "1000000000", "-999999999.9999",
        "826446280991,74", "100000000000000000", "10000000000000", "0.00005", "1e13",
        "1,5%", "50 %", "١٢٣", "１２３", "٣٫٥", "12\u00a0345,67", "1\u202f000", "0x10", "1_000",
        "²", "½", "--5", "5-", "1,2,3", "1..2", "\t7\n",
    ]
)  # fmt: skip
many_places = st.decimals(
    min_value=Decimal("-1e12"), max_value=Decimal("1e12"), allow_nan=False, places=8
).map(lambda d: f"{d:f}")
decimals_any = st.decimals(allow_nan=True, allow_infinity=True).map(str)
unicode_digits = st.text(
    alphabet=st.characters(whitelist_categories=("Nd",)), min_size=1, max_size=14
)
junk = st.text(max_size=30)
not_text = st.sampled_from(
    [None, 0, -1, 10**30, 1e300, float("nan"), float("inf"), -0.0, 1.5, Decimal("1E+13")]
)
numbers = st.one_of(huge, exponents, specials, many_places, decimals_any, unicode_digits, junk)
cell_values = st.one_of(numbers, not_text)
vat_values = st.one_of(st.sampled_from([*VAT_KEYS, "7", "21.0", "0:O", ""]), junk)
text_values = st.one_of(
    st.sampled_from(["Consulting", "server rack", "Precise", "u" * 21, "x" * 2001]), junk
)


def _value_for(column: int) -> st.SearchStrategy[Any]:
    if column == VAT:
        return vat_values
    if column in (DESCRIPTION, UNIT):
        return st.one_of(text_values, cell_values)
    return cell_values


edits = st.lists(
    st.sampled_from([DESCRIPTION, QUANTITY, UNIT, PRICE, DISCOUNT, VAT, TOTAL]).flatmap(
        lambda column: st.tuples(
            st.integers(min_value=-1, max_value=3), st.just(column), _value_for(column)
        )
    ),
    min_size=1,
    max_size=25,
)


def _model(credit_note: bool) -> LineItemsModel:
    model = LineItemsModel()
    model.vat_keys = VAT_KEYS
    model.allow_negative = credit_note
    model.set_catalogue(CATALOGUE)
    model.set_lines([LineForm("", vat_key="21"), LineForm("", vat_key="12")])
    return model


def _draw_everything(model: LineItemsModel) -> None:
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in ROLES:
                model.data(model.index(row, column), role)


def _assert_within_limits(model: LineItemsModel, credit_note: bool) -> None:
    lines = model.lines()
    for line in lines:
        assert line_problems(line, VAT_KEYS, allow_negative=credit_note) == {}, line
    assert lines_problem(lines) is None
    for gross in (False, True):
        totals = compute_totals((ln.amounts() for ln in lines), prices_include_vat=gross)
        for amount in (totals.base, totals.vat, totals.gross):
            assert abs(amount) <= MAX_TOTAL
        cents(totals.gross)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits, st.booleans(), st.booleans())
def test_no_input_breaks_the_line_table(
    qapp: Any, actions: list[tuple[int, int, Any]], credit_note: bool, add_line: bool
) -> None:
    model = _model(credit_note)
    if add_line:
        model.insert_line()
    for row, column, value in actions:
        index = model.index(row, column)
        text = "" if value is None else str(value)
        expected = model.check(column, text, row) if column != TOTAL and index.isValid() else None
        before = model.line(row) if index.isValid() else None
        snapshot = None if before is None else LineForm(**vars(before))
        model.setData(index, value)
        if expected is not None:
            accepted, message = expected
            # The delegate's live check (``check`` with the row) says what the commit does.
            assert (message is None) == (model.cell_problem(row, column) is None)
            if message is not None and column != DESCRIPTION:
                assert model.line(row) == snapshot  # refused: the last good value stays
                assert model.data(index) == text  # and what was typed is still shown
            elif column not in (DESCRIPTION, VAT):
                assert getattr(model.line(row), FIELD_OF[column]) == accepted
        _assert_within_limits(model, credit_note)
        _draw_everything(model)
    for line in model.lines():  # a refused and a later accepted value: only the accepted ones
        for field in ("quantity", "unit_price", "discount_pct"):
            value = getattr(line, field)
            assert read_field(field, f"{value:f}", VAT_KEYS, allow_negative=credit_note)[1] is None


def test_the_figures_at_the_edges(qapp: Any) -> None:
    """The documented limits, just inside and just outside, with the sentence each gets."""
    model = _model(credit_note=False)
    cases = [
        (QUANTITY, "999999999,9999", None),
        (QUANTITY, "1000000000", "The quantity is too large: at most 999,999,999.9999."),
        (QUANTITY, "1,23456", "Use at most 4 decimal places in the quantity."),
        (QUANTITY, "-1", "The quantity cannot be negative on an invoice"),
        (QUANTITY, "1", None),
        (PRICE, "-999999999.9999", None),
        (PRICE, "1000000000", "The unit price is too large: at most 999,999,999.9999."),
        (PRICE, "0,00001", "Use at most 4 decimal places in the unit price."),
        (PRICE, "1e13", "“1e13” is not a number."),
        (PRICE, "NaN", "“NaN” is not a number."),
        (DISCOUNT, "100", None),
        (DISCOUNT, "100.01", "The discount must be between 0 and 100 %."),
        (DISCOUNT, "12.345", "Use at most 2 decimal places in the discount."),
        (DISCOUNT, "0", None),
        (VAT, "7", "Choose one of the VAT rates in the list."),
    ]
    for column, text, wanted in cases:
        _value, message = model.check(column, text, 0)
        if wanted is None:
            assert message is None, (text, message)
            assert model.setData(model.index(0, column), text)
        else:
            assert message is not None and message.startswith(wanted), (text, message)


def test_a_line_or_an_invoice_that_would_be_too_large_is_refused_by_its_total(
    qapp: Any,
) -> None:
    model = _model(credit_note=False)
    index = model.index
    model.set_lines([LineForm("a", Decimal(1000), vat_key="21")])
    assert model.setData(index(0, PRICE), "826446280.99")  # 999 999 999 997.90 with VAT
    assert model.cell_problem(0, PRICE) is None
    assert model.setData(index(0, QUANTITY), "1001")
    assert model.cell_problem(0, QUANTITY).startswith("The line total would be too large")
    assert model.line(0).quantity == Decimal(1000)
    # Two lines that fit alone but not together; a discount line counts as much as a charge.
    model.set_lines(
        [
            LineForm("a", Decimal(1000), unit_price=Decimal("500000000"), vat_key="21"),
            LineForm("b", Decimal(400), vat_key="21"),
        ]
    )
    assert model.setData(index(1, PRICE), "-999999999")
    assert model.cell_problem(1, PRICE).startswith("The invoice total would be too large")
    assert model.line(1).unit_price == 0
    # Switching a line's rate can push the total over too.
    model.set_lines([LineForm("a", Decimal(1000), unit_price=Decimal("900000000"), vat_key="0:Z")])
    assert model.setData(index(0, VAT), "21")
    assert model.cell_problem(0, VAT) is not None and model.line(0).vat_key == "0:Z"


def test_a_catalogue_product_fills_only_what_fits(qapp: Any) -> None:
    model = _model(credit_note=False)
    assert model.setData(model.index(0, QUANTITY), "1000")
    assert model.setData(model.index(0, DESCRIPTION), "Server rack")  # 10^12 and VAT: too much
    assert model.line(0).description == "Server rack" and model.line(0).unit_price == 0
    assert model.setData(model.index(1, DESCRIPTION), "Precise")  # 6 places: not a cell's value
    assert model.line(1).unit_price == 0
    model.insert_line()
    assert model.setData(model.index(2, DESCRIPTION), "consulting")
    assert (model.line(2).unit, model.line(2).unit_price) == ("h", Decimal(50))


def test_a_stored_draft_beyond_the_limits_is_marked_and_still_draws(qapp: Any) -> None:
    """Saved before the limits existed: the cell says why, the total cell shows "—"."""
    model = _model(credit_note=False)
    model.set_lines([LineForm("old", Decimal(1), unit_price=Decimal("100000000000000"))])
    assert model.cell_problem(0, PRICE).startswith("The unit price is too large")
    assert model.data(model.index(0, TOTAL)) == "—"
    _draw_everything(model)
    assert model.setData(model.index(0, PRICE), "100")
    assert not model.has_problems()


def test_the_largest_total_is_never_cut_off(qapp: Any, qtbot: Any) -> None:
    """The totals panel next to the notes, as in the editor: it takes the width its amounts
    need, up to the largest the limits allow, however little room the window offers."""
    from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QWidget

    from desktop.ui.invoices.totals_panel import TotalsPanel

    window = QWidget()
    qtbot.addWidget(window)
    layout = QHBoxLayout(window)
    layout.addWidget(QPlainTextEdit(), 1)
    panel = TotalsPanel()
    layout.addWidget(panel, 0, Qt.AlignmentFlag.AlignTop)
    window.resize(500, 300)
    window.show()
    qtbot.waitExposed(window)
    largest = [LineForm("x", Decimal(1000), unit_price=Decimal("826446280.99"), vat_key="21")]
    panel.show_lines(largest, prices_include_vat=False, currency="EUR", credit_note=False)
    qtbot.waitUntil(lambda: panel.width() >= panel.minimumSizeHint().width())
    assert panel.pay_value.text() == "999,999,999,997.90 EUR"
    assert panel.pay_value.width() >= panel.pay_value.sizeHint().width()


def test_a_product_price_follows_the_line_rules(main_window: Any, qtbot: Any) -> None:
    """A catalogue price no line could take is refused where it is typed."""
    from PySide6.QtWidgets import QLabel, QTableView

    from tests.ui.helpers import child, click, open_dialog, type_into

    main_window.nav.setCurrentRow(2)
    page = main_window.findChild(QTableView, "products_table").parent()
    click(qtbot, page, "product_add")
    dialog = open_dialog(qtbot, main_window, "product_dialog")
    type_into(qtbot, dialog, "product_name", "Gold bar")
    for typed, said in (
        ("100000000000000000", "The unit price is too large: at most 999,999,999.9999."),
        ("0,123456", "Use at most 4 decimal places in the unit price."),
    ):
        type_into(qtbot, dialog, "product_price", typed)
        click(qtbot, dialog, "product_save")
        assert child(dialog, QLabel, "product_price_message").text() == said
    type_into(qtbot, dialog, "product_price", "-12,5")  # a discount, as on a line
    click(qtbot, dialog, "product_save")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert main_window.context.services.parties.products()[0].unit_price == Decimal("-12.5")


def test_editing_a_stored_draft_beyond_the_limits_says_so_and_keeps_it(
    main_window: Any, qtbot: Any
) -> None:
    """A draft an older Faktura stored with a price beyond today's limits: an edit is not
    saved (the totals cannot be stored), the editor says why, and nothing is logged as a bug."""
    import sqlite3

    from tests.ui.helpers import seed_invoices

    services = main_window.context.services
    [invoice_id] = seed_invoices(services, 1, issue=False)
    with sqlite3.connect(main_window.context.paths.database) as conn:
        conn.execute("UPDATE invoice_line SET unit_price = '100000000000000000'")
    conn.close()
    editor = main_window.open_invoice(invoice_id)
    qtbot.keyClicks(editor.notes, "Pastaba")
    assert editor.save() is False
    assert "too large" in editor.message.text()
    assert editor.autosave.dirty
    stored = services.invoices.load(invoice_id)
    assert stored.notes == "" and stored.lines[0].unit_price == Decimal("100000000000000000")
