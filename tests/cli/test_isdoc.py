"""``faktura invoice isdoc NUMBER [-o FILE]``: the e-invoice next to the PDF, from a script."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.etree import ElementTree

from tests.cli.conftest import faktura, new_invoice, ok, refused
from tests.isdoc.conftest import NS, rule_failures, validate

YEAR = date.today().year


def czech_seller(data: Path) -> None:
    ok(
        faktura(
            data, "company", "set", "--name", "Jan Dvořák", "--country", "CZ",
            "--company-code", "27074358", "--vat-code", "CZ27074358", "--vat-payer", "yes",
            "--address", "Náměstí Míru 15\n120 00 Praha 2",
            "--iban", "CZ6508000000192000145399", "--bic", "GIBACZPX",
            "--seller-kind", "individual",
            "--register-line", "Fyzická osoba zapsaná v živnostenském rejstříku",
        )
    )  # fmt: skip
    ok(faktura(data, "client", "add", "--name", "Odběratel s.r.o.", "--country", "CZ"))


def test_isdoc_lands_in_the_data_folder_or_where_asked(data: Path, tmp_path: Path) -> None:
    czech_seller(data)
    lines = ("Grafika;6;hod;950;21", "Brožury;500;ks;12,40;12")
    number = new_invoice(data, *lines, options=("--issue",))["number"]
    path = Path(ok(faktura(data, "invoice", "isdoc", number)).out.strip())
    assert path.is_absolute() and path == data / "isdoc" / f"{number}.isdoc"
    content = path.read_bytes()
    validate(content)
    assert rule_failures(content) == []
    root = ElementTree.fromstring(content)
    assert root.findtext("isdoc:ID", namespaces=NS) == number
    # 5 700 + 6 200 base, 1 197 + 744 VAT
    assert root.findtext("isdoc:LegalMonetaryTotal/isdoc:PayableAmount", namespaces=NS) == (
        "13841.00"
    )
    assert root.findtext(".//isdoc:Details/isdoc:ID", namespaces=NS) == "19-2000145399"
    register = ".//isdoc:RegisterIdentification/isdoc:Preformatted"
    assert (
        root.findtext(register, namespaces=NS) == "Fyzická osoba zapsaná v živnostenském rejstříku"
    )
    shown = ok(faktura(data, "company", "show", "--json")).json()
    assert shown["seller_kind"] == "individual" and shown["supply_date_always"] is True

    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    chosen = ok(faktura(data, "invoice", "isdoc", number, "-o", "out/x.isdoc", cwd=elsewhere))
    assert Path(chosen.out.strip()) == elsewhere / "out" / "x.isdoc"
    assert (elsewhere / "out" / "x.isdoc").read_bytes() == content

    credit = ok(faktura(data, "invoice", "credit", number, "--issue", "--json")).json()
    credit_path = Path(ok(faktura(data, "invoice", "isdoc", credit["number"])).out.strip())
    credit_root = ElementTree.fromstring(credit_path.read_bytes())
    assert credit_root.findtext("isdoc:DocumentType", namespaces=NS) == "2"
    reference = ".//isdoc:OriginalDocumentReference/isdoc:ID"
    assert credit_root.findtext(reference, namespaces=NS) == number
    assert rule_failures(credit_path.read_bytes()) == []


def test_a_draft_or_a_missing_rate_is_refused(data: Path) -> None:
    czech_seller(data)
    draft = new_invoice(data, "Grafika;1;hod;950;21")
    reason = refused(faktura(data, "invoice", "isdoc", str(draft["id"])))
    assert "A draft has no number yet" in reason
    ok(faktura(data, "company", "set", "--vat-payer", "no"))
    euro = new_invoice(data, "Design;1;h;100;0", options=("--currency", "EUR", "--issue"))
    reason = refused(faktura(data, "invoice", "isdoc", euro["number"]))
    assert "also in CZK" in reason and "exchange rate" in reason
    assert not (data / "isdoc").exists() or not list((data / "isdoc").iterdir())
