"""QR Platba (SPAYD) and EPC payload strings, including the edge cases banks reject."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.payments import (
    PaymentCodeError,
    ascii_upper,
    epc_payload,
    format_iban,
    spayd_payload,
)

IBAN = "CZ65 0800 0000 1920 0014 5399"


def fields(payload: str) -> dict[str, str]:
    parts = payload.split("*")
    assert parts[:2] == ["SPD", "1.0"]
    out = {}
    for part in parts[2:]:
        key, _, value = part.partition(":")
        assert key and all(ch.isupper() or ch == "-" for ch in key), key
        out[key] = value
    return out


def test_spayd_basic_payload() -> None:
    payload = spayd_payload(
        IBAN, Decimal("1234.5"), variable_symbol="20260001", message="Faktura 1",
        due_date=date(2026, 3, 19),
    )  # fmt: skip
    assert payload == (
        "SPD*1.0*ACC:CZ6508000000192000145399*AM:1234.50*CC:CZK*DT:20260319"
        "*X-VS:20260001*MSG:FAKTURA 1"
    )


def test_spayd_escapes_star_in_message() -> None:
    payload = spayd_payload(IBAN, Decimal(1), message="a*b**c")
    assert fields(payload)["MSG"] == "A%2AB%2A%2AC"
    assert payload.count("*") == 5  # only the separators


def test_spayd_message_is_cut_to_60_characters() -> None:
    msg = fields(spayd_payload(IBAN, Decimal(1), message="x" * 200))["MSG"]
    assert msg == "X" * 60


def test_spayd_cut_never_splits_an_escape() -> None:
    msg = fields(spayd_payload(IBAN, Decimal(1), message="a" * 58 + "*b"))["MSG"]
    assert msg == "A" * 58  # "%2A" would not fit in the last two characters


def test_spayd_strips_accents_and_uppercases() -> None:
    msg = fields(spayd_payload(IBAN, Decimal(1), message="Příliš žluťoučký kůň „úpěl“"))["MSG"]
    assert msg == "PRILIS ZLUTOUCKY KUN UPEL"


def test_spayd_variable_symbol_keeps_at_most_ten_digits() -> None:
    vs = fields(spayd_payload(IBAN, Decimal(1), variable_symbol="FAK2026-123456789"))["X-VS"]
    assert vs == "6123456789"


def test_spayd_amount_limits() -> None:
    assert fields(spayd_payload(IBAN, Decimal("9999999.99")))["AM"] == "9999999.99"
    with pytest.raises(PaymentCodeError):
        spayd_payload(IBAN, Decimal("10000000.00"))
    with pytest.raises(PaymentCodeError):
        spayd_payload(IBAN, Decimal("-5"))
    with pytest.raises(PaymentCodeError):
        spayd_payload("not an iban", Decimal(5))


@given(st.text(max_size=300))
def test_spayd_message_property(message: str) -> None:
    payload = spayd_payload(IBAN, Decimal("10.00"), message=message)
    parsed = fields(payload)
    msg = parsed.get("MSG", "")
    assert len(msg) <= 60
    assert msg.isascii()
    assert msg == msg.upper()
    assert msg.replace("%2A", "*") in ascii_upper(message)
    assert ascii_upper(message).startswith(msg.replace("%2A", "*"))


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999999.99"), places=2))
def test_spayd_amount_property(amount: Decimal) -> None:
    am = fields(spayd_payload(IBAN, amount))["AM"]
    assert len(am) <= 10
    assert Decimal(am) == amount


def test_epc_payload() -> None:
    payload = epc_payload(
        "UAB „Žalgirio“ prekyba", "lt12 1000 0111 0100 1000", Decimal("12.3"),
        text="FAK2026-0001", bic="CBVILT2X",
    )  # fmt: skip
    assert payload.split("\n") == [
        "BCD", "002", "1", "SCT", "CBVILT2X", "UAB „Žalgirio“ prekyba",
        "LT121000011101001000", "EUR12.30", "", "", "FAK2026-0001",
    ]  # fmt: skip


def test_epc_limits() -> None:
    payload = epc_payload("N" * 100, "LT121000011101001000", Decimal(1), text="t" * 500)
    lines = payload.split("\n")
    assert len(lines[5]) == 70
    assert len(lines[10]) == 140
    assert len(payload.encode()) <= 331
    for bad in (Decimal(0), Decimal("-1"), Decimal("1000000000")):
        with pytest.raises(PaymentCodeError):
            epc_payload("N", "LT121000011101001000", bad)


def test_format_iban_groups_of_four() -> None:
    assert format_iban("cz6508000000192000145399") == "CZ65 0800 0000 1920 0014 5399"
