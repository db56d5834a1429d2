"""PDF exports and backups: files written whole, progress reported, cancel leaves nothing."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.paths import DataPaths
from desktop.services import Services
from desktop.services.control import CancelledError, JobControl
from tests.services.books import new_draft, opened, set_up_seller


@pytest.fixture
def books(data_paths: DataPaths) -> Iterator[tuple[Services, int]]:
    with opened(data_paths) as services:
        yield services, set_up_seller(services)


def test_pdf_of_an_issued_invoice_lands_under_its_number(
    books: tuple[Services, int], data_paths: DataPaths
) -> None:
    services, client = books
    invoice_id = new_draft(services, client)
    number = services.invoices.issue(invoice_id)
    path = services.exports.pdf(invoice_id)
    assert path == data_paths.pdf / f"{number}.pdf"
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert number in text and "121,00" in text
    chosen = services.exports.pdf(invoice_id, data_paths.root / "kopija" / "x.pdf")
    assert chosen.read_bytes().startswith(b"%PDF-")


def test_several_pdfs_report_progress_and_stop_when_cancelled(
    books: tuple[Services, int], data_paths: DataPaths
) -> None:
    services, client = books
    ids = [new_draft(services, client) for _ in range(4)]
    seen: list[tuple[int, int]] = []
    control = JobControl(on_progress=lambda done, total, _t: seen.append((done, total)))
    assert len(services.exports.pdfs(ids, control)) == 4
    assert seen == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]

    def cancel_after_two(done: int, total: int, _text: str) -> None:
        if done == 2:
            stopping.cancel()

    stopping = JobControl(on_progress=cancel_after_two)
    for pdf in data_paths.pdf.glob("*.pdf"):
        pdf.unlink()
    with pytest.raises(CancelledError):
        services.exports.pdfs(ids, stopping)
    assert len(list(data_paths.pdf.glob("*.pdf"))) == 2


def _count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        (count,) = conn.execute("SELECT count(*) FROM invoice").fetchone()
    conn.close()
    return int(count)


def test_backup_while_the_books_are_written_is_consistent(
    books: tuple[Services, int], data_paths: DataPaths
) -> None:
    services, client = books
    for _ in range(30):
        new_draft(services, client)
    writing = threading.Event()

    def keep_writing() -> None:
        while not writing.is_set():
            new_draft(services, client)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        path = services.backups.backup()
    finally:
        writing.set()
        writer.join()
    assert path.parent == data_paths.backups and path.suffix == ".sqlite3"
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    assert _count(path) >= 30


def test_a_cancelled_backup_leaves_no_file(
    books: tuple[Services, int], data_paths: DataPaths
) -> None:
    services, client = books
    for _ in range(200):
        new_draft(services, client)
    control = JobControl()
    control.cancel()
    target = data_paths.root / "out" / "books.sqlite3"
    with pytest.raises(CancelledError):
        services.backups.backup(target, control)
    assert not target.exists() and list(target.parent.iterdir()) == []


def test_a_batch_renders_on_several_processes_the_same_files(
    books: tuple[Services, int], data_paths: DataPaths
) -> None:
    """Worker processes (services.pdf_pool) write what one process writes, in order."""
    from desktop.services.pdf_pool import POOL_FROM

    services, client = books
    ids = [new_draft(services, client, price=str(10 + n)) for n in range(POOL_FROM)]
    alone = [path.read_bytes() for path in services.exports.pdfs(ids, workers=1)]
    seen: list[int] = []
    control = JobControl(on_progress=lambda done, _total, _t: seen.append(done))
    paths = services.exports.pdfs(ids, control, workers=2)
    assert [path.read_bytes() for path in paths] == alone
    assert seen == list(range(POOL_FROM + 1))
