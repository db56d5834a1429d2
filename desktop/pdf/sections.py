"""The top of the invoice: header (title, number, dates, logo), the parties and the lines.

Content rules (INVOICE-RULES.md "Every invoice"; Directive 2006/112/EC Art. 226): issue date,
number, supply date when it differs, both parties with their codes, and per line the
description, quantity and unit, unit price without VAT, discount and VAT rate.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from desktop.core.dates import format_date
from desktop.core.document import InvoiceDocument, Party
from desktop.core.money import format_number, format_quantity
from desktop.core.totals import net_unit_price
from desktop.core.vat import VatCategory
from desktop.pdf import styles as st
from desktop.pdf.blocks import TextLine, columns, key_values, stack, text_block
from desktop.pdf.text import markup, rate_label, wrapped
from desktop.pdf.vocabulary import Vocabulary, document_title

Flowable = Any
CELL_PAD = 4.5
UNIT_MAX_WIDTH = 20 * st.MM


def _logo(path: str) -> Flowable | None:
    """The seller's logo scaled into 48 × 18 mm; a missing or unreadable file is skipped."""
    if not path or not Path(path).is_file():
        return None
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    try:
        width, height = ImageReader(path).getSize()
    except Exception:  # any broken image: the invoice matters more than the logo
        return None
    scale = min(48 * st.MM / width, 18 * st.MM / height)
    logo = Image(path, width * scale, height * scale)
    logo.hAlign = "LEFT"
    return logo


def printed_supply_date(doc: InvoiceDocument) -> date | None:
    """The supply date / DUZP to print, if any.

    LT VAT Law Art. 80(1)(3) and CZ VAT Act §29(1)(h) need it when it differs from the issue
    date.  Czech recipients expect the DUZP on every tax document (a payer's invoice or
    credit note), so a Czech payer prints it always unless the company turned that off.
    """
    supply = doc.supply_date or doc.issue_date
    seller = doc.seller
    czech_tax_document = (
        seller.country.upper() == "CZ" and seller.vat_payer and doc.kind.value != "proforma"
    )
    if supply != doc.issue_date or (czech_tax_document and seller.supply_date_always):
        return supply
    return None


def header(doc: InvoiceDocument, words: Vocabulary) -> list[Flowable]:
    from reportlab.platypus import Spacer

    left: list[Flowable] = []
    logo = _logo(doc.seller.logo_path)
    if logo is not None:
        left += [logo, Spacer(1, 4 * st.MM)]
    right_width = 64 * st.MM
    left_width = st.FRAME_WIDTH - right_width
    lines = [TextLine(document_title(doc), st.BOLD, 19, st.ACCENT)]
    if doc.is_draft or not doc.number:
        lines.append(TextLine(words["draft_no_number"], size=8.5, color=st.MUTED))
    else:
        lines.append(TextLine(words["number"].format(number=doc.number), st.BOLD, 11))
    if doc.is_credit_note and doc.credited_number:
        lines.append(TextLine(words["corrects"].format(number=doc.credited_number)))
    if doc.kind.value == "proforma":
        lines.append(TextLine(words["proforma_notice"], size=8.5, color=st.MUTED))
    left.append(text_block(lines, left_width - 4 * st.MM))

    lang = doc.language
    dates = [(words["issue_date"], format_date(doc.issue_date, lang))]
    supply = printed_supply_date(doc)
    if supply is not None:
        dates.append((words["supply_date"], format_date(supply, lang)))
    if doc.due_date:
        dates.append((words["due_date"], format_date(doc.due_date, lang)))
    date_block = key_values(dates, 34 * st.MM, 30 * st.MM)
    table = columns(
        [
            (stack(left, left_width), 0, left_width),
            (date_block, left_width, right_width),
        ],
        align_bottom=True,
    )
    return [table, Spacer(1, 6 * st.MM)]


def _code_label(party: Party, words: Vocabulary) -> str:
    """A Lithuanian individual has no įmonės kodas: the number is that of the individual
    activity certificate (pažyma) or of the business licence (verslo liudijimas)."""
    if party.country.upper() == "LT" and party.seller_kind in ("individual", "business_licence"):
        return words[f"certificate_{party.seller_kind}"].rstrip(":")
    return words["company_code"]


def _party(
    party: Party, label: str, words: Vocabulary, width: float, *, is_seller: bool
) -> Flowable:
    lines = [
        TextLine(label.upper(), st.BOLD, 7.2, st.MUTED),
        TextLine(party.name or "–", st.BOLD, 10.5, gap_before=4),
    ]
    if party.address:
        lines.append(TextLine(party.address.strip()))
    codes = []
    if party.company_code:
        codes.append(f"{_code_label(party, words)}: {party.company_code}")
    if party.vat_code:
        codes.append(f"{words['vat_code']}: {party.vat_code}")
    if is_seller and not party.vat_payer:
        # "Neplátce DPH" is customary on Czech non-payers' invoices (INVOICE-RULES.md); a
        # natural person writes it in the first person ("Nejsem plátce DPH").
        individual = party.seller_kind != "company"
        codes.append(words["not_vat_payer_individual" if individual else "not_vat_payer"])
    for index, code in enumerate(codes):
        lines.append(TextLine(code, gap_before=3 if index == 0 else 0))
    contact = [
        f"{words['email']}: {party.email}" if party.email else "",
        f"{words['phone']}: {party.phone}" if party.phone else "",
    ]
    if any(contact):
        lines.append(TextLine("   ".join(c for c in contact if c), size=7.6, color=st.MUTED))
    if is_seller and party.register_line:
        # Czech Civil Code §435: the register entry goes on business documents.
        lines.append(TextLine(party.register_line, size=7.6, color=st.MUTED))
    return text_block(lines, width)


def parties(doc: InvoiceDocument, words: Vocabulary) -> list[Flowable]:
    from reportlab.platypus import Spacer

    gutter = 10 * st.MM
    half = (st.FRAME_WIDTH - gutter) / 2
    table = columns(
        [
            (_party(doc.seller, words["seller"], words, half, is_seller=True), 0, half),
            (_party(doc.buyer, words["buyer"], words, half, is_seller=False), half + gutter, half),
        ],
        rules=(st.ACCENT, 1.2),
        rule_gap=3 * st.MM,
    )
    return [table, Spacer(1, 8 * st.MM)]


def _column_width(texts: list[str], head: str, font: str, size: float) -> float:
    """Widest value, or the header's longest word (headers may wrap, words may not)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widest = max((stringWidth(t, font, size) for t in texts), default=0.0)
    head_word = max((stringWidth(w, st.BOLD, 7.4) for w in head.split()), default=0.0)
    # Room for the header in about two lines, so "Cena za MJ bez DPH" never stacks word by word.
    head_two_lines = stringWidth(head, st.BOLD, 7.4) * 0.58
    return float(max(widest, head_word, head_two_lines)) + 2 * CELL_PAD + 1


def _description(text: str, width: float, style: Any) -> Any:
    """Short descriptions as pre-wrapped strings (fast); long ones, or ones with a word too
    wide for the column, as a Paragraph, which can split across pages and break long words."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph

    text = text.strip() or "–"
    lines = wrapped(text, st.REGULAR, 8.6, width).split("\n")
    if len(lines) <= 4 and all(stringWidth(ln, st.REGULAR, 8.6) <= width for ln in lines):
        return "\n".join(lines)
    return Paragraph(markup(text), style)


def lines_table(doc: InvoiceDocument, words: Vocabulary) -> list[Flowable]:
    """The line items; the header row repeats on every page of a long invoice."""
    from reportlab.platypus import Spacer, Table, TableStyle

    s = st.styles()
    lang = doc.language
    payer = doc.seller.vat_payer and any(
        ln.vat.category is not VatCategory.NOT_SUBJECT for ln in doc.lines
    )
    show_discount = any(ln.discount_pct for ln in doc.lines)
    if not payer:
        price_head, total_head = words["col_unit_price_plain"], words["col_total_plain"]
    elif doc.prices_include_vat:
        price_head, total_head = words["col_unit_price"], words["col_total_gross"]
    else:
        price_head, total_head = words["col_unit_price"], words["col_total_net"]

    columns: list[tuple[str, bool, list[str]]] = [  # header, right-aligned, values
        (words["col_no"], True, [str(i) for i in range(1, len(doc.lines) + 1)]),
        (words["col_description"], False, []),
        (words["col_quantity"], True, [format_quantity(ln.quantity, lang) for ln in doc.lines]),
        (words["col_unit"], False, [ln.unit for ln in doc.lines]),
        (
            price_head,
            True,
            [
                format_number(
                    net_unit_price(ln.amounts(), prices_include_vat=doc.prices_include_vat), lang
                )
                for ln in doc.lines
            ],
        ),
    ]
    if show_discount:
        columns.append(
            (
                words["col_discount"],
                True,
                [f"{format_quantity(ln.discount_pct, lang)}\u00a0%" for ln in doc.lines],
            )
        )
    if payer:
        columns.append(
            (words["col_vat"], True, [rate_label(ln.vat, words, lang) for ln in doc.lines])
        )
    columns.append(
        (total_head, True, [format_number(ln.amounts().amount, lang) for ln in doc.lines])
    )

    widths = [
        0.0 if i == 1 else _column_width(values, head, st.REGULAR, 8.6)
        for i, (head, _, values) in enumerate(columns)
    ]
    # A long unit name ("valandos konsultacijoms") wraps in its column instead of
    # squeezing the description.
    from reportlab.pdfbase.pdfmetrics import stringWidth

    longest_word = max(
        (stringWidth(w, st.REGULAR, 8.6) for u in columns[3][2] for w in u.split()), default=0
    )
    unit_width = min(widths[3], max(UNIT_MAX_WIDTH, longest_word + 2 * CELL_PAD + 1))
    if unit_width < widths[3]:
        widths[3] = unit_width
        columns[3] = (
            columns[3][0],
            False,
            [wrapped(u, st.REGULAR, 8.6, unit_width - 2 * CELL_PAD) for u in columns[3][2]],
        )
    widths[1] = max(40 * st.MM, st.FRAME_WIDTH - sum(widths))
    head_row = [
        wrapped(head, st.BOLD, 7.4, width - 2 * CELL_PAD)
        for (head, _, _), width in zip(columns, widths, strict=True)
    ]
    body = []
    for row_index, line in enumerate(doc.lines):
        row: list[Any] = [values[row_index] if values else "" for _, _, values in columns]
        row[1] = _description(line.description, widths[1] - 2 * CELL_PAD, s["cell"])
        body.append(row)

    style = [
        ("FONT", (0, 0), (-1, -1), st.REGULAR, 8.6, 11),
        ("FONT", (0, 0), (-1, 0), st.BOLD, 7.4, 9),
        ("TEXTCOLOR", (0, 0), (-1, 0), st.MUTED),
        ("TEXTCOLOR", (0, 1), (-1, -1), st.INK),
        ("TEXTCOLOR", (0, 1), (0, -1), st.MUTED),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), st.BAND),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, st.MUTED),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, st.RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("TOPPADDING", (0, 0), (-1, 0), 5),
    ]
    for index, (_, right, _) in enumerate(columns):
        if right:
            style.append(("ALIGN", (index, 0), (index, -1), "RIGHT"))
    table = Table([head_row, *body], colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return [table, Spacer(1, 5 * st.MM)]
