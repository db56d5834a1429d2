"""An invoice as the editor shows and edits it: plain values, no database rows.

The editor, the services and the command line pass these between them; storage turns them
into rows (``storage.invoices``) and back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop.core.document import LEGAL_BASIS_TREATMENTS
from desktop.core.lifecycle import DocumentKind, InvoiceStatus
from desktop.core.totals import LineAmounts, compute_totals
from desktop.core.vat import VatRate


@dataclass
class LineForm:
    description: str = ""
    quantity: Decimal = Decimal(1)
    unit: str = ""
    unit_price: Decimal = Decimal(0)
    discount_pct: Decimal = Decimal(0)
    vat_key: str = "21"
    product_id: int | None = None

    def amounts(self) -> LineAmounts:
        return LineAmounts(
            self.quantity, self.unit_price, self.discount_pct, VatRate.from_key(self.vat_key)
        )


@dataclass
class InvoiceForm:
    """Everything the editor shows and edits, as plain values."""

    id: int | None = None
    kind: str = DocumentKind.INVOICE.value
    status: str = InvoiceStatus.DRAFT.value
    # The stored version this form was loaded at (None: a new draft, or a caller that
    # does not care, like the command line); a save from an older one is refused.
    version: int | None = None
    number: str | None = None
    client_id: int | None = None
    client_name: str = ""
    language: str = "lt"
    currency: str = "EUR"
    issue_date: date = field(default_factory=date.today)
    supply_date: date | None = None
    due_date: date | None = None
    prices_include_vat: bool = False
    notes: str = ""
    variable_symbol: str = ""
    amount_in_words: bool = True
    credited_invoice_id: int | None = None
    lines: list[LineForm] = field(default_factory=list)
    # 1 <currency> = <exchange_rate> <national currency>; the date ``None`` means the rate of
    # the supply date, else the issue date (issuing writes that date down).
    exchange_rate: Decimal | None = None
    exchange_rate_date: date | None = None
    # The provision printed for each special treatment ("exempt", "zero", "reverse_charge":
    # ``core.document.LEGAL_BASIS_TREATMENTS``); a new invoice starts from the company's.
    legal_basis: dict[str, str] = field(default_factory=dict)

    def totals_gross(self) -> Decimal:
        return compute_totals(
            (ln.amounts() for ln in self.lines), prices_include_vat=self.prices_include_vat
        ).gross


def clean_basis(texts: dict[str, str] | None) -> dict[str, str]:
    """Known treatments with a non-blank text only: what storage keeps and the PDF prints."""
    known = LEGAL_BASIS_TREATMENTS.values()
    return {k: v.strip() for k, v in (texts or {}).items() if k in known and v and v.strip()}
