"""Settings → Database: keep the books in the SQLite file, or share them on PostgreSQL.

The address (``db_url``), the password (kept in the keyring, never in the address), "Test
connection" (``db_test``) and "Use this database" (``db_apply``), which tests again, keeps the
choice (``services.database_choice``) and reopens the window on it.  Both run as jobs: a server
across the network may take seconds to answer, and the window must not freeze meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
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
from desktop.services import database_choice
from desktop.services.control import JobControl
from desktop.services.database_choice import Tested
from desktop.services.database_url import BadDatabaseUrlError


class DatabaseDialog(QDialog):
    applied = Signal()  # the choice was kept: the window reopens on it

    def __init__(self, paths: DataPaths, current: str, parent: QWidget | None = None) -> None:
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
        layout.addStretch(1)
        layout.addWidget(close)
        self.test_button.clicked.connect(lambda: self._run(apply=False))
        self.apply_button.clicked.connect(lambda: self._run(apply=True))
        self.resize(560, 320)

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

    def _done(self, tested: Tested, *, apply: bool) -> None:
        if tested.problem is not None:
            self._say(self._problem_text(tested.problem))
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

    def _problem_text(self, problem: str) -> str:
        if problem == "denied":
            return self.tr(
                "The server refused the user name or the password. Check both and try again."
            )
        if problem == "unreachable":
            return self.tr(
                "The server cannot be reached. Check the address and the port, that the "
                "server is running and that this computer can reach it over the network."
            )
        return self.tr("The server cannot be used now (%1).").replace("%1", problem)

    def _say(self, text: str) -> None:
        self.outcome.setText(text)
