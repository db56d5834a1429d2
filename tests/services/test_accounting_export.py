"""The accountant's export: a period's invoices as CSV (read back as LibreOffice and Excel
read it) and a ZIP of the CSV with every PDF and ISDOC of the period."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from desktop.core.forms import LineForm
from desktop.paths import DataPaths
from desktop.services import Services
from desktop.services.control import CancelledError, JobControl
from tests.isdoc.conftest import validate
from tests.services.books import opened, set_up_seller

MARCH = (date(2026, 3, 1), date(2026, 3, 31))


def _invoice(
    services: Services,
    client: int,
    day: date,
    lines: list[tuple[str, str]],
    *,
    issue: bool = True,
    currency: str = "",
    rate: str = "",
) -> int:
    form = services.invoices.new_form(day)
    form.client_id = client
    form.issue_date = day
    form.lines = [LineForm("Darbas", Decimal(1), "val.", Decimal(p), vat_key=v) for p, v in lines]
    if currency:
        form.currency, form.exchange_rate = currency, Decimal(rate)
    return services.invoices.create(form, issue=issue).id


@pytest.fixture
def books(data_paths: DataPaths) -> Iterator[tuple[Services, dict[str, int]]]:
    with opened(data_paths) as services:
        client = set_up_seller(services)
        ids = {
            "one_rate": _invoice(services, client, date(2026, 3, 2), [("100", "21")]),
            "two_rates": _invoice(services, client, date(2026, 3, 9), [("200", "21"), ("50", "5")]),
            "czk": _invoice(
                services, client, date(2026, 3, 10), [("1000", "21")], currency="CZK", rate="0.0411"
            ),
            "cancelled": _invoice(services, client, date(2026, 3, 12), [("10", "21")]),
            "draft": _invoice(services, client, date(2026, 3, 13), [("999", "21")], issue=False),
            "april": _invoice(services, client, date(2026, 4, 1), [("777", "21")]),
        }
        services.invoices.cancel(ids["cancelled"])
        ids["credit"] = services.invoices.credit_note(ids["one_rate"], issue=True)
        yield services, ids


def read_back(data: bytes, delimiter: str) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=delimiter))


def test_lithuanian_csv_lists_the_period_with_rates_in_columns(
    books: tuple[Services, dict[str, int]],
) -> None:
    services, ids = books
    path = services.accounting.csv(*MARCH, "lt")
    assert path == services.paths.exports / "invoices-2026-03-01-2026-03-31.csv"
    rows = read_back(path.read_bytes(), ";")
    head, body = rows[0], rows[1:]
    numbers = {
        services.invoices.summary(i).number for k, i in ids.items() if k not in ("draft", "april")
    }
    credit_day = services.invoices.summary(ids["credit"]).issue_date
    if not MARCH[0] <= credit_day <= MARCH[1]:  # the credit note is dated today
        numbers.discard(services.invoices.summary(ids["credit"]).number)
    assert {row[0] for row in body} == numbers
    col = {name: index for index, name in enumerate(head)}
    for name in ("Apmokestinamoji vertė 21 %", "PVM 21 %", "Apmokestinamoji vertė 5 %",
                 "PVM 5 %", "Iš viso", "Iš viso EUR"):  # fmt: skip
        assert name in col, name
    by_number = {row[0]: row for row in body}
    two = by_number[services.invoices.summary(ids["two_rates"]).number or ""]
    assert two[col["Apmokestinamoji vertė 21 %"]] == "200,00" and two[col["PVM 5 %"]] == "2,50"
    assert two[col["Iš viso"]] == "294,50"  # 250 + 42 + 2.50
    assert two[col["Pirkėjas"]] == "UAB „Žalgirio“ prekyba"  # letters survive the round trip
    cancelled = by_number[services.invoices.summary(ids["cancelled"]).number or ""]
    assert cancelled[col["Būsena"]] == "ANULIUOTA"
    czk = by_number[services.invoices.summary(ids["czk"]).number or ""]
    assert (czk[col["Valiuta"]], czk[col["Kursas"]]) == ("CZK", "0,0411")
    assert czk[col["Iš viso"]] == "1210,00"  # in CZK, no thousands separator
    assert czk[col["PVM EUR"]] == "8,63" and czk[col["Iš viso EUR"]] == "49,73"  # 41.10 + 8.63


def test_credit_note_is_negative_and_names_the_invoice(
    books: tuple[Services, dict[str, int]],
) -> None:
    services, ids = books
    credit = services.invoices.summary(ids["credit"])
    day = credit.issue_date
    rows = read_back(services.accounting.csv(day, day, "cs").read_bytes(), ";")
    col = {name: index for index, name in enumerate(rows[0])}
    row = next(r for r in rows[1:] if r[0] == credit.number)
    assert row[col["Typ"]] == "Opravný daňový doklad"
    assert row[col["Opravuje"]] == services.invoices.summary(ids["one_rate"]).number
    assert row[col["Celkem"]] == "-121,00" and row[col["Datum vystavení"]] == day.isoformat()


def test_english_csv_uses_commas_and_decimal_points(
    books: tuple[Services, dict[str, int]],
) -> None:
    services, ids = books
    rows = read_back(services.accounting.csv(*MARCH, "en").read_bytes(), ",")
    col = {name: index for index, name in enumerate(rows[0])}
    number = services.invoices.summary(ids["two_rates"]).number
    row = next(r for r in rows[1:] if r[0] == number)
    assert row[col["Total"]] == "294.50" and row[col["Issue date"]] == "2026-03-09"


def test_zip_holds_the_csv_pdfs_and_isdocs(books: tuple[Services, dict[str, int]]) -> None:
    services, ids = books
    seen: list[tuple[int, int]] = []
    control = JobControl(on_progress=lambda done, total, _t: seen.append((done, total)))
    path = services.accounting.zip(*MARCH, "lt", control=control)
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        number = services.invoices.summary(ids["two_rates"]).number
        assert "invoices-2026-03-01-2026-03-31.csv" in names
        assert f"pdf/{number}.pdf" in names and f"isdoc/{number}.isdoc" in names
        assert archive.read(f"pdf/{number}.pdf").startswith(b"%PDF-")
        validate(archive.read(f"isdoc/{number}.isdoc"))
        pdfs = [n for n in names if n.startswith("pdf/")]
    assert len(pdfs) == seen[-1][1] and seen[0] == (0, len(pdfs))

    def cancel_after_one(done: int, _total: int, _text: str) -> None:
        if done == 1:
            stopping.cancel()

    stopping = JobControl(on_progress=cancel_after_one)
    path.unlink()
    with pytest.raises(CancelledError):
        services.accounting.zip(*MARCH, "lt", control=stopping)
    assert list(services.paths.exports.glob("*.zip")) == []
    assert list(services.paths.exports.glob(".tmp-*")) == []  # no half archive left behind
