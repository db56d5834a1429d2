"""``render_invoice_pdf``: an :class:`InvoiceDocument` in, PDF bytes out.

Pure function of the document (no database, no clock): the same document always gives the
same bytes, because reportlab runs in invariant mode (fixed creation date and file id).  That
keeps e-mails reproducible and lets tests compare output.
"""

from __future__ import annotations

import io
from typing import Any

from desktop.core.document import InvoiceDocument
from desktop.pdf import styles as st
from desktop.pdf.fonts import REGULAR, register_fonts
from desktop.pdf.pages import PageFurniture, canvas_maker, draw_watermark
from desktop.pdf.sections import header, lines_table, parties
from desktop.pdf.summary import legal_notes, notes, payment_block, totals_box
from desktop.pdf.vocabulary import document_title, vocabulary


def story(doc: InvoiceDocument) -> list[Any]:
    """The flowables of the invoice, top to bottom."""
    words = vocabulary(doc.language)
    return [
        *header(doc, words),
        *parties(doc, words),
        *lines_table(doc, words),
        *totals_box(doc, words),
        *legal_notes(doc, words),
        *payment_block(doc, words),
        *notes(doc, words),
    ]


def render_invoice_pdf(doc: InvoiceDocument) -> bytes:
    """Lay the invoice out on A4 pages and return the PDF file's bytes.

    Raises whatever reportlab raises for an impossible layout (a single unbreakable cell
    taller than a page), which callers report as a bug, not a user error.
    """
    register_fonts()
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    words = vocabulary(doc.language)
    title = document_title(doc)
    label = f"{title} {doc.number}" if doc.number and not doc.is_draft else title
    watermark = words["watermark"] if doc.is_draft else ""
    furniture = PageFurniture(
        footer_left=f"{doc.seller.name} · {label}" if doc.seller.name else label,
        page_template=words["page"],
        watermark=watermark,
    )
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer,
        pagesize=(st.PAGE_WIDTH, st.PAGE_HEIGHT),
        leftMargin=st.MARGIN_X,
        rightMargin=st.MARGIN_X,
        topMargin=st.MARGIN_TOP,
        bottomMargin=st.MARGIN_BOTTOM,
        title=label,
        author=doc.seller.name,
        subject=label,
        creator="Faktura",
        lang=doc.language,
        invariant=1,
        initialFontName=REGULAR,
    )

    def on_page(canvas: Any, _template: Any) -> None:
        draw_watermark(canvas, watermark)

    # A frame without inner padding: tables sized to FRAME_WIDTH line up with the text.
    frame = Frame(
        st.MARGIN_X,
        st.MARGIN_BOTTOM,
        st.FRAME_WIDTH,
        st.PAGE_HEIGHT - st.MARGIN_TOP - st.MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    template.addPageTemplates([PageTemplate("invoice", [frame], onPage=on_page)])
    template.build(story(doc), canvasmaker=canvas_maker(furniture))
    return buffer.getvalue()
