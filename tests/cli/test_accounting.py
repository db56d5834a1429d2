"""``faktura invoice export --from --to [--zip]``: the accountant's files from a script."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from pathlib import Path

from tests.cli.conftest import faktura, new_invoice, ok, set_up_seller


def test_export_writes_the_csv_and_the_zip(data: Path) -> None:
    set_up_seller(data)
    number = new_invoice(data, "Konsultacija;2;val.;50;21", options=("--issue",))["number"]
    today = date.today().isoformat()
    done = ok(
        faktura(data, "invoice", "export", "--from", today, "--to", today, "--zip", lang="cs")
    )
    csv_path, zip_path = (Path(line) for line in done.out.split())
    assert csv_path == data / "exports" / f"invoices-{today}-{today}.csv"
    rows = list(csv.reader(io.StringIO(csv_path.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Číslo", "Typ", "Stav"]
    assert rows[1][0] == number and rows[1][rows[0].index("Celkem")] == "121,00"
    with zipfile.ZipFile(zip_path) as archive:
        assert {f"pdf/{number}.pdf", f"isdoc/{number}.isdoc"} <= set(archive.namelist())
