"""The start-up fast path reads exactly what the SQLAlchemy queries would."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from desktop import settings
from desktop.core import forms
from desktop.paths import DataPaths
from desktop.storage import fastpath, invoices, kv
from desktop.storage.database import open_database
from desktop.storage.deferred import DeferredDatabase
from desktop.storage.invoice_queries import build_query, fetch_rows
from desktop.storage.models import Client
from desktop.storage.parties import get_company
from desktop.storage.schema import HEAD_REVISION


def test_first_page_matches_the_list_query(data_paths: DataPaths) -> None:
    db = open_database(data_paths.database_url())
    with db.session() as session:
        get_company(session).name = "MB Testas"
        session.add(Client(name="UAB „Žalgirio“ prekyba"))
        session.flush()
        for day in (3, 1, 3, 2, 5):  # same dates on purpose: ties break by id
            form = invoices.new_form(session, date(2026, 1, day))
            form.client_id = 1
            form.lines = [forms.LineForm("x", Decimal(day), "", Decimal("10.5"))]
            form.due_date = date(2026, 1, day) + timedelta(days=14) if day != 2 else None
            invoices.save_draft(session, form)
        kv.write(session, settings.LANGUAGE, "cs")
        session.commit()
    expected = fetch_rows(db.engine, build_query(db.engine), 0, 3)
    db.dispose()
    file = data_paths.database
    assert fastpath.first_invoice_rows(file, 3) == expected
    assert fastpath.revision(file) == HEAD_REVISION
    assert fastpath.read_setting(file, settings.LANGUAGE) == "cs"
    assert fastpath.has_any_invoice(file) and fastpath.company_is_set_up(file)


def test_deferred_database_opens_on_first_use(data_paths: DataPaths) -> None:
    open_database(data_paths.database_url()).dispose()
    deferred = DeferredDatabase(data_paths.database_url(), data_paths.database)
    assert not deferred.is_open
    with deferred.session() as session:
        assert get_company(session).id == 1
    assert deferred.is_open
    deferred.dispose()


def test_sqlite_file_only_for_plain_urls() -> None:
    assert fastpath.sqlite_file("sqlite:////tmp/x.sqlite3") is not None
    assert fastpath.sqlite_file("postgresql://db/books") is None
    assert fastpath.sqlite_file("sqlite://") is None  # in-memory
