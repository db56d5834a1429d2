"""``services.mailer.Mailer``, the window's sending loop, without Qt: recovery at start, sleep
until the next row, wake-ups, the network coming back, and a prompt end on cancel."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from desktop import settings
from desktop.core.outbox import OutboxEntry, OutboxState, PasswordWait, PauseInfo
from desktop.services.control import JobControl
from desktop.services.database import Books
from desktop.services.mailer import Mailer
from desktop.services.outbox import OutboxService
from desktop.storage import kv, outbox
from desktop.storage.database import Database
from tests.mail.outbox_fixtures import configure_smtp
from tests.mail.test_outbox_sender import queued, state_of
from tests.smtp_server import SmtpTestServer, TestPki


class Heard:
    """What the mailer reported, from its thread."""

    def __init__(self) -> None:
        self.changes: list[OutboxEntry] = []
        self.pauses: list[PauseInfo | None] = []
        self.missing: list[bool] = []
        self.password_waits: list[PasswordWait | None] = []


@contextmanager
def running(db: Database) -> Iterator[tuple[Mailer, Heard]]:
    """The mailer on a thread of its own (the job runner's, in the window), stopped after."""
    heard = Heard()
    mailer = Mailer(
        OutboxService(Books(db)),
        on_change=heard.changes.append,
        on_pause=heard.pauses.append,
        on_account_missing=heard.missing.append,
        on_password_wait=heard.password_waits.append,
    )
    control = JobControl()
    thread = threading.Thread(target=mailer.run, args=(control,), name="test-mailer")
    thread.start()
    try:
        yield mailer, heard
    finally:
        began = time.monotonic()
        control.cancel()
        thread.join(5)
        assert not thread.is_alive() and time.monotonic() - began < 1.0


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the mailer did not get there in time"
        time.sleep(0.02)


@pytest.mark.expected_log("WARNING", r"interrupted mid-send")
def test_recovers_sends_then_sleeps_until_woken(db: Database, server: SmtpTestServer) -> None:
    configure_smtp(db, server)
    interrupted, waiting = queued(db), queued(db)
    with db.session() as session:
        outbox.mark_sending(session, interrupted.id)  # a crash left it on the wire
        session.commit()
    with running(db) as (mailer, heard):
        wait_for(lambda: state_of(db, waiting.id).state is OutboxState.SENT)
        assert state_of(db, interrupted.id).state is OutboxState.UNCERTAIN  # never resent
        wait_for(lambda: heard.missing == [False])  # said once the drain is over
        assert heard.pauses[0] is None
        late = queued(db)
        time.sleep(0.3)
        assert state_of(db, late.id).state is OutboxState.QUEUED  # asleep: nothing is due
        began = time.monotonic()
        mailer.wake()
        wait_for(lambda: state_of(db, late.id).state is OutboxState.SENT)
        assert time.monotonic() - began < 3
    assert len(server.handler.messages) == 2
    assert [e.state for e in heard.changes if e.id == late.id] == [
        OutboxState.SENDING,
        OutboxState.SENT,
    ]


def test_network_back_sends_what_waited_for_a_retry(db: Database, pki: TestPki) -> None:
    srv = SmtpTestServer("starttls", pki)
    configure_smtp(db, srv)  # the port is chosen, nothing listens yet
    with db.session() as session:
        kv.write(session, settings.RETRY_DELAYS, [3600])  # on its own: an hour from now
        session.commit()
    entry = queued(db)
    with running(db) as (mailer, _):
        wait_for(lambda: state_of(db, entry.id).state is OutboxState.RETRYING)
        with srv:
            mailer.network_online()
            wait_for(lambda: state_of(db, entry.id).state is OutboxState.SENT)
            time.sleep(0.3)  # the batch ends with QUIT; let it close before the server stops


def test_without_an_account_it_says_so_once_and_waits(db: Database) -> None:
    entry = queued(db)  # the SMTP module is not installed
    with running(db) as (mailer, heard):
        wait_for(lambda: heard.missing == [True])
        mailer.wake()
        time.sleep(0.3)
        assert heard.missing == [True]
        assert state_of(db, entry.id).state is OutboxState.QUEUED
