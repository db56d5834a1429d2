"""Sample documents shared by the PDF tests and the benchmark (realistic LT, CZ, EN invoices)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from desktop.core.document import DocumentLine, InvoiceDocument, Party
from desktop.core.lifecycle import DocumentKind, InvoiceStatus
from desktop.core.vat import NOT_SUBJECT, VatCategory, VatRate

D = Decimal
VAT21 = VatRate(D(21))
VAT12 = VatRate(D(12))
VAT5 = VatRate(D(5))
REVERSE = VatRate(D(0), VatCategory.REVERSE_CHARGE)
EXEMPT = VatRate(D(0), VatCategory.EXEMPT)

LT_SELLER = Party(
    name="MB „Ąžuolų šviesa“",
    address="Vilniaus g. 12-3\nLT-01402 Vilnius",
    country="LT",
    company_code="305123456",
    vat_code="LT100012345617",
    vat_payer=True,
    email="info@azuolu-sviesa.lt",
    phone="+370 612 34567",
    iban="LT12 1000 0111 0100 1000",
    bank_name="AB SEB bankas",
    bic="CBVILT2X",
)
LT_BUYER = Party(
    name="UAB „Žalgirio“ prekyba",
    address="Savanorių pr. 176\nLT-03154 Vilnius",
    country="LT",
    company_code="302998877",
    vat_code="LT100009998811",
    vat_payer=True,
)
CZ_SELLER = Party(
    name="Jan Dvořák – Tiskárna",
    address="Náměstí Míru 15\n120 00 Praha 2",
    country="CZ",
    company_code="12345678",
    vat_code="CZ8001011234",
    vat_payer=True,
    register_line="Zapsán v živnostenském rejstříku ÚMČ Praha 2",
    email="jan@dvorak-tisk.cz",
    iban="CZ65 0800 0000 1920 0014 5399",
    bank_name="Česká spořitelna, a.s.",
    bic="GIBACZPX",
)
CZ_BUYER = Party(
    name="Šťastný & Říha s.r.o.",
    address="Údolní 8\n602 00 Brno",
    country="CZ",
    company_code="87654321",
    vat_code="CZ87654321",
    vat_payer=True,
)


def lt_invoice(**changes: object) -> InvoiceDocument:
    doc = InvoiceDocument(
        kind=DocumentKind.INVOICE,
        status=InvoiceStatus.ISSUED,
        number="FAK2026-0001",
        language="lt",
        currency="EUR",
        issue_date=date(2026, 3, 5),
        supply_date=date(2026, 2, 28),
        due_date=date(2026, 3, 19),
        seller=LT_SELLER,
        buyer=LT_BUYER,
        lines=(
            DocumentLine(
                "Interneto svetainės dizainas ir programavimas: pagrindinis puslapis, "
                "paslaugų katalogas, kontaktų forma; ą č ę ė į š ų ū ž",
                D(1),
                "vnt.",
                D("1850.00"),
                D(0),
                VAT21,
            ),
            DocumentLine("Konsultacijos", D("12.5"), "val.", D("45.00"), D(10), VAT21),
            DocumentLine("Knyga „Lietuvos istorija“", D(3), "vnt.", D("19.90"), D(0), VAT5),
        ),
        notes=(
            "Dėkojame, kad naudojatės mūsų paslaugomis.\nSąskaitą apmokėkite iki nurodytos datos."
        ),
    )
    return replace(doc, **changes)  # type: ignore[arg-type]


def cz_invoice(**changes: object) -> InvoiceDocument:
    doc = InvoiceDocument(
        kind=DocumentKind.INVOICE,
        status=InvoiceStatus.ISSUED,
        number="FAK2026-0042",
        language="cs",
        currency="CZK",
        issue_date=date(2026, 3, 5),
        supply_date=date(2026, 3, 1),
        due_date=date(2026, 3, 19),
        seller=CZ_SELLER,
        buyer=CZ_BUYER,
        lines=(
            DocumentLine(
                "Příliš žluťoučký kůň – tisk plakátů A2", D(150), "ks", D("38.50"), D(0), VAT21
            ),
            DocumentLine("Grafická příprava (ř ť ď ň ů ě)", D(6), "hod", D("950"), D(0), VAT21),
            DocumentLine("Brožury", D(500), "ks", D("12.40"), D(5), VAT12),
        ),
        variable_symbol="20260042",
    )
    return replace(doc, **changes)  # type: ignore[arg-type]


def en_invoice(**changes: object) -> InvoiceDocument:
    """A Czech payer invoicing a German customer in EUR under the reverse charge."""
    doc = cz_invoice(
        language="en",
        currency="EUR",
        number="FAK2026-0043",
        buyer=Party(
            name="Müller & Söhne GmbH",
            address="Friedrichstraße 100\n10117 Berlin",
            country="DE",
            company_code="HRB 123456",
            vat_code="DE123456789",
            vat_payer=True,
        ),
        lines=(
            DocumentLine("Poster design, three variants", D(1), "pc", D("1200"), D(0), REVERSE),
            DocumentLine("Print supervision", D(4), "h", D("55"), D(0), REVERSE),
        ),
        exchange_rate=D("24.325"),
        exchange_rate_date=date(2026, 2, 27),
        variable_symbol="",
        seller=replace(CZ_SELLER, iban="LT12 1000 0111 0100 1000", bank_name="Revolut"),
    )
    return replace(doc, **changes)  # type: ignore[arg-type]


def non_payer(party: Party) -> Party:
    return replace(party, vat_payer=False, vat_code="")


def without_vat(doc: InvoiceDocument) -> InvoiceDocument:
    """The same invoice from a non-payer: no VAT on any line."""
    return replace(
        doc,
        seller=non_payer(doc.seller),
        lines=tuple(replace(ln, vat=NOT_SUBJECT) for ln in doc.lines),
    )


def long_invoice(count: int = 200) -> InvoiceDocument:
    lines = tuple(
        DocumentLine(f"Line item {i:03d} – darbų etapas {i}", D(1), "vnt.", D("10.00"), D(0), VAT21)
        for i in range(1, count + 1)
    )
    return lt_invoice(lines=lines)
