"""Invoice PDF speed against a floor: a bare reportlab canvas drawing the same strings.

The floor uses the same TrueType fonts (regular and bold, subset and embedded the same way),
the same page size and invariant mode, so the ratio measures only our layout overhead
(platypus tables, paragraphs, QR code).  Target: ``pdf_ratio`` ≤ 3.

Times are per-process CPU milliseconds (medians of interleaved runs), so a busy shared machine
does not skew one side.  Run: ``python -m benchmarks.pdf_bench [--quick]`` (or through
``python -m benchmarks``, which calls :func:`measure`).
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from desktop.core.document import DocumentLine, InvoiceDocument, Party
from desktop.core.lifecycle import DocumentKind, InvoiceStatus
from desktop.core.vat import VatRate


def sample_invoice() -> InvoiceDocument:
    """A typical one-page Lithuanian VAT invoice with five lines and an EPC QR code."""
    seller = Party(
        name="MB „Ąžuolų šviesa“",
        address="Vilniaus g. 12-3\nLT-01402 Vilnius",
        country="LT",
        company_code="305123456",
        vat_code="LT100012345617",
        vat_payer=True,
        email="info@azuolu-sviesa.lt",
        iban="LT12 1000 0111 0100 1000",
        bank_name="AB SEB bankas",
        bic="CBVILT2X",
    )
    buyer = Party(
        name="UAB „Žalgirio“ prekyba",
        address="Savanorių pr. 176\nLT-03154 Vilnius",
        country="LT",
        company_code="302998877",
        vat_code="LT100009998811",
        vat_payer=True,
    )
    vat = VatRate(Decimal(21))
    lines = tuple(
        DocumentLine(
            f"Paslauga nr. {i}: konsultacijos ir programavimas",
            Decimal(i),
            "val.",
            Decimal("45.50"),
            Decimal(0),
            vat,
        )
        for i in range(1, 6)
    )
    return InvoiceDocument(
        kind=DocumentKind.INVOICE,
        status=InvoiceStatus.ISSUED,
        number="FAK2026-0001",
        language="lt",
        currency="EUR",
        issue_date=date(2026, 3, 5),
        supply_date=date(2026, 2, 28),
        due_date=date(2026, 3, 19),
        seller=seller,
        buyer=buyer,
        lines=lines,
        notes="Dėkojame, kad naudojatės mūsų paslaugomis.",
    )


def printed_strings(pdf: bytes) -> list[str]:
    """Every text line of the rendered invoice: what the floor draws."""
    from pypdf import PdfReader

    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    return [line for line in text.splitlines() if line.strip()]


def floor_pdf(strings: list[str]) -> bytes:
    """One canvas page: the same strings, same fonts, no layout engine."""
    from reportlab.pdfgen.canvas import Canvas

    from desktop.pdf.fonts import BOLD, REGULAR

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595.2756, 841.8898), invariant=1, initialFontName=REGULAR)
    y = 800.0
    for index, text in enumerate(strings):
        canvas.setFont(BOLD if index % 4 == 0 else REGULAR, 8.6)
        canvas.drawString(50, y, text)
        y -= 9.5
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _cpu_ms(action: Callable[[], object]) -> float:
    """CPU time of this process: other jobs on a shared machine do not inflate it."""
    start = time.process_time()
    action()
    return (time.process_time() - start) * 1000


def measure(quick: bool = False) -> dict[str, float]:
    """Median milliseconds for our invoice and for the floor, measured side by side."""
    from desktop.pdf.fonts import register_fonts
    from desktop.pdf.render import render_invoice_pdf

    register_fonts()
    doc = sample_invoice()
    strings = printed_strings(render_invoice_pdf(doc))  # also warms caches for both
    floor_pdf(strings)
    runs = 7 if quick else 31
    pdf_samples: list[float] = []
    floor_samples: list[float] = []
    for _ in range(runs):  # interleaved, so machine noise hits both alike
        pdf_samples.append(_cpu_ms(lambda: render_invoice_pdf(doc)))
        floor_samples.append(_cpu_ms(lambda: floor_pdf(strings)))
    pdf_ms = statistics.median(pdf_samples)
    floor_ms = statistics.median(floor_samples)
    return {"pdf_ms": pdf_ms, "pdf_floor_ms": floor_ms, "pdf_ratio": pdf_ms / floor_ms}


if __name__ == "__main__":
    for key, value in measure(quick="--quick" in sys.argv).items():
        print(f"{key}: {value:.2f}")
