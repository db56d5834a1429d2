"""The outbox table: migration matches the model, foreign key behaviour, state rules."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from desktop.core.outbox import OutboxError, OutboxState
from desktop.storage import outbox, outbox_queries
from desktop.storage.database import Database
from desktop.storage.models import Base, Invoice
from tests.mail.outbox_fixtures import make_invoice


def test_migration_matches_the_model(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert [d for d in diff if "outbox" in str(d)] == []


def test_deleting_the_invoice_keeps_the_message(db: Database) -> None:
    invoice_id = make_invoice(db, issue=False)
    with db.session() as session:
        row = outbox.enqueue(
            session, invoice_id=invoice_id, to=["a@example.lt"], subject="s",
            message_id="<1@example.lt>", raw=b"x",
        )  # fmt: skip
        session.commit()
        inv = session.get(Invoice, invoice_id)
        session.delete(inv)
        session.commit()
        session.expire_all()
        assert outbox_queries.get_entry(session, row.id).invoice_id is None


def test_user_transitions_are_checked(db: Database) -> None:
    with db.session() as session:
        row = outbox.enqueue(
            session, invoice_id=None, to=["a@example.lt"], subject="s",
            message_id="<2@example.lt>", raw=b"x",
        )  # fmt: skip
        with pytest.raises(OutboxError):
            outbox.dismiss(session, row.id)  # still queued
        with pytest.raises(OutboxError):
            outbox.mark_sent_manually(session, row.id)  # only uncertain ones
        outbox.mark_sending(session, row.id)
        with pytest.raises(OutboxError):
            outbox.cancel(session, row.id)  # mid-send
        assert outbox.recover_after_crash(session) == [row.id]
        assert outbox.mark_sent_manually(session, row.id).state == OutboxState.SENT
        assert outbox_queries.pending_count(session) == 0
        outbox.dismiss(session, row.id)
        session.commit()
        assert outbox_queries.list_entries(session) == []
