"""Checks for identifiers and e-mail addresses typed into forms.

Each check returns ``None`` when fine, or a ``Problem`` with a stable code the UI translates.
VAT codes and IBANs are validated with python-stdnum (checksums per country); a malformed one
is an error only where the law leaves no room (an IBAN we print for payment), else a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from desktop.core.money import decimal_places, parse_decimal


class Severity(StrEnum):
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Problem:
    code: str
    severity: Severity = Severity.ERROR
    limit: int | None = None  # the bound a "too long" or "too large" broke, for the message


_EMAIL = re.compile(
    r"^[^@\s\"<>(),;:\\\[\]]+@([^@\s.\"<>(),;:\\\[\]]+\.)+[^@\s.\"<>(),;:\\\[\]]{2,}$"
)
MAX_DESCRIPTION = 2000
MAX_NAME = 300


def check_email(value: str) -> Problem | None:
    value = value.strip()
    if not value:
        return None
    if "\n" in value or "\r" in value or not _EMAIL.match(value):
        return Problem("email_invalid")
    return None


def split_emails(value: str) -> list[str]:
    return [part.strip() for part in re.split(r"[,;\s]+", value) if part.strip()]


def check_emails(value: str) -> Problem | None:
    for part in split_emails(value):
        problem = check_email(part)
        if problem:
            return problem
    return None


def check_vat_code(value: str, country: str) -> Problem | None:
    """LT PVM mokėtojo kodas (``LT`` + 9 or 12 digits), CZ DIČ (``CZ`` + 8-10 digits), any EU id."""
    value = value.strip().replace(" ", "")
    if not value:
        return None
    from stdnum.eu import vat as eu_vat

    try:
        eu_vat.validate(value)
    except Exception:
        # A wrong checksum may still be a real (old) code: warn, don't block (the buyer's
        # code is theirs to know).
        if eu_vat.guess_country(value) or value[:2].upper() == country.upper():
            return Problem("vat_checksum", Severity.WARNING)
        return Problem("vat_invalid", Severity.WARNING)
    return None


def check_iban(value: str) -> Problem | None:
    value = value.strip()
    if not value:
        return None
    from stdnum import iban

    try:
        iban.validate(value)
    except Exception:
        return Problem("iban_invalid")
    return None


def check_company_code(value: str, country: str, *, individual: bool = False) -> Problem | None:
    """An IČO or a Lithuanian įmonės kodas; an individual's certificate number (individualios
    veiklos pažyma, verslo liudijimas) has no fixed form and is not checked."""
    value = value.strip()
    if not value or (individual and country.upper() == "LT"):
        return None
    country = country.upper()
    if country == "CZ":
        from stdnum.cz import dic

        # An IČO is 8 digits with a mod-11 check digit; stdnum validates it as a legal-entity DIČ.
        if not (value.isdigit() and len(value) == 8 and dic.is_valid(value)):
            return Problem("ico_invalid", Severity.WARNING)
    elif country == "LT" and not (value.isdigit() and len(value) in (7, 9)):
        return Problem("company_code_invalid", Severity.WARNING)
    return None


def check_bank_account(value: str) -> Problem | None:
    """A Czech domestic account: ``[prefix-]number/bank code`` with the ČNB check digits
    (python-stdnum's ``cz.bankaccount``); a warning, the IBAN is what pays."""
    value = value.strip()
    if not value:
        return None
    from stdnum.cz import bankaccount

    if not bankaccount.is_valid(value):
        return Problem("bank_account_invalid", Severity.WARNING)
    return None


def check_register_line(value: str, country: str) -> Problem | None:
    """A Czech seller's documents name its register entry (Civil Code §435); a warning."""
    if country.strip().upper() == "CZ" and not value.strip():
        return Problem("register_line_missing", Severity.WARNING)
    return None


def check_text(value: str, *, required: bool = False, max_len: int = MAX_NAME) -> Problem | None:
    if required and not value.strip():
        return Problem("required")
    if len(value) > max_len:
        return Problem("too_long", limit=max_len)
    return None


def normalize_iban(value: str) -> str:
    return value.replace(" ", "").upper()


# The national currency a VAT amount must also be stated in (LT VAT Law Art. 80(3): euro;
# CZ VAT Act §29(1)(l) with §4(5): CZK at the ČNB rate of the tax point).
NATIONAL_CURRENCY = {"LT": "EUR", "CZ": "CZK"}
MAX_RATE_PLACES = 6  # the PDF prints the rate with at most 6 places; it must match what we use
# The dearest currency pair in use is far below a million (1 EUR ≈ 600 000 IRR); with it the
# VAT restated on the PDF (≤ 999 999 999 999.99 × rate) stays exact (``core.limits``).
MAX_EXCHANGE_RATE = Decimal(1_000_000)


def national_currency(country: str) -> str | None:
    return NATIONAL_CURRENCY.get(country.strip().upper())


def isdoc_by_default(country: str) -> bool:
    """Czech clients get the ISDOC e-invoice with the PDF unless told otherwise: their
    accounting programs (Pohoda, Money S3, iDoklad, ABRA) import it."""
    return country.strip().upper() == "CZ"


def attaches_isdoc(country: str, choice: bool | None) -> bool:
    """A client's own choice, else the default for its country."""
    return isdoc_by_default(country) if choice is None else choice


def needs_exchange_rate(country: str, currency: str) -> bool:
    """An invoice in another currency than the seller's national one states a rate."""
    national = national_currency(country)
    return national is not None and currency.strip().upper() != national


def rate_required(country: str, vat_payer: bool, currency: str) -> bool:
    """Only a VAT payer must restate VAT in the national currency, so only they must have it."""
    return vat_payer and needs_exchange_rate(country, currency)


def parse_exchange_rate(text: str) -> tuple[Decimal | None, Problem | None]:
    """``1 <currency> = <rate> <national>``: a positive number, decimal comma or dot.

    Empty text is no rate (``None, None``); the caller decides whether one is required.
    """
    if not text.strip():
        return None, None
    try:
        value = parse_decimal(text)
    except ValueError:
        return None, Problem("not_a_number")
    problem = exchange_rate_problem(value)
    return (None, problem) if problem else (value, None)


def exchange_rate_problem(value: Decimal) -> Problem | None:
    """Positive, at most ``MAX_EXCHANGE_RATE``, at most ``MAX_RATE_PLACES`` decimal places."""
    if not value.is_finite():
        return Problem("not_a_number")
    if value <= 0:
        return Problem("rate_not_positive")
    if value > MAX_EXCHANGE_RATE:
        return Problem("rate_too_large")
    if decimal_places(value) > MAX_RATE_PLACES:
        return Problem("rate_too_precise")
    return None


def check_bic(value: str) -> Problem | None:
    value = value.strip().replace(" ", "")
    if value and not (len(value) in (8, 11) and value.isalnum()):
        return Problem("bic_invalid", Severity.WARNING)
    return None


def check_country(code: str) -> Problem | None:
    """A two-letter ISO 3166-1 code (LT, CZ, PL…)."""
    return None if len(code) == 2 and code.isalpha() else Problem("country_invalid")


def blocking(problems: dict[str, Problem | None]) -> dict[str, Problem]:
    """The problems that stop a save (errors); warnings are shown but never block."""
    return {k: p for k, p in problems.items() if p is not None and p.severity is Severity.ERROR}
