"""ISDOC through the export service: the issued invoice's file, the history, several at once."""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree import ElementTree

import pytest

from desktop.paths import DataPaths
from desktop.services import Services
from desktop.services.control import CancelledError, JobControl
from tests.isdoc.conftest import NS, rule_failures, validate
from tests.services.books import new_draft, opened, set_up_seller


@pytest.fixture
def books(data_paths: DataPaths) -> Iterator[tuple[Services, int]]:
    with opened(data_paths) as services:
        yield services, set_up_seller(services)


def test_isdoc_of_an_issued_invoice_and_its_credit_note(
    books: tuple[Services, int], data_paths: DataPaths
) -> None:
    services, client = books
    invoice_id = new_draft(services, client)
    number = services.invoices.issue(invoice_id)
    path = services.exports.isdoc(invoice_id)
    assert path == data_paths.isdoc / f"{number}.isdoc"
    validate(path.read_bytes())
    root = ElementTree.fromstring(path.read_bytes())
    assert root.findtext("isdoc:LocalCurrencyCode", namespaces=NS) == "EUR"  # an LT seller
    assert root.findtext("isdoc:LegalMonetaryTotal/isdoc:PayableAmount", namespaces=NS) == (
        "121.00"
    )
    credit_id = services.invoices.credit_note(invoice_id, issue=True)
    credit = services.exports.isdoc(credit_id)
    assert rule_failures(credit.read_bytes()) == []
    original = ElementTree.fromstring(credit.read_bytes()).find(
        "isdoc:OriginalDocumentReferences/isdoc:OriginalDocumentReference", NS
    )
    assert original is not None
    assert original.findtext("isdoc:ID", namespaces=NS) == number
    issued_on = services.invoices.summary(invoice_id).issue_date.isoformat()
    assert original.findtext("isdoc:IssueDate", namespaces=NS) == issued_on


def test_several_skip_drafts_report_progress_and_stop_when_cancelled(
    books: tuple[Services, int], data_paths: DataPaths
) -> None:
    services, client = books
    ids = [new_draft(services, client) for _ in range(4)]
    for invoice_id in ids[:3]:
        services.invoices.issue(invoice_id)
    seen: list[tuple[int, int]] = []
    control = JobControl(on_progress=lambda done, total, _t: seen.append((done, total)))
    batch = services.exports.isdocs(ids, control)
    assert len(batch.written) == 3 and batch.refused == [(ids[3], "draft")]
    assert seen == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    for written in data_paths.isdoc.glob("*.isdoc"):
        written.unlink()

    def cancel_after_two(done: int, total: int, _text: str) -> None:
        if done == 2:
            stopping.cancel()

    stopping = JobControl(on_progress=cancel_after_two)
    with pytest.raises(CancelledError):
        services.exports.isdocs(ids, stopping)
    assert len(list(data_paths.isdoc.glob("*.isdoc"))) == 2
