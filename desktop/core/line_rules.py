"""The rules for an invoice's lines, one set for the editor's cells and the command line.

The editor checks one cell as it is typed (``read_field``, then ``change_problem`` for what
the new value does to the line's and the invoice's totals) and keeps the line's last
accepted value when the answer is a problem; an invoice that arrives whole (the command line,
a script) is checked with ``line_problems`` and ``lines_problem`` by
``services.invoice_checks``.  Both come here, so both refuse the same values with the same
``Problem`` codes.  The figures and the reasons for them are in ``core.limits``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from desktop.core.errors import AmountLimitError
from desktop.core.forms import LineForm
from desktop.core.limits import (
    MAX_TOTAL,
    description_problem,
    discount_problem,
    quantity_problem,
    read_number,
    unit_price_problem,
    unit_problem,
)
from desktop.core.totals import ceiling
from desktop.core.validation import Problem

NUMBER_FIELDS = ("quantity", "unit_price", "discount_pct")
FIELDS = ("description", "quantity", "unit", "unit_price", "discount_pct", "vat_key")


def value_problem(
    field: str, value: Any, vat_keys: Iterable[str], *, allow_negative: bool = False
) -> Problem | None:
    """What is wrong with one field's value on its own (``None``: nothing)."""
    if field == "description":
        return description_problem(value)
    if field == "unit":
        return unit_problem(value)
    if field == "vat_key":
        return None if value in set(vat_keys) else Problem("vat_rate")
    if not isinstance(value, Decimal):
        return Problem("not_a_number")
    if field == "quantity":
        return quantity_problem(value, allow_negative=allow_negative)
    if field == "unit_price":
        return unit_price_problem(value)
    return discount_problem(value)


def read_field(
    field: str, text: str, vat_keys: Iterable[str], *, allow_negative: bool = False
) -> tuple[Any, Problem | None]:
    """A field as typed into a cell: ``(value, None)`` or ``(None, problem)``.

    A number cell left empty is 0; the unit loses surrounding blanks."""
    value: Any = text
    if field == "unit":
        value = text.strip()
    elif field in NUMBER_FIELDS:
        value, problem = read_number(text)
        if problem is not None:
            return None, problem
    problem = value_problem(field, value, vat_keys, allow_negative=allow_negative)
    return (None, problem) if problem is not None else (value, None)


def line_total_problem(line: LineForm) -> Problem | None:
    """``line_total_too_large`` when the line's amount with its VAT on top exceeds the limit
    (or a value is out of range: that value's own code)."""
    try:
        if ceiling([line.amounts()]) > MAX_TOTAL:
            return Problem("line_total_too_large")
    except AmountLimitError as exc:
        return Problem(exc.code)
    return None


def lines_problem(lines: Iterable[LineForm]) -> Problem | None:
    """``invoice_total_too_large`` when the lines together exceed the invoice limit."""
    try:
        if ceiling(line.amounts() for line in lines) > MAX_TOTAL:
            return Problem("invoice_total_too_large")
    except AmountLimitError as exc:
        return Problem(exc.code)
    return None


def change_problem(lines: Sequence[LineForm], row: int, changed: LineForm) -> Problem | None:
    """What replacing line ``row`` by ``changed`` would break: its own total, then the
    invoice's.  The lines are assumed within the limits already (the editor keeps them so)."""
    return line_total_problem(changed) or lines_problem(
        changed if number == row else line for number, line in enumerate(lines)
    )


def with_value(line: LineForm, field: str, value: Any) -> LineForm:
    """A copy of ``line`` with one field changed: the candidate ``change_problem`` checks."""
    return replace(line, **{field: value})


def line_problems(
    line: LineForm, vat_keys: Iterable[str], *, allow_negative: bool = False
) -> dict[str, Problem]:
    """Every refused value of one line by field; ``total`` when the values are fine one by
    one but their product is too large.  ``vat_keys``: the rates the seller may charge."""
    keys = tuple(vat_keys)
    found = {
        field: problem
        for field in FIELDS
        if (
            problem := value_problem(
                field, getattr(line, field), keys, allow_negative=allow_negative
            )
        )
        is not None
    }
    if not found.keys() & {*NUMBER_FIELDS, "vat_key"}:
        total = line_total_problem(line)
        if total is not None:
            found["total"] = total
    return found
