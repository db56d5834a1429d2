"""A finished invoice as plain data: what the PDF, the e-mail and the exports read.

Storage builds it from the database (``desktop.storage.documents``); renderers never touch a
session.  Parties here are the snapshot taken at issue time, so editing a client later never
changes an issued document.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop.core.lifecycle import DocumentKind, InvoiceStatus
from desktop.core.numbering import digits_of
from desktop.core.payments import czech_account
from desktop.core.totals import InvoiceTotals, LineAmounts, compute_totals
from desktop.core.vat import VatCategory, VatRate

# Treatments whose invoice must name the provision it relies on (Directive 2006/112/EC
# Art. 226(11), (11a)), keyed by the short name that ``InvoiceForm.legal_basis``, the company's
# defaults and ``InvoiceDocument.extra`` (``<name>_basis``) use; in the order the PDF prints them.
LEGAL_BASIS_TREATMENTS: dict[VatCategory, str] = {
    VatCategory.REVERSE_CHARGE: "reverse_charge",
    VatCategory.EXEMPT: "exempt",
    VatCategory.ZERO: "zero",
}


def basis_extra_key(treatment: str) -> str:
    """Where ``InvoiceDocument.extra`` keeps a treatment's legal basis: ``exempt_basis``."""
    return f"{treatment}_basis"


def treatments_needing_basis(vat_keys: Iterable[str]) -> list[str]:
    """The treatments among ``vat_keys`` that take a legal basis, in print order."""
    categories = set()
    for key in vat_keys:
        try:
            categories.add(VatRate.from_key(key).category)
        except (ValueError, ArithmeticError):
            continue  # a half-typed rate in the editor is no treatment yet
    return [name for category, name in LEGAL_BASIS_TREATMENTS.items() if category in categories]


# Who sells: a company, an individual (Czech OSVČ; Lithuanian individuali veikla pagal
# pažymą) or, in Lithuania, a holder of a business licence (verslo liudijimas).
SELLER_KINDS = ("company", "individual", "business_licence")


def domestic_account(party: Party) -> tuple[str, str] | None:
    """The account number and bank code to print beside the IBAN: the one entered
    (``19-2000145399/0800``), else the one inside a Czech IBAN."""
    entered = party.bank_account.strip()
    if "/" in entered:
        number, _, bank = entered.rpartition("/")
        return number.strip(), bank.strip()
    return czech_account(party.iban)


def variable_symbol(doc: InvoiceDocument) -> str:
    """The document's VS, or the number's digits (Czech custom, core.numbering.digits_of)."""
    if doc.variable_symbol:
        return doc.variable_symbol
    return digits_of(doc.number) if doc.number else ""


def prints_variable_symbol(doc: InvoiceDocument) -> bool:
    """A VS is printed (and exported) for CZK payments, or wherever the user entered one;
    other payments name the invoice number as their reference."""
    return bool(variable_symbol(doc)) and (doc.currency == "CZK" or bool(doc.variable_symbol))


@dataclass(frozen=True)
class Party:
    name: str
    address: str = ""  # multi-line: street, post code and city
    country: str = ""  # ISO 3166-1 alpha-2: LT, CZ, ...
    company_code: str = ""  # įmonės kodas / IČO
    vat_code: str = ""  # PVM mokėtojo kodas / DIČ
    vat_payer: bool = False
    email: str = ""
    phone: str = ""
    register_line: str = ""  # "Zapsán v živnostenském rejstříku ..."
    iban: str = ""
    bank_name: str = ""
    bic: str = ""
    logo_path: str = ""
    seller_kind: str = "company"  # SELLER_KINDS; an individual's company_code is a certificate
    bank_account: str = ""  # domestic "19-2000145399/0800"; empty: from a Czech IBAN
    supply_date_always: bool = True  # Czech DUZP printed even when it is the issue date

    def to_dict(self) -> dict[str, object]:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Party:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)  # type: ignore[arg-type]


@dataclass(frozen=True)
class DocumentLine:
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    discount_pct: Decimal
    vat: VatRate

    def amounts(self) -> LineAmounts:
        return LineAmounts(self.quantity, self.unit_price, self.discount_pct, self.vat)


@dataclass(frozen=True)
class InvoiceDocument:
    kind: DocumentKind
    status: InvoiceStatus
    number: str | None  # None for a draft
    language: str  # document language: en / lt / cs (follows the client)
    currency: str
    issue_date: date
    supply_date: date | None
    due_date: date | None
    seller: Party
    buyer: Party
    lines: tuple[DocumentLine, ...]
    prices_include_vat: bool = False
    notes: str = ""
    variable_symbol: str = ""
    credited_number: str | None = None  # the invoice a credit note corrects
    credited_issue_date: date | None = None  # and the day it was issued
    # Rate to the national currency (EUR for LT, CZK for CZ) when the invoice is in another one:
    # "1 <currency> = <rate> <national>", as published on ``exchange_rate_date``.
    exchange_rate: Decimal | None = None
    exchange_rate_date: date | None = None
    amount_in_words: bool = True
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def totals(self) -> InvoiceTotals:
        return compute_totals(
            (line.amounts() for line in self.lines), prices_include_vat=self.prices_include_vat
        )

    @property
    def is_draft(self) -> bool:
        return self.status is InvoiceStatus.DRAFT

    @property
    def is_credit_note(self) -> bool:
        return self.kind is DocumentKind.CREDIT_NOTE
