"""A period's invoices as a CSV for the accountant: one row per document, the base and VAT
per rate in columns, cancelled documents kept and marked.

What opens right in LibreOffice Calc and Excel with Lithuanian and Czech letters: UTF-8 with
a byte-order mark (Excel reads a BOM-less file as the ANSI code page), ``;`` between fields
where the decimal mark is a comma (lt, cs; Excel splits on the list separator of the system
locale, which is ``;`` there) and ``,`` with a decimal point (en); dates as ISO 8601, which
both parse in any locale; amounts without thousands separators.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from decimal import Decimal

from desktop.core.document import InvoiceDocument
from desktop.core.totals import converted
from desktop.core.validation import national_currency
from desktop.core.vat import VatCategory, VatRate

BOM = "\ufeff"
HEADINGS: dict[str, dict[str, str]] = {
    "en": {
        "number": "Number", "kind": "Type", "status": "Status", "issue_date": "Issue date",
        "supply_date": "Date of supply", "due_date": "Due date", "buyer": "Customer",
        "buyer_code": "Company code", "buyer_vat": "VAT ID", "buyer_country": "Country",
        "currency": "Currency", "rate": "Exchange rate", "base": "Tax base", "vat": "VAT",
        "total": "Total", "national": "in {currency}", "credits": "Corrects",
        "invoice": "Invoice", "credit_note": "Credit note", "proforma": "Proforma invoice",
        "issued": "Issued", "sent": "Sent", "paid": "Paid", "cancelled": "CANCELLED",
        "E": "exempt", "Z": "0 %", "AE": "reverse charge", "O": "not subject",
    },
    "lt": {
        "number": "Numeris", "kind": "Tipas", "status": "Būsena", "issue_date": "Išrašymo data",
        "supply_date": "Tiekimo data", "due_date": "Apmokėti iki", "buyer": "Pirkėjas",
        "buyer_code": "Įmonės kodas", "buyer_vat": "PVM mokėtojo kodas", "buyer_country": "Šalis",
        "currency": "Valiuta", "rate": "Kursas", "base": "Apmokestinamoji vertė", "vat": "PVM",
        "total": "Iš viso", "national": "{currency}", "credits": "Taiso",
        "invoice": "Sąskaita faktūra", "credit_note": "Kreditinė sąskaita faktūra",
        "proforma": "Išankstinė sąskaita", "issued": "Išrašyta", "sent": "Išsiųsta",
        "paid": "Apmokėta", "cancelled": "ANULIUOTA",
        "E": "neapmokestinama", "Z": "0 %", "AE": "atvirkštinis apmokestinimas",
        "O": "ne PVM objektas",
    },
    "cs": {
        "number": "Číslo", "kind": "Typ", "status": "Stav", "issue_date": "Datum vystavení",
        "supply_date": "DUZP", "due_date": "Datum splatnosti", "buyer": "Odběratel",
        "buyer_code": "IČO", "buyer_vat": "DIČ", "buyer_country": "Země", "currency": "Měna",
        "rate": "Kurz", "base": "Základ daně", "vat": "DPH", "total": "Celkem",
        "national": "v {currency}", "credits": "Opravuje", "invoice": "Faktura",
        "credit_note": "Opravný daňový doklad", "proforma": "Zálohová faktura",
        "issued": "Vystaveno", "sent": "Odesláno", "paid": "Zaplaceno", "cancelled": "STORNO",
        "E": "osvobozeno", "Z": "0 %", "AE": "přenesená daňová povinnost", "O": "mimo DPH",
    },
}  # fmt: skip


def delimiter_for(language: str) -> str:
    return "," if language == "en" else ";"


def _number(value: Decimal | None, language: str) -> str:
    if value is None:
        return ""
    text = f"{value:f}"
    return text if language == "en" else text.replace(".", ",")


def _rate_name(vat: VatRate, words: dict[str, str]) -> str:
    if vat.category is VatCategory.STANDARD:
        return f"{vat.rate.normalize():f} %"
    return words[vat.category.value]


def period_csv(documents: Sequence[InvoiceDocument], language: str, delimiter: str = "") -> bytes:
    """The CSV bytes (BOM included) for ``documents``, in the order given."""
    words = HEADINGS.get(language, HEADINGS["en"])
    rates: list[VatRate] = []
    for doc in documents:
        rates += [r.vat for r in doc.totals.rates if r.vat not in rates]
    rates.sort(key=lambda v: (v.category is not VatCategory.STANDARD, -v.rate, v.category))
    nationals = sorted({national_currency(d.seller.country) or d.currency for d in documents})
    head = [words[k] for k in ("number", "kind", "status", "issue_date", "supply_date",
            "due_date", "credits", "buyer", "buyer_code", "buyer_vat", "buyer_country",
            "currency", "rate")]  # fmt: skip
    for vat in rates:
        head += [
            f"{words['base']} {_rate_name(vat, words)}",
            f"{words['vat']} {_rate_name(vat, words)}",
        ]
    head += [words["base"], words["vat"], words["total"]]
    for national in nationals:
        suffix = words["national"].format(currency=national)
        head += [f"{words[k]} {suffix}" for k in ("base", "vat", "total")]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter or delimiter_for(language), lineterminator="\r\n")
    writer.writerow(head)
    for doc in documents:
        writer.writerow(_row(doc, language, words, rates, nationals))
    return (BOM + out.getvalue()).encode("utf-8")


def _row(
    doc: InvoiceDocument,
    language: str,
    words: dict[str, str],
    rates: list[VatRate],
    nationals: list[str],
) -> list[str]:
    def n(value: Decimal | None) -> str:
        return _number(value, language)

    totals = doc.totals
    by_rate = {r.vat: r for r in totals.rates}
    buyer = doc.buyer
    row = [
        doc.number or "", words[doc.kind.value], words.get(doc.status.value, doc.status.value),
        doc.issue_date.isoformat(), (doc.supply_date or doc.issue_date).isoformat(),
        doc.due_date.isoformat() if doc.due_date else "", doc.credited_number or "",
        buyer.name, buyer.company_code, buyer.vat_code, buyer.country, doc.currency,
        n(doc.exchange_rate),
    ]  # fmt: skip
    for vat in rates:
        found = by_rate.get(vat)
        row += [n(found.base), n(found.vat_amount)] if found else ["", ""]
    row += [n(totals.base), n(totals.vat), n(totals.gross)]
    national = national_currency(doc.seller.country) or doc.currency
    for currency in nationals:
        if currency != national:
            row += ["", "", ""]
        elif currency == doc.currency:
            row += [n(totals.base), n(totals.vat), n(totals.gross)]
        elif doc.exchange_rate is not None:
            local = converted(totals, doc.exchange_rate)  # as the PDF restates it
            row += [n(local.base), n(local.vat), n(local.gross)]
        else:
            row += ["", "", ""]
    return row
