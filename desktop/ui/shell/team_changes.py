"""Live lists in team mode: a colleague's change reaches this window within a second.

A job listens for the server's change notices (``services.change_feed``) and hands the
changed tables to the GUI thread through the job's progress signal; here they become the
same events a change made in this window sends (``AppEvents``), so the invoice list, the
client and product pages and open editors refresh as they already do, and the notification
pane reloads the outbox.  Nothing runs on the SQLite file.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from desktop.jobs import Job, job_runner
from desktop.services import change_feed
from desktop.services.control import JobControl
from desktop.ui.context import AppContext


class TeamChanges(QObject):
    def __init__(
        self, context: AppContext, reload_outbox: Callable[[], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._reload_outbox = reload_outbox
        self.job: Job | None = None
        if context.services.books.sqlite_file is None:
            self.job = job_runner().start("team_changes", self._work)
            self.job.progress.connect(self._on_tables)

    def _work(self, control: JobControl) -> None:
        def heard(tables: set[str]) -> None:
            control.progress(0, 0, ",".join(sorted(tables)))

        change_feed.listen(self._context.services.books, control, heard)

    def _on_tables(self, _done: int, _total: int, text: str) -> None:
        tables = set(text.split(","))
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
