"""Every exported ISDOC is valid against the official schema and the rules of
rules-6.0.2.xml, and says what the invoice says (types, currencies, parties, payment)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from xml.etree import ElementTree

import elementpath
import pytest

from desktop.core.errors import ExportRefusedError
from desktop.core.lifecycle import InvoiceStatus
from desktop.isdoc.build import isdoc_bytes, isdoc_file_name
from desktop.isdoc.parties import Address, split_address
from tests.isdoc.cases import CASES
from tests.isdoc.conftest import NS, assertions, rule_failures, validate
from tests.pdf.samples import cz_invoice, en_invoice

Element = ElementTree.Element


def parsed(name: str) -> Element:
    return ElementTree.fromstring(isdoc_bytes(CASES[name]))


def value(root: Element, path: str) -> str:
    found = root.find(path, NS)
    assert found is not None, path
    return found.text or ""


@pytest.mark.parametrize("name", sorted(CASES))
def test_valid_against_the_schema_and_the_rules(name: str) -> None:
    data = isdoc_bytes(CASES[name])
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<Invoice xmlns="http')
    validate(data)
    assert rule_failures(data) == []


def test_every_rule_of_the_standard_is_read_and_parses() -> None:
    rules = {a.rule for a in assertions()}
    assert {f"invoice-rule-{n}" for n in range(1, 10)} <= rules
    for a in assertions():
        parser = elementpath.XPath2Parser(namespaces=NS)
        parser.parse("//" + a.context)
        parser.parse(a.test)


def _break(data: bytes, path: str) -> bytes:
    root = ElementTree.fromstring(data)
    parent_path, _, child = path.rpartition("/")
    parent = root.find(parent_path, NS) if parent_path else root
    assert parent is not None
    target = parent.find(child, NS)
    assert target is not None
    parent.remove(target)
    return ElementTree.tostring(root)


def test_the_rule_checks_catch_what_they_should() -> None:
    """The Schematron checks are not vacuous: a missing twin or reference is reported."""
    foreign = isdoc_bytes(CASES["eur_rate"])
    broken = _break(foreign, "isdoc:TaxTotal/isdoc:TaxAmountCurr")
    assert any("invoice-rule-2" in f for f in rule_failures(broken))
    credit = isdoc_bytes(CASES["cz_credit_note"])
    broken = _break(credit, "isdoc:OriginalDocumentReferences")
    assert any("invoice-rule-1" in f for f in rule_failures(broken))
    non_payer = isdoc_bytes(CASES["cz_non_payer"]).replace(
        b"<VATApplicable>false</VATApplicable>\n      </ClassifiedTaxCategory>",
        b"<VATApplicable>true</VATApplicable>\n      </ClassifiedTaxCategory>",
        1,
    )
    assert any("invoice-rule-5" in f for f in rule_failures(non_payer))


def test_invoice_and_credit_note_types_and_reference() -> None:
    invoice, credit = parsed("cz_rates_discount"), parsed("cz_credit_note")
    assert value(invoice, "isdoc:DocumentType") == "1"
    assert value(credit, "isdoc:DocumentType") == "2"
    ref = "isdoc:OriginalDocumentReferences/isdoc:OriginalDocumentReference"
    assert value(credit, f"{ref}/isdoc:ID") == "FAK2026-0042"
    assert value(credit, f"{ref}/isdoc:IssueDate") == "2026-03-05"
    # The reference's UUID is the one the invoice itself was exported with.
    assert value(credit, f"{ref}/isdoc:UUID") == value(invoice, "isdoc:UUID")
    # Credit notes are written in positive amounts (rules-6.0.2.xml, "Finanční částky").
    assert value(credit, "isdoc:LegalMonetaryTotal/isdoc:PayableAmount") == "20481.55"
    assert value(credit, "isdoc:InvoiceLines/isdoc:InvoiceLine/isdoc:InvoicedQuantity") == "150"
    # A credit note has no tax point of its own in ISDOC and asks for no payment.
    assert credit.find("isdoc:TaxPointDate", NS) is None
    assert credit.find("isdoc:PaymentMeans", NS) is None
    assert value(invoice, "isdoc:TaxPointDate") == "2026-03-01"


def test_the_uuid_is_stable_per_document() -> None:
    first = ElementTree.fromstring(isdoc_bytes(cz_invoice()))
    again = ElementTree.fromstring(isdoc_bytes(cz_invoice(notes="changed")))
    other = ElementTree.fromstring(isdoc_bytes(cz_invoice(number="FAK2026-0043")))
    assert value(first, "isdoc:UUID") == value(again, "isdoc:UUID")
    assert value(first, "isdoc:UUID") != value(other, "isdoc:UUID")


def test_non_payer_is_not_a_tax_document() -> None:
    root = parsed("cz_non_payer")
    assert value(root, "isdoc:VATApplicable") == "false"
    assert root.find("isdoc:TaxPointDate", NS) is None
    lines = root.findall("isdoc:InvoiceLines/isdoc:InvoiceLine", NS)
    assert {value(ln, "isdoc:ClassifiedTaxCategory/isdoc:VATApplicable") for ln in lines} == {
        "false"
    }
    assert value(root, "isdoc:TaxTotal/isdoc:TaxAmount") == "0.00"
    assert root.find("isdoc:AccountingSupplierParty/isdoc:Party/isdoc:PartyTaxScheme", NS) is None


def test_domestic_currency_has_rate_one_and_no_twins() -> None:
    root = parsed("cz_rates_discount")
    assert value(root, "isdoc:LocalCurrencyCode") == "CZK"
    assert root.find("isdoc:ForeignCurrencyCode", NS) is None
    assert (value(root, "isdoc:CurrRate"), value(root, "isdoc:RefCurrRate")) == ("1", "1")
    assert not [e for e in root.iter() if e.tag.endswith("Curr")]


def test_foreign_currency_has_rate_and_twins() -> None:
    root = parsed("eur_rate")
    assert value(root, "isdoc:LocalCurrencyCode") == "CZK"
    assert value(root, "isdoc:ForeignCurrencyCode") == "EUR"
    assert (value(root, "isdoc:CurrRate"), value(root, "isdoc:RefCurrRate")) == ("24.325", "1")
    total = "isdoc:LegalMonetaryTotal/isdoc:PayableAmount"
    assert value(root, total + "Curr") == "1454.88"
    # Local = the per-rate figures converted and rounded one by one, as the PDF prints them.
    assert value(root, total) == str(Decimal("34541.50") + Decimal("848.46"))
    lt = parsed("lt_in_czk")
    assert (value(lt, "isdoc:LocalCurrencyCode"), value(lt, "isdoc:ForeignCurrencyCode")) == (
        "EUR",
        "CZK",
    )


def test_bank_details_with_domestic_account_and_variable_symbol() -> None:
    details = parsed("cz_rates_discount").find("isdoc:PaymentMeans/isdoc:Payment/isdoc:Details", NS)
    assert details is not None
    assert value(details, "isdoc:ID") == "19-2000145399"
    assert value(details, "isdoc:BankCode") == "0800"
    assert value(details, "isdoc:IBAN") == "CZ6508000000192000145399"
    assert value(details, "isdoc:BIC") == "GIBACZPX"
    assert value(details, "isdoc:Name") == "Česká spořitelna, a.s."
    assert value(details, "isdoc:VariableSymbol") == "20260042"
    assert value(details, "isdoc:PaymentDueDate") == "2026-03-19"
    assert (
        value(
            parsed("cz_rates_discount"), "isdoc:PaymentMeans/isdoc:Payment/isdoc:PaymentMeansCode"
        )
        == "42"
    )
    foreign = parsed("cz_seller_lt_iban").find("isdoc:PaymentMeans/isdoc:Payment/isdoc:Details", NS)
    assert foreign is not None
    assert value(foreign, "isdoc:ID") == "LT121000011101001000"
    assert value(foreign, "isdoc:BankCode") == ""


def test_parties_carry_codes_address_and_register_entry() -> None:
    seller = parsed("cz_rates_discount").find("isdoc:AccountingSupplierParty/isdoc:Party", NS)
    assert seller is not None
    assert value(seller, "isdoc:PartyIdentification/isdoc:ID") == "12345678"
    assert value(seller, "isdoc:PartyTaxScheme/isdoc:CompanyID") == "CZ8001011234"
    assert value(seller, "isdoc:PostalAddress/isdoc:StreetName") == "Náměstí Míru"
    assert value(seller, "isdoc:PostalAddress/isdoc:BuildingNumber") == "15"
    assert value(seller, "isdoc:PostalAddress/isdoc:PostalZone") == "120 00"
    assert value(seller, "isdoc:PostalAddress/isdoc:CityName") == "Praha 2"
    assert value(seller, "isdoc:PostalAddress/isdoc:Country/isdoc:IdentificationCode") == "CZ"
    assert value(seller, "isdoc:RegisterIdentification/isdoc:Preformatted").startswith("Zapsán")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vilniaus g. 12-3\nLT-01402 Vilnius",
            Address("Vilniaus g.", "12-3", "Vilnius", "LT-01402"),
        ),
        ("Údolní 8/12a, 602 00 Brno", Address("Údolní", "8/12a", "Brno", "602 00")),
        ("Friedrichstraße 100\n10117 Berlin", Address("Friedrichstraße", "100", "Berlin", "10117")),
        ("Na Příkopě\nPraha", Address("Na Příkopě", "", "Praha", "")),
        ("", Address()),
    ],
)
def test_addresses_are_split_without_losing_text(text: str, expected: Address) -> None:
    assert split_address(text) == expected


def test_reverse_charge_line_carries_the_legal_wording() -> None:
    doc = replace(en_invoice(), extra={"reverse_charge_basis": "§ 92a"})
    root = ElementTree.fromstring(isdoc_bytes(doc))
    note = value(root, "isdoc:InvoiceLines/isdoc:InvoiceLine/isdoc:VATNote")
    assert note == "Reverse charge – VAT to be accounted for by the customer. Legal basis: § 92a"


def test_refusals() -> None:
    with pytest.raises(ExportRefusedError) as draft:
        isdoc_bytes(cz_invoice(status=InvoiceStatus.DRAFT, number=None))
    assert draft.value.code == "draft"
    with pytest.raises(ExportRefusedError) as rate:
        isdoc_bytes(en_invoice(exchange_rate=None))
    assert rate.value.code == "exchange_rate_missing"


def test_file_name() -> None:
    assert isdoc_file_name(cz_invoice(number="FAK 2026/0042")) == "FAK_2026_0042.isdoc"


def _d(node: Element, tag: str) -> Decimal:
    return Decimal(value(node, f"isdoc:{tag}"))


# Domestic invoices have no foreign twins (invoice-rule-3): those are checked on the others.
RELATION_CASES = [(name, "") for name in sorted(CASES)] + [
    (name, "Curr") for name in sorted(CASES) if CASES[name].exchange_rate is not None
]


@pytest.mark.parametrize(("name", "twin"), RELATION_CASES)
def test_summary_relations_hold(name: str, twin: str) -> None:
    """rules-6.0.2.xml, "Vztahy mezi údaji…": per rate base + VAT = with VAT; the totals are
    the sums of the rates; difference + rounding − deposits = payable; lines add up to the
    summary in the invoice's currency."""
    root = parsed(name)
    subs = root.findall("isdoc:TaxTotal/isdoc:TaxSubTotal", NS)
    for s in subs:
        assert _d(s, "TaxableAmount" + twin) + _d(s, "TaxAmount" + twin) == _d(
            s, "TaxInclusiveAmount" + twin
        )
        assert _d(s, "DifferenceTaxInclusiveAmount" + twin) == _d(s, "TaxInclusiveAmount" + twin)
    tax_total = root.find("isdoc:TaxTotal", NS)
    total = root.find("isdoc:LegalMonetaryTotal", NS)
    assert tax_total is not None and total is not None
    assert _d(tax_total, "TaxAmount" + twin) == sum(_d(s, "TaxAmount" + twin) for s in subs)
    assert _d(total, "TaxExclusiveAmount" + twin) == sum(
        _d(s, "TaxableAmount" + twin) for s in subs
    )
    assert _d(total, "TaxInclusiveAmount" + twin) == sum(
        _d(s, "TaxInclusiveAmount" + twin) for s in subs
    )
    assert _d(total, "DifferenceTaxInclusiveAmount" + twin) - _d(
        total, "PaidDepositsAmount" + twin
    ) == _d(total, "PayableAmount" + twin)
    lines = root.findall("isdoc:InvoiceLines/isdoc:InvoiceLine", NS)
    if twin or root.find("isdoc:ForeignCurrencyCode", NS) is None:
        line_sum = sum(_d(ln, "LineExtensionAmount" + twin) for ln in lines)
        gross_sum = sum(_d(ln, "LineExtensionAmountTaxInclusive" + twin) for ln in lines)
        doc = CASES[name]
        # With gross prices the lines' gross is exact; with net prices their net is.
        if doc.prices_include_vat:
            assert gross_sum == _d(total, "TaxInclusiveAmount" + twin)
        else:
            assert line_sum == _d(total, "TaxExclusiveAmount" + twin)
