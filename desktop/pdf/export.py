"""Writing an invoice PDF into the data directory's ``pdf/`` folder.

The write is atomic (temporary file in the same folder, then ``os.replace``), so a crash or a
full disk never leaves a half-written PDF that the mailer would attach.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

from desktop.core.document import InvoiceDocument

_UNSAFE = re.compile(r"[^0-9A-Za-z._-]+")


def pdf_file_name(doc: InvoiceDocument, *, draft_id: int | None = None) -> str:
    """``FAK2026-0001.pdf``; drafts (no number yet) get ``draft-<id>.pdf``.

    Accents are dropped (``ž`` → ``z``) and characters unsafe on some file system
    (``/ \\ : * ? " < > |``, spaces) become ``_``.  A draft without an id falls back to its
    issue date, which is stable per draft.
    """
    if doc.number and not doc.is_draft:
        plain = unicodedata.normalize("NFKD", doc.number).encode("ascii", "ignore").decode()
        stem = _UNSAFE.sub("_", plain).strip("._") or "invoice"
        return f"{stem}.pdf"
    suffix = str(draft_id) if draft_id is not None else doc.issue_date.strftime("%Y%m%d")
    return f"draft-{suffix}.pdf"


def write_atomically(data: bytes, target: Path) -> Path:
    """Write ``data`` to ``target`` through a temporary file in the same folder."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=".tmp-", suffix=target.suffix, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(temp_name).replace(target)  # atomic rename (os.replace) on POSIX and Windows
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return target.resolve()


def export_invoice_pdf(doc: InvoiceDocument, pdf_dir: Path, *, draft_id: int | None = None) -> Path:
    """Render ``doc`` and write it to ``pdf_dir / pdf_file_name(doc)``; returns the path."""
    from desktop.pdf.render import render_invoice_pdf

    return write_atomically(
        render_invoice_pdf(doc), pdf_dir / pdf_file_name(doc, draft_id=draft_id)
    )
