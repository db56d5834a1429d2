"""``faktura invoice new``: a draft (issued with ``--issue``) from ``--client`` and ``--line``s.

A ``--line`` is read while the arguments are parsed, so one that does not parse is bad usage
(exit 2) before the books are opened.  Its VAT word becomes one of the seller's VAT keys
(``core.vat.rate_presets``); whether the seller may charge it, and everything else about the
values, is the service's question (``InvoiceService.create``).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from desktop.cli.context import Run, run_of
from desktop.cli.messages import CLI, translate
from desktop.cli.output import invoice_object, print_json, result, say
from desktop.cli.refusals import problem_text, refusal
from desktop.core.forms import LineForm
from desktop.core.money import parse_decimal
from desktop.core.validation import national_currency, needs_exchange_rate, parse_exchange_rate
from desktop.core.vat import VatCategory, VatRate, rate_presets

if TYPE_CHECKING:
    from desktop.services import Services
    from desktop.services.parties import ClientRecord

# The VAT words of a ``--line`` and the categories they name (``core.vat``).
VAT_WORDS = {
    "exempt": VatCategory.EXEMPT,
    "zero": VatCategory.ZERO,
    "reverse-charge": VatCategory.REVERSE_CHARGE,
}


@dataclass(frozen=True)
class LineSpec:
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    vat: Decimal | VatCategory  # a rate in percent, or a special treatment


def _number(text: str) -> Decimal:
    try:
        return parse_decimal(text)
    except ValueError:
        raise argparse.ArgumentTypeError(problem_text("not_a_number").replace("%1", text)) from None


def parse_line(text: str) -> LineSpec:
    """``DESCRIPTION;QTY;UNIT;UNIT_PRICE;VAT`` (the description may itself hold ``;``)."""
    parts = text.rsplit(";", 4)
    if len(parts) != 5:
        raise argparse.ArgumentTypeError(
            translate(CLI, "“%1” is not DESCRIPTION;QTY;UNIT;UNIT_PRICE;VAT.").replace("%1", text)
        )
    description, quantity, unit, price, vat = parts
    word = vat.strip().lower()
    if word in VAT_WORDS:
        rate: Decimal | VatCategory = VAT_WORDS[word]
    else:
        try:
            rate = parse_decimal(word)
        except ValueError:
            raise argparse.ArgumentTypeError(
                translate(
                    CLI,
                    "“%1” is no VAT rate: give a percentage (21) or exempt, zero, reverse-charge.",
                ).replace("%1", vat)
            ) from None
    return LineSpec(description.strip(), _number(quantity), unit.strip(), _number(price), rate)


def parse_rate(text: str) -> Decimal:
    """``--rate``: a number is required here; whether it is allowed is the service's rule."""
    value, problem = parse_exchange_rate(text)
    if problem is not None and problem.code == "not_a_number":
        raise argparse.ArgumentTypeError(problem_text("not_a_number").replace("%1", text))
    return value if value is not None else _number(text)


def parse_currency(text: str) -> str:
    code = text.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise argparse.ArgumentTypeError(
            translate(CLI, "“%1” is no currency code (EUR, CZK, USD …).").replace("%1", text)
        )
    return code


def vat_key(vat: Decimal | VatCategory, presets: tuple[VatRate, ...]) -> str:
    """The seller's VAT key a line's word names: ``21`` → ``21``; ``exempt`` → ``0:E``; a
    percentage only one of the seller's rates has (a non-payer's ``0``) → that rate."""
    if isinstance(vat, VatCategory):
        return VatRate(Decimal(0), vat).key
    standard = VatRate(vat).key
    same = [rate.key for rate in presets if rate.rate == vat]
    return standard if standard in same or len(same) != 1 else same[0]


def vat_words(presets: tuple[VatRate, ...]) -> str:
    """How a ``--line`` spells each of the seller's rates, for the "choose one" hint."""
    names = {category: word for word, category in VAT_WORDS.items()}
    return ", ".join(names.get(rate.category, f"{rate.rate.normalize():f}") for rate in presets)


def find_client(services: Services, text: str) -> ClientRecord:
    """``--client``: an id, else a client's exact name; ``NotFoundError`` for neither."""
    from desktop.core.errors import NotFoundError

    if text.strip().isdigit():
        try:
            return services.parties.client(int(text))
        except NotFoundError:
            pass
    found = services.parties.find_client(text)
    if found is None:
        raise NotFoundError("client", text)
    return found


def new(run: Run | None, args: argparse.Namespace) -> int:
    from desktop.services.parties import InvalidInputError

    services = run_of(run).services
    client = find_client(services, args.client)
    company = services.parties.company()
    form = services.invoices.new_form()
    assert client.id is not None
    services.invoices.choose_client(form, client.id)
    form.currency = args.currency or national_currency(company.country) or form.currency
    if args.rate is not None and needs_exchange_rate(company.country, form.currency):
        form.exchange_rate = args.rate
    presets = rate_presets(company.country, company.vat_payer)
    form.lines = [
        LineForm(s.description, s.quantity, s.unit, s.unit_price, vat_key=vat_key(s.vat, presets))
        for s in args.line
    ]
    try:
        created = services.invoices.create_checked(form, issue=args.issue)
    except InvalidInputError as exc:
        say(refusal(exc) or "")
        if any(problem.code == "vat_rate" for problem in exc.problems.values()):
            say(translate(CLI, "Your VAT rates: %1.").replace("%1", vat_words(presets)))
        return 1
    if args.json:
        print_json(invoice_object(created))
    else:
        result(created.number or str(created.id))
    return 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    arg = parser.add_argument
    arg("--client", required=True, metavar="ID_OR_EXACT_NAME", help="a client's id or exact name")
    arg(
        "--line",
        required=True,
        action="append",
        type=parse_line,
        metavar='"DESCRIPTION;QTY;UNIT;UNIT_PRICE;VAT"',
        help="a line (repeat for more): QTY and UNIT_PRICE with . or , as decimal separator; "
        "VAT a rate in percent (21) or exempt, zero, reverse-charge",
    )
    arg(
        "--currency",
        type=parse_currency,
        metavar="CUR",
        help="the invoice's currency (default: the seller's national one, EUR for LT, CZK for CZ)",
    )
    arg(
        "--rate",
        type=parse_rate,
        metavar="R",
        help="1 CUR = R in the national currency (unused for the national currency itself); "
        "required with --issue when a VAT payer invoices in another currency",
    )
    arg("--issue", action="store_true", help="issue it at once (refused: nothing is created)")
