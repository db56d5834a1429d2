"""What a new invoice's values must be, checked where the invoice is created.

The editor checks each cell as it is typed (and never lets a refused value into the form);
an invoice that arrives whole — from the command line or a script — is checked here with the
same rules before anything is stored (``InvoiceService.create_checked``), so both front ends
refuse the same values.  Problems
are keyed ``line<N>.<field>`` (N from 1) and ``exchange_rate``, with the codes of
``core.validation`` the interface already words.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from desktop.core.forms import InvoiceForm, LineForm
from desktop.core.lifecycle import DocumentKind
from desktop.core.validation import MAX_DESCRIPTION, MAX_RATE_PLACES, Problem

MAX_UNIT = 20  # the line table's limit, so the unit fits its column on the PDF


def line_problems(
    line: LineForm, vat_keys: Iterable[str], *, allow_negative: bool = False
) -> dict[str, Problem]:
    """A line's refused values by field; ``vat_keys``: the rates the seller may charge."""
    found: dict[str, Problem] = {}
    if len(line.description) > MAX_DESCRIPTION:
        found["description"] = Problem("description_too_long")
    if len(line.unit.strip()) > MAX_UNIT:
        found["unit"] = Problem("too_long")
    if line.quantity < 0 and not allow_negative:
        found["quantity"] = Problem("negative_quantity")
    if not Decimal(0) <= line.discount_pct <= Decimal(100):
        found["discount_pct"] = Problem("discount_range")
    if line.vat_key not in set(vat_keys):
        found["vat_key"] = Problem("vat_rate")
    return found


def form_problems(form: InvoiceForm, vat_keys: Iterable[str]) -> dict[str, Problem]:
    """Every refused value of a new invoice (empty when it may be stored)."""
    keys = tuple(vat_keys)
    credit = form.kind == DocumentKind.CREDIT_NOTE.value
    found: dict[str, Problem] = {}
    for number, line in enumerate(form.lines, 1):
        for field, problem in line_problems(line, keys, allow_negative=credit).items():
            found[f"line{number}.{field}"] = problem
    rate = form.exchange_rate
    if rate is not None:
        exponent = rate.normalize().as_tuple().exponent
        if rate <= 0:
            found["exchange_rate"] = Problem("rate_not_positive")
        elif isinstance(exponent, int) and -exponent > MAX_RATE_PLACES:
            found["exchange_rate"] = Problem("rate_too_precise")
    return found
