"""Payment QR codes on the PDF: which code a document gets, and a crisp vector drawing of it.

Rules (INVOICE-RULES.md): QR Platba (SPAYD) on CZK invoices paid to a Czech IBAN; the EPC
GiroCode on EUR invoices; only when the seller's IBAN is known.  Error correction level M is
required by both specifications.  Drafts get no code: paying a draft is always a mistake.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desktop.core.document import InvoiceDocument, variable_symbol
from desktop.core.payments import PaymentCodeError, compact_iban, epc_payload, spayd_payload
from desktop.pdf import styles as st
from desktop.pdf.qr_matrix import qr_rows

QUIET_ZONE = 4  # modules of white border, as ISO/IEC 18004 asks
_DARK_RUN = re.compile("1+")


@dataclass(frozen=True)
class PaymentCode:
    payload: str
    caption_key: str  # vocabulary key: qr_spayd / qr_epc


def payment_code(doc: InvoiceDocument) -> PaymentCode | None:
    """The QR payload for ``doc``, or ``None`` when no valid code can be made."""
    iban = compact_iban(doc.seller.iban)
    if doc.is_draft or not iban or doc.is_credit_note:
        return None
    amount = doc.totals.gross
    reference = doc.number or ""
    try:
        if doc.currency == "CZK" and iban.startswith("CZ"):
            payload = spayd_payload(
                iban,
                amount,
                variable_symbol=variable_symbol(doc),
                message=reference,
                due_date=doc.due_date,
            )
            return PaymentCode(payload, "qr_spayd")
        if doc.currency == "EUR":
            payload = epc_payload(doc.seller.name, iban, amount, text=reference, bic=doc.seller.bic)
            return PaymentCode(payload, "qr_epc")
    except PaymentCodeError:
        return None
    return None


def qr_flowable(payload: str, size: float) -> Any:
    """A platypus flowable drawing the code as one filled vector path (no seams, any DPI)."""
    from reportlab.platypus import Flowable

    matrix = qr_rows(payload)
    modules = len(matrix) + 2 * QUIET_ZONE
    module = size / modules
    # Dark runs per row; a run repeated on the rows below becomes one taller rectangle.
    open_runs: dict[tuple[int, int], int] = {}  # (start, end) -> first row
    rects: list[tuple[int, int, int, int]] = []  # x, first row, width, row count
    for y, row in enumerate([*matrix, ""]):
        runs = {run.span() for run in _DARK_RUN.finditer(row)}
        for span in [span for span in open_runs if span not in runs]:
            first = open_runs.pop(span)
            rects.append((span[0], first, span[1] - span[0], y - first))
        for span in runs:
            open_runs.setdefault(span, y)
    # Coordinates in modules (a scale puts them on the page): whole numbers, exact and cheap
    # to print, where points would need rounding.
    ops = [
        f"{x + QUIET_ZONE} {modules - QUIET_ZONE - top - rows} {width} {rows} re"
        for x, top, width, rows in rects
    ]
    # One path of "re" operators written directly: thousands of rects through reportlab's
    # path object cost more than the rest of the page.  One fill means no seams between rows.
    literal = "\n".join(ops) + "\nf"

    class _QrCode(Flowable):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.width = self.height = size

        def draw(self) -> None:
            canvas = self.canv
            canvas.saveState()
            canvas.setFillColor(st.BLACK)
            canvas.scale(module, module)
            canvas.addLiteral(literal)
            canvas.restoreState()

    return _QrCode()
