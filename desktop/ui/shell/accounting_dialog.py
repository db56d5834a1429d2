"""File → Export for the accountant…: a period's invoices as CSV, and with it a ZIP of every
PDF and ISDOC, written on the job runner (progress, Cancel) into ``<data dir>/exports/``.

The period starts as the previous month, what an accountant asks for at the start of one.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.jobs import Job
from desktop.services.control import JobControl
from desktop.ui.context import AppContext
from desktop.ui.invoices.date_fields import date_edit, from_qdate, to_qdate
from desktop.ui.widgets.formatting import ui_language
from desktop.ui.widgets.job_progress import JobProgress, start_job

log = logging.getLogger(__name__)


def previous_month(today: date) -> tuple[date, date]:
    last = today.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


class AccountingExportDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accounting_export_dialog")
        self.context = context
        start, end = previous_month(date.today())
        self.start, self.end = date_edit("accounting_from"), date_edit("accounting_to")
        self.start.setDate(to_qdate(start))
        self.end.setDate(to_qdate(end))
        self.with_zip = QCheckBox(objectName="accounting_zip")
        self.with_zip.setChecked(True)
        self.hint = QLabel(objectName="accounting_hint")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setObjectName("accounting_export")
        self.labels = (QLabel(), QLabel())
        form = QFormLayout()
        form.addRow(self.labels[0], self.start)
        form.addRow(self.labels[1], self.end)
        form.addRow("", self.with_zip)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.job: Job | None = None
        self.retranslate()

    def period(self) -> tuple[date, date]:
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        return (start, end) if start <= end else (end, start)

    def export(self) -> Job:
        """Start the job and close; the status bar says where the files went."""
        start, end = self.period()
        accounting, language = self.context.services.accounting, ui_language()
        with_zip = self.with_zip.isChecked()
        parent = self.parentWidget() or self

        def work(control: JobControl) -> list[Path]:
            written = [accounting.csv(start, end, language)]
            if with_zip:
                written.append(accounting.zip(start, end, language, control=control))
            return written

        def step(done: int, total: int, _text: str) -> str:
            return (
                self.tr("Adding invoice %1 of %2…")
                .replace("%1", str(min(done + 1, total)))
                .replace("%2", str(total))
            )

        def wire(job: Job) -> None:
            title = self.tr("Export for the accountant")
            JobProgress(job, "accounting_progress", title, parent, step)
            job.succeeded.connect(self._written)
            job.failed.connect(self._failed)
            job.cancelled.connect(self._cancelled)

        self.job = start_job("accounting_export", work, wire)
        self.accept()
        return self.job

    def _say(self, text: str) -> None:
        self.context.events.status_message.emit(text)

    def _written(self, paths: list[Path]) -> None:
        names = ", ".join(path.name for path in paths)
        self._say(
            self.tr("Saved for the accountant in %1: %2")
            .replace("%1", str(self.context.paths.exports))
            .replace("%2", names)
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            reason = exc.strerror or str(exc)
            self._say(self.tr("The export could not be written: %1").replace("%1", reason))
            return
        log.error("Accountant's export failed", exc_info=exc)
        self._say(
            self.tr("Something went wrong. Details are in the log: %1").replace(
                "%1", str(self.context.paths.log_file)
            )
        )

    def _cancelled(self) -> None:
        self._say(self.tr("Export for the accountant cancelled; nothing was written."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export for the accountant"))
        self.hint.setText(
            self.tr(
                "Issued invoices and credit notes of the period (cancelled ones marked) as a "
                "CSV that LibreOffice and Excel open, with the tax base and VAT per rate."
            )
        )
        self.labels[0].setText(self.tr("From:"))
        self.labels[1].setText(self.tr("To:"))
        self.with_zip.setText(self.tr("Also a ZIP with every PDF and ISDOC"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
