"""Every word printed on an invoice PDF, per document language (en, lt, cs).

The document language follows the client (``InvoiceDocument.language``), not the interface,
so these strings do not go through Qt's translator: a Czech user's English invoice must read
the same on any machine.  Terms follow shared/docs/TERMS.md.  Every catalogue has the same keys
(a test checks it); templates use ``str.format`` fields.
"""

from __future__ import annotations

from desktop.core.document import InvoiceDocument
from desktop.core.lifecycle import DocumentKind

Vocabulary = dict[str, str]

EN: Vocabulary = {
    # Titles: INVOICE-RULES.md "Lithuania" / "Czech Republic"; Czech VAT Act 235/2004 §28–29.
    "title_invoice_payer": "VAT invoice",
    "title_invoice_payer_cz": "Invoice – tax document",
    "title_invoice_nonpayer": "Invoice",
    "title_credit_note_payer": "Credit note",
    "title_credit_note_payer_cz": "Credit note – tax document",
    "title_credit_note_nonpayer": "Credit note",
    "title_proforma_payer": "Proforma invoice",
    "title_proforma_payer_cz": "Proforma invoice",
    "title_proforma_nonpayer": "Proforma invoice",
    "number": "No. {number}",
    "corrects": "Corrects invoice {number}",
    "draft_no_number": "Draft – not numbered yet",
    "watermark": "DRAFT",
    "proforma_notice": "This is not a tax document.",
    "seller": "Supplier",
    "buyer": "Customer",
    "company_code": "Company code",
    "vat_code": "VAT ID",
    "not_vat_payer": "Not registered for VAT",
    "not_vat_payer_individual": "I am not registered for VAT",
    "certificate_individual": "Individual activity certificate No.",
    "certificate_business_licence": "Business licence No.",
    "domestic_account": "Account number",
    "email": "E-mail",
    "phone": "Phone",
    "issue_date": "Issue date",
    "supply_date": "Date of supply",
    "due_date": "Due date",
    "variable_symbol": "Variable symbol",
    "col_no": "No.",
    "col_description": "Description",
    "col_quantity": "Qty",
    "col_unit": "Unit",
    "col_unit_price": "Unit price excl. VAT",
    "col_unit_price_plain": "Unit price",
    "col_discount": "Discount",
    "col_vat": "VAT",
    "col_total_net": "Amount excl. VAT",
    "col_total_gross": "Amount incl. VAT",
    "col_total_plain": "Amount",
    "vat_rate": "VAT rate",
    "tax_base": "Tax base",
    "vat_amount": "VAT",
    "gross": "Total",
    "total_excl_vat": "Total excl. VAT",
    "total_vat": "VAT",
    "total_to_pay": "Total to pay",
    "total_credited": "Total credited",
    "rate_exempt": "exempt",
    "rate_reverse": "RC",
    "national_heading": "Amounts in {national}",
    "exchange_rate": "Rate 1 {currency} = {rate} {national} ({date})",
    "exchange_rate_missing": "Exchange rate not stated",
    "amount_in_words": "Amount in words",
    "payment": "Payment details",
    "bank_account": "Bank account (IBAN)",
    "bank": "Bank",
    "bic": "BIC / SWIFT",
    "payment_reference": "Payment reference",
    "qr_spayd": "QR Platba (Czech QR payment)",
    "qr_epc": "Scan to pay (EPC QR)",
    "notes": "Notes",
    # Directive 2006/112/EC Art. 226(11a): the words "Reverse charge" are mandatory.
    "legal_reverse_charge": "Reverse charge – VAT to be accounted for by the customer.",
    # Art. 226(11): reference to the provision under which the supply is exempt.
    "legal_exempt": "VAT exempt supply (Council Directive 2006/112/EC, Title IX).",
    "legal_zero": "Zero-rated supply: 0 % VAT.",
    "legal_not_subject": "The supplier is not registered for VAT; no VAT is charged.",
    "legal_basis": "Legal basis: {basis}",
    "page": "Page {page} / {pages}",
}

LT: Vocabulary = {
    # Lietuvos Respublikos PVM įstatymo 80 str.: „PVM sąskaita faktūra“ tik PVM mokėtojams.
    "title_invoice_payer": "PVM sąskaita faktūra",
    "title_invoice_payer_cz": "PVM sąskaita faktūra",
    "title_invoice_nonpayer": "Sąskaita faktūra",
    "title_credit_note_payer": "Kreditinė PVM sąskaita faktūra",
    "title_credit_note_payer_cz": "Kreditinė PVM sąskaita faktūra",
    "title_credit_note_nonpayer": "Kreditinė sąskaita faktūra",
    "title_proforma_payer": "Išankstinė sąskaita",
    "title_proforma_payer_cz": "Išankstinė sąskaita",
    "title_proforma_nonpayer": "Išankstinė sąskaita",
    "number": "Nr. {number}",
    "corrects": "Koreguojama sąskaita faktūra Nr. {number}",
    "draft_no_number": "Juodraštis – numeris dar nesuteiktas",
    "watermark": "JUODRAŠTIS",
    "proforma_notice": "Išankstinė sąskaita nėra PVM sąskaita faktūra.",
    "seller": "Pardavėjas",
    "buyer": "Pirkėjas",
    "company_code": "Įmonės kodas",
    "vat_code": "PVM mokėtojo kodas",
    "not_vat_payer": "Ne PVM mokėtojas",
    "not_vat_payer_individual": "Nesu PVM mokėtojas",
    "certificate_individual": "Individualios veiklos pažymos Nr.",
    "certificate_business_licence": "Verslo liudijimo Nr.",
    "domestic_account": "Sąskaitos numeris",
    "email": "El. paštas",
    "phone": "Tel.",
    "issue_date": "Išrašymo data",
    "supply_date": "Tiekimo data",
    "due_date": "Apmokėti iki",
    "variable_symbol": "Įmokos kodas",  # the same term as the app (GLOSSARY.md)
    "col_no": "Nr.",
    "col_description": "Pavadinimas",
    "col_quantity": "Kiekis",
    "col_unit": "Mato vnt.",
    "col_unit_price": "Kaina be PVM",
    "col_unit_price_plain": "Kaina",
    "col_discount": "Nuolaida",
    "col_vat": "PVM",
    "col_total_net": "Suma be PVM",
    "col_total_gross": "Suma su PVM",
    "col_total_plain": "Suma",
    "vat_rate": "PVM tarifas",
    "tax_base": "Apmokestinamoji vertė",
    "vat_amount": "PVM suma",
    "gross": "Iš viso",
    "total_excl_vat": "Suma be PVM",
    "total_vat": "PVM suma",
    "total_to_pay": "Iš viso mokėti",
    "total_credited": "Iš viso kredituojama",
    "rate_exempt": "neapm.",
    "rate_reverse": "atv. apmok.",  # atvirkštinis apmokestinimas
    # PVM įstatymo 80 str. 3 d.: PVM suma nurodoma ir eurais, kai sąskaita kita valiuta.
    "national_heading": "Sumos {national}",
    "exchange_rate": "Kursas 1 {currency} = {rate} {national} ({date})",
    "exchange_rate_missing": "Valiutos kursas nenurodytas",
    "amount_in_words": "Suma žodžiais",
    "payment": "Mokėjimo informacija",
    "bank_account": "Banko sąskaita (IBAN)",
    "bank": "Bankas",
    "bic": "BIC / SWIFT",
    "payment_reference": "Mokėjimo paskirtis",
    "qr_spayd": "QR Platba (Čekijos mokėjimo QR)",
    "qr_epc": "Mokėjimas QR kodu",
    "notes": "Pastabos",
    # PVM įstatymo 96 str. ir 95 str.; Direktyvos 2006/112/EB 226 str. 11a p.
    "legal_reverse_charge": "Atvirkštinis PVM apmokestinimas – PVM apskaičiuoja ir moka pirkėjas.",
    # PVM įstatymo III skyrius (neapmokestinamos prekės ir paslaugos); Direktyvos 226 str. 11 p.
    "legal_exempt": "PVM neapmokestinama pagal Lietuvos Respublikos PVM įstatymą.",
    "legal_zero": "Taikomas 0 % PVM tarifas pagal Lietuvos Respublikos PVM įstatymą.",
    "legal_not_subject": "Pardavėjas nėra PVM mokėtojas, PVM neskaičiuojamas.",
    "legal_basis": "Teisinis pagrindas: {basis}",
    "page": "Puslapis {page} / {pages}",
}

CS: Vocabulary = {
    # Zákon č. 235/2004 Sb. o DPH, §29: náležitosti daňového dokladu.
    "title_invoice_payer": "Faktura – daňový doklad",
    "title_invoice_payer_cz": "Faktura – daňový doklad",
    "title_invoice_nonpayer": "Faktura",
    # §45: opravný daňový doklad.
    "title_credit_note_payer": "Opravný daňový doklad",
    "title_credit_note_payer_cz": "Opravný daňový doklad",
    "title_credit_note_nonpayer": "Dobropis",
    "title_proforma_payer": "Zálohová faktura",
    "title_proforma_payer_cz": "Zálohová faktura",
    "title_proforma_nonpayer": "Zálohová faktura",
    "number": "Číslo {number}",
    "corrects": "Opravuje doklad č. {number}",
    "draft_no_number": "Koncept – zatím bez čísla",
    "watermark": "KONCEPT",
    "proforma_notice": "Toto není daňový doklad.",
    "seller": "Dodavatel",
    "buyer": "Odběratel",
    "company_code": "IČO",
    "vat_code": "DIČ",
    "not_vat_payer": "Neplátce DPH",
    "not_vat_payer_individual": "Nejsem plátce DPH",
    "certificate_individual": "Osvědčení o individuální činnosti č.",
    "certificate_business_licence": "Podnikatelská licence č.",
    "domestic_account": "Číslo účtu",
    "email": "E-mail",
    "phone": "Tel.",
    "issue_date": "Datum vystavení",
    "supply_date": "DUZP",
    "due_date": "Datum splatnosti",
    "variable_symbol": "Variabilní symbol",
    "col_no": "Č.",
    "col_description": "Popis",
    "col_quantity": "Množství",
    "col_unit": "MJ",
    "col_unit_price": "Cena za MJ bez DPH",
    "col_unit_price_plain": "Cena za MJ",
    "col_discount": "Sleva",
    "col_vat": "DPH",
    "col_total_net": "Celkem bez DPH",
    "col_total_gross": "Celkem s DPH",
    "col_total_plain": "Celkem",
    "vat_rate": "Sazba DPH",
    "tax_base": "Základ daně",
    "vat_amount": "DPH",
    "gross": "Celkem",
    "total_excl_vat": "Celkem bez DPH",
    "total_vat": "DPH",
    "total_to_pay": "Celkem k úhradě",
    "total_credited": "Celkem k vrácení",
    "rate_exempt": "osvob.",
    "rate_reverse": "PDP",
    # §29 odst. 1 písm. l) ... výše daně v české měně (also §4 odst. 1 písm. a) / kurz ČNB).
    "national_heading": "Částky v {national}",
    "exchange_rate": "Kurz 1 {currency} = {rate} {national} ({date})",
    "exchange_rate_missing": "Kurz neuveden",
    "amount_in_words": "Částka slovy",
    "payment": "Platební údaje",
    "bank_account": "Číslo účtu (IBAN)",
    "bank": "Banka",
    "bic": "BIC / SWIFT",
    "payment_reference": "Zpráva pro příjemce",
    "qr_spayd": "QR Platba",
    "qr_epc": "QR platba (EPC)",
    "notes": "Poznámka",
    # §29 odst. 2 písm. a): „daň odvede zákazník“ (přenesená daňová povinnost, §92a).
    "legal_reverse_charge": "Daň odvede zákazník (přenesená daňová povinnost).",
    # §29 odst. 2 písm. c): odkaz na ustanovení zákona (osvobození §51–§71).
    "legal_exempt": "Plnění osvobozené od daně podle zákona č. 235/2004 Sb., o DPH.",
    "legal_zero": "Plnění osvobozené od daně s nárokem na odpočet (zákon č. 235/2004 Sb.).",
    "legal_not_subject": "Dodavatel není plátcem DPH.",
    "legal_basis": "Právní základ: {basis}",
    "page": "Strana {page} / {pages}",
}

VOCABULARIES: dict[str, Vocabulary] = {"en": EN, "lt": LT, "cs": CS}


def vocabulary(lang: str) -> Vocabulary:
    """The catalogue for ``lang``; English for anything we do not print yet."""
    return VOCABULARIES.get(lang, EN)


_KIND_KEY = {
    DocumentKind.INVOICE: "invoice",
    DocumentKind.CREDIT_NOTE: "credit_note",
    DocumentKind.PROFORMA: "proforma",
}


def document_title(doc: InvoiceDocument) -> str:
    """The title by the seller's country and VAT status, in the document's language.

    Only a VAT payer may call the document a VAT invoice / daňový doklad (LT VAT Law Art. 80;
    CZ VAT Act §28); Czech payers' English documents say "tax document" as Czech readers expect.
    """
    words = vocabulary(doc.language)
    status = "payer" if doc.seller.vat_payer else "nonpayer"
    key = f"title_{_KIND_KEY[doc.kind]}_{status}"
    if doc.seller.vat_payer and doc.seller.country.upper() == "CZ":
        key += "_cz"
    return words[key]
