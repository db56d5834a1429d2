"""The always-visible totals: base, VAT and gross per rate, then the total to pay."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from desktop.core.totals import InvoiceTotals
from desktop.ui.widgets.formatting import format_money
from desktop.ui.widgets.vat_labels import vat_label

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


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
        self.setMinimumWidth(360)
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
        self._totals = InvoiceTotals()
        self._currency = "EUR"
        self.retranslate()
        self.set_totals(self._totals, self._currency)

    def set_totals(self, totals: InvoiceTotals, currency: str) -> None:
        self._totals, self._currency = totals, currency
        for label in self._rate_labels:
            self._grid.removeWidget(label)
            label.deleteLater()
        self._rate_labels = []
        row = 1
        for summary in totals.rates:
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
                self._rate_labels.append(label)
            row += 1
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #cfd8e3;")
        self._grid.addWidget(line, row, 0, 1, 4)
        self._rate_labels.append(line)
        for caption, value, amount in (
            (self.base_caption, self.base_value, totals.base),
            (self.vat_caption, self.vat_value, totals.vat),
        ):
            row += 1
            self._grid.addWidget(caption, row, 0, 1, 2)
            self._grid.addWidget(value, row, 2, 1, 2)
            value.setText(format_money(amount, currency))
        row += 1
        self._grid.addWidget(self.pay_caption, row, 0, 1, 2)
        self._grid.addWidget(self.pay_value, row, 2, 1, 2)
        self.pay_value.setText(format_money(totals.gross, currency))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.set_totals(self._totals, self._currency)
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
