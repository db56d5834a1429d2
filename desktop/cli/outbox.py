"""``faktura outbox list|run``: the queue of e-mails, and sending what is due.

``run`` sends with the window's own sender (``OutboxService.run``: the same states, retries
and pause).  Ctrl+C asks it to stop through a ``JobControl``: the message on the wire is
finished first, so nothing is left half sent; a second Ctrl+C stops at once.
"""

from __future__ import annotations

import argparse
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

from desktop.cli.context import Run, Subparsers, command, group, json_option, run_of
from desktop.cli.messages import CLI, translate
from desktop.cli.output import print_json, say, table
from desktop.cli.refusals import REFUSED
from desktop.core.outbox import OutboxEntry
from desktop.services.control import JobControl


def register(commands: Subparsers) -> None:
    actions = group(commands, "outbox", "the e-mails waiting to be sent, and sending them")
    list_parser = command(actions, "list", list_entries, "the queue, newest first")
    json_option(list_parser)
    run_parser = command(
        actions, "run", run_queue, "send what is due now, as the running app would"
    )
    run_parser.add_argument(
        "--until-empty",
        action="store_true",
        help="wait for retries until nothing is left to send (Ctrl+C stops)",
    )
    json_option(run_parser)


def entry_object(entry: OutboxEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "invoice_id": entry.invoice_id,
        "invoice_number": entry.invoice_number or None,
        "to": list(entry.to),
        "cc": list(entry.cc),
        "subject": entry.subject,
        "state": entry.state.value,
        "attempts": entry.attempts,
        "next_attempt_at": entry.next_attempt_at,
        "last_reply": entry.last_reply,
        "guidance": entry.guidance or None,
        "created_at": entry.created_at,
        "sent_at": entry.sent_at,
    }


def list_entries(run: Run | None, args: argparse.Namespace) -> int:
    entries = run_of(run).services.outbox.entries()
    if args.json:
        print_json([entry_object(entry) for entry in entries])
        return 0
    rows = [(str(e.id), e.state.value, e.invoice_number, e.recipient, e.subject) for e in entries]
    table(rows, right=(0,))
    return 0


@contextmanager
def ctrl_c_cancels(control: JobControl) -> Iterator[None]:
    """The first Ctrl+C cancels ``control``; the next one interrupts as usual."""

    def first(_signum: int, _frame: FrameType | None) -> None:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        say(translate(CLI, "Stopping after the message being sent…"))
        control.cancel()

    previous = signal.signal(signal.SIGINT, first)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def run_queue(run: Run | None, args: argparse.Namespace) -> int:
    control = JobControl()
    with ctrl_c_cancels(control):
        done = run_of(run).services.outbox.run(until_empty=args.until_empty, control=control)
    counts = {
        "sent": done.sent,
        "retrying": done.retrying,
        "failed": done.failed,
        "uncertain": done.uncertain,
    }
    if args.json:
        print_json(
            {
                **counts,
                "paused": done.paused.guidance if done.paused else None,
                "no_account": done.no_account,
                "password_wait": done.password_wait.value if done.password_wait else None,
                "stopped": done.stopped or control.cancelled,
            }
        )
    say(
        translate(CLI, "Sent: %1; waiting to retry: %2; failed: %3; uncertain: %4.")
        .replace("%1", str(done.sent))
        .replace("%2", str(done.retrying))
        .replace("%3", str(done.failed))
        .replace("%4", str(done.uncertain))
    )
    if done.no_account:
        say(
            translate(
                CLI,
                "E-mail sending is not set up: install “Email sending via SMTP” in Faktura "
                "(Settings → Modules) and fill in the account.",
            )
        )
        return REFUSED
    if done.password_wait is not None:
        text = (
            translate(CLI, "No SMTP password is saved: enter it in Faktura's SMTP settings.")
            if done.password_wait.value == "missing"
            else translate(
                CLI, "The keyring did not give the SMTP password: unlock it and run again."
            )
        )
        say(text)
        return REFUSED
    if done.paused is not None:
        say(
            translate(CLI, "Sending is paused until the SMTP account is fixed in Faktura (%1: %2).")
            .replace("%1", done.paused.guidance)
            .replace("%2", done.paused.reply)
        )
        return REFUSED
    if done.stopped or control.cancelled:
        say(translate(CLI, "Stopped; what was done so far stays done."))
        return REFUSED
    return REFUSED if done.failed or done.uncertain else 0
