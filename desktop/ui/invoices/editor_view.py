"""The invoice editor's widgets and their texts; behaviour lives in ``invoice_editor``.

Kept apart so the editor module reads as what happens, and this one as what is on screen:
title row with actions, the banner of a failed save, message line, header, line table with
its buttons, notes with the legal basis of special VAT treatments, and totals.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.invoices.header import InvoiceHeader
from desktop.ui.invoices.line_items_delegate import LineItemsDelegate, LineItemsView
from desktop.ui.invoices.line_items_model import DESCRIPTION, LineItemsModel
from desktop.ui.invoices.save_error import SaveErrorBanner
from desktop.ui.invoices.totals_panel import TotalsPanel
from desktop.ui.widgets.field_errors import FieldMessage
from desktop.ui.widgets.flow_layout import FlowLayout
from desktop.ui.widgets.icons import icon
from desktop.ui.widgets.legal_basis_fields import LegalBasisFields


def _button(name: str, icon_name: str = "") -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    if icon_name:
        button.setIcon(icon(icon_name))
    return button


class InvoiceEditorView(QWidget):
    """Builds every widget; subclasses add behaviour and ``update_title``."""

    def _build(self, log_file: Path) -> None:
        self.status_badge = QLabel(objectName="invoice_status")
        self.status_badge.setStyleSheet(
            "padding: 2px 10px; border-radius: 9px; background: #e8eef6; color: #2d4a6b;"
        )
        self.title_label = QLabel(objectName="invoice_title")
        self.title_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.save_button = _button("invoice_save", "save")
        self.pdf_button = _button("invoice_export_pdf", "pdf")
        self.isdoc_button = _button("invoice_export_isdoc", "isdoc")
        self.send_button = _button("invoice_send", "send")
        self.issue_button = _button("invoice_issue")
        self.issue_button.setStyleSheet("font-weight: 600;")
        self.paid_button = _button("invoice_mark_paid")
        self.credit_button = _button("invoice_credit_note")
        self.duplicate_button = _button("invoice_duplicate")
        self.history_button = _button("invoice_history")
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addWidget(self.status_badge)
        for label in (self.title_label, self.status_badge):  # never cut short, nor stretched
            label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        # The buttons wrap onto a second line rather than widen the window (long Lithuanian
        # and Czech labels pushed it past a 1366 px laptop).
        actions = QWidget(objectName="invoice_actions")
        flow = FlowLayout(actions)
        for button in (
            self.save_button,
            self.pdf_button,
            self.isdoc_button,
            self.send_button,
            self.duplicate_button,
            self.credit_button,
            self.paid_button,
            self.history_button,
            self.issue_button,
        ):
            flow.addWidget(button)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        actions.setSizePolicy(policy)
        top.addWidget(actions, 1)
        self.save_error = SaveErrorBanner(log_file, self)  # shown while a save fails
        self.message = FieldMessage(None, self)
        self.message.setObjectName("invoice_message")
        self.company_button = QPushButton(objectName="invoice_fill_company")
        self.company_button.hide()

        self.header = InvoiceHeader(self)
        self.model = LineItemsModel(self)
        self.table = LineItemsView(objectName="invoice_lines")
        self.table.setModel(self.model)
        self.delegate = LineItemsDelegate(self.model, self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(True)
        self.table.verticalHeader().setDefaultSectionSize(28)
        # Description takes the spare width; the other columns fit their heading and values in
        # any language (fixed widths clipped Lithuanian and Czech headings, or wasted room),
        # except that a long unit or VAT label gives way to Description (LineItemsView).
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(56)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)  # three lines; the window fits a 720 px screen
        self.lines_message = FieldMessage(None, self)  # the cell itself is marked red
        self.lines_message.setObjectName("invoice_lines_message")
        self.add_button = _button("invoice_add_line", "add-line")
        self.remove_button = _button("invoice_remove_line", "remove-line")
        self.up_button = _button("invoice_move_up", "up")
        self.down_button = _button("invoice_move_down", "down")
        line_bar = QHBoxLayout()
        self.lines_label = QLabel()
        self.lines_label.setStyleSheet("font-weight: 600;")
        line_bar.addWidget(self.lines_label)
        line_bar.addStretch(1)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            line_bar.addWidget(button)

        self.notes = QPlainTextEdit(objectName="invoice_notes")
        self.notes.setMaximumHeight(130)
        self.notes.setMinimumHeight(52)  # gives way to the legal basis fields under it
        self.notes_label = QLabel()
        notes_box = QVBoxLayout()
        notes_box.addWidget(self.notes_label)
        notes_box.addWidget(self.notes)
        # Under the notes: like them, it is text printed at the invoice's foot.
        self.legal_basis = LegalBasisFields("invoice", self)
        self.legal_basis.show_treatments(())
        notes_box.addWidget(self.legal_basis)
        self.totals = TotalsPanel(self)
        bottom = QHBoxLayout()
        bottom.addLayout(notes_box, 1)
        bottom.addSpacing(12)
        bottom.addWidget(self.totals, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.save_error)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.company_button)
        layout.addLayout(message_row)
        layout.addWidget(self.header)
        layout.addLayout(line_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.lines_message)
        layout.addLayout(bottom)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.retranslate_widgets()

    def retranslate_widgets(self) -> None:
        texts = {
            self.save_button: (self.tr("Save"), self.tr("Save the draft (Ctrl+S)")),
            self.pdf_button: (self.tr("Export PDF"), self.tr("Save the invoice as PDF")),
            # Short: the row of buttons is already full in Lithuanian and Czech.
            self.isdoc_button: (
                self.tr("ISDOC"),
                self.tr("Export ISDOC: the e-invoice that Czech accounting programs import"),
            ),
            self.send_button: (self.tr("Send"), self.tr("Send the invoice by e-mail")),
            self.issue_button: (
                self.tr("Issue"),
                self.tr("Assign the number and lock the invoice"),
            ),
            self.paid_button: (self.tr("Mark as paid"), ""),
            self.credit_button: (self.tr("Create credit note"), ""),
            self.duplicate_button: (
                self.tr("Duplicate"),
                self.tr("A new draft with the same lines"),
            ),
            self.history_button: (
                self.tr("History"),
                self.tr("What happened to this invoice, when, and who did it"),
            ),
            self.add_button: (self.tr("Add line"), self.tr("Append a line (Insert)")),
            self.remove_button: (self.tr("Remove line"), ""),
            self.up_button: (self.tr("Up"), self.tr("Move the line up")),
            self.down_button: (self.tr("Down"), self.tr("Move the line down")),
            self.company_button: (self.tr("Fill in company profile"), ""),
        }
        for button, (text, tip) in texts.items():
            button.setText(text)
            button.setToolTip(tip)
        self.lines_label.setText(self.tr("Lines"))
        self.notes_label.setText(self.tr("Notes (printed on the invoice)"))
        self.notes.setPlaceholderText(self.tr("e.g. payment instructions or a thank-you note"))
