"""The fast mask choice gives exactly the symbol segno's own best-mask search gives."""

from __future__ import annotations

import random
import string

import pytest
import segno

from desktop.pdf.qr import payment_code
from desktop.pdf.qr_matrix import qr_rows
from tests.pdf.samples import cz_invoice, lt_invoice


def segno_rows(payload: str) -> tuple[list[str], int]:
    code = segno.make(payload, error="m", boost_error=False, micro=False, encoding="utf-8")
    return ["".join(map(str, row)) for row in code.matrix], code.mask


def random_payloads() -> list[str]:
    """Lengths from 1 to 300 characters: versions 1 to 14, with and without version info."""
    rng = random.Random(20260305)
    alphabet = string.ascii_letters + string.digits + " *:.\nąčęėįšųūžřťďňůě"
    return ["".join(rng.choices(alphabet, k=rng.randint(1, 300))) for _ in range(100)]


PAYLOADS = random_payloads()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_same_symbol_as_segno(payload: str) -> None:
    rows, _ = segno_rows(payload)
    assert qr_rows(payload) == rows


def test_every_mask_is_chosen_somewhere() -> None:
    """Otherwise the comparison above would not exercise every mask's layout."""
    assert {segno_rows(p)[1] for p in PAYLOADS} == set(range(8))


@pytest.mark.parametrize("make", [cz_invoice, lt_invoice], ids=["spayd", "epc"])
def test_invoice_payloads(make) -> None:  # type: ignore[no-untyped-def]
    code = payment_code(make())
    assert code is not None
    assert qr_rows(code.payload) == segno_rows(code.payload)[0]
