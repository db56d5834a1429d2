"""The database server cannot be reached at start: say so plainly, and offer the ways on.

The dialog (``server_unreachable_dialog``) names the server (``host:port``, the database and
the user; never the password) and offers: try again (``unreachable_retry``), work in the
local file of the data folder for this run (``unreachable_local``), choose another database
in Settings → Database (``unreachable_choose``), or quit (``unreachable_quit``, exit code 2
as for any database that cannot be used).  Trying again connects once as a job while the
dialog stays open and says that it is connecting; only when the server answers does the
dialog close, and start-up opens the books as usual.  While it still does not answer the
dialog says so, with the time of the attempt, so a click visibly did something.
"""

from __future__ import annotations

import logging
from datetime import datetime
from enum import StrEnum
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.jobs import job_runner
from desktop.paths import DataPaths
from desktop.services import database_url
from desktop.services.control import JobControl

log = logging.getLogger(__name__)

CONTEXT = "Startup"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class Choice(StrEnum):
    RETRY = "retry"  # the server answers now: open the books on it
    LOCAL = "local"  # the SQLite file in the data folder, for this run
    CHOSEN = "chosen"  # Settings → Database kept another choice
    QUIT = "quit"


def server_text(url: str) -> str:
    """The server named in a sentence: where it is, which database, as whom."""
    address, database, user = database_url.server_of(url)
    if user:
        return (
            _tr("the server %1, database %2, user %3")
            .replace("%1", address)
            .replace("%2", database)
            .replace("%3", user)
        )
    return _tr("the server %1, database %2").replace("%1", address).replace("%2", database)


def say_unreachable(url: str) -> str:
    """The line on stderr (before any dialog; all a headless start can say)."""
    line = _tr(
        "The database server cannot be reached: Faktura could not connect to %1. Check that "
        "the server is running and that this computer can reach it over the network."
    ).replace("%1", server_text(url))
    return line


class UnreachableDialog(QDialog):
    """Retry / use the local file / choose another database / quit; ``choice`` says which."""

    def __init__(self, paths: DataPaths, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="server_unreachable_dialog")
        self._paths, self._url = paths, url
        self.choice = Choice.QUIT
        self.setWindowTitle(_tr("The database server cannot be reached"))
        icon = QLabel()
        style = self.style()
        icon.setPixmap(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48))
        title = _tr("Faktura cannot reach %1.").replace("%1", server_text(url))
        self.text = QLabel(objectName="unreachable_text", wordWrap=True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        more = _tr(
            "Check that the server is running and that this computer can reach it over the "
            "network (ask whoever runs it), then try again. You can also work in the local "
            "file in the data folder for now: invoices made there stay in that file and are "
            "not on the server. Or choose another database."
        )
        self.text.setText(f"<b>{escape(title)}</b><br><br>{escape(more)}")
        self.text.setMinimumWidth(440)
        self.outcome = QLabel(objectName="unreachable_outcome", wordWrap=True)
        self.outcome.hide()
        role = QDialogButtonBox.ButtonRole
        self.buttons = QDialogButtonBox()
        self.offers: dict[Choice, QPushButton] = {
            Choice.RETRY: self.buttons.addButton(_tr("Try again"), role.ActionRole),
            Choice.LOCAL: self.buttons.addButton(
                _tr("Use the local file instead"), role.ActionRole
            ),
            Choice.CHOSEN: self.buttons.addButton(_tr("Choose another database…"), role.ActionRole),
            Choice.QUIT: self.buttons.addButton(_tr("Quit"), role.RejectRole),
        }
        names = {Choice.RETRY: "retry", Choice.LOCAL: "local", Choice.CHOSEN: "choose"}
        for choice, button in self.offers.items():
            button.setObjectName(f"unreachable_{names.get(choice, 'quit')}")
            button.setAutoDefault(False)
        self.offers[Choice.RETRY].setDefault(True)
        self.offers[Choice.RETRY].clicked.connect(self._retry)
        self.offers[Choice.LOCAL].clicked.connect(lambda: self._done(Choice.LOCAL))
        self.offers[Choice.CHOSEN].clicked.connect(self._choose)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)

    def _done(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def _busy(self, busy: bool) -> None:
        for choice, button in self.offers.items():
            button.setEnabled(not busy or choice is Choice.QUIT)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()

    def _retry(self) -> None:
        """Connect once, off the GUI thread; close only when the server answers."""
        url = self._url
        self._say(_tr("Connecting to %1…").replace("%1", server_text(url)))
        self._busy(True)

        def work(_control: JobControl) -> str | None:
            return database_url.check(database_url.connectable(url))

        job = job_runner().start("database retry", work)
        job.succeeded.connect(self._answered)
        job.failed.connect(self._bug)
        job.finished.connect(lambda: self._busy(False))

    def _answered(self, problem: str | None) -> None:
        if problem is None:
            self._done(Choice.RETRY)
            return
        log.info("The database server still cannot be used: %s", problem)
        if problem == "unreachable":
            said = _tr("Still no answer (tried at %1).")
        else:  # it answers now, but refuses: start-up then says why
            self._done(Choice.RETRY)
            return
        self._say(said.replace("%1", datetime.now().strftime("%H:%M:%S")))

    def _bug(self, exc: object) -> None:
        log.warning("Trying the database server again failed: %s", type(exc).__name__)
        self._say(_tr("Trying again failed (%1).").replace("%1", type(exc).__name__))

    def _choose(self) -> None:
        from desktop.ui.shell.database_dialog import DatabaseDialog

        dialog = DatabaseDialog(self._paths, database_url.bare(self._url), self)
        dialog.applied.connect(lambda: self._done(Choice.CHOSEN))
        dialog.open()

    def _say(self, text: str) -> None:
        self.outcome.setText(text)
        self.outcome.show()


def ask_unreachable(paths: DataPaths, url: str) -> Choice:
    """Show the dialog until the user picks a way on; Quit (or closing it) is ``QUIT``."""
    dialog = UnreachableDialog(paths, url)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return Choice.QUIT
    return dialog.choice
