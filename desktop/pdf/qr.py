"""Payment QR codes on the PDF: which code a document gets, and a crisp vector drawing of it.

Rules (INVOICE-RULES.md): QR Platba (SPAYD) on CZK invoices paid to a Czech IBAN; the EPC
GiroCode on EUR invoices; only when the seller's IBAN is known.  Error correction level M is
required by both specifications.  Drafts get no code: paying a draft is always a mistake.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.document import InvoiceDocument
from desktop.core.numbering import digits_of
from desktop.core.payments import PaymentCodeError, compact_iban, epc_payload, spayd_payload

QUIET_ZONE = 4  # modules of white border, as ISO/IEC 18004 asks


@dataclass(frozen=True)
class PaymentCode:
    payload: str
    caption_key: str  # vocabulary key: qr_spayd / qr_epc


def variable_symbol(doc: InvoiceDocument) -> str:
    """The document's VS, or the number's digits (Czech custom, core.numbering.digits_of)."""
    if doc.variable_symbol:
        return doc.variable_symbol
    return digits_of(doc.number) if doc.number else ""


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
    import segno
    from reportlab.platypus import Flowable

    code = segno.make(payload, error="m", boost_error=False, micro=False, encoding="utf-8")
    rows = [list(row) for row in code.matrix_iter(scale=1, border=QUIET_ZONE)]

    class _QrCode(Flowable):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.width = self.height = size

        def draw(self) -> None:
            module = size / len(rows)
            canvas = self.canv
            path = canvas.beginPath()
            for y, row in enumerate(rows):
                x = 0
                while x < len(row):
                    if not row[x]:
                        x += 1
                        continue
                    start = x
                    while x < len(row) and row[x]:
                        x += 1
                    top = size - y * module
                    path.rect(start * module, top - module, (x - start) * module, module)
            canvas.setFillColor("#000000")
            canvas.drawPath(path, stroke=0, fill=1)

    return _QrCode()
