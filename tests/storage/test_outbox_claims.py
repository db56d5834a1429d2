"""Claims on due messages between senders on one PostgreSQL database (``outbox_claims``):
disjoint claims, a dead sender's claims and its message on the wire, a live one's kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from desktop.core.outbox import OutboxState
from desktop.storage import outbox, outbox_claims
from desktop.storage.database import Database, open_database
from desktop.storage.outbox_table import OutboxMessage


@pytest.fixture
def books(pg_url: str) -> Iterator[Database]:
    db = open_database(pg_url)
    try:
        with db.session() as session:
            for n in range(12):
                outbox.enqueue(session, invoice_id=None, to=[f"k{n}@example.lt"], subject="S",
                               message_id=f"<m{n}@example.lt>", raw=b"x")  # fmt: skip
            session.commit()
        yield db
    finally:
        db.dispose()


def test_senders_claim_apart_and_take_over_from_a_dead_one(books: Database) -> None:
    now = datetime.now()
    alive = [outbox_claims.SenderPresence(books.engine, outbox_claims.new_sender_id())
             for _ in range(2)]  # fmt: skip
    for presence in alive:
        presence.hold()
    try:
        first, second = (presence.sender for presence in alive)
        with books.session() as one, books.session() as two:
            mine = outbox_claims.claim_due(one, first, now, 5)  # not committed yet: locked
            theirs = outbox_claims.claim_due(two, second, now, 5)  # SKIP LOCKED passes by
            one.commit()
            two.commit()
        assert len(mine) == len(theirs) == 5 and not set(mine) & set(theirs)
        with books.session() as session:  # a live sender's claims stay its own
            assert set(outbox_claims.claim_due(session, "3", now, 12)).isdisjoint(mine)
            session.rollback()
            outbox.mark_sending(session, mine[0], now, sender=first)
            session.commit()
            assert outbox.recover_after_crash(session, now, sender=second) == []
        alive[0].release()  # the first sender's process ends: the server drops its lock
        with books.session() as session:
            assert outbox.recover_after_crash(session, now, sender=second) == [mine[0]]
            taken = outbox_claims.claim_due(session, second, now, 12)
            session.commit()
            assert set(mine[1:]) <= set(taken)
            assert session.get(OutboxMessage, mine[0]).state == OutboxState.UNCERTAIN.value
    finally:
        for presence in alive:
            presence.release()
