"""Races that existed while state changes were read-then-write, each run for real.

Two apps (two engines, two connections: as two windows of a team, or the window and its
mailer) change the same row at the same moment, released together by a barrier, many
times.  Every state change is one guarded UPDATE, so exactly one wins each time and the
other learns what it lost to; nothing is written twice and no number is skipped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import pytest

from desktop.core.errors import LockedError, StateConflictError
from desktop.core.lifecycle import InvoiceStatus
from desktop.core.outbox import OutboxError, OutboxState
from desktop.mail.compose import build_message
from desktop.mail.outbox_queue import queue_message
from desktop.paths import DataPaths
from desktop.services import Services
from desktop.storage import invoice_states, outbox
from tests.services.books import draft_form, new_draft, opened, set_up_seller

ROUNDS = 25


@pytest.fixture
def two_apps(data_paths: DataPaths, database_url: str) -> Iterator[tuple[Services, Services, int]]:
    with (
        opened(data_paths, database_url) as first,
        opened(data_paths, database_url, lock=False) as second,
    ):
        yield first, second, set_up_seller(first)


def race(left: Callable[[], Any], right: Callable[[], Any]) -> tuple[Any, Any]:
    """Run both at once; each side's result, or the exception it raised."""
    barrier = threading.Barrier(2)
    outcome: list[Any] = [None, None]

    def run(index: int, action: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            outcome[index] = action()
        except Exception as exc:
            outcome[index] = exc

    threads = [threading.Thread(target=run, args=(i, a)) for i, a in enumerate((left, right))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return outcome[0], outcome[1]


def queued_message(services: Services, invoice_id: int) -> int:
    message = build_message(
        sender_name="UAB Pardavėjas", sender_email="saskaitos@example.lt",
        to=["pirkejas@example.lt"], subject="Sąskaita", body="Sveiki",
    )  # fmt: skip
    return queue_message(services.books.database, message, invoice_id).id


def test_two_issues_of_the_same_draft_give_one_number_and_no_gap(
    two_apps: tuple[Services, Services, int],
) -> None:
    first, second, client = two_apps
    numbers = []
    for _ in range(ROUNDS):
        invoice_id = new_draft(first, client)
        left, right = race(lambda i=invoice_id: first.invoices.issue(i),
                           lambda i=invoice_id: second.invoices.issue(i))  # fmt: skip
        won = [r for r in (left, right) if isinstance(r, str)]
        lost = [r for r in (left, right) if isinstance(r, Exception)]
        assert len(won) == 1, (left, right)
        assert len(lost) == 1 and isinstance(lost[0], StateConflictError)
        assert lost[0].current == InvoiceStatus.ISSUED
        numbers.append(won[0])
    year = datetime.now().year
    assert numbers == [f"FAK{year}-{n:04d}" for n in range(1, ROUNDS + 1)]
    assert [s.number for s in first.invoices.summaries()] == numbers[::-1]


def test_cancel_against_the_mailers_claim_has_one_winner(
    two_apps: tuple[Services, Services, int],
) -> None:
    """The user's Cancel (one app) and the mailer's claim before DATA (the other)."""
    window, mailer, client = two_apps
    invoice_id = new_draft(window, client)
    window.invoices.issue(invoice_id)
    winners = set()

    def claim(message_id: int) -> OutboxState:
        with mailer.books.transaction() as session:
            return outbox.mark_sending(session, message_id).state  # type: ignore[return-value]

    for _ in range(ROUNDS):
        message_id = queued_message(window, invoice_id)
        left, right = race(
            lambda m=message_id: window.outbox.cancel(m), lambda m=message_id: claim(m)
        )
        final = window.outbox.entry(message_id)
        if isinstance(left, OutboxError):  # the mailer won: the message goes out, once
            assert right == OutboxState.SENDING and final.state is OutboxState.SENDING
            assert final.attempts == 1
            winners.add("mailer")
        else:  # the user won: the mailer must not send it
            assert isinstance(right, OutboxError), right
            assert left.state is OutboxState.CANCELLED and final.state is OutboxState.CANCELLED
            assert final.attempts == 0
            winners.add("cancel")
    assert winners  # which side wins is the scheduler's choice; never both


def test_cancel_committed_after_the_mailer_loaded_the_message_stops_it(
    two_apps: tuple[Services, Services, int],
) -> None:
    """The old bug: the mailer read "queued", the user cancelled, the mailer wrote
    "sending" over it and sent.  Now the mailer's claim finds nothing to claim."""
    window, mailer, client = two_apps
    invoice_id = new_draft(window, client)
    window.invoices.issue(invoice_id)
    message_id = queued_message(window, invoice_id)
    assert mailer.outbox.entry(message_id).state is OutboxState.QUEUED  # the mailer's read
    window.outbox.cancel(message_id)
    with pytest.raises(OutboxError), mailer.books.transaction() as session:
        outbox.mark_sending(session, message_id)
    assert window.outbox.entry(message_id).state is OutboxState.CANCELLED


def test_mark_paid_against_the_mailers_sent_always_ends_paid(
    two_apps: tuple[Services, Services, int],
) -> None:
    """The accountant marks it paid while the mailer records the final 250."""
    window, mailer, client = two_apps

    def record_sent(invoice_id: int) -> bool:
        with mailer.books.transaction() as session:
            return invoice_states.record_sent(session, invoice_id, datetime.now())

    for _ in range(ROUNDS):
        invoice_id = new_draft(window, client)
        window.invoices.issue(invoice_id)
        left, right = race(lambda i=invoice_id: window.invoices.mark_paid(i),
                           lambda i=invoice_id: record_sent(i))  # fmt: skip
        assert left is None, left  # issued → paid and sent → paid are both allowed
        assert isinstance(right, bool), right  # sent first (True), or nothing to do (False)
        assert window.invoices.summary(invoice_id).status == InvoiceStatus.PAID


def test_a_late_sent_never_turns_a_paid_invoice_back(
    two_apps: tuple[Services, Services, int],
) -> None:
    window, mailer, client = two_apps
    invoice_id = new_draft(window, client)
    window.invoices.issue(invoice_id)
    window.invoices.mark_paid(invoice_id)
    with mailer.books.transaction() as session:
        assert invoice_states.record_sent(session, invoice_id, datetime.now()) is False
    assert window.invoices.summary(invoice_id).status == InvoiceStatus.PAID


def test_autosave_after_another_app_issued_is_refused_not_written(
    two_apps: tuple[Services, Services, int],
) -> None:
    editor, other, client = two_apps
    form = draft_form(editor, client)
    invoice_id = editor.invoices.save_draft(form)
    number = other.invoices.issue(invoice_id)
    form.lines[0].description = "Typed after the other app issued it"
    with pytest.raises(LockedError):
        editor.invoices.save_draft(form)
    stored = other.invoices.load(invoice_id)
    assert stored.number == number and stored.lines[0].description == "Konsultacija"


def test_autosave_racing_an_issue_never_changes_an_issued_invoice(
    two_apps: tuple[Services, Services, int],
) -> None:
    editor, other, client = two_apps
    for round_ in range(ROUNDS):
        form = draft_form(editor, client)
        invoice_id = editor.invoices.save_draft(form)
        form.lines[0].description = f"Edited {round_}"
        left, right = race(lambda f=form: editor.invoices.save_draft(f),
                           lambda i=invoice_id: other.invoices.issue(i))  # fmt: skip
        assert isinstance(right, str), right  # the issue always wins or comes second
        stored = other.invoices.load(invoice_id)
        document = other.invoices.document(invoice_id)
        if isinstance(left, LockedError):  # issued first: the edit was refused
            assert stored.lines[0].description == "Konsultacija"
        else:  # saved first: the issue took the edited content
            assert stored.lines[0].description == f"Edited {round_}"
        assert document.lines[0].description == stored.lines[0].description


def test_cancel_and_mark_paid_of_one_invoice_have_one_winner(
    two_apps: tuple[Services, Services, int],
) -> None:
    first, second, client = two_apps
    for _ in range(ROUNDS):
        invoice_id = new_draft(first, client)
        first.invoices.issue(invoice_id)
        left, right = race(lambda i=invoice_id: first.invoices.cancel(i),
                           lambda i=invoice_id: second.invoices.mark_paid(i))  # fmt: skip
        status = first.invoices.summary(invoice_id).status
        if left is None:  # cancelled first: paying a cancelled invoice is refused
            assert isinstance(right, StateConflictError) and status == InvoiceStatus.CANCELLED
        else:  # paid first: a paid invoice is not cancelled (a credit note corrects it)
            assert isinstance(left, StateConflictError) and right is None
            assert status == InvoiceStatus.PAID
