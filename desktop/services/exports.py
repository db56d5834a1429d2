"""Invoice PDFs written to files: one for the editor's Export, many for the list's."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.paths import DataPaths
from desktop.services.control import JobControl
from desktop.services.database import Books
from desktop.storage import documents, invoices

if TYPE_CHECKING:
    from desktop.core.document import InvoiceDocument


def render_pdf(document: InvoiceDocument) -> bytes:
    """A document as PDF bytes, without books (the self-test's sample invoices).

    ``ImportError`` when the renderer (reportlab) is missing from a broken installation.
    """
    from desktop.pdf.render import render_invoice_pdf

    return render_invoice_pdf(document)


class ExportService:
    def __init__(self, books: Books, paths: DataPaths) -> None:
        self._books = books
        self._paths = paths

    def pdf(self, invoice_id: int, target: Path | None = None) -> Path:
        """Render and write the PDF (default ``<data dir>/pdf/<number>.pdf``), atomically;
        the export is recorded in the invoice's history.  ``OSError`` when it cannot be
        written."""
        from desktop.pdf.export import export_invoice_pdf, write_atomically

        with self._books.reading() as session:
            document = documents.to_document(session, invoice_id)
        if target is None:
            path = export_invoice_pdf(document, self._paths.pdf, draft_id=invoice_id)
        else:
            from desktop.pdf.render import render_invoice_pdf

            path = write_atomically(render_invoice_pdf(document), target)
        with self._books.transaction() as session:
            invoices.add_event(session, invoice_id, "pdf_exported", path.name)
        return path

    def pdf_bytes(self, invoice_id: int) -> bytes:
        """The PDF that ``pdf`` would write, without writing it (the preview, printing)."""
        from desktop.pdf.render import render_invoice_pdf

        with self._books.reading() as session:
            document = documents.to_document(session, invoice_id)
        return render_invoice_pdf(document)

    def pdfs(self, invoice_ids: Sequence[int], control: JobControl | None = None) -> list[Path]:
        """Several invoices into ``<data dir>/pdf/``; stops between files when cancelled."""
        control = control or JobControl()
        written: list[Path] = []
        for done, invoice_id in enumerate(invoice_ids):
            control.progress(done, len(invoice_ids))
            control.check()
            written.append(self.pdf(invoice_id))
        control.progress(len(invoice_ids), len(invoice_ids))
        return written
