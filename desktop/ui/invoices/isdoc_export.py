"""Export ISDOC from the editor, the list and the toolbar: one invoice at once, several as a
job with progress and Cancel (like the multi-PDF export), refusals said in words.

ISDOC (the Czech e-invoice that Pohoda, Money S3, iDoklad and others import) exists only for
issued documents: a draft has no number yet, so it is named rather than exported.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from desktop.core.errors import ExportRefusedError, NotFoundError
from desktop.jobs import Job
from desktop.ui.context import AppContext
from desktop.ui.widgets.job_progress import JobProgress, start_job

log = logging.getLogger(__name__)


def refusal_text(code: str, national_currency: str) -> str:
    """Why an invoice cannot be an ISDOC (``ExportRefusedError.code``), in words."""
    translate = QCoreApplication.translate
    texts = {
        "draft": translate(
            "IsdocExport",
            "Issue the invoice first: a draft has no number, so it cannot be an ISDOC.",
        ),
        "exchange_rate_missing": translate(
            "IsdocExport",
            "ISDOC states every amount also in %1: give the invoice its exchange rate first.",
        ).replace("%1", national_currency or "EUR"),
        "credit_without_invoice": translate(
            "IsdocExport",
            "This credit note does not name the invoice it corrects, which ISDOC requires.",
        ),
    }
    return texts.get(code, code)


class IsdocExport(QObject):
    """Writes ``<data dir>/isdoc/<number>.isdoc`` and says in the status bar where it went."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._window = parent
        self.last_written: Path | None = None

    def _say(self, text: str) -> None:
        self._context.events.status_message.emit(text)

    def _national(self) -> str:
        from desktop.core.validation import national_currency

        return national_currency(self._context.services.parties.company().country) or ""

    def export_one(self, invoice_id: int | None) -> tuple[Path | None, str]:
        """Export one invoice; the file (``None`` when refused) and the sentence said, which
        the editor also shows beside its buttons when it is a refusal."""
        path: Path | None = None
        if invoice_id is None:
            text = self.tr("Select an invoice first.")
        else:
            try:
                path = self._context.services.exports.isdoc(invoice_id)
            except ExportRefusedError as exc:
                text = refusal_text(exc.code, self._national())
            except OSError as exc:
                text = self.tr("The ISDOC could not be written: %1").replace(
                    "%1", exc.strerror or str(exc)
                )
            except NotFoundError:
                text = self.tr("This invoice no longer exists.")
            else:
                self.last_written = path
                text = self.tr("ISDOC saved: %1").replace("%1", str(path))
        self._say(text)
        return path, text

    def export_many(self, invoice_ids: list[int]) -> Job | None:
        """One invoice at once; several as one job with progress and Cancel."""
        ids = list(dict.fromkeys(invoice_ids))
        if len(ids) < 2:
            self.export_one(ids[0] if ids else None)
            return None
        exports = self._context.services.exports
        total = len(ids)

        def step(done: int, _total: int, _text: str) -> str:
            return (
                self.tr("Exporting invoice %1 of %2…")
                .replace("%1", str(min(done + 1, total)))
                .replace("%2", str(total))
            )

        def wire(job: Job) -> None:
            JobProgress(job, "isdoc_progress", self.tr("Export ISDOC"), self._window, step)
            job.succeeded.connect(self._written)
            job.failed.connect(self._failed)
            job.cancelled.connect(self._cancelled)

        return start_job("export_isdocs", lambda control: exports.isdocs(ids, control), wire)

    def _written(self, batch: object) -> None:
        from desktop.services.exports import IsdocBatch

        assert isinstance(batch, IsdocBatch)
        self.last_written = batch.written[-1] if batch.written else None
        folder = str(self._context.paths.isdoc)
        text = self.tr("%n ISDOC file(s) saved in %1", "", len(batch.written)).replace("%1", folder)
        drafts = sum(1 for _, code in batch.refused if code == "draft")
        if drafts:
            text += " " + self.tr("%n draft(s) passed over: issue them first.", "", drafts)
        others = [code for _, code in batch.refused if code != "draft"]
        if others:
            text += " " + refusal_text(others[0], self._national())
        self._say(text)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self._say(
                self.tr("The ISDOC files could not be written: %1").replace(
                    "%1", exc.strerror or str(exc)
                )
            )
        elif isinstance(exc, NotFoundError):
            self._say(self.tr("An invoice in the selection no longer exists; export stopped."))
        else:
            log.error("ISDOC export failed", exc_info=exc)
            self._say(
                self.tr("Something went wrong. Details are in the log: %1").replace(
                    "%1", str(self._context.paths.log_file)
                )
            )

    def _cancelled(self) -> None:
        self._say(
            self.tr("ISDOC export cancelled; the files written so far are in %1.").replace(
                "%1", str(self._context.paths.isdoc)
            )
        )
