"""The window's actions on saved invoices and the books, shared by the list, toolbar and editor.

Each calls ``context.services``; a state change another window or app made first comes back
as a typed error and is said in words in the status bar.  Work that can take long (PDFs of
many invoices, a backup) runs on the job runner with a progress window and Cancel, so the
window never freezes.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.errors import IssueError, NotFoundError, StateConflictError
from desktop.jobs import Job
from desktop.ui.context import AppContext
from desktop.ui.widgets.job_progress import JobProgress, start_job

if TYPE_CHECKING:
    from desktop.services.restore import BackupCopy

log = logging.getLogger(__name__)


class InvoiceActions(QObject):
    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._window = parent
        self.last_pdf: Path | None = None
        self.restore_request: Path | None = None  # read by ``app`` once the window closed
        self.database_switch = False  # Settings → Database chose other books: reopen on them

    def _say(self, text: str) -> None:
        self._context.events.status_message.emit(text)

    def _bug(self, what: str, exc: BaseException) -> None:
        log.error("%s failed", what, exc_info=exc)
        self._say(
            self.tr("Something went wrong. Details are in the log: %1").replace(
                "%1", str(self._context.paths.log_file)
            )
        )

    # -- PDF -----------------------------------------------------------------------------
    def export_pdf(self, invoice_id: int | None, *, ask: bool = True) -> Path | None:
        """Write ``<data dir>/pdf/<number>.pdf`` and offer to open it or save a copy."""
        if invoice_id is None:
            self._say(self.tr("Select an invoice first."))
            return None
        try:
            path = self._context.services.exports.pdf(invoice_id)
        except OSError as exc:
            QMessageBox.warning(
                self._window,
                self.tr("PDF not saved"),
                self.tr("The PDF could not be written: %1").replace("%1", exc.strerror or str(exc)),
            )
            return None
        except NotFoundError:
            self._say(self.tr("This invoice no longer exists."))
            return None
        self.last_pdf = path
        self._say(self.tr("PDF saved: %1").replace("%1", str(path)))
        if ask:
            self._offer_pdf(path)
        return path

    def export_pdfs(self, invoice_ids: list[int]) -> Job | None:
        """One invoice as before; several as one job with progress and Cancel."""
        ids = list(dict.fromkeys(invoice_ids))
        if len(ids) < 2:
            self.export_pdf(ids[0] if ids else None)
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
            JobProgress(job, "export_progress", self.tr("Export PDF"), self._window, step)
            job.succeeded.connect(self._pdfs_written)
            job.failed.connect(self._pdfs_failed)
            job.cancelled.connect(self._pdfs_cancelled)

        return start_job("export_pdfs", lambda control: exports.pdfs(ids, control), wire)

    def _pdfs_written(self, paths: list[Path]) -> None:
        self.last_pdf = paths[-1] if paths else None
        self._say(
            self.tr("%n PDF(s) saved in %1", "", len(paths)).replace(
                "%1", str(self._context.paths.pdf)
            )
        )

    def _pdfs_failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self._say(
                self.tr("The PDFs could not be written: %1").replace("%1", exc.strerror or str(exc))
            )
        elif isinstance(exc, NotFoundError):
            self._say(self.tr("An invoice in the selection no longer exists; export stopped."))
        else:
            self._bug("PDF export", exc)

    def _pdfs_cancelled(self) -> None:
        self._say(
            self.tr("PDF export cancelled; the PDFs written so far are in %1.").replace(
                "%1", str(self._context.paths.pdf)
            )
        )

    def _offer_pdf(self, path: Path) -> None:
        box = QMessageBox(self._window)
        box.setObjectName("pdf_exported_dialog")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("PDF saved"))
        box.setText(self.tr("The invoice was saved as %1.").replace("%1", str(path)))
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        open_button.setObjectName("pdf_open")
        copy_button = box.addButton(self.tr("Save a copy…"), QMessageBox.ButtonRole.ActionRole)
        copy_button.setObjectName("pdf_save_copy")
        box.addButton(QMessageBox.StandardButton.Close)

        def clicked(button: object) -> None:
            if button is open_button:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            elif button is copy_button:
                target, _ = QFileDialog.getSaveFileName(
                    self._window,
                    self.tr("Save a copy"),
                    str(Path.home() / path.name),
                    "PDF (*.pdf)",
                )
                if target:
                    shutil.copyfile(path, target)

        box.buttonClicked.connect(clicked)
        box.open()

    # -- backup --------------------------------------------------------------------------
    def backup(self) -> Job:
        """Copy the database to ``<data dir>/backups/`` while the app keeps working."""
        backups = self._context.services.backups

        def wire(job: Job) -> None:
            JobProgress(job, "backup_progress", self.tr("Back up"), self._window, self._backup_step)
            job.succeeded.connect(self._backup_written)
            job.failed.connect(self._backup_failed)
            job.cancelled.connect(self._backup_cancelled)

        return start_job("backup", lambda control: backups.backup(control=control), wire)

    def _backup_step(self, _done: int, _total: int, _text: str) -> str:
        return self.tr("Backing up the database…")  # the bar shows how far

    def _backup_cancelled(self) -> None:
        self._say(self.tr("Backup cancelled; nothing was written."))

    def _backup_written(self, path: Path) -> None:
        self._say(self.tr("Backup saved: %1").replace("%1", str(path)))

    def _backup_failed(self, exc: BaseException) -> None:
        from desktop.services.backups import BackupUnsupportedError

        if isinstance(exc, BackupUnsupportedError):
            self._say(
                self.tr(
                    "These books are on a database server; back them up with the server's own "
                    "tools."
                )
            )
        elif isinstance(exc, OSError | sqlite3.Error):
            self._say(self.tr("The backup could not be written: %1").replace("%1", str(exc)))
        else:
            self._bug("Backup", exc)

    # -- restore -------------------------------------------------------------------------
    def restore_from_backup(self) -> None:
        """Help → Restore from backup…: choose, confirm, then end the session like Quit;
        ``app`` restores while no books are open and starts a new session on them."""
        from desktop.services.restore import list_backups
        from desktop.ui.shell.restore_dialog import RestoreDialog, confirm_restore

        if self._context.services.books.sqlite_file is None:
            self._say(
                self.tr(
                    "These books are on a database server; back them up with the server's own "
                    "tools."
                )
            )
            return
        intro = self.tr(
            "Choose the copy to go back to. Your current books are kept in the backups folder "
            "%1, so a restore can be undone the same way."
        ).replace("%1", str(self._context.paths.backups))
        dialog = RestoreDialog(list_backups(self._context.paths.backups), intro, self._window)

        def accepted() -> None:
            chosen = dialog.chosen()
            if chosen is not None:
                confirm_restore(self._window, chosen, self._restore_confirmed)

        dialog.accepted.connect(accepted)
        dialog.open()

    def _restore_confirmed(self, copy: BackupCopy) -> None:
        from desktop.services.restore import check_backup

        if not check_backup(copy.path):
            QMessageBox.warning(
                self._window,
                self.tr("Restore from backup"),
                self.tr("This copy is damaged and cannot be restored; choose another one."),
            )
            return
        self.restore_request = copy.path
        if not self._window.close():  # an open draft asked to stay: nothing is restored
            self.restore_request = None

    # -- dialogs -------------------------------------------------------------------------
    def edit_company(self) -> None:
        from desktop.ui.parties.company_dialog import CompanyDialog

        dialog = CompanyDialog(self._context, self._window)
        dialog.open()

    def open_database_settings(self) -> None:
        """Settings → Database; a kept choice ends this session like Quit, and ``app``
        starts a new one on the chosen database."""
        from desktop.services.database_url import bare
        from desktop.ui.shell.database_dialog import DatabaseDialog

        current = self._context.services.books.server_url
        books = self._context.services.books
        dialog = DatabaseDialog(
            self._context.paths, bare(current) if current else "", self._window, books
        )

        def applied() -> None:
            self.database_switch = True
            if not self._window.close():  # an open draft asked to stay: the choice is kept
                self.database_switch = False
                self._say(self.tr("Faktura uses the chosen database from its next start."))

        dialog.applied.connect(applied)
        dialog.open()

    def open_history_name(self) -> None:
        """Settings → Your name in the history (kept on this computer)."""
        from desktop.ui.shell.history_name_dialog import HistoryNameDialog

        HistoryNameDialog(self._context.services, self._window).open()

    def open_modules(self) -> None:
        from desktop.ui.shell.modules_dialog import ModulesDialog

        dialog = ModulesDialog(self._context, self._window)
        dialog.open()

    def sign_in_smtp(self) -> None:
        """ "Sign in again": the SMTP module's settings, with its sign-in started."""
        from desktop.ui.mail.smtp_settings_form import SmtpSettingsForm
        from desktop.ui.shell.modules_dialog import ModulesDialog

        dialog = ModulesDialog(self._context, self._window)
        dialog.show_settings("smtp")
        dialog.open()
        form = dialog.pages.get("smtp")
        if isinstance(form, SmtpSettingsForm):
            form.sign_in()

    def open_guides(self) -> None:
        from desktop.ui.mail.guide_viewer import GuideDialog

        dialog = GuideDialog(self._context, self._window)
        dialog.show()

    # -- list actions --------------------------------------------------------------------
    def run(self, action: str, invoice_id: int) -> int | None:
        """Carry out a list action; returns an invoice id to open, if the action made one."""
        if action == "pdf":
            self.export_pdf(invoice_id)
            return None
        invoices = self._context.services.invoices
        new_id: int | None = None
        try:
            if action == "duplicate":
                new_id = invoices.duplicate(invoice_id)
            elif action == "credit_note":
                new_id = invoices.credit_note(invoice_id)
            elif action == "paid":
                invoices.mark_paid(invoice_id)
            elif action == "cancel":
                if not self._confirm_cancel():
                    return None
                invoices.cancel(invoice_id)
            else:
                raise ValueError(action)
        except StateConflictError as exc:
            log.info("Refused %s on invoice %s: %s", action, invoice_id, exc)
            self._say(self._conflict_text(exc.current))
        except IssueError as exc:
            log.info("Refused %s on invoice %s: %s", action, invoice_id, exc)
            self._say(self.tr("This action is not possible for this invoice."))
        except NotFoundError:
            self._say(self.tr("This invoice no longer exists."))
        self._context.events.invoices_changed.emit()  # what the list shows is current again
        return new_id

    def _conflict_text(self, current: str | None) -> str:
        """The list showed an older state: say what it is now (the list reloads)."""
        if current == "cancelled":
            return self.tr("Not done: this invoice is cancelled, perhaps in another window or app.")
        if current == "paid":
            return self.tr(
                "Not done: this invoice is marked as paid, perhaps in another window or app."
            )
        return self.tr("This action is not possible for this invoice.")

    def _confirm_cancel(self) -> bool:
        answer = QMessageBox.question(
            self._window,
            self.tr("Cancel invoice"),
            self.tr("Cancel this invoice? It stays in the list, marked as cancelled."),
        )
        return answer == QMessageBox.StandardButton.Yes
