"""The words for what the services refuse, and the exit code each refusal means.

A refusal is the user's situation (a value the rules do not allow, a record that changed
meanwhile), said in a sentence they can act on, in the interface language; the window's
sentences are reused where the window says the same thing (``FieldErrors``, ``Startup``,
``InvoiceStatus``).  Anything else is our bug: logged with its trace, and said as "something
went wrong" with the log's path.
"""

from __future__ import annotations

import logging
from decimal import Decimal

from desktop.cli.messages import CLI, FIELD_ERRORS, language, translate
from desktop.core import limits
from desktop.core.errors import (
    AmountLimitError,
    ExportRefusedError,
    IssueError,
    LockedError,
    NotFoundError,
    StateConflictError,
)
from desktop.core.money import format_number
from desktop.core.outbox import OutboxError
from desktop.core.validation import MAX_DESCRIPTION, MAX_EXCHANGE_RATE, MAX_NAME, Problem
from desktop.services.control import CancelledError

log = logging.getLogger("desktop.cli")

REFUSED, USAGE, LOCKED, NEWER, DAMAGED = 1, 2, 3, 4, 5
INVOICE_STATUS = "InvoiceStatus"
STATUS_LABELS = {
    "draft": "Draft",
    "issued": "Issued",
    "sent": "Sent",
    "paid": "Paid",
    "cancelled": "Cancelled",
}
# A field of a record as the option that sets it (``InvalidInputError`` names fields).
OPTION_OF = {
    "emails": "--email",
    "bank_name": "--bank",
    "exchange_rate": "--rate",
    "lines": "--line",  # the lines together
}


def _limit(value: Decimal, places: int = 2) -> str:
    return format_number(value, language(), places)


def _field(text: str) -> str:
    return translate(FIELD_ERRORS, text)


def problem_text(code: str) -> str:
    """The forms' sentence for a validation or issue code (``ui/widgets/field_errors.py``)."""
    texts = {
        "required": _field("This field is required."),
        "too_long": _field("This text is too long (at most %1 characters)."),
        "description_too_long": _field(
            "The description is too long: %2 characters, at most %1 are allowed."
        ).replace("%1", str(MAX_DESCRIPTION)),
        "email_invalid": _field("This does not look like an e-mail address (name@example.com)."),
        "vat_checksum": _field("The VAT code's check digits do not match. Please check it."),
        "vat_invalid": _field(
            "This does not look like an EU VAT code (e.g. LT123456789, CZ12345678)."
        ),
        "iban_invalid": _field(
            "This IBAN is not valid; check the digits (e.g. LT12 1000 0111 0100 1000)."
        ),
        "ico_invalid": _field("A Czech IČO has 8 digits with a valid check digit."),
        "company_code_invalid": _field("A Lithuanian company code has 7 or 9 digits."),
        "bic_invalid": _field("A BIC has 8 or 11 letters and digits, e.g. HABALT22."),
        "bank_account_invalid": _field(
            "This does not look like a Czech account number (e.g. 19-2000145399/0800)."
        ),
        "register_line_missing": _field(
            "Czech invoices name the register entry, e.g. “Zapsán v obchodním rejstříku "
            "vedeném Městským soudem v Praze, oddíl C, vložka 12345”."
        ),
        "client_exists": _field("A client with this name already exists."),
        "country_invalid": _field("Enter a two-letter country code, e.g. PL or DE."),
        "not_a_number": _field("“%1” is not a number. Use digits, e.g. 1 234,50."),
        "negative_quantity": _field(
            "The quantity cannot be negative on an invoice; create a credit note instead."
        ),
        "discount_range": _field("The discount must be between 0 and 100 %."),
        "discount_too_precise": _field("Use at most 2 decimal places in the discount."),
        "quantity_too_large": _field("The quantity is too large: at most %1.").replace(
            "%1", _limit(limits.MAX_QUANTITY, limits.QUANTITY_PLACES)
        ),
        "quantity_too_precise": _field("Use at most 4 decimal places in the quantity."),
        "price_too_large": _field("The unit price is too large: at most %1.").replace(
            "%1", _limit(limits.MAX_UNIT_PRICE, limits.PRICE_PLACES)
        ),
        "price_too_precise": _field("Use at most 4 decimal places in the unit price."),
        "line_total_too_large": _field(
            "The line total would be too large: a line may come to at most %1 with VAT."
        ).replace("%1", _limit(limits.MAX_TOTAL)),
        "invoice_total_too_large": _field(
            "The invoice total would be too large: all lines together may come to at most %1 "
            "with VAT."
        ).replace("%1", _limit(limits.MAX_TOTAL)),
        "negative_total": _field(
            "The total is negative, so this cannot be issued as an invoice. To give money "
            "back, create a credit note from the invoice you are correcting."
        ),
        "vat_rate": _field("Choose one of the VAT rates in the list."),
        "company_missing": _field("Fill in your company profile before issuing an invoice."),
        "no_client": _field("Choose or create a client before issuing."),
        "no_lines": _field("Add at least one line before issuing."),
        "empty_description": _field("Every line needs a description before issuing."),
        "credit_needs_issued_invoice": _field("A credit note can only correct an issued invoice."),
        "rate_not_positive": _field("The exchange rate must be greater than zero."),
        "rate_too_precise": _field("Use at most 6 decimal places in the exchange rate."),
        "rate_too_large": _field("The exchange rate is too large: at most %1.").replace(
            "%1", _limit(MAX_EXCHANGE_RATE, 0)
        ),
        "exchange_rate_missing": _field(
            "Enter the exchange rate: the VAT must also be stated in %1."
        ),
    }
    return texts.get(code, _field("This value is not valid."))


def describe(field: str, problem: Problem) -> str:
    """``--iban: This IBAN is not valid…``; a line's problem names the line by its number."""
    line, _, part = field.partition(".")
    if line.startswith("line") and line[4:].isdigit():
        where, field = f"--line {line[4:]}", part
    else:
        where = OPTION_OF.get(field, "--" + field.replace("_", "-"))
    limit = {"unit": limits.MAX_UNIT}.get(field, MAX_NAME)
    return f"{where}: {problem_text(problem.code).replace('%1', str(limit))}"


def status_label(status: str | None) -> str:
    return translate(INVOICE_STATUS, STATUS_LABELS.get(status or "", status or "?"))


def _not_found(exc: NotFoundError) -> str:
    texts = {
        "invoice": translate(CLI, "There is no invoice %1."),
        "client": translate(CLI, "There is no client %1."),
    }
    text = texts.get(exc.kind, translate(CLI, "Not found: %1."))
    return text.replace("%1", str(exc.record_id))


def _send_refused(code: str) -> str:
    texts = {
        "draft": translate(CLI, "Only an issued invoice can be sent; issue the draft first."),
        "cancelled": translate(CLI, "A cancelled invoice cannot be sent."),
        "account_missing": translate(
            CLI,
            "E-mail sending is not set up: install “Email sending via SMTP” in Faktura "
            "(Settings → Modules) and fill in the account.",
        ),
        "no_recipient": translate(CLI, "The client has no e-mail address; give one with --to."),
        "invalid_address": problem_text("email_invalid"),
    }
    return texts.get(code, code)


def _export_refused(code: str) -> str:
    texts = {
        "draft": translate(
            CLI, "A draft has no number yet, so it cannot be an ISDOC; issue it first."
        ),
        "exchange_rate_missing": translate(
            CLI,
            "ISDOC states every amount also in %1: give the invoice its exchange rate first.",
        ),
        "credit_without_invoice": translate(
            CLI, "This credit note does not name the invoice it corrects, which ISDOC requires."
        ),
    }
    return texts.get(code, code)


def refusal(exc: BaseException, national_currency: str = "") -> str | None:
    """The sentence for a refusal (exit code 1), or None when ``exc`` is no refusal.

    ``national_currency``: the seller's (EUR, CZK), which a missing exchange rate names."""
    from desktop.services.backups import BackupUnsupportedError
    from desktop.services.parties import InvalidInputError
    from desktop.services.sending import SendRefusedError

    if isinstance(exc, InvalidInputError):
        return "\n".join(describe(field, problem) for field, problem in exc.problems.items())
    if isinstance(exc, IssueError):
        return problem_text(exc.code).replace("%1", national_currency)
    if isinstance(exc, AmountLimitError):
        return problem_text(exc.code)
    if isinstance(exc, NotFoundError):
        return _not_found(exc)
    if isinstance(exc, StateConflictError):
        if exc.wanted == "issued":
            text = translate(
                CLI, "Invoice %1 is no longer a draft (status: %2); nothing was changed."
            )
        else:
            text = translate(
                CLI, "Invoice %1 has the status %2, so it cannot become %3; nothing was changed."
            )
        return (
            text.replace("%1", str(exc.record_id))
            .replace("%2", status_label(exc.current))
            .replace("%3", status_label(exc.wanted))
        )
    if isinstance(exc, LockedError):
        return translate(CLI, "An issued invoice cannot be changed; correct it with a credit note.")
    if isinstance(exc, SendRefusedError):
        return _send_refused(exc.code)
    if isinstance(exc, ExportRefusedError):
        return _export_refused(exc.code).replace("%1", national_currency)
    if isinstance(exc, OutboxError):
        return translate(CLI, "The message cannot change now: %1").replace("%1", str(exc))
    if isinstance(exc, BackupUnsupportedError):
        return translate(
            CLI,
            "Only a SQLite file can be backed up here; back up a shared database on its server.",
        )
    if isinstance(exc, CancelledError):
        return translate(CLI, "Stopped; what was done so far stays done.")
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        if not exc.filename:
            return reason
        return (
            translate(CLI, "Could not write %1: %2")
            .replace("%1", str(exc.filename))
            .replace("%2", reason)
        )
    return None
