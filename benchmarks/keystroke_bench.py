"""Typing in the invoice editor: a keystroke in a line's cell until it is painted.

In-process and offscreen: the real ``MainWindow`` opens a draft invoice with 30 lines (made
through ``InvoiceService``), a quantity cell is opened for editing, and each sample sends one
key press to the cell's line editor (``QTest.keyClick``: the same event path as a keyboard)
and processes events until the window has painted it: the live check of the value (the one
the model makes on commit, totals included), its message and the autosave timer all run
inside.  After four keys, Enter commits the cell, so the totals panel recomputes 30 lines and
repaints (``cell_commit_to_paint_ms_p95``, reported).

The floor is a bare ``QLineEdit`` in a bare window, the same keys the same way.
Goal: ``keystroke_to_paint_ms_p95`` ≤ 16 (one frame at 60 Hz).
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

LINES = 30
KEYS = "1234567890" * 3  # the floor's field
CELL_KEYS = "1234"  # typed into each cell before Enter commits it


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[-1]


def _timed(app: Any, action: Callable[[], None]) -> float:
    began = time.perf_counter()
    action()
    app.processEvents()
    return (time.perf_counter() - began) * 1000


def _floor(app: Any, rounds: int) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit, QMainWindow

    window = QMainWindow()
    window.resize(1180, 760)
    field = QLineEdit()
    window.setCentralWidget(field)
    window.show()
    field.setFocus()
    app.processEvents()
    samples = []
    for _ in range(rounds):
        for key in KEYS:
            samples.append(_timed(app, lambda key=key: QTest.keyClick(field, key)))
        QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(field, Qt.Key.Key_Backspace)
    window.close()
    window.deleteLater()
    app.processEvents()
    return samples


def _books(root: Path) -> tuple[Any, int]:
    from desktop.core.forms import LineForm
    from desktop.paths import DataPaths
    from desktop.services import Services
    from desktop.services.database import open_books
    from desktop.services.parties import ClientRecord

    paths = DataPaths(root).ensure()
    services = Services(open_books(paths), paths)
    company = services.parties.company()
    company.name, company.country, company.vat_payer = "MB „Ąžuolų šviesa“", "LT", True
    services.parties.save_company(company)
    form = services.invoices.new_form()
    form.client_id = services.parties.save_client(ClientRecord(name="UAB „Žalgirio“ prekyba"))
    form.lines = [
        LineForm(f"Konsultacijos, etapas {n}", Decimal(n), "val.", Decimal("45.50"), vat_key="21")
        for n in range(1, LINES + 1)
    ]
    return services, services.invoices.save_draft(form)


def _editor(app: Any, root: Path, rounds: int) -> tuple[list[float], list[float]]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    from desktop.ui.context import AppContext
    from desktop.ui.invoices.line_items_model import QUANTITY
    from desktop.ui.shell.main_window import MainWindow

    services, invoice_id = _books(root)
    context = AppContext(services=services, paths=services.paths, language="en")
    window = MainWindow(context)
    window.show()
    editor: Any = window.open_invoice(invoice_id)
    for _ in range(10):
        app.processEvents()
    table = editor.table
    if table.model().rowCount() < LINES:
        raise RuntimeError(f"the editor shows {table.model().rowCount()} lines, not {LINES}")
    keys: list[float] = []
    commits: list[float] = []
    try:
        for n in range(rounds * 2):
            index = table.model().index(n % LINES, QUANTITY)
            table.setCurrentIndex(index)
            table.edit(index)
            app.processEvents()
            cell = table.findChild(QLineEdit, "invoice_line_editor")
            if cell is None:
                raise RuntimeError("no cell editor opened")
            QTest.keyClick(cell, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            for key in CELL_KEYS:
                keys.append(_timed(app, lambda key=key, cell=cell: QTest.keyClick(cell, key)))
            commits.append(_timed(app, lambda cell=cell: QTest.keyClick(cell, Qt.Key.Key_Return)))
    finally:
        window.close()
        window.shutdown()
        services.close()
    return keys, commits


def measure(quick: bool, scratch: Path) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.shell.app import ensure_application
    from desktop.ui.shell.translations import install_translators

    app = ensure_application([])
    install_translators("en")
    rounds = 10 if quick else 30
    floor = _floor(app, rounds)
    keys, commits = _editor(app, scratch / "keystroke", rounds * 3)
    return {
        "keystroke_to_paint_ms_p95": _p95(keys),
        "keystroke_floor_ms_p95": _p95(floor),
        "cell_commit_to_paint_ms_p95": _p95(commits),
        "keystroke_lines": LINES,
    }


if __name__ == "__main__":
    import sys
    import tempfile

    for key, value in measure("--quick" in sys.argv, Path(tempfile.mkdtemp())).items():
        print(f"{key}: {value}")
