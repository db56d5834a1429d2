"""The mail fault matrix: every way a send fails, against a real aiosmtpd server (STARTTLS +
AUTH), with the sending loop the window and the command line share.

For each fault three messages are queued and the outbox is drained until it settles (and,
where only the user can fix the fault, once more after the fix).  Then, by Message-ID:
a message reached the server at most once (no resend was asked for here), and every message
ends sent, failed, uncertain or still queued -- never gone.  The states must also tell the
truth: "sent" means one copy arrived, "failed" and "queued" mean none did, "uncertain" is
the only state that may hide either.  Each case prints its figures (``-s`` shows them).
"""

from __future__ import annotations

import email
import email.policy
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest

from desktop.core.outbox import OutboxState
from desktop.mail.compose import build_message
from desktop.mail.outbox_queue import queue_message
from desktop.mail.outbox_result import DrainResult
from desktop.mail.outbox_sender import OutboxSender
from desktop.services.database import Books
from desktop.services.outbox import OutboxService
from desktop.storage import outbox_queries
from desktop.storage.database import Database
from tests.mail.outbox_fixtures import configure_smtp
from tests.smtp_server import PASSWORD, USER, SmtpTestServer

MESSAGES = 3
BIG = 8_000_000  # more than loopback buffers: a hang-up mid-data reaches the sender mid-send
S, F, U, Q = OutboxState.SENT, OutboxState.FAILED, OutboxState.UNCERTAIN, OutboxState.QUEUED


@dataclass(frozen=True)
class Case:
    name: str
    arm: Callable[[SmtpTestServer], None] = lambda server: None
    settings: dict[str, object] = field(default_factory=dict)  # what the user set up
    fixed: dict[str, object] | None = None  # what the user corrects, when only they can
    first_size: int = 0  # the first message's attachment (0: a small one)
    during: Callable[[SmtpTestServer], None] | None = None  # a thread while sending
    expect: tuple[OutboxState, ...] = (S, S, S)


def _script(command: str, reply: str) -> Callable[[SmtpTestServer], None]:
    return lambda server: server.handler.script(command, reply)


def _set(**values: object) -> Callable[[SmtpTestServer], None]:
    def arm(server: SmtpTestServer) -> None:
        for name, value in values.items():
            setattr(server.handler, name, value)

    return arm


def _kill_mid_data_then_restart(server: SmtpTestServer) -> None:
    """The server dies while it takes the first message in, and is back half a second on."""
    assert server.handler.in_data.wait(10), "the first message never reached DATA"
    server.kill()
    server.handler.delay_data_s = 0.0
    time.sleep(0.5)
    server.restart()


CASES = [
    Case("4xx at MAIL", _script("MAIL", "451 4.3.0 try again later")),
    # 5xx at MAIL means "not your sender address": only the user can fix it, the queue waits.
    Case(
        "5xx at MAIL",
        _script("MAIL", "550 5.7.1 Sender address rejected: not owned by user"),
        fixed={"timeout_s": 2.5},
    ),
    Case("4xx at RCPT", _script("RCPT", "450 4.2.1 mailbox busy, try later")),
    Case("5xx at RCPT", _script("RCPT", "550 5.1.1 no such user"), expect=(F, S, S)),
    Case("4xx after DATA", _script("DATA", "451 4.3.0 local error, try later")),
    Case("5xx after DATA", _script("DATA", "554 5.6.0 content rejected"), expect=(F, S, S)),
    Case("hang-up before DATA", _set(drop_before_data=1)),
    Case("hang-up while the data streams in", _set(drop_while_data=1), first_size=BIG),
    Case("hang-up after the data, stored", _set(drop_after_storing=1), expect=(U, S, S)),
    Case("hang-up after the data, not stored", _set(drop_in_data=1), expect=(U, S, S)),
    Case(
        "reply after the client's timeout, stored",
        _set(late_reply_s=2.0),
        settings={"timeout_s": 1.0},
        expect=(U, U, U),
    ),
    Case("timeout before DATA", _set(slow_mail=1, slow_reply_s=2.0), settings={"timeout_s": 1.0}),
    Case("TLS mismatch (SSL on a STARTTLS port)", settings={"encryption": "ssl"}, fixed={}),
    Case("wrong password", settings={"password": "wrong-ž"}, fixed={"password": PASSWORD}),
    Case(
        "server killed mid-send",
        _set(delay_data_s=30.0),
        during=_kill_mid_data_then_restart,
        expect=(U, S, S),
    ),
]


@dataclass
class Figures:
    copies: Counter[str]  # Message-ID → copies the server stored
    states: list[OutboxState]  # per queued message, in queue order (None: gone)
    lost: int
    duplicates: int
    untrue: list[str]  # states that contradict what the server has


@pytest.fixture(autouse=True)
def _trusted(trust_test_ca: Path) -> Path:
    return trust_test_ca


PAUSES = pytest.mark.expected_log("WARNING", r"sending paused")


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, id=c.name, marks=[PAUSES] if c.fixed is not None else []) for c in CASES],
)
def test_fault(case: Case, db: Database, server: SmtpTestServer) -> None:
    configure(db, server, case.settings)
    ids = [queue(db, i, case.first_size if i == 0 else 0) for i in range(MESSAGES)]
    case.arm(server)
    sender = OutboxSender(db)
    helper = None
    if case.during is not None:
        helper = threading.Thread(target=case.during, args=(server,), name="fault")
        helper.start()
    try:
        settled = settle(sender)
        if case.fixed is not None:
            assert settled.paused is not None, "only the user can fix this: the queue waits"
            assert all(state(db, i) is Q for i in ids)
            configure(db, server, {**case.settings, **case.fixed, "encryption": "starttls"})
            settle(sender)
    finally:
        if helper is not None:
            helper.join(20)
    time.sleep(0.1)  # the batch ended with QUIT; let the server finish storing
    figures = measure(db, server, ids)
    print(f"\n{case.name}: states {[s.value for s in figures.states]}, copies "
          f"{sorted(figures.copies.values())}, duplicates {figures.duplicates}, "
          f"lost {figures.lost}")  # fmt: skip
    assert (figures.duplicates, figures.lost, figures.untrue) == (0, 0, [])
    assert tuple(figures.states) == case.expect


def configure(db: Database, server: SmtpTestServer, values: dict[str, object]) -> None:
    settings = {k: v for k, v in values.items() if k != "password"}
    configure_smtp(db, server, **settings)
    if "password" in values:
        from desktop.mail import settings_repo
        from tests.smtp_server import settings_for

        saved = settings_for(server, **settings)  # type: ignore[arg-type]
        settings_repo.save(db, saved, str(values["password"]))


def queue(db: Database, index: int, size: int) -> int:
    blob = (b"%PDF-1.4\n" + bytes(range(256)) * 40) if not size else bytes(size)
    message = build_message(
        sender_name="UAB Šviesa", sender_email=USER, to=[f"klientas{index}@example.cz"],
        subject=f"Faktura {index}", body="Dobrý den",
        attachments=[(f"FAK-{index}.pdf", blob, "application/pdf")],
    )  # fmt: skip
    return queue_message(db, message, None).id


def settle(sender: OutboxSender, timeout: float = 30.0) -> DrainResult:
    """Drain, waiting for each retry, until nothing is due or the queue waits for the user."""
    deadline = time.monotonic() + timeout
    while True:
        result = sender.drain()
        if result.paused is not None or result.next_due is None:
            return result
        assert time.monotonic() < deadline, "the outbox did not settle"
        time.sleep(max((result.next_due - datetime.now()).total_seconds(), 0.0) + 0.02)


def state(db: Database, row_id: int) -> OutboxState | None:
    with db.session() as session:
        found = {e.id: e.state for e in outbox_queries.list_entries(session)}
    return found.get(row_id)


def measure(db: Database, server: SmtpTestServer, ids: list[int]) -> Figures:
    copies: Counter[str] = Counter(
        str(email.message_from_bytes(m.data, policy=email.policy.default)["Message-ID"])
        for m in server.handler.messages
    )
    with db.session() as session:
        entries = {e.id: e for e in outbox_queries.list_entries(session)}
    states, untrue, lost = [], [], 0
    for row_id in ids:
        entry = entries.get(row_id)
        if entry is None or entry.state not in (S, F, U, Q, OutboxState.RETRYING):
            lost += 1
            continue
        states.append(entry.state)
        arrived = copies[entry.message_id]
        if (entry.state is S and arrived != 1) or (entry.state in (F, Q) and arrived):
            untrue.append(f"{entry.state.value} with {arrived} copies")
    duplicates = sum(n - 1 for n in copies.values() if n > 1)
    return Figures(copies, states, lost, duplicates, untrue)


def test_only_the_user_sends_an_uncertain_message_again(
    db: Database, server: SmtpTestServer
) -> None:
    configure(db, server, {"timeout_s": 1.0})
    row_id = queue(db, 0, 0)
    server.handler.late_reply_s = 2.0
    sender = OutboxSender(db)
    settle(sender)
    assert state(db, row_id) is U
    time.sleep(1.5)  # the late 250 arrives on a connection the client has closed
    settle(sender)
    assert len(server.handler.messages) == 1  # left alone: nothing resends it by itself
    server.handler.late_reply_s = 0.0
    OutboxService(Books(db)).retry(row_id)  # the user chose Resend (after a warning)
    settle(sender)
    assert state(db, row_id) is S
    assert len(server.handler.messages) == 2  # the second copy is the one they asked for
