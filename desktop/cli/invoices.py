"""``faktura invoice new|issue|credit|list|history|pdf|isdoc|send``.

An issued invoice is named by its number; a draft has none yet, so it is named by its id
(``invoice issue ID``; the other actions take a draft's id where no number matches).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli import invoice_new, messages
from desktop.cli.context import Run, Subparsers, command, group, json_option, run_of
from desktop.cli.messages import CLI, translate
from desktop.cli.output import amount, invoice_object, print_json, result, say, table
from desktop.cli.refusals import REFUSED, status_label
from desktop.core.errors import NotFoundError
from desktop.core.lifecycle import InvoiceStatus

if TYPE_CHECKING:
    from desktop.services import Services
    from desktop.services.invoices import InvoiceSummary

STATUSES = tuple(status.value for status in InvoiceStatus)


def register(commands: Subparsers) -> None:
    actions = group(commands, "invoice", "invoices and credit notes")
    new_parser = command(actions, "new", invoice_new.new, "create a draft (issued with --issue)")
    invoice_new.add_arguments(new_parser)
    json_option(new_parser)
    issue_parser = command(actions, "issue", issue, "issue a draft and print its number")
    issue_parser.add_argument("id", type=int, metavar="ID", help="the draft's id")
    credit_parser = command(actions, "credit", credit, "a credit note for the whole invoice")
    credit_parser.add_argument("number", metavar="NUMBER", help="the invoice to correct")
    credit_parser.add_argument("--issue", action="store_true", help="issue it at once")
    json_option(credit_parser)
    list_parser = command(actions, "list", list_invoices, "invoices, newest first")
    list_parser.add_argument("--status", choices=STATUSES, help="only invoices in this state")
    json_option(list_parser)
    history_parser = command(
        actions, "history", history, "what happened to the invoice, when, and who did it"
    )
    history_parser.add_argument("number", metavar="NUMBER", help="the invoice (a draft: its id)")
    json_option(history_parser)
    pdf_parser = command(actions, "pdf", pdf, "write the PDF and print its path")
    pdf_parser.add_argument("number", metavar="NUMBER", help="the invoice (a draft: its id)")
    pdf_parser.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="default: <data dir>/pdf/<number>.pdf"
    )
    isdoc_parser = command(
        actions, "isdoc", isdoc, "write the ISDOC 6.0.2 e-invoice XML and print its path"
    )
    isdoc_parser.add_argument("number", metavar="NUMBER", help="an issued invoice or credit note")
    isdoc_parser.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="default: <data dir>/isdoc/<number>.isdoc"
    )
    export_parser = command(
        actions,
        "export",
        export_period,
        "a period's invoices for the accountant: CSV (and --zip: with PDFs and ISDOCs)",
    )
    export_parser.add_argument("--from", dest="start", type=_day, required=True, metavar="DATE")
    export_parser.add_argument("--to", dest="end", type=_day, required=True, metavar="DATE")
    export_parser.add_argument(
        "--zip", action="store_true", help="also a ZIP with the CSV, every PDF and ISDOC"
    )
    export_parser.add_argument(
        "--delimiter", choices=(";", ","), help="default: ; in lt and cs, , in en"
    )
    send_parser = command(
        actions,
        "send",
        send,
        "queue the e-mail exactly as the window's Send would",
        epilog="Nothing is sent until `faktura outbox run` or a running Faktura drains the outbox.",
    )
    send_parser.add_argument("number", metavar="NUMBER", help="an issued invoice")
    send_parser.add_argument(
        "--to",
        action="append",
        metavar="ADDR",
        help="a recipient (repeat for more; default: the client's addresses)",
    )


def find(services: Services, text: str) -> InvoiceSummary:
    """The invoice numbered ``text``, else (a draft) the one with that id."""
    try:
        return services.invoices.by_number(text)
    except NotFoundError:
        if not text.strip().isdigit():
            raise
    return services.invoices.summary(int(text))


def _created(summary: InvoiceSummary, as_json: bool) -> None:
    if as_json:
        print_json(invoice_object(summary))
    else:
        result(summary.number or str(summary.id))


def issue(run: Run | None, args: argparse.Namespace) -> int:
    result(run_of(run).services.invoices.issue(args.id))
    return 0


def credit(run: Run | None, args: argparse.Namespace) -> int:
    services = run_of(run).services
    original = find(services, args.number)
    credit_id = services.invoices.credit_note(original.id, issue=args.issue)
    _created(services.invoices.summary(credit_id), args.json)
    return 0


def list_invoices(run: Run | None, args: argparse.Namespace) -> int:
    found = run_of(run).services.invoices.summaries(args.status)
    if args.json:
        print_json([invoice_object(summary) for summary in found])
        return 0
    rows = [
        (
            s.number or f"#{s.id}",
            s.issue_date.isoformat(),
            status_label(s.status),
            f"{amount(s.total)} {s.currency}",
            s.client_name,
        )
        for s in found
    ]
    table(rows, right=(3,))
    return 0


def history(run: Run | None, args: argparse.Namespace) -> int:
    """The invoice's events, oldest first: when, the event's code, who, its detail."""
    services = run_of(run).services
    entries = services.invoices.history(find(services, args.number).id)
    if args.json:
        print_json(
            [
                {
                    "at": e.at.isoformat(timespec="seconds"),
                    "kind": e.kind,
                    "user": e.user,
                    "detail": e.detail,
                }
                for e in entries
            ]
        )
        return 0
    table([(e.at.strftime("%Y-%m-%d %H:%M"), e.kind, e.user, e.detail) for e in entries])
    return 0


def _write(args: argparse.Namespace, export: Callable[[Path | None], Path]) -> int:
    """Write through ``export`` and print the absolute path; a ``-o`` file that cannot be
    written is named in the refusal."""
    target = args.output.expanduser().resolve() if args.output else None
    try:
        path = export(target)
    except OSError as exc:
        if target is None:
            raise  # the data folder's own: the refusal names the file
        reason = exc.strerror or str(exc)
        say(
            translate(CLI, "Could not write %1: %2")
            .replace("%1", str(target))
            .replace("%2", reason)
        )
        return REFUSED
    result(str(path.resolve()))
    return 0


def pdf(run: Run | None, args: argparse.Namespace) -> int:
    services = run_of(run).services
    invoice_id = find(services, args.number).id
    return _write(args, lambda target: services.exports.pdf(invoice_id, target))


def isdoc(run: Run | None, args: argparse.Namespace) -> int:
    services = run_of(run).services
    invoice_id = find(services, args.number).id
    return _write(args, lambda target: services.exports.isdoc(invoice_id, target))


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def export_period(run: Run | None, args: argparse.Namespace) -> int:
    """Writes ``<data dir>/exports/invoices-<from>-<to>.csv`` (and ``.zip``); prints the
    paths.  The CSV's headings and number format follow ``--lang``."""
    services = run_of(run).services
    language = messages.language()
    result(str(services.accounting.csv(args.start, args.end, language, None, args.delimiter or "")))
    if args.zip:
        result(str(services.accounting.zip(args.start, args.end, language)))
    return 0


def send(run: Run | None, args: argparse.Namespace) -> int:
    services = run_of(run).services
    entry = services.sending.send_invoice(find(services, args.number).id, args.to)
    say(
        translate(
            CLI, "Queued for %1; `faktura outbox run` or a running Faktura sends it."
        ).replace("%1", entry.recipient)
    )
    result(str(entry.id))
    return 0
