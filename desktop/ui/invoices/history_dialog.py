"""The invoice's history: what happened to it, when, and who did it (issue 13, "who did
what").  Read-only; opened from the editor's History button (``invoice_history``).

Object names: ``invoice_history_dialog``, its table ``invoice_history_table`` (columns
When, What, Who, Detail; oldest first) and ``invoice_history_message`` when it cannot be read.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import NotFoundError, StorageError
from desktop.core.history import HistoryEntry
from desktop.services import Services
from desktop.ui.widgets.storage_messages import storage_problem_text


class EventWords(QObject):
    """An event's kind in plain words (the stored code when this build does not know it)."""

    def say(self, kind: str) -> str:
        words = {
            "created": self.tr("Created"),
            "issued": self.tr("Issued"),
            "sent": self.tr("Marked as sent"),
            "paid": self.tr("Marked as paid"),
            "cancelled": self.tr("Cancelled"),
            "issued_again": self.tr("Payment reversed"),
            "pdf_exported": self.tr("PDF exported"),
            "isdoc_exported": self.tr("ISDOC exported"),
            "eml_written": self.tr("E-mail draft written"),
            "email_queued": self.tr("E-mail queued"),
            "email_attempt": self.tr("E-mail sending started"),
            "email_sent": self.tr("E-mail delivered to the server"),
            "email_retrying": self.tr("E-mail will be retried"),
            "email_failed": self.tr("E-mail failed"),
            "email_uncertain": self.tr("E-mail may not have been sent"),
            "email_resend": self.tr("E-mail queued again"),
            "email_cancelled": self.tr("E-mail cancelled"),
        }
        return words.get(kind, kind)


class InvoiceHistoryDialog(QDialog):
    def __init__(self, services: Services, invoice_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("invoice_history_dialog")
        self.setWindowTitle(self.tr("History"))
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("invoice_history_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Who"), self.tr("Detail")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.message = QLabel(objectName="invoice_history_message")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 360)
        self._load(services, invoice_id)

    def _load(self, services: Services, invoice_id: int) -> None:
        try:
            entries = services.invoices.history(invoice_id)
        except StorageError as exc:
            self._say(storage_problem_text(exc.problem))
            return
        except NotFoundError:
            self._say(self.tr("This invoice no longer exists."))
            return
        self.show_entries(entries)

    def show_entries(self, entries: list[HistoryEntry]) -> None:
        words, locale = EventWords(self), QLocale()
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (
                locale.toString(entry.at, QLocale.FormatType.ShortFormat),
                words.say(entry.kind),
                entry.user or "—",  # events from before names were recorded
                entry.detail,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.table.hide()
