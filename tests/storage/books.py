"""A small set of books for storage tests: a database with a seller and clients."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from desktop.storage.database import Database, open_database
from desktop.storage.models import Client
from desktop.storage.parties import get_company


def lt_vat_payer_books(url: str, *clients: Client, **company: Any) -> Iterator[Database]:
    """The seller is "UAB Pardavėjas", a Lithuanian VAT payer (``company`` sets more fields),
    in the books at ``url`` (the SQLite file or a PostgreSQL database: ``engine_url``)."""
    database = open_database(url)
    with database.session() as session:
        seller = get_company(session)
        seller.name, seller.country, seller.vat_payer = "UAB Pardavėjas", "LT", True
        for name, value in company.items():
            setattr(seller, name, value)
        session.add_all(clients)
        session.commit()
    yield database
    database.dispose()
