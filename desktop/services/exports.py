"""Invoice PDFs and ISDOC e-invoices written to files: one for the editor's Export, many for
the list's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import ExportRefusedError
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

    def pdfs(
        self,
        invoice_ids: Sequence[int],
        control: JobControl | None = None,
        *,
        workers: int | None = None,
    ) -> list[Path]:
        """Several invoices into ``<data dir>/pdf/``; stops between files when cancelled.

        A batch is rendered on every core (``services.pdf_pool``; ``workers`` sets the
        number of processes, 1 renders in this thread); the files are written and recorded
        here, in order.  A few invoices are simply exported one by one.
        """
        from desktop.services.pdf_pool import workers_for

        control = control or JobControl()
        total = len(invoice_ids)
        pool = workers_for(total, workers)
        written: list[Path] = []
        control.progress(0, total)
        if workers is None and pool <= 1:
            for invoice_id in invoice_ids:
                control.check()
                written.append(self.pdf(invoice_id))
                control.progress(len(written), total)
            return written
        from desktop.pdf.export import pdf_file_name, write_atomically
        from desktop.services.pdf_pool import rendered

        with self._books.reading() as session:
            docs = [documents.to_document(session, invoice_id) for invoice_id in invoice_ids]
        batches = zip(invoice_ids, docs, rendered(docs, pool, control), strict=False)
        for invoice_id, doc, data in batches:
            name = pdf_file_name(doc, draft_id=invoice_id)
            path = write_atomically(data, self._paths.pdf / name)
            with self._books.transaction() as session:
                invoices.add_event(session, invoice_id, "pdf_exported", path.name)
            written.append(path)
            control.progress(len(written), total)
        return written

    def isdoc_bytes(self, invoice_id: int) -> tuple[str, bytes]:
        """The ISDOC file name and content of an issued invoice or credit note (the e-mail
        attaches it); ``ExportRefusedError`` for a draft or a foreign-currency invoice without
        its exchange rate."""
        from desktop.isdoc.build import isdoc_bytes, isdoc_file_name

        with self._books.reading() as session:
            document = documents.to_document(session, invoice_id)
        return isdoc_file_name(document), isdoc_bytes(document)

    def isdoc(self, invoice_id: int, target: Path | None = None) -> Path:
        """Write the ISDOC 6.0.2 XML (default ``<data dir>/isdoc/<number>.isdoc``), atomically,
        and record the export in the invoice's history.  ``OSError`` when it cannot be
        written."""
        from desktop.pdf.export import write_atomically

        name, data = self.isdoc_bytes(invoice_id)
        path = write_atomically(data, target if target is not None else self._paths.isdoc / name)
        with self._books.transaction() as session:
            invoices.add_event(session, invoice_id, "isdoc_exported", path.name)
        return path

    def isdocs(self, invoice_ids: Sequence[int], control: JobControl | None = None) -> IsdocBatch:
        """Several invoices into ``<data dir>/isdoc/``; stops between files when cancelled.
        One that cannot be an ISDOC (a draft has no number yet) is passed over and named in
        the answer, so one draft among the selection never stops the others."""
        control = control or JobControl()
        batch = IsdocBatch()
        for done, invoice_id in enumerate(invoice_ids):
            control.progress(done, len(invoice_ids))
            control.check()
            try:
                batch.written.append(self.isdoc(invoice_id))
            except ExportRefusedError as exc:
                batch.refused.append((invoice_id, exc.code))
        control.progress(len(invoice_ids), len(invoice_ids))
        return batch


@dataclass
class IsdocBatch:
    written: list[Path] = field(default_factory=list)
    refused: list[tuple[int, str]] = field(default_factory=list)  # invoice id, refusal code
