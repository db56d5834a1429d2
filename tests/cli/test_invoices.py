"""The command line on a fresh data folder: the seller, a client, invoices, credit notes, PDFs."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from tests.cli.conftest import faktura, new_invoice, ok, refused, set_up_seller

INVOICE_KEYS = {"id", "number", "status", "currency", "total"}
YEAR = date.today().year


def test_a_fresh_folder_from_seller_to_credit_note(data: Path) -> None:
    client = set_up_seller(data)
    shown = ok(faktura(data, "company", "show", "--json")).json()
    assert shown["name"] == "UAB Šviesa" and shown["vat_payer"] is True
    assert shown["iban"] == "LT601010012345678901"

    lines = ("Konzultace; jednání;2;h;50,5;21", "Hosting;1;ks;100.00;exempt")
    draft = new_invoice(data, *lines, client="Klientas s.r.o.")
    assert set(draft) == INVOICE_KEYS
    assert draft["number"] is None and draft["status"] == "draft"
    assert draft["currency"] == "EUR" and draft["total"] == "222.21"  # 101 + 21.21 VAT + 100

    number = ok(faktura(data, "invoice", "issue", str(draft["id"]))).out.strip()
    assert number == f"FAK{YEAR}-0001"
    issued = new_invoice(data, "Audit;1;h;100;21", client=str(client), options=("--issue",))
    assert issued["number"] == f"FAK{YEAR}-0002" and issued["status"] == "issued"
    assert issued["total"] == "121.00"

    credit = ok(faktura(data, "invoice", "credit", number, "--issue", "--json")).json()
    assert set(credit) == INVOICE_KEYS
    assert credit["number"] == f"KR{YEAR}-0001" and credit["total"] == "-222.21"

    listed = ok(faktura(data, "invoice", "list", "--json")).json()
    assert [i["id"] for i in listed] == [credit["id"], issued["id"], draft["id"]]  # newest first
    assert all(set(i) == INVOICE_KEYS for i in listed)
    assert listed[2] == {**draft, "number": number, "status": "issued"}
    credited = ok(faktura(data, "invoice", "list", "--status", "issued", "--json")).json()
    assert {i["status"] for i in credited} == {"issued"} and len(credited) == 3
    assert ok(faktura(data, "invoice", "list", "--status", "draft", "--json")).json() == []
    text = ok(faktura(data, "invoice", "list")).out
    assert number in text and "-222.21 EUR" in text and "Klientas s.r.o." in text


def test_clients_are_listed_newest_first_and_warned_about(data: Path) -> None:
    first = set_up_seller(data)
    again = faktura(data, "client", "add", "--name", "klientas S.R.O.", "--vat-code", "CZ1")
    second = int(ok(again).out)
    assert "already exists" in again.err and "--vat-code" in again.err  # warnings, not refusals
    clients = ok(faktura(data, "client", "list", "--json")).json()
    assert [c["id"] for c in clients] == [second, first]
    assert clients[1]["name"] == "Klientas s.r.o." and clients[1]["emails"] == "pirkejas@example.cz"
    assert clients[0]["country"] == "LT" and clients[0]["language"] == "lt"  # the company's
    assert "Klientas s.r.o." in ok(faktura(data, "client", "list")).out


def test_refused_values_create_nothing(data: Path) -> None:
    set_up_seller(data)
    new = ("invoice", "new", "--client", "Klientas s.r.o.")
    nobody = faktura(data, "invoice", "new", "--client", "Nobody", "--line", "x;1;h;1;21")
    assert "no client Nobody" in refused(nobody)
    reason = refused(faktura(data, *new, "--line", "x;1;h;1;7"))
    assert "--line 1: Choose one of the VAT rates" in reason
    assert "21, 12, 5, zero, exempt, reverse-charge" in reason
    reason = refused(faktura(data, *new, "--line", "ok;1;h;1;21", "--line", "x;-1;h;1;21"))
    assert "--line 2: The quantity cannot be negative" in reason
    reason = refused(faktura(data, *new, "--line", " ;1;h;1;21", "--issue"))
    assert "Every line needs a description" in reason
    dollars = ("--line", "USD work;1;h;1;21", "--currency", "usd")
    reason = refused(faktura(data, *new, *dollars, "--issue"))
    assert "the VAT must also be stated in EUR" in reason
    reason = refused(faktura(data, *new, *dollars, "--rate", "0"))
    assert "--rate: The exchange rate must be greater than zero." in reason
    assert "no invoice FAK" in refused(faktura(data, "invoice", "credit", f"FAK{YEAR}-0099"))
    assert ok(faktura(data, "invoice", "list", "--json")).json() == []

    issued = new_invoice(
        data, "USD work;1;h;1;21", options=("--currency", "USD", "--rate", "0,92", "--issue")
    )
    assert issued["currency"] == "USD" and issued["status"] == "issued"


def test_a_line_that_does_not_parse_is_bad_usage_and_opens_nothing(tmp_path: Path) -> None:
    fresh = tmp_path / "never-created"
    new = ("invoice", "new", "--client", "1")
    for line in ("x;1;h;1", "x;one;h;1;21", "x;1;h;1,2,3;21", "x;1;h;1;twenty"):
        reason = refused(faktura(fresh, *new, "--line", line), 2)
        assert "--line" in reason, reason
    refused(faktura(fresh, *new, "--line", "x;1;h;1;21", "--rate", "abc"), 2)
    refused(faktura(fresh, *new, "--line", "x;1;h;1;21", "--currency", "euro"), 2)
    refused(faktura(fresh, "invoice", "new", "--line", "x;1;h;1;21"), 2)  # no --client
    refused(faktura(fresh, "invoice", "issue", "FAK-1"), 2)  # a draft is named by its id
    refused(faktura(fresh, "company", "set"), 2)  # nothing to change
    assert not fresh.exists()


def test_issue_twice_and_a_state_that_moved_on(data: Path) -> None:
    set_up_seller(data)
    draft = new_invoice(data, "a;1;h;1;21")
    ok(faktura(data, "invoice", "issue", str(draft["id"])))
    assert "no longer a draft" in refused(faktura(data, "invoice", "issue", str(draft["id"])))
    assert "no invoice 999" in refused(faktura(data, "invoice", "issue", "999"))
    other = new_invoice(data, "b;1;h;1;21")
    reason = refused(faktura(data, "invoice", "credit", str(other["id"])))  # a draft, by id
    assert "A credit note can only correct an issued invoice." in reason


def test_pdf_lands_in_the_data_folder_or_where_asked(data: Path, tmp_path: Path) -> None:
    set_up_seller(data)
    issued = new_invoice(data, "Konzultace – žluťoučký kůň;3;h;45,50;21", options=("--issue",))
    number = issued["number"]
    path = Path(ok(faktura(data, "invoice", "pdf", number)).out.strip())
    assert path.is_absolute() and path == data / "pdf" / f"{number}.pdf"
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert number in text and "žluťoučký" in text and "165,17" in text  # 136.50 + 28.67 VAT
    elsewhere = tmp_path / "work"
    elsewhere.mkdir()
    chosen = ok(faktura(data, "invoice", "pdf", number, "-o", "copy/x.pdf", cwd=elsewhere))
    assert Path(chosen.out.strip()) == elsewhere / "copy" / "x.pdf"
    assert (elsewhere / "copy" / "x.pdf").read_bytes().startswith(b"%PDF-")
    draft = new_invoice(data, "a;1;h;1;21")
    assert Path(ok(faktura(data, "invoice", "pdf", str(draft["id"]))).out.strip()).is_file()
    (tmp_path / "a-file").write_text("not a folder")
    nowhere = tmp_path / "a-file" / "x.pdf"
    assert f"Could not write {nowhere}:" in refused(
        faktura(data, "invoice", "pdf", number, "-o", str(nowhere))
    )


def test_backup_is_a_sqlite_file_with_the_same_invoices(data: Path, tmp_path: Path) -> None:
    set_up_seller(data)
    for price in ("100", "200"):
        new_invoice(data, f"a;1;h;{price};21", options=("--issue",))
    path = Path(ok(faktura(data, "backup")).out.strip())
    assert path.is_absolute() and path.parent == data / "backups" and path.suffix == ".sqlite3"
    chosen = Path(ok(faktura(data, "backup", "-o", str(tmp_path / "b.sqlite3"))).out.strip())
    assert chosen == tmp_path / "b.sqlite3"
    (tmp_path / "a-file").write_text("not a folder")
    nowhere = tmp_path / "a-file" / "b.sqlite3"
    assert f"Could not write {nowhere}" in refused(faktura(data, "backup", "-o", str(nowhere)))
    listed = {(i["number"], i["total"]) for i in faktura(data, "invoice", "list", "--json").json()}
    for copy in (path, chosen):
        with sqlite3.connect(copy) as conn:
            rows = conn.execute("SELECT number, total_gross FROM invoice").fetchall()
        conn.close()
        assert {(n, f"{float(t):.2f}") for n, t in rows} == listed


def test_the_history_names_who_did_what(data: Path) -> None:
    import getpass
    import json

    client = set_up_seller(data)
    issued = new_invoice(data, "Audit;1;h;100;21", client=str(client), options=("--issue",))
    (data / "user.json").write_text(json.dumps({"name": "Rūta"}), encoding="utf-8")
    ok(faktura(data, "invoice", "credit", issued["number"]))
    events = ok(faktura(data, "invoice", "history", issued["number"], "--json")).json()
    assert [(e["kind"], e["user"]) for e in events] == [
        ("created", getpass.getuser()), ("issued", getpass.getuser()),
    ]  # fmt: skip
    assert events[1]["detail"] == issued["number"]
    credit = ok(faktura(data, "invoice", "list", "--status", "draft", "--json")).json()[0]
    text = ok(faktura(data, "invoice", "history", str(credit["id"]))).out
    assert "created" in text and "Rūta" in text and issued["number"] in text
