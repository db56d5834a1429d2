"""Live lists in team mode: a colleague's change reaches this window within a second.

A job listens for the server's change notices (``services.change_feed``) and hands the
changed tables to the GUI thread through the job's progress signal; here they become the
same events a change made in this window sends (``AppEvents``), so the invoice list, the
client and product pages and open editors refresh as they already do, and the notification
pane reloads the outbox.  Nothing runs on the SQLite file.

The same listener is the first to notice that the server went away: the window's banner
(``server_banner``) and status bar say so, and when the server answers again every list is
read afresh (what changed meanwhile sent no notice this window heard) and ``reached`` tells
the window to save open drafts now rather than at their next retry.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QBoxLayout

from desktop.jobs import Job, job_runner
from desktop.services import change_feed
from desktop.services.control import JobControl
from desktop.services.database_url import server_of
from desktop.ui.context import AppContext
from desktop.ui.shell.server_banner import ServerBanner

HEARD, LOST, BACK = 0, 1, 2  # what the job's progress reports (its ``done`` field)


class TeamChanges(QObject):
    reached = Signal(bool)  # the server went away (False) or answers again (True)

    def __init__(
        self,
        context: AppContext,
        reload_outbox: Callable[[], None],
        parent: QObject,
        banners: QBoxLayout | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._reload_outbox = reload_outbox
        self.job: Job | None = None
        self.banner: ServerBanner | None = None
        books = context.services.books
        if books.sqlite_file is None:
            address, database, _user = server_of(books.server_url)
            self.banner = ServerBanner(address, database)
            if banners is not None:
                banners.insertWidget(0, self.banner)
            self.job = job_runner().start("team_changes", self._work)
            self.job.progress.connect(self._on_progress)

    def _work(self, control: JobControl) -> None:
        def heard(tables: set[str]) -> None:
            control.progress(HEARD, 0, ",".join(sorted(tables)))

        def reach(answers: bool) -> None:
            control.progress(BACK if answers else LOST, 0, "")

        change_feed.listen(self._context.services.books, control, heard, reach)

    def _on_progress(self, what: int, _total: int, text: str) -> None:
        if what == HEARD:
            self._on_tables(set(text.split(",")))
            return
        back = what == BACK
        if self.banner is not None:
            self.banner.setVisible(not back)
            said = self.banner.back_text() if back else self.banner.lost_text()
            self._context.events.status_message.emit(said)
        if back:
            self._on_tables({"invoice", "client", "product", "company", "outbox_message"})
        self.reached.emit(back)

    def _on_tables(self, tables: set[str]) -> None:
        events = self._context.events
        if "invoice" in tables:
            events.invoices_changed.emit()
        if "client" in tables:
            events.clients_changed.emit()
        if "product" in tables:
            events.products_changed.emit()
        if "company" in tables:
            events.company_changed.emit()
        if "outbox_message" in tables:
            self._reload_outbox()
