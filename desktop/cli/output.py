"""What the command line prints: results on stdout (text or one JSON document), words on stderr.

Scripts read stdout; people read stderr.  JSON follows AUTOMATION.md: amounts as strings with
``.`` and two decimals (``"121.00"``, a credit note ``"-121.00"``), dates ISO 8601.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.money import round_money

if TYPE_CHECKING:
    from desktop.services.invoices import InvoiceSummary


def amount(value: Decimal) -> str:
    """``Decimal('121')`` → ``"121.00"``: cents, a dot, never an exponent."""
    return f"{round_money(value):f}"


def _plain(value: Any) -> Any:
    """A value JSON can carry: dates as ISO 8601, amounts and paths as text."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if is_dataclass(value) and not isinstance(value, type):
        return _plain(asdict(value))
    return value


def prepare_streams() -> None:
    """JSON and names with national letters go out as UTF-8 even where the locale's encoding
    (a Windows pipe: cp1252) cannot carry „ą“ or „ř“; stderr replaces what it cannot show."""
    for stream, change in (
        (sys.stdout, {"encoding": "utf-8"}),
        (sys.stderr, {"errors": "replace"}),
    ):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower().replace("-", "") != "utf8":
            reconfigure(**change)


def print_json(value: Any) -> None:
    print(json.dumps(_plain(value), ensure_ascii=False, indent=2), flush=True)


def result(text: str) -> None:
    """A result a script may read (an id, a number, a path): one line on stdout."""
    print(text, flush=True)


def say(text: str) -> None:
    """A message for the person at the terminal, in the interface language: stderr."""
    print(text, file=sys.stderr, flush=True)


def invoice_object(summary: InvoiceSummary) -> dict[str, Any]:
    """The invoice object of ``invoice new/credit/list --json``."""
    return {
        "id": summary.id,
        "number": summary.number,
        "status": summary.status,
        "currency": summary.currency,
        "total": amount(summary.total),
    }


def table(rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> None:
    """Rows in aligned columns on stdout (``right``: columns aligned to the right)."""
    if not rows:
        return
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        result("  ".join(cells).rstrip())
