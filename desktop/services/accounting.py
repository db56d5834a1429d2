"""A period's invoices for the accountant: the CSV (``core.accounting``) and a ZIP with the
CSV, every PDF and every ISDOC of the period.

The ZIP is built in a temporary file beside the target and renamed into place, so a cancel,
a crash or a full disk never leaves half an archive; Cancel is honoured between documents.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import zipfile
from datetime import date
from pathlib import Path

from desktop.core.accounting import period_csv
from desktop.core.errors import ExportRefusedError
from desktop.paths import DataPaths
from desktop.services.control import JobControl
from desktop.services.database import Books
from desktop.storage import documents


class AccountingExport:
    def __init__(self, books: Books, paths: DataPaths) -> None:
        self._books = books
        self._paths = paths

    def default_name(self, start: date, end: date, suffix: str) -> Path:
        return self._paths.exports / f"invoices-{start.isoformat()}-{end.isoformat()}{suffix}"

    def csv(
        self, start: date, end: date, language: str, target: Path | None = None, delimiter: str = ""
    ) -> Path:
        """Write the period's CSV (default ``<data dir>/exports/invoices-<from>-<to>.csv``)."""
        from desktop.pdf.export import write_atomically

        with self._books.reading() as session:
            docs = documents.period_documents(session, start, end)
        data = period_csv(docs, language, delimiter)
        return write_atomically(data, target or self.default_name(start, end, ".csv"))

    def zip(
        self,
        start: date,
        end: date,
        language: str,
        target: Path | None = None,
        control: JobControl | None = None,
    ) -> Path:
        """The CSV, ``pdf/<number>.pdf`` and ``isdoc/<number>.isdoc`` of every document of
        the period in one ZIP (default ``<data dir>/exports/invoices-<from>-<to>.zip``)."""
        from desktop.isdoc.build import isdoc_bytes, isdoc_file_name
        from desktop.pdf.export import pdf_file_name
        from desktop.pdf.render import render_invoice_pdf

        control = control or JobControl()
        target = (target or self.default_name(start, end, ".zip")).resolve()
        with self._books.reading() as session:
            docs = documents.period_documents(session, start, end)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".tmp-", suffix=".zip", dir=target.parent)
        os.close(fd)
        try:
            with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(
                    self.default_name(start, end, ".csv").name, period_csv(docs, language)
                )
                for done, doc in enumerate(docs):
                    control.progress(done, len(docs))
                    control.check()
                    archive.writestr(f"pdf/{pdf_file_name(doc)}", render_invoice_pdf(doc))
                    # A foreign-currency invoice without its rate has no ISDOC; its PDF is there.
                    with contextlib.suppress(ExportRefusedError):
                        archive.writestr(f"isdoc/{isdoc_file_name(doc)}", isdoc_bytes(doc))
            control.progress(len(docs), len(docs))
            Path(temp).replace(target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        return target
