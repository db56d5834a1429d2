"""Books for service tests: a data folder with a Lithuanian VAT payer and one client."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal

from desktop.core.forms import InvoiceForm, LineForm
from desktop.paths import DataPaths
from desktop.services import Services
from desktop.services.database import open_books
from desktop.services.parties import ClientRecord


@contextmanager
def opened(paths: DataPaths, url: str | None = None, *, lock: bool = True) -> Iterator[Services]:
    """The books of ``paths`` as a window or a command opens them: its SQLite file, or the
    database at ``url`` (``engine_url``: a PostgreSQL database too).  ``lock=False``: a second
    app on the same file, as two sessions of one team would be."""
    services = Services(open_books(paths, url, lock=lock), paths)
    try:
        yield services
    finally:
        services.close()


def set_up_seller(services: Services) -> int:
    """An LT VAT payer with one client; returns the client's id."""
    company = services.parties.company()
    company.name, company.country, company.vat_payer = "UAB Pardavėjas", "LT", True
    company.iban = "LT601010012345678901"
    services.parties.save_company(company)
    return services.parties.save_client(
        ClientRecord(name="UAB „Žalgirio“ prekyba", emails="pirkejas@example.lt")
    )


def draft_form(services: Services, client_id: int, price: str = "100") -> InvoiceForm:
    form = services.invoices.new_form()
    form.client_id = client_id
    form.lines = [LineForm("Konsultacija", Decimal(1), "val.", Decimal(price), vat_key="21")]
    return form


def new_draft(services: Services, client_id: int, price: str = "100") -> int:
    return services.invoices.save_draft(draft_form(services, client_id, price))
