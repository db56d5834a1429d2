"""Exporting 1,000 issued invoices to PDF as the list's Export does: one job on the job runner.

The books hold 1,000 issued invoices made through ``InvoiceService`` (five lines each, an EPC
QR code).  The measured side is ``ExportService.pdfs`` as the window starts it, on every core
(``services.pdf_pool``); the floor is the same call told to use one process
(``workers=1``), the same work on one core, in the same run.  Both write every file and
record every event.  Goal: ``pdf_batch_ratio`` (``pdf_batch_per_s`` /
``pdf_batch_floor_per_s``) ≥ 1.7 on two cores.
"""

from __future__ import annotations

import os
import shutil
import statistics
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

INVOICES = 1_000


def _books(root: Path) -> tuple[Any, list[int]]:
    from desktop.core.forms import LineForm
    from desktop.paths import DataPaths
    from desktop.services import Services
    from desktop.services.database import open_books
    from desktop.services.parties import ClientRecord

    paths = DataPaths(root).ensure()
    services = Services(open_books(paths), paths)
    company = services.parties.company()
    company.name, company.country, company.vat_payer = "MB „Ąžuolų šviesa“", "LT", True
    company.iban, company.vat_code = "LT601010012345678901", "LT100012345617"
    services.parties.save_company(company)
    client = services.parties.save_client(ClientRecord(name="UAB „Žalgirio“ prekyba"))
    ids = []
    for n in range(INVOICES):
        form = services.invoices.new_form()
        form.client_id = client
        form.lines = [
            LineForm(f"Konsultacijos {n}, etapas {k}", Decimal(k), "val.", Decimal("45.50"),
                     vat_key="21")
            for k in range(1, 6)
        ]  # fmt: skip
        ids.append(services.invoices.create(form, issue=True).id)
    return services, ids


def _export(services: Any, ids: list[int], workers: int | None) -> float:
    """PDFs per second of one export job on the runner, waited for on the GUI thread."""
    from PySide6.QtCore import QEventLoop

    from desktop.jobs import job_runner

    shutil.rmtree(services.paths.pdf, ignore_errors=True)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}
    began = time.perf_counter()
    job = job_runner().start(
        "export_pdfs", lambda control: services.exports.pdfs(ids, control, workers=workers)
    )
    job.succeeded.connect(lambda paths: outcome.setdefault("paths", paths))
    job.failed.connect(lambda exc: outcome.setdefault("error", exc))
    job.finished.connect(loop.quit)
    loop.exec()
    elapsed = time.perf_counter() - began
    if "error" in outcome:
        raise RuntimeError(f"the export failed: {outcome['error']!r}")
    if len(outcome.get("paths", ())) != len(ids):
        raise RuntimeError(f"the export wrote {len(outcome.get('paths', ()))} of {len(ids)}")
    return len(ids) / elapsed


def measure(quick: bool, scratch: Path) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.shell.app import ensure_application

    ensure_application([])
    services, ids = _books(scratch / "pdf-batch")
    try:
        ours, floor = [], []
        for _ in range(1 if quick else 2):  # interleaved, so the neighbours hurt both alike
            floor.append(_export(services, ids, workers=1))
            ours.append(_export(services, ids, workers=None))
    finally:
        services.close()
    per_s, floor_per_s = statistics.median(ours), statistics.median(floor)
    return {
        "pdf_batch_per_s": per_s,
        "pdf_batch_floor_per_s": floor_per_s,
        "pdf_batch_ratio": per_s / floor_per_s,
        "pdf_batch_invoices": INVOICES,
        "pdf_batch_workers": os.cpu_count(),
    }


if __name__ == "__main__":
    import sys
    import tempfile

    for key, value in measure("--quick" in sys.argv, Path(tempfile.mkdtemp())).items():
        print(f"{key}: {value}")
