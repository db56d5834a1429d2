"""Settings → Database, "Copy my books": what ``faktura db copy`` does, from the window.

The books open now go into an empty database: the server at the dialog's address
(``db_copy``) or a new SQLite file chosen in a file dialog (``db_copy_to_file``, the way back
from a server).  The copy runs as a job with a progress window that can cancel it
(``db_copy_progress``; a cancelled or failed copy leaves the target empty, see
``services.db_copy``), while the window stays usable.  The outcome is said in
``db_copy_result``: what was copied and that both sides were counted, or why nothing was
written (a target that holds anything is refused untouched).  After a copy that checked out,
``db_copy_use`` offers to work in the copy from now on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import StorageError
from desktop.jobs import Job
from desktop.services.control import JobControl
from desktop.services.database_url import BadDatabaseUrlError
from desktop.ui.widgets.job_progress import JobProgress, start_job
from desktop.ui.widgets.storage_messages import storage_problem_text

if TYPE_CHECKING:
    from desktop.services.database import Books
    from desktop.services.db_copy import CopyReport

log = logging.getLogger(__name__)


def _dialog_tr(text: str) -> str:
    return QCoreApplication.translate("DatabaseDialog", text)


def server_problem_text(problem: str) -> str:
    """Why a server (or a file) could not be used, for the test and for the copy."""
    if problem == "denied":
        return _dialog_tr(
            "The server refused the user name or the password. Check both and try again."
        )
    if problem == "unreachable":
        return _dialog_tr(
            "The server cannot be reached. Check the address and the port, that the "
            "server is running and that this computer can reach it over the network."
        )
    if problem in ("full", "read_only", "io", "busy", "damaged"):
        return storage_problem_text(problem)
    return _dialog_tr("The server cannot be used now (%1).").replace("%1", problem)


class DatabaseCopy(QGroupBox):
    """The copy offers; ``use_server`` (the address field's database) or ``use_file`` (a
    new SQLite file) when the user takes up the offer to work in the copy."""

    use_server = Signal()
    use_file = Signal(str)

    def __init__(
        self, books: Books, server_target: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, objectName="db_copy_group")
        self._books = books
        self._server_target = server_target  # the address typed above, with its password
        self._copy_file: Path | None = None  # the file of the last copy that checked out
        self._job: Job | None = None
        self.setTitle(self.tr("Copy my books"))
        intro = QLabel(
            self.tr(
                "Copies every invoice, client, product and e-mail of the books open now into an "
                "empty database, then counts both sides. A database that holds anything is "
                "refused and left as it is; your books here are only read."
            ),
            wordWrap=True,
        )
        self.to_server = QPushButton(
            self.tr("Copy my books to this database"), objectName="db_copy"
        )
        self.to_file = QPushButton(
            self.tr("Copy my books to a new SQLite file…"), objectName="db_copy_to_file"
        )
        self.result = QLabel(wordWrap=True, objectName="db_copy_result")
        self.use = QPushButton(self.tr("Use the copy from now on"), objectName="db_copy_use")
        self.use.hide()
        row = QHBoxLayout()
        row.addWidget(self.to_server)
        row.addWidget(self.to_file)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.result)
        use_row = QHBoxLayout()
        use_row.addWidget(self.use)
        use_row.addStretch(1)
        layout.addLayout(use_row)
        self.to_server.clicked.connect(self._copy_to_server)
        self.to_file.clicked.connect(self._choose_file)
        self.use.clicked.connect(self._use)

    def set_enabled(self, enabled: bool) -> None:
        """The dialog is busy with a test (or the copy itself is running)."""
        for button in (self.to_server, self.to_file, self.use):
            button.setEnabled(enabled and self._job is None)

    # -- the two ways ------------------------------------------------------------------------
    def _copy_to_server(self) -> None:
        url = self._server_target()
        if not url:
            self._say(self.tr("Give the address of an empty server database above first."))
            return
        self._start(url, None)

    def _choose_file(self) -> None:
        chooser = QFileDialog(self, self.tr("Copy my books to a new SQLite file"))
        chooser.setObjectName("db_copy_file_chooser")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setFileMode(QFileDialog.FileMode.AnyFile)
        chooser.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # named, testable
        chooser.setOption(QFileDialog.Option.DontConfirmOverwrite, True)  # never overwritten
        chooser.setNameFilter(self.tr("SQLite databases (*.sqlite3)"))
        chooser.setDefaultSuffix("sqlite3")
        chooser.selectFile("faktura.sqlite3")
        chooser.fileSelected.connect(lambda name: self._start(f"sqlite:///{name}", Path(name)))
        chooser.open()

    def _start(self, url: str, file: Path | None) -> None:
        from desktop.services.db_copy import copy_books

        books = self._books
        self.use.hide()
        self._say(self.tr("Copying…"))

        def work(control: JobControl) -> CopyReport:
            return copy_books(books, url, control)

        def wire(job: Job) -> None:
            self._job = job
            JobProgress(job, "db_copy_progress", self.tr("Copying the books"), self, self._step)
            job.succeeded.connect(lambda report: self._done(report, file))
            job.failed.connect(self._failed)
            job.cancelled.connect(
                lambda: self._say(self.tr("The copy was cancelled; nothing was written."))
            )
            job.finished.connect(self._finished)

        start_job("database copy", work, wire)
        self.set_enabled(False)

    def _step(self, done: int, total: int, _table: str) -> str:
        if total <= 0:
            return self.tr("Preparing the copy…")
        said = self.tr("Copied %1 of %2 rows…")
        return said.replace("%1", str(done)).replace("%2", str(total))

    def _finished(self) -> None:
        self._job = None
        self.set_enabled(True)

    # -- the outcome -------------------------------------------------------------------------
    def _done(self, report: CopyReport, file: Path | None) -> None:
        if not report.ok:
            self._say(
                self.tr("The copy in %1 does not match your books (%2); do not use it.")
                .replace("%1", report.target)
                .replace("%2", "; ".join(report.mismatches))
            )
            return
        rows = report.rows
        self._say(
            self.tr(
                "Copied to %1 and checked on both sides: %2 rows in all (invoices %3, clients "
                "%4, products %5, e-mails %6); the rows of every table and the invoice totals "
                "match."
            )
            .replace("%1", report.target)
            .replace("%2", str(sum(rows.values())))
            .replace("%3", str(rows.get("invoice", 0)))
            .replace("%4", str(rows.get("client", 0)))
            .replace("%5", str(rows.get("product", 0)))
            .replace("%6", str(rows.get("outbox_message", 0)))
        )
        self._copy_file = file
        self.use.show()

    def _failed(self, exc: object) -> None:
        from desktop.services.db_copy import CopyRefusedError

        if isinstance(exc, CopyRefusedError):
            self._say(
                self.tr(
                    "%1 is not empty: Faktura copies only into an empty database (a new SQLite "
                    "file, or a server database without tables). Nothing was written."
                ).replace("%1", exc.target)
            )
        elif isinstance(exc, BadDatabaseUrlError):
            self._say(
                self.tr("Give the address as postgresql://USER@SERVER/DATABASE (port optional).")
            )
        elif isinstance(exc, StorageError):
            said = server_problem_text(exc.problem)
            self._say(self.tr("Nothing was copied. %1").replace("%1", said))
        else:  # our bug: the log has it, the user a sentence
            error = exc if isinstance(exc, BaseException) else None
            log.error("Copying the books failed", exc_info=error)
            self._say(
                self.tr("The copy failed (%1); nothing was written.").replace(
                    "%1", type(exc).__name__
                )
            )

    def _use(self) -> None:
        if self._copy_file is not None:
            self.use_file.emit(str(self._copy_file))
        else:
            self.use_server.emit()

    def _say(self, text: str) -> None:
        self.result.setText(text)
