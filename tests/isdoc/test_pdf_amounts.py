"""Every amount of the ISDOC is the one printed on the PDF of the same document.

The PDF is rendered and read back with pypdf; each figure of the XML, formatted as the PDF
formats it, must stand in the right row: line totals (and unit prices) in their line, base,
VAT and total per rate in the VAT table, the local-currency restatement under it, and the
total to pay.  Credit notes print negative amounts and ISDOC writes them positive, so their
figures are compared negated.
"""

from __future__ import annotations

from decimal import Decimal
from xml.etree import ElementTree

import pytest

from desktop.core.document import InvoiceDocument
from desktop.core.money import format_money, format_number, format_quantity
from desktop.core.payments import format_iban
from desktop.isdoc.build import isdoc_bytes
from desktop.pdf.render import render_invoice_pdf
from desktop.pdf.vocabulary import vocabulary
from tests.isdoc.cases import CASES
from tests.isdoc.conftest import NS
from tests.pdf.conftest import page_texts

Element = ElementTree.Element


def pdf_lines(doc: InvoiceDocument) -> list[str]:
    text = "\n".join(page_texts(render_invoice_pdf(doc)))
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def run_at(lines: list[str], run: list[str], start: int = 0) -> int:
    """Where ``run`` stands as consecutive text lines of the PDF (after ``start``), or -1."""
    for i in range(start, len(lines) - len(run) + 1):
        if lines[i : i + len(run)] == run:
            return i
    return -1


def amount(node: Element, tag: str) -> Decimal:
    found = node.find(f"isdoc:{tag}", NS)
    assert found is not None and found.text is not None, tag
    return Decimal(found.text)


def printed(node: Element, tag: str, foreign: bool) -> Decimal:
    """The figure in the invoice's currency: the ``…Curr`` twin of a foreign invoice."""
    return amount(node, tag + "Curr" if foreign else tag)


def text(value: Decimal, doc: InvoiceDocument, currency: str | None = None) -> str:
    plain = (
        format_money(value, currency, doc.language)
        if currency
        else format_number(value, doc.language)
    )
    return " ".join(plain.split())


@pytest.mark.parametrize("name", sorted(CASES))
def test_isdoc_amounts_are_the_pdf_amounts(name: str) -> None:
    doc = CASES[name]
    lines = pdf_lines(doc)
    root = ElementTree.fromstring(isdoc_bytes(doc))
    sign = Decimal(-1) if doc.is_credit_note else Decimal(1)
    foreign = root.find("isdoc:ForeignCurrencyCode", NS) is not None
    vat_table = root.findtext("isdoc:VATApplicable", namespaces=NS) == "true"
    checked = 0

    # Lines: quantity, unit, unit price … line total (net, or gross with gross prices).
    total_tag = (
        "LineExtensionAmountTaxInclusive" if doc.prices_include_vat else "LineExtensionAmount"
    )
    position = 0
    for node, line in zip(
        root.findall("isdoc:InvoiceLines/isdoc:InvoiceLine", NS), doc.lines, strict=True
    ):
        quantity = Decimal(node.findtext("isdoc:InvoicedQuantity", namespaces=NS) or "")
        head = [" ".join(format_quantity(sign * quantity, doc.language).split()), line.unit]
        if not foreign:  # ISDOC's unit price is always in the local currency
            head.append(text(amount(node, "UnitPrice"), doc))
        at = run_at(lines, head, position)
        assert at >= 0, (head, lines)
        line_total = text(sign * printed(node, total_tag, foreign), doc)
        following = lines[at + len(head) : at + len(head) + 4]
        assert line_total in following, (line_total, following)
        position = at + len(head)
        checked += 1

    # The VAT table, rate by rate, then its total row; the local restatement under it.
    subtotals = root.findall("isdoc:TaxTotal/isdoc:TaxSubTotal", NS)
    if vat_table:
        for sub in subtotals:
            run = [text(sign * printed(sub, t, foreign), doc, doc.currency)
                   for t in ("TaxableAmount", "TaxAmount", "TaxInclusiveAmount")]  # fmt: skip
            assert run_at(lines, run) >= 0, (run, lines)
            checked += 1
        total, tax_total = (
            root.find("isdoc:LegalMonetaryTotal", NS),
            root.find("isdoc:TaxTotal", NS),
        )
        assert total is not None and tax_total is not None
        run = [
            text(sign * printed(total, "TaxExclusiveAmount", foreign), doc, doc.currency),
            text(sign * printed(tax_total, "TaxAmount", foreign), doc, doc.currency),
            text(sign * printed(total, "TaxInclusiveAmount", foreign), doc, doc.currency),
        ]
        assert run_at(lines, run) >= 0, (run, lines)
        if foreign:
            local = root.findtext("isdoc:LocalCurrencyCode", namespaces=NS) or ""
            for sub in subtotals:
                run = [text(sign * amount(sub, t), doc, local)
                       for t in ("TaxableAmount", "TaxAmount", "TaxInclusiveAmount")]  # fmt: skip
                assert run_at(lines, run) >= 0, (run, lines)
                checked += 1

    # The total to pay (or credited) on its band, and the amount the payment asks for.
    total_node = root.find("isdoc:LegalMonetaryTotal", NS)
    assert total_node is not None
    payable = sign * printed(total_node, "PayableAmount", foreign)
    words = vocabulary(doc.language)
    label = words["total_credited" if doc.is_credit_note else "total_to_pay"]
    assert run_at(lines, [label, text(payable, doc, doc.currency)]) >= 0, (payable, lines)
    payment = root.find("isdoc:PaymentMeans/isdoc:Payment", NS)
    if payment is not None:
        assert amount(payment, "PaidAmount") == payable
        details = payment.find("isdoc:Details", NS)
        assert details is not None
        assert format_iban(details.findtext("isdoc:IBAN", namespaces=NS) or "") in lines
        bank_code = details.findtext("isdoc:BankCode", namespaces=NS)
        if bank_code:  # the domestic account as printed beside the IBAN
            account = details.findtext("isdoc:ID", namespaces=NS)
            assert f"{account}/{bank_code}" in lines
        vs = details.findtext("isdoc:VariableSymbol", namespaces=NS)
        if vs:
            assert vs in lines
    assert checked >= len(doc.lines)
