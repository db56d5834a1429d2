"""Every database Faktura ever wrote must open in this build (after TagStudio's migration tests)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.paths import DataPaths
from desktop.storage import documents, invoice_states, invoices
from desktop.storage.database import NewerDatabaseError, current_revision, open_database
from desktop.storage.invoice_queries import build_query, fetch_rows
from desktop.storage.migrate import script_revisions
from desktop.storage.models import Invoice
from desktop.storage.schema import HEAD_REVISION, KNOWN_REVISIONS

DATA = Path(__file__).resolve().parent.parent / "data"
STORED = {
    "0001_initial": DATA / "db_0001_initial.sqlite3",
    # Written by the 0004 build: two issued invoices and a newer draft, indexed by id.
    "0004_invoice_words": DATA / "db_0004_invoice_words.sqlite3",
    # Written by the 0005 build: the same, with the second invoice reverse-charged to a CZ
    # client, from before invoices and the company kept a legal basis.
    "0005_list_order_keys": DATA / "db_0005_list_order_keys.sqlite3",
}
# What a search for the first client finds after the upgrade, in the list's order.
FOUND = {
    "0001_initial": ["FAK2026-0001"],
    "0004_invoice_words": [None, "FAK2026-0001"],
    "0005_list_order_keys": [None, "FAK2026-0001"],
}


def test_known_revisions_match_the_scripts() -> None:
    assert list(KNOWN_REVISIONS) == script_revisions()


@pytest.mark.parametrize("revision", sorted(STORED))
def test_stored_database_upgrades_with_backup(revision: str, data_paths: DataPaths) -> None:
    shutil.copyfile(STORED[revision], data_paths.database)
    db = open_database(data_paths.database_url(), backups=data_paths.backups)
    try:
        assert current_revision(db.engine) == HEAD_REVISION
        assert db.backup_path is not None and db.backup_path.exists()
        backup = sqlite3.connect(db.backup_path)
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
        backup.close()
        with db.session() as session:
            invoice = session.get(Invoice, 1)
            assert invoice is not None and invoice.number == "FAK2026-0001"
            assert [line.description for line in invoice.lines] == ["Konsultacija"]
            # Rows from before 0006 have no legal basis: the PDF keeps the generic wording.
            assert invoices.load_form(session, 1).legal_basis == {}
            assert documents.to_document(session, 1).extra == {}
            assert invoices.new_form(session).legal_basis == {}
        # Rows written before the search index existed are found through it.
        rows = fetch_rows(db.engine, build_query(db.engine, "Žalgirio"), 0, 10)
        assert [row.number for row in rows] == FOUND[revision]
        rows = fetch_rows(db.engine, build_query(db.engine, "ža"), 0, 10)  # the word index
        assert [row.number for row in rows] == FOUND[revision]
    finally:
        db.dispose()


def test_upgraded_database_keeps_numbering(data_paths: DataPaths) -> None:
    shutil.copyfile(STORED["0001_initial"], data_paths.database)
    db = open_database(data_paths.database_url(), backups=data_paths.backups)
    try:
        with db.session() as session:
            form = invoices.load_form(session, 1)
            form.id, form.number, form.status = None, None, "draft"
            draft = invoices.save_draft(session, form)
            issued = invoice_states.issue(session, draft.id)
            session.commit()
            assert issued.number == "FAK2026-0002"
    finally:
        db.dispose()


def test_newer_database_is_refused_untouched(data_paths: DataPaths) -> None:
    db = open_database(data_paths.database_url(), backups=data_paths.backups)
    db.dispose()
    conn = sqlite3.connect(data_paths.database)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = data_paths.database.read_bytes()
    with pytest.raises(NewerDatabaseError) as error:
        open_database(data_paths.database_url(), backups=data_paths.backups)
    assert error.value.revision == "9999_from_the_future"
    assert data_paths.database.read_bytes() == before


def test_fresh_database_uses_wal_and_foreign_keys(data_paths: DataPaths) -> None:
    db = open_database(data_paths.database_url(), backups=data_paths.backups)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert db.backup_path is None  # nothing to back up on a new file
    finally:
        db.dispose()


def test_reverse_charged_invoice_from_0005_takes_a_basis(data_paths: DataPaths) -> None:
    """The stored reverse-charge invoice is issued (locked); a credit note for it can name one."""
    shutil.copyfile(STORED["0005_list_order_keys"], data_paths.database)
    db = open_database(data_paths.database_url(), backups=data_paths.backups)
    try:
        with db.session() as session:
            assert documents.to_document(session, 2).lines[0].vat.key == "0:AE"
            credit = invoices.create_credit_note(session, 2)
            form = invoices.load_form(session, credit.id)
            form.legal_basis = {"reverse_charge": "§ 92a zákona o DPH"}
            invoices.save_draft(session, form)
            session.commit()
            extra = documents.to_document(session, credit.id).extra
        assert extra == {"reverse_charge_basis": "§ 92a zákona o DPH"}
    finally:
        db.dispose()


def test_downgrade_from_head_keeps_the_search_triggers(data_paths: DataPaths) -> None:
    """0006 alters the invoice table in place: a batch copy would drop the 0005 triggers."""
    from alembic import command

    from desktop.storage.migrate import alembic_config

    shutil.copyfile(STORED["0005_list_order_keys"], data_paths.database)
    db = open_database(data_paths.database_url(), backups=data_paths.backups)
    try:
        config = alembic_config()
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0005_list_order_keys")
        with db.engine.connect() as connection:
            triggers = connection.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
            ).scalar()
            columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(invoice)")]
        assert triggers == 6 and "legal_basis" not in columns
    finally:
        db.dispose()


def test_every_migration_runs_down_and_up_and_matches_the_models(engine_url: str) -> None:
    """One set of migrations for both engines: from nothing to head, back to nothing and up
    again, and the tables they make are the models' (types included) on each."""
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    import desktop.storage.outbox_table  # noqa: F401 (the outbox table is on the metadata)
    from desktop.storage.migrate import alembic_config
    from desktop.storage.models import Base

    db = open_database(engine_url)
    try:
        config = alembic_config()
        for target in ("base", "head"):
            with db.engine.begin() as connection:
                config.attributes["connection"] = connection
                (command.downgrade if target == "base" else command.upgrade)(config, target)
        assert current_revision(db.engine) == HEAD_REVISION
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            diff = compare_metadata(context, Base.metadata)
        # The search indexes (SQLite's FTS5 tables, PostgreSQL's generated search columns of
        # 0013 and their indexes) are the migrations' own; the models do not describe them.
        search = ("invoice_search", "invoice_words", "ix_invoice_search_")
        generated = {
            (d[2], d[3].name) for d in diff if d[0] == "remove_column" and d[3].computed is not None
        }
        if engine_url.startswith("postgresql"):
            assert generated == {("invoice", "search_text"), ("invoice", "search_words")}
        rest = [d for d in diff if not (d[0] == "remove_column" and d[3].computed is not None)]
        assert [d for d in rest if not any(name in str(d) for name in search)] == []
    finally:
        db.dispose()


def test_an_invoice_of_the_largest_amount_fits_on_both_engines(engine_url: str) -> None:
    """``total_cents`` of 999 999 999 999.99 needs 64 bits (PostgreSQL's ``integer`` has 32)."""
    db = open_database(engine_url)
    try:
        with db.session() as session:
            invoice = Invoice(client_name="Didelis", total_cents=99_999_999_999_999)
            session.add(invoice)
            session.commit()
            assert session.get(Invoice, invoice.id, populate_existing=True).total_cents == (
                99_999_999_999_999
            )
    finally:
        db.dispose()
