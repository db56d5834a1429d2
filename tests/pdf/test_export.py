"""File names and the atomic write into the data directory's pdf folder."""

from __future__ import annotations

from pathlib import Path

from desktop.core.lifecycle import InvoiceStatus
from desktop.pdf.export import export_invoice_pdf, pdf_file_name
from tests.pdf.samples import cz_invoice, lt_invoice


def test_file_name_from_number() -> None:
    assert pdf_file_name(lt_invoice()) == "FAK2026-0001.pdf"
    assert pdf_file_name(lt_invoice(number="FAK/2026 01:ž")) == "FAK_2026_01_z.pdf"


def test_draft_file_names_are_stable() -> None:
    draft = lt_invoice(status=InvoiceStatus.DRAFT, number=None)
    assert pdf_file_name(draft, draft_id=7) == "draft-7.pdf"
    assert pdf_file_name(draft) == "draft-20260305.pdf"


def test_export_writes_atomically(tmp_path: Path) -> None:
    pdf_dir = tmp_path / "pdf"
    path = export_invoice_pdf(cz_invoice(), pdf_dir)
    assert path == pdf_dir / "FAK2026-0042.pdf"
    assert path.read_bytes().startswith(b"%PDF-")
    again = export_invoice_pdf(cz_invoice(), pdf_dir)  # overwrites in place
    assert again == path
    assert sorted(p.name for p in pdf_dir.iterdir()) == ["FAK2026-0042.pdf"]


def test_export_draft(tmp_path: Path) -> None:
    draft = lt_invoice(status=InvoiceStatus.DRAFT, number=None)
    assert export_invoice_pdf(draft, tmp_path, draft_id=3).name == "draft-3.pdf"
