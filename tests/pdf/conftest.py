"""Helpers shared by the PDF tests: PDFs are parsed back with pypdf, never just produced."""

from __future__ import annotations

import io

from pypdf import PdfReader

from desktop.core.document import InvoiceDocument
from desktop.pdf.render import render_invoice_pdf


def page_texts(data: bytes) -> list[str]:
    """Text of every page, with U+00A0 read as a space (pypdf's choice varies by font)."""
    reader = PdfReader(io.BytesIO(data))
    return [page.extract_text().replace("\u00a0", " ") for page in reader.pages]


def rendered_text(doc: InvoiceDocument) -> str:
    return "\n".join(page_texts(render_invoice_pdf(doc)))


def norm(text: str) -> str:
    return text.replace("\u00a0", " ")
