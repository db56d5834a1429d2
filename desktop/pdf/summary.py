"""The bottom of the invoice: VAT summary, total to pay, legal wording, payment and notes.

Rules (INVOICE-RULES.md): base and VAT per rate and the total, rounded per rate (EN 16931
BR-CO-17, already done by core.totals); VAT also in the national currency when the invoice is
in another one (LT VAT Law Art. 80(3): in euro; CZ VAT Act §29(1)(l)/§37: in CZK); wording for
exempt, zero-rated and reverse-charge supplies (Directive 2006/112/EC Art. 226(11), (11a)).
"""

from __future__ import annotations

from typing import Any

from desktop.core.dates import format_date
from desktop.core.document import (
    LEGAL_BASIS_TREATMENTS,
    InvoiceDocument,
    basis_extra_key,
    domestic_account,
    prints_variable_symbol,
    variable_symbol,
)
from desktop.core.money import format_money
from desktop.core.payments import format_iban
from desktop.core.totals import converted
from desktop.core.validation import national_currency
from desktop.core.vat import VatCategory
from desktop.core.words import amount_in_words
from desktop.pdf import styles as st
from desktop.pdf.blocks import GridRow, TextLine, columns, grid, key_values, stack, text_block
from desktop.pdf.qr import payment_code, qr_flowable
from desktop.pdf.text import format_rate, markup, rate_label
from desktop.pdf.vocabulary import Vocabulary

Flowable = Any
SUMMARY_WIDTH = 96 * st.MM


def _charges_vat(doc: InvoiceDocument) -> bool:
    return doc.seller.vat_payer and any(
        ln.vat.category is not VatCategory.NOT_SUBJECT for ln in doc.lines
    )


def _column_widths(rows: list[list[str]], heads: list[str]) -> list[float]:
    """Widths that fit every amount on one line; the rest of SUMMARY_WIDTH goes to the rates."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widths = []
    for index, head in enumerate(heads):
        values = [stringWidth(row[index], st.BOLD, 8.6) for row in rows]
        head_word = max(stringWidth(w, st.BOLD, 7.4) for w in head.split())
        widths.append(max([head_word, *values]) + 11)
    widths[0] += max(0.0, SUMMARY_WIDTH - sum(widths))
    return widths


def _national_rows(doc: InvoiceDocument, words: Vocabulary, national: str) -> list[list[str]]:
    """Base and VAT per rate converted at ``doc.exchange_rate``, each rounded to cents."""
    if doc.exchange_rate is None:
        return []
    return [
        [
            rate_label(r.vat, words, doc.language),
            *(format_money(v, national, doc.language) for v in (r.base, r.vat_amount, r.gross)),
        ]
        for r in converted(doc.totals, doc.exchange_rate).rates
    ]


def totals_box(doc: InvoiceDocument, words: Vocabulary) -> list[Flowable]:
    """Per-rate table, then the total to pay on a solid band: the one number the reader wants."""
    from reportlab.platypus import Spacer

    lang, cur = doc.language, doc.currency
    totals = doc.totals
    heads = [words[k] for k in ("vat_rate", "tax_base", "vat_amount", "gross")]
    rows = [
        [
            rate_label(r.vat, words, lang),
            *(format_money(v, cur, lang) for v in (r.base, r.vat_amount, r.gross)),
        ]
        for r in totals.rates
    ]
    rows.append(
        [
            words["gross"],
            *(format_money(v, cur, lang) for v in (totals.base, totals.vat, totals.gross)),
        ]
    )
    national = national_currency(doc.seller.country)
    if national == doc.currency or not _charges_vat(doc):
        national = None
    national_rows = _national_rows(doc, words, national) if national else []
    col = _column_widths(rows + national_rows, heads)
    width = sum(col)
    out: list[Flowable] = []
    if _charges_vat(doc):
        thin, strong = (st.MUTED, 0.6), (st.MUTED, 0.8)
        summary = [
            GridRow(tuple(heads), st.BOLD, 7.4, st.MUTED, rule_below=strong, bottom_aligned=True),
            *(GridRow(tuple(r)) for r in rows[:-1]),
            GridRow(tuple(rows[-1]), st.BOLD, rule_above=thin),
        ]
        out += [grid(summary, col), Spacer(1, 2.5 * st.MM)]
    label = words["total_credited"] if doc.is_credit_note else words["total_to_pay"]
    band = GridRow(
        (label, format_money(totals.gross, cur, lang)),
        st.BOLD,
        color=st.WHITE,
        sizes=(11, 14),
        background=st.ACCENT,
        pad=6.5,
    )
    out.append(grid([band], [width * 0.42, width * 0.58], pad_x=8))
    if national:
        out += national_vat(doc, words, national, national_rows, col)
    return [*out, Spacer(1, 5 * st.MM)]


def national_vat(
    doc: InvoiceDocument,
    words: Vocabulary,
    national: str,
    rows: list[list[str]],
    col: list[float],
) -> list[Flowable]:
    """VAT restated in EUR (LT) or CZK (CZ), with the rate and its date, under the total."""
    from reportlab.platypus import Spacer

    lang = doc.language
    heading = words["national_heading"].format(national=national)
    if doc.exchange_rate is None:
        rate_text = words["exchange_rate_missing"]
    else:
        when = doc.exchange_rate_date or doc.supply_date or doc.issue_date
        rate_text = words["exchange_rate"].format(
            currency=doc.currency,
            rate=format_rate(doc.exchange_rate, lang),
            national=national,
            date=format_date(when, lang),
        )
    lines = [
        GridRow((f"{heading} · {rate_text}",), size=8, color=st.MUTED, pad=2.5),
        *(GridRow(tuple(r), size=8, rule_below=(st.RULE, 0.4), pad=2.8) for r in rows),
    ]
    return [Spacer(1, 3 * st.MM), grid(lines, col)]


def legal_notes(doc: InvoiceDocument, words: Vocabulary) -> list[Flowable]:
    """One sentence per special VAT treatment present on the invoice, with a legal basis.

    ``doc.extra`` may carry the exact article the user relies on (``exempt_basis``,
    ``zero_basis``, ``reverse_charge_basis``); without it the wording stays generic.
    """
    from reportlab.platypus import Paragraph, Spacer

    s = st.styles()
    categories = {ln.vat.category for ln in doc.lines}
    texts: list[str] = []
    if not doc.seller.vat_payer:
        texts.append(words["legal_not_subject"])
    else:
        for category, treatment in LEGAL_BASIS_TREATMENTS.items():
            if category in categories:
                text = words[f"legal_{treatment}"]
                basis = doc.extra.get(basis_extra_key(treatment), "").strip()
                if basis:
                    text += " " + words["legal_basis"].format(basis=basis)
                texts.append(text)
    out: list[Flowable] = [Paragraph(markup(t), s["legal"]) for t in texts]
    words_text = amount_in_words(doc.totals.gross, doc.currency, doc.language)
    if doc.amount_in_words and words_text:
        out.append(
            Paragraph(
                f"<b>{markup(words['amount_in_words'])}:</b> {markup(words_text)}", s["legal"]
            )
        )
    return [*out, Spacer(1, 4 * st.MM)] if out else []


def payment_block(doc: InvoiceDocument, words: Vocabulary) -> list[Flowable]:
    """Bank details on the left, the payment QR code with its caption on the right."""
    from reportlab.platypus import KeepTogether, Spacer

    seller = doc.seller
    if not seller.iban:
        return []
    lang = doc.language
    rows = [(words["bank_account"], format_iban(seller.iban))]
    domestic = domestic_account(seller)
    if domestic is not None:  # the form Czech payers type into their bank: 19-2000145399/0800
        rows.append((words["domestic_account"], f"{domestic[0]}/{domestic[1]}"))
    if seller.bank_name:
        rows.append((words["bank"], seller.bank_name))
    if seller.bic:
        rows.append((words["bic"], seller.bic))
    if prints_variable_symbol(doc):
        rows.append((words["variable_symbol"], variable_symbol(doc)))
    elif doc.number and not doc.is_draft:
        rows.append((words["payment_reference"], doc.number))
    if doc.due_date:
        rows.append((words["due_date"], format_date(doc.due_date, lang)))
    code = payment_code(doc)
    qr_size = 34 * st.MM
    # With a code, the two cells' rules join into one line across the page.
    left_width = st.FRAME_WIDTH - qr_size if code is not None else st.FRAME_WIDTH
    left = stack(
        [
            text_block([TextLine(words["payment"].upper(), st.BOLD, 7.2, st.MUTED)], left_width),
            Spacer(1, 2 * st.MM),
            key_values(rows, 40 * st.MM, 70 * st.MM),
        ],
        left_width,
    )
    cells = [(left, 0.0, left_width)]
    if code is not None:
        caption = text_block(
            [TextLine(words[code.caption_key], size=7.2, color=st.MUTED, centred=True)], qr_size
        )
        right = stack([qr_flowable(code.payload, qr_size), caption], qr_size)
        cells.append((right, st.FRAME_WIDTH - qr_size, qr_size))
    table = columns(cells, rules=(st.RULE, 0.6), rule_gap=3 * st.MM)
    return [KeepTogether([table, Spacer(1, 4 * st.MM)])]


def notes(doc: InvoiceDocument, words: Vocabulary) -> list[Flowable]:
    """The user's notes; the heading never stays behind alone at the foot of a page."""
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    if not doc.notes.strip():
        return []
    s = st.styles()
    heading = Paragraph(markup(words["notes"].upper()), s["label"])
    body = Paragraph(markup(doc.notes), s["body"])
    # KeepTogether moves a short note whole to the next page and splits a long one.
    return [KeepTogether([heading, Spacer(1, 1.5 * st.MM), body])]
