"""Settings → Database: keep the books in the SQLite file, or share them on PostgreSQL.

Where the books are now (``db_current``), then the address and the rest below; with books
open, "Copy my books" (``database_copy``) copies them to the address's empty database or to
a new SQLite file, and offers to use the copy.

The address (``db_url``), the password (kept in the keyring, never in the address), "Test
connection" (``db_test``) and "Use this database" (``db_apply``), which tests again, keeps the
choice (``services.database_choice``) and reopens the window on it.  Both run as jobs: a server
across the network may take seconds to answer, and the window must not freeze meanwhile.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.jobs import job_runner
from desktop.paths import DataPaths
from desktop.services import database_choice, database_url
from desktop.services.control import JobControl
from desktop.services.database_choice import Tested
from desktop.services.database_url import BadDatabaseUrlError
from desktop.ui.shell.database_copy import DatabaseCopy, server_problem_text

if TYPE_CHECKING:
    from desktop.services.database import Books


def _where(books: Books) -> str:
    """Where the books open now are, in a line above the address."""
    file = books.sqlite_file
    if file is not None:
        return QCoreApplication.translate(
            "DatabaseDialog", "Your books are now in the SQLite file %1."
        ).replace("%1", str(file))
    return QCoreApplication.translate(
        "DatabaseDialog", "Your books are now on the server %1."
    ).replace("%1", books.server_url)


class DatabaseDialog(QDialog):
    applied = Signal()  # the choice was kept: the window reopens on it

    def __init__(
        self,
        paths: DataPaths,
        current: str,
        parent: QWidget | None = None,
        books: Books | None = None,
    ) -> None:
        """``books``: the books open now, which the copy offers take (none at start-up)."""
        super().__init__(parent, objectName="database_dialog")
        self._paths = paths
        self.setWindowTitle(self.tr("Database"))
        intro = QLabel(
            self.tr(
                "Where your books are. Leave the address empty to keep them in the SQLite file "
                "in the data folder; give a PostgreSQL server's address to share them with "
                "your team."
            ),
            wordWrap=True,
        )
        self.url = QLineEdit(current, objectName="db_url")
        self.url.setPlaceholderText("postgresql://user@server/faktura")
        self.password = QLineEdit(objectName="db_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keyring"))
        tls = QLabel(
            self.tr(
                "Across a network, add ?sslmode=verify-full to the address: Faktura then checks "
                "the server's certificate and name, so nobody in between can read or change "
                "the books."
            ),
            wordWrap=True,
            objectName="db_tls_hint",
        )
        form = QFormLayout()
        form.addRow(self.tr("Address:"), self.url)
        form.addRow(self.tr("Password:"), self.password)
        self.test_button = QPushButton(self.tr("Test connection"), objectName="db_test")
        self.apply_button = QPushButton(self.tr("Use this database"), objectName="db_apply")
        self.outcome = QLabel(wordWrap=True, objectName="db_test_result")
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.test_button)
        buttons_row.addWidget(self.apply_button)
        buttons_row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, tls):
            layout.addWidget(widget)
        layout.insertLayout(1, form)
        layout.addLayout(buttons_row)
        layout.addWidget(self.outcome)
        self.copy: DatabaseCopy | None = None
        if books is not None:
            layout.insertWidget(0, QLabel(_where(books), wordWrap=True, objectName="db_current"))
            self.copy = DatabaseCopy(books, self.server_target, self)
            self.copy.use_server.connect(lambda: self._run(apply=True))
            self.copy.use_file.connect(self._use_file)
            layout.addWidget(self.copy)
        layout.addStretch(1)
        layout.addWidget(close)
        self.test_button.clicked.connect(lambda: self._run(apply=False))
        self.apply_button.clicked.connect(lambda: self._run(apply=True))
        self.resize(620, 520 if books is not None else 320)

    def server_target(self) -> str:
        """The address typed, with the password typed (for this copy only; never shown)."""
        url: str = self.url.text().strip()
        password: str = self.password.text()
        if not url or not password:
            return url
        try:
            target = database_url.parsed(url).set(password=password)
            return str(target.render_as_string(hide_password=False))
        except BadDatabaseUrlError:
            return url

    def _use_file(self, file: str) -> None:
        """Work in the SQLite file a copy just made: kept for this data folder."""
        database_choice.use_file(self._paths, Path(file))
        self.applied.emit()
        self.accept()

    def _run(self, *, apply: bool) -> None:
        url, password = self.url.text().strip(), self.password.text()
        paths = self._paths
        if not url and not apply:
            self._say(self.tr("An empty address means the SQLite file in the data folder."))
            return
        self._busy(True)
        self._say(self.tr("Connecting…"))

        def work(_control: JobControl) -> Tested:
            if apply:
                return database_choice.apply(paths, url, password)
            return database_choice.test(url, password)

        job = job_runner().start("database test", work)
        job.succeeded.connect(lambda tested: self._done(tested, apply=apply))
        job.failed.connect(self._failed)
        job.finished.connect(lambda: self._busy(False))

    def _busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.apply_button.setEnabled(not busy)
        if self.copy is not None:
            self.copy.set_enabled(not busy)

    def _done(self, tested: Tested, *, apply: bool) -> None:
        if tested.problem is not None:
            self._say(server_problem_text(tested.problem))
            return
        if apply:
            self.password.clear()
            self.applied.emit()
            self.accept()
            return
        self._say(self.tr("The server answered and let Faktura in."))

    def _failed(self, exc: object) -> None:
        if isinstance(exc, BadDatabaseUrlError):
            self._say(
                self.tr("Give the address as postgresql://USER@SERVER/DATABASE (port optional).")
            )
            return
        self._say(self.tr("The test failed: %1").replace("%1", type(exc).__name__))

    def _say(self, text: str) -> None:
        self.outcome.setText(text)
