"""Invoice PDF speed against a floor: bare reportlab canvas pages drawing the same strings.

Over a set of invoices (one line, 30 lines, three pages, a foreign currency, a credit note).
The floor uses the same TrueType fonts (regular and bold, subset and embedded the same way),
the same page size and invariant mode, and as many pages, so the ratio measures only our
layout overhead (platypus tables, paragraphs, QR code).  Goal: ``pdf_ratio`` ≤ 2.

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
from typing import Any

from desktop.core.document import DocumentLine, InvoiceDocument, Party
from desktop.core.lifecycle import DocumentKind, InvoiceStatus
from desktop.core.vat import VatRate

THREE_PAGES = 70  # lines of ``long_invoice`` that fill three pages (checked below)


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


def invoice_set() -> dict[str, InvoiceDocument]:
    """The kinds of invoice people print: one line, 30 lines, three pages, a foreign
    currency with its exchange rate, a credit note."""
    from dataclasses import replace

    from tests.pdf.samples import en_invoice, long_invoice, lt_invoice

    one = lt_invoice()
    return {
        "1 line": replace(one, lines=one.lines[:1]),
        "30 lines": long_invoice(30),
        "3 pages": long_invoice(THREE_PAGES),
        "foreign currency": en_invoice(),
        "credit note": lt_invoice(
            kind=DocumentKind.CREDIT_NOTE, number="KR2026-0001", credited_number="FAK2026-0001"
        ),
    }


def printed_pages(pdf: bytes) -> list[list[str]]:
    """Every text line of every page of the rendered invoice: what the floor draws."""
    from pypdf import PdfReader

    pages = PdfReader(io.BytesIO(pdf)).pages
    return [[ln for ln in page.extract_text().splitlines() if ln.strip()] for page in pages]


def floor_pdf(pages: list[list[str]]) -> bytes:
    """Canvas pages: the same strings, same fonts, no layout engine."""
    from reportlab.pdfgen.canvas import Canvas

    from desktop.pdf.fonts import BOLD, REGULAR

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595.2756, 841.8898), invariant=1, initialFontName=REGULAR)
    for strings in pages:
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


def measure(quick: bool = False) -> dict[str, Any]:
    """Median milliseconds per invoice of the set, ours and the floor's, side by side.

    ``pdf_ms`` and ``pdf_floor_ms`` are the sums over the set (one of each kind);
    ``pdf_ratio`` is their quotient, and each kind's own ratio is reported beside it.
    """
    from desktop.pdf.fonts import register_fonts
    from desktop.pdf.render import render_invoice_pdf

    register_fonts()
    docs = invoice_set()
    pages = {name: printed_pages(render_invoice_pdf(doc)) for name, doc in docs.items()}
    if len(pages["3 pages"]) != 3:
        raise RuntimeError(f"the 3-page invoice has {len(pages['3 pages'])} pages")
    for strings in pages.values():  # warms the floor's caches too
        floor_pdf(strings)
    runs = 7 if quick else 31
    ours: dict[str, list[float]] = {name: [] for name in docs}
    floors: dict[str, list[float]] = {name: [] for name in docs}
    for _ in range(runs):  # interleaved, so machine noise hits both alike
        for name, doc in docs.items():
            ours[name].append(_cpu_ms(lambda doc=doc: render_invoice_pdf(doc)))
            floors[name].append(_cpu_ms(lambda name=name: floor_pdf(pages[name])))
    pdf_ms = sum(statistics.median(ours[name]) for name in docs)
    floor_ms = sum(statistics.median(floors[name]) for name in docs)
    each = {
        name: round(statistics.median(ours[name]) / statistics.median(floors[name]), 2)
        for name in docs
    }
    return {
        "pdf_ms": pdf_ms, "pdf_floor_ms": floor_ms, "pdf_ratio": pdf_ms / floor_ms,
        "pdf_set": list(docs), "pdf_ratio_each": each,
    }  # fmt: skip


if __name__ == "__main__":
    for key, value in measure(quick="--quick" in sys.argv).items():
        print(f"{key}: {value}")
