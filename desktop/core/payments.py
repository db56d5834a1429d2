"""Payment QR payloads: Czech QR Platba (SPAYD 1.0) and the EPC "GiroCode" (BCD/002).

Built here, in plain strings, so the rules are testable without drawing anything.

SPAYD (INVOICE-RULES.md; Czech Banking Association "Short Payment Descriptor" 1.0 at
qr-platba.cz): ``SPD*1.0*KEY:value*...``; keys are ``[A-Z-]``; a literal ``*`` inside a value is
written ``%2A``; ``AM`` at most 10 characters with a dot decimal; ``X-VS`` at most 10 digits;
``MSG`` at most 60 characters; ``DT`` is ``YYYYMMDD``.  We write text as uppercase ASCII without
accents, which every Czech bank app reads.

EPC (European Payments Council, "Quick Response Code: Guidelines to Enable Data Capture for the
Initiation of a SEPA Credit Transfer", EPC069-12): service tag ``BCD``, version ``002``,
character set ``1`` (UTF-8), ``SCT``, BIC (optional in 002), name ≤ 70, IBAN, ``EUR`` amount
0.01–999999999.99, purpose, structured reference, unstructured text ≤ 140; ≤ 331 bytes.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal

from desktop.core.money import round_money

SPAYD_MSG_MAX = 60
SPAYD_AM_MAX = 10
SPAYD_VS_MAX = 10
EPC_NAME_MAX = 70
EPC_TEXT_MAX = 140
EPC_BYTES_MAX = 331


class PaymentCodeError(ValueError):
    """The payment cannot be expressed as a valid code (amount out of range, bad IBAN...)."""


def compact_iban(iban: str) -> str:
    """``cz65 0800 0000 1920 0014 5399`` → ``CZ6508000000192000145399``."""
    return re.sub(r"\s+", "", iban).upper()


def format_iban(iban: str) -> str:
    """Groups of four for printing, as banks do: ``CZ65 0800 0000 1920 0014 5399``."""
    compact = compact_iban(iban)
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def czech_account(iban: str) -> tuple[str, str] | None:
    """The domestic account number and bank code inside a Czech IBAN, or ``None``.

    A Czech IBAN is ``CZkk BBBB PPPPPP AAAAAAAAAA`` (ČNB decree 169/2011: bank code, prefix,
    account number): ``CZ65 0800 0000 1920 0014 5399`` → ``("19-2000145399", "0800")``, the
    form Czech invoices and ISDOC's ``BankAccount/ID`` and ``BankCode`` carry.
    """
    compact = compact_iban(iban)
    if not re.fullmatch(r"CZ\d{22}", compact):
        return None
    bank, prefix, number = compact[4:8], compact[8:14].lstrip("0"), compact[14:].lstrip("0")
    if not number:
        return None
    return (f"{prefix}-{number}" if prefix else number), bank


def ascii_upper(text: str) -> str:
    """Strip accents (NFKD, drop combining marks), keep printable ASCII, uppercase, one space."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    ascii_only = plain.encode("ascii", "ignore").decode("ascii")
    printable = "".join(ch if ch.isprintable() else " " for ch in ascii_only)
    return " ".join(printable.split()).upper()


def spayd_escape(value: str) -> str:
    """``*`` separates fields, so a literal one becomes ``%2A`` (SPAYD 1.0 §2)."""
    return value.replace("*", "%2A")


def _truncate_escaped(text: str, limit: int) -> str:
    """Escape, then cut to ``limit`` characters without splitting a ``%2A`` in two."""
    out: list[str] = []
    used = 0
    for ch in text:
        piece = spayd_escape(ch)
        if used + len(piece) > limit:
            break
        out.append(piece)
        used += len(piece)
    return "".join(out).rstrip()


def _amount_text(amount: Decimal) -> str:
    return f"{round_money(amount):.2f}"


def spayd_payload(
    iban: str,
    amount: Decimal,
    *,
    currency: str = "CZK",
    variable_symbol: str = "",
    message: str = "",
    due_date: date | None = None,
) -> str:
    """The QR Platba string; raises :class:`PaymentCodeError` for what SPAYD cannot carry."""
    account = compact_iban(iban)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{1,30}", account):
        raise PaymentCodeError("iban")
    if amount <= 0:
        raise PaymentCodeError("amount_not_positive")
    am = _amount_text(amount)
    if len(am) > SPAYD_AM_MAX:
        raise PaymentCodeError("amount_too_long")
    fields = [f"ACC:{account}", f"AM:{am}", f"CC:{ascii_upper(currency)[:3]}"]
    if due_date is not None:
        fields.append(f"DT:{due_date:%Y%m%d}")
    vs = "".join(ch for ch in variable_symbol if ch.isdigit())
    if vs:
        fields.append(f"X-VS:{vs[-SPAYD_VS_MAX:]}")
    msg = _truncate_escaped(ascii_upper(message), SPAYD_MSG_MAX)
    if msg:
        fields.append(f"MSG:{msg}")
    return "*".join(["SPD", "1.0", *fields])


def _clip(text: str, limit: int) -> str:
    return " ".join(text.split())[:limit].rstrip()


def epc_payload(
    name: str,
    iban: str,
    amount: Decimal,
    *,
    text: str = "",
    bic: str = "",
) -> str:
    """The EPC QR string (version 002, UTF-8, unstructured remittance text)."""
    account = compact_iban(iban)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{1,30}", account):
        raise PaymentCodeError("iban")
    value = round_money(amount)
    if not Decimal("0.01") <= value <= Decimal("999999999.99"):
        raise PaymentCodeError("amount_out_of_range")
    beneficiary = _clip(name, EPC_NAME_MAX)
    if not beneficiary:
        raise PaymentCodeError("name")
    lines = [
        "BCD",
        "002",
        "1",
        "SCT",
        compact_iban(bic),
        beneficiary,
        account,
        f"EUR{value:.2f}",
        "",  # purpose code
        "",  # structured creditor reference: we send the invoice number as text instead
        _clip(text, EPC_TEXT_MAX),
    ]
    payload = "\n".join(lines).rstrip("\n")
    if len(payload.encode("utf-8")) > EPC_BYTES_MAX:
        raise PaymentCodeError("too_long")
    return payload
