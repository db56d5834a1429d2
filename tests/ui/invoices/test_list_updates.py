"""A changed invoice updates its own row in the list; the list reloads only when it must."""

from __future__ import annotations

from typing import Any

from desktop.ui.shell.main_window import MainWindow
from tests.ui.helpers import seed_invoices

STATUS = 5


def status_of(window: MainWindow, invoice_id: int) -> str:
    model = window.list_page.model
    for row in range(model.rowCount()):
        found = model.row_at(row)
        if found is not None and found.id == invoice_id:
            return str(model.index(row, STATUS).data())
    raise AssertionError(f"invoice {invoice_id} is not listed")


def test_a_burst_of_changed_invoices_updates_their_rows_in_place(
    main_window: MainWindow, qtbot: Any
) -> None:
    services = main_window.context.services
    ids = seed_invoices(services, 5)
    main_window.list_page.refresh()
    model = main_window.list_page.model
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    before = status_of(main_window, ids[1])
    for invoice_id in ids[:3]:
        services.invoices.mark_paid(invoice_id)
    events = main_window.context.events
    for invoice_id in ids[:3]:  # as the mailer reports the invoices it sent
        events.invoice_changed.emit(invoice_id)
    qtbot.waitUntil(lambda: status_of(main_window, ids[2]) != before)
    assert {status_of(main_window, i) for i in ids[:3]} == {status_of(main_window, ids[0])}
    assert status_of(main_window, ids[3]) == before
    assert resets == []  # no reload: the rows cannot move in the default order


def test_a_filtered_list_reloads(main_window: MainWindow, qtbot: Any) -> None:
    services = main_window.context.services
    ids = seed_invoices(services, 3)
    page = main_window.list_page
    page.status_filter.setCurrentIndex(page.status_filter.findData("issued"))
    page.apply_filter_now()
    assert page.model.rowCount() == 3
    services.invoices.mark_paid(ids[0])
    main_window.context.events.invoice_changed.emit(ids[0])
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
