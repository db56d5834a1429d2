"""``faktura client add|list``: the client book."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from desktop.cli.context import Run, Subparsers, command, group, json_option, run_of
from desktop.cli.output import print_json, result, say, table
from desktop.cli.refusals import describe
from desktop.core.validation import Problem, Severity
from desktop.options import LANGUAGES


def register(commands: Subparsers) -> None:
    actions = group(commands, "client", "the client book")
    add_parser = command(actions, "add", add, "add a client and print its id")
    arg = add_parser.add_argument
    arg("--name", required=True, metavar="N", help="the client's name")
    arg("--country", type=str.upper, metavar="CC", help="two letters (default: your company's)")
    arg("--company-code", metavar="C", help="company registration code")
    arg("--vat-code", metavar="V", help="VAT code")
    arg("--address", metavar="A", help="street, post code and city (\\n for a new line)")
    arg("--email", metavar="E", help="where invoices are sent (several: comma-separated)")
    arg(
        "--language",
        choices=LANGUAGES,
        help="the language of the client's invoices (default: your company's)",
    )
    json_option(add_parser)
    list_parser = command(actions, "list", list_clients, "the clients, newest first")
    json_option(list_parser)


def add(run: Run | None, args: argparse.Namespace) -> int:
    from desktop.services.parties import client_problems

    parties = run_of(run).services.parties
    record = parties.new_client()
    record.name = args.name
    for option in ("country", "company_code", "vat_code", "address", "language"):
        if getattr(args, option) is not None:
            setattr(record, option, getattr(args, option))
    record.address = record.address.replace("\\n", "\n")
    record.emails = args.email or ""
    exists = parties.find_client(args.name) is not None
    client_id = parties.save_client(record)  # InvalidInputError: the form's messages
    warnings = {k: p for k, p in client_problems(record).items() if p is not None}
    if exists:
        warnings["name"] = Problem("client_exists", Severity.WARNING)
    for field, problem in warnings.items():
        if problem.severity is Severity.WARNING:
            say(describe(field, problem))
    if args.json:
        print_json({"id": client_id})
    else:
        result(str(client_id))
    return 0


def list_clients(run: Run | None, args: argparse.Namespace) -> int:
    records = sorted(run_of(run).services.parties.clients(), key=lambda c: -(c.id or 0))
    if args.json:
        print_json([{"id": record.id, **asdict(record)} for record in records])
        return 0
    table([(str(c.id), c.name, c.country, c.emails) for c in records], right=(0,))
    return 0
