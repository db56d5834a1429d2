"""``faktura company show|set``: the seller's own profile, printed and changed field by field."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from desktop.cli.context import Run, Subparsers, command, group, json_option, run_of
from desktop.cli.output import print_json, result, say
from desktop.cli.refusals import describe
from desktop.core.validation import Severity

# ``company set`` option → the profile's field; only the options given are changed.
FIELDS = {
    "name": "name",
    "country": "country",
    "company_code": "company_code",
    "vat_code": "vat_code",
    "vat_payer": "vat_payer",
    "address": "address",
    "email": "email",
    "iban": "iban",
    "bic": "bic",
    "bank": "bank_name",
    "bank_account": "bank_account",
    "seller_kind": "seller_kind",
    "register_line": "register_line",
}


def register(commands: Subparsers) -> None:
    actions = group(commands, "company", "the seller's own company profile")
    show_parser = command(actions, "show", show, "print the seller profile")
    json_option(show_parser)
    set_parser = command(
        actions,
        "set",
        set_fields,
        "change the fields given (refused values are checked as the form checks them)",
        check=_some_field,
    )
    arg = set_parser.add_argument
    arg("--name", metavar="N", help="the company's legal name")
    arg("--country", type=str.upper, choices=("LT", "CZ"), help="LT or CZ")
    arg("--company-code", metavar="C", help="įmonės kodas / IČO")
    arg("--vat-code", metavar="V", help="PVM mokėtojo kodas / DIČ")
    arg("--vat-payer", choices=("yes", "no"), help="whether the company charges VAT")
    arg("--address", metavar="A", help="street, post code and city (\\n for a new line)")
    arg("--email", metavar="E", help="the address printed on invoices")
    arg("--iban", metavar="I", help="the account clients pay to")
    arg("--bic", metavar="B", help="the bank's BIC/SWIFT code")
    arg("--bank", metavar="NAME", help="the bank's name")
    arg("--bank-account", metavar="ACC", help="Czech domestic account, e.g. 19-2000145399/0800")
    arg(
        "--seller-kind",
        choices=("company", "individual", "business_licence"),
        help="a company, an individual (OSVČ; individuali veikla) or a verslo liudijimas",
    )
    arg("--register-line", metavar="TEXT", help="the register entry printed on invoices")


def _some_field(args: argparse.Namespace) -> str | None:
    if all(getattr(args, option) is None for option in FIELDS):
        return "give at least one field to change, e.g. --name"
    return None


def profile_object(run: Run) -> dict[str, Any]:
    return asdict(run.services.parties.company())


def show(run: Run | None, args: argparse.Namespace) -> int:
    profile = profile_object(run_of(run))
    if args.json:
        print_json(profile)
        return 0
    for key, value in profile.items():
        if isinstance(value, dict):
            value = "; ".join(f"{k}: {v}" for k, v in value.items())
        result(f"{key}: {str(value).replace(chr(10), ', ')}")
    return 0


def set_fields(run: Run | None, args: argparse.Namespace) -> int:
    from desktop.services.parties import company_problems

    services = run_of(run).services
    profile = services.parties.company()
    for option, field in FIELDS.items():
        value = getattr(args, option)
        if value is None:
            continue
        if option == "vat_payer":
            value = value == "yes"
        elif option == "address":
            value = value.replace("\\n", "\n")
        setattr(profile, field, value)
    services.parties.save_company(profile)  # InvalidInputError: the form's messages
    for field, problem in company_problems(profile).items():
        if problem is not None and problem.severity is Severity.WARNING:
            say(describe(field, problem))
    return 0
