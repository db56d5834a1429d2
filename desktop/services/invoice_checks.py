"""What a new invoice's values must be, checked where the invoice is created.

The editor checks each cell as it is typed (and never lets a refused value into the form);
an invoice that arrives whole — from the command line or a script — is checked here with the
same rules (``core.line_rules``) before anything is stored (``InvoiceService.create_checked``),
so both front ends refuse the same values.  Problems are keyed ``line<N>.<field>`` (N from 1;
``line<N>.total`` for a line whose total is too large), ``lines`` (the invoice's total is
too large) and ``exchange_rate``, with the codes the interface already words.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.forms import InvoiceForm
from desktop.core.lifecycle import DocumentKind
from desktop.core.line_rules import line_problems, lines_problem
from desktop.core.validation import Problem, exchange_rate_problem


def form_problems(form: InvoiceForm, vat_keys: Iterable[str]) -> dict[str, Problem]:
    """Every refused value of a new invoice (empty when it may be stored)."""
    keys = tuple(vat_keys)
    credit = form.kind == DocumentKind.CREDIT_NOTE.value
    found: dict[str, Problem] = {}
    for number, line in enumerate(form.lines, 1):
        for field, problem in line_problems(line, keys, allow_negative=credit).items():
            found[f"line{number}.{field}"] = problem
    together = None if found else lines_problem(form.lines)
    if together is not None:
        found["lines"] = together
    rate_problem = None if form.exchange_rate is None else exchange_rate_problem(form.exchange_rate)
    if rate_problem is not None:
        found["exchange_rate"] = rate_problem
    return found
