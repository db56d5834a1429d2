"""The always-visible totals: base, VAT and gross per rate, then the total to pay.

``show_lines`` computes them from the editor's lines and says under the total what stops the
document: lines over the money limits (only a draft stored before the limits can hold such
lines; the total shows "—", never a wrong 0.00) or a negative total on an invoice, which can
only be issued as a credit note (``core.limits``).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from desktop.core.errors import AmountLimitError
from desktop.core.forms import LineForm
from desktop.core.totals import InvoiceTotals, compute_totals
from desktop.core.validation import Severity
from desktop.ui.widgets.field_errors import FieldMessage, problem_text
from desktop.ui.widgets.formatting import format_money
from desktop.ui.widgets.vat_labels import vat_label

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
MIN_WIDTH = 360


class TotalsPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoice_totals")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#invoice_totals { background: #f3f6fa; border: 1px solid #cfd8e3;"
            " border-radius: 6px; }"
            " #invoice_totals QLabel { background: transparent; }"
        )
        self.setMinimumWidth(MIN_WIDTH)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(14, 10, 14, 12)
        self._grid.setHorizontalSpacing(18)
        self._grid.setVerticalSpacing(4)
        self._headers = [QLabel() for _ in range(4)]
        for column, label in enumerate(self._headers):
            label.setStyleSheet("color: #5f6b7a; font-size: 9pt;")
            label.setAlignment(_RIGHT if column else Qt.AlignmentFlag.AlignLeft)
            label.setWordWrap(True)  # "Apmokestinamoji vertė" over two lines, never cut
            self._grid.addWidget(label, 0, column)
        self._rate_labels: list[QWidget] = []
        self.base_caption, self.base_value = QLabel(), QLabel(objectName="invoice_total_base")
        self.vat_caption, self.vat_value = QLabel(), QLabel(objectName="invoice_total_vat")
        self.pay_caption = QLabel()
        self.pay_value = QLabel(objectName="invoice_total_to_pay")
        self.pay_caption.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.pay_value.setStyleSheet("font-size: 16pt; font-weight: 700;")
        for label in (self.base_value, self.vat_value, self.pay_value):
            label.setAlignment(_RIGHT)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = FieldMessage(None, self)
        self.message.setObjectName("invoice_totals_message")
        self._totals: InvoiceTotals | None = InvoiceTotals()
        self._currency = "EUR"
        self._problem = ""
        self.retranslate()
        self._show(InvoiceTotals(), self._currency, "")

    def show_lines(
        self,
        lines: Iterable[LineForm],
        *,
        prices_include_vat: bool,
        currency: str,
        credit_note: bool,
    ) -> None:
        """Compute and show the totals of ``lines``, with what stops issuing them, if any."""
        try:
            totals = compute_totals(
                (line.amounts() for line in lines), prices_include_vat=prices_include_vat
            )
        except AmountLimitError as exc:
            self._show(None, currency, exc.code)
            return
        negative = not credit_note and totals.gross < 0
        self._show(totals, currency, "negative_total" if negative else "")

    def _show(self, totals: InvoiceTotals | None, currency: str, problem: str) -> None:
        """``totals`` None: the lines are beyond the limits and every amount shows "—"."""
        self._totals, self._currency, self._problem = totals, currency, problem
        shown = totals or InvoiceTotals()
        for label in self._rate_labels:
            self._grid.removeWidget(label)
            label.deleteLater()
        self._rate_labels = []
        row = 1
        for summary in shown.rates:
            texts = (
                vat_label(summary.vat.key),
                format_money(summary.base, currency),
                format_money(summary.vat_amount, currency),
                format_money(summary.gross, currency),
            )
            for column, text in enumerate(texts):
                label = QLabel(text, self)
                label.setObjectName(f"invoice_rate_{row - 1}_{column}")
                label.setAlignment(_RIGHT if column else Qt.AlignmentFlag.AlignLeft)
                if not column:  # "reverse charge" wraps rather than being cut in lt / cs
                    label.setWordWrap(True)
                self._grid.addWidget(label, row, column)
                label.show()  # now, not when the event loop gets to it: the width counts it
                self._rate_labels.append(label)
            row += 1
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #cfd8e3;")
        self._grid.addWidget(line, row, 0, 1, 4)
        self._rate_labels.append(line)
        for caption, value, amount in (
            (self.base_caption, self.base_value, shown.base),
            (self.vat_caption, self.vat_value, shown.vat),
            (self.pay_caption, self.pay_value, shown.gross),
        ):
            row += 1
            self._grid.addWidget(caption, row, 0, 1, 2)
            self._grid.addWidget(value, row, 2, 1, 2)
            value.setText(format_money(amount, currency) if totals is not None else "—")
        self._grid.addWidget(self.message, row + 1, 0, 1, 4)
        if not problem:
            self.message.clear_message()
        else:
            # Over the limits blocks saving and issuing; a negative total only issuing.
            severity = Severity.ERROR if totals is None else Severity.WARNING
            self.message.show_message(problem_text(problem), severity)
        # As wide as the amounts need, up to the largest the money limits allow: the editor
        # would otherwise squeeze the panel to its 360 px and cut a long total off.
        self._grid.invalidate()
        self.setMinimumWidth(max(MIN_WIDTH, self.minimumSizeHint().width()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show(self._totals, self._currency, self._problem)
        super().changeEvent(event)

    def retranslate(self) -> None:
        for label, text in zip(
            self._headers,
            (self.tr("VAT rate"), self.tr("Base"), self.tr("VAT"), self.tr("Gross")),
            strict=True,
        ):
            label.setText(text)
        self.base_caption.setText(self.tr("Total without VAT"))
        self.vat_caption.setText(self.tr("VAT total"))
        self.pay_caption.setText(self.tr("Total to pay"))
