"""``InvoiceService.unprintable_characters``: what the editor warns about before issuing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.paths import DataPaths
from desktop.pdf.glyphs import REPLACEMENT
from desktop.services import Services
from desktop.services.parties import ClientRecord
from tests.pdf.conftest import page_texts
from tests.services.books import draft_form, opened, set_up_seller


@pytest.fixture
def books(data_paths: DataPaths, database_url: str) -> Iterator[tuple[Services, int]]:
    with opened(data_paths, database_url) as services:
        yield services, set_up_seller(services)


def test_a_stored_invoice_names_the_characters_its_pdf_marks(
    books: tuple[Services, int],
) -> None:
    services, _ = books
    client = services.parties.save_client(ClientRecord(name="Kavinė „Saulė“ 😀"))
    form = draft_form(services, client)
    form.lines[0].description = "Vertimas שלום ir مرحبا"
    invoice_id = services.invoices.save_draft(form)

    expected = ["😀", "ש", "ל", "ו", "ם", "م", "ر", "ح", "ب", "ا"]
    assert services.invoices.unprintable_characters(invoice_id) == expected
    services.invoices.issue(invoice_id)
    assert services.invoices.unprintable_characters(invoice_id) == expected

    pdf = services.exports.pdf(invoice_id)
    text = "\n".join(page_texts(pdf.read_bytes()))
    assert text.count(REPLACEMENT) == len(expected)
    assert "Kavinė „Saulė“ �" in text


def test_an_ordinary_invoice_prints_whole(books: tuple[Services, int]) -> None:
    services, client = books
    invoice_id = services.invoices.save_draft(draft_form(services, client))
    assert services.invoices.unprintable_characters(invoice_id) == []
