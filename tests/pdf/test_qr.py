"""Which payment code an invoice gets, and that the printed code decodes to the payload."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core.lifecycle import InvoiceStatus
from desktop.pdf.qr import payment_code
from desktop.pdf.render import render_invoice_pdf
from tests.pdf.samples import cz_invoice, lt_invoice
from tests.required import require_tools


def test_czk_invoice_to_czech_iban_gets_qr_platba() -> None:
    code = payment_code(cz_invoice())
    assert code is not None and code.caption_key == "qr_spayd"
    assert code.payload == (
        "SPD*1.0*ACC:CZ6508000000192000145399*AM:20481.55*CC:CZK*DT:20260319"
        "*X-VS:20260042*MSG:FAK2026-0042"
    )


def test_eur_invoice_gets_epc() -> None:
    code = payment_code(lt_invoice())
    assert code is not None and code.caption_key == "qr_epc"
    assert code.payload.startswith("BCD\n002\n1\nSCT\nCBVILT2X\nMB „Ąžuolų šviesa“\n")
    assert "\nEUR2913.75\n" in code.payload


@pytest.mark.parametrize(
    "doc",
    [
        lt_invoice(seller=replace(lt_invoice().seller, iban="")),
        lt_invoice(status=InvoiceStatus.DRAFT, number=None),
        lt_invoice(currency="USD"),
        cz_invoice(seller=replace(cz_invoice().seller, iban="SK3112000000198742637541")),
    ],
    ids=["no-iban", "draft", "usd", "czk-to-foreign-iban"],
)
def test_no_code_when_none_applies(doc) -> None:  # type: ignore[no-untyped-def]
    assert payment_code(doc) is None


@pytest.mark.parametrize("make", [cz_invoice, lt_invoice], ids=["spayd", "epc"])
def test_printed_code_decodes_to_the_payload(make, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    require_tools("zbar-tools", "zbarimg")  # reads the printed code
    require_tools("poppler-utils", "pdftoppm")  # renders the page for it
    doc = make()
    code = payment_code(doc)
    assert code is not None
    pdf = tmp_path / "invoice.pdf"
    pdf.write_bytes(render_invoice_pdf(doc))
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, tmp_path / "p"],
        check=True,
    )
    decoded = subprocess.run(
        ["zbarimg", "--raw", "-q", tmp_path / "p.png"],
        capture_output=True,
        check=True,
        text=True,
        encoding="utf-8",
    ).stdout
    assert decoded.rstrip("\n") == code.payload


def test_credit_note_and_proforma() -> None:
    from desktop.core.lifecycle import DocumentKind

    assert payment_code(lt_invoice(kind=DocumentKind.CREDIT_NOTE)) is None  # nothing to pay
    proforma = payment_code(cz_invoice(kind=DocumentKind.PROFORMA, number="ZAL2026-0001"))
    assert proforma is not None and "*MSG:ZAL2026-0001" in proforma.payload


def test_variable_symbol_falls_back_to_number_digits() -> None:
    code = payment_code(cz_invoice(variable_symbol=""))
    assert code is not None and "*X-VS:20260042*" in code.payload
