"""What the window loads after its first paint, off the GUI thread.

The first screen is painted from ``sqlite3`` (``storage.fastpath``); everything after it
needs SQLAlchemy, the outbox and the SMTP stack.  Importing them and opening the database
take about half a second of pure Python, during which the window would not answer a click.
This work runs as a job on the job runner instead: it imports the modules the next steps
need (an import is done once per process, whichever thread does it) and opens the books'
engine; the steps that create widgets and Qt objects then run on the GUI thread
(``MainWindow.finish_loading``).  Nothing here touches a widget or makes a QObject.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable

from desktop.core.errors import StorageError
from desktop.services import Services
from desktop.services.control import JobControl

log = logging.getLogger(__name__)

#: Imported here so that the GUI thread finds them loaded (in the order they are needed).
MODULES = (
    "desktop.services.outbox",
    "desktop.services.mailer",
    "desktop.ui.mail.mail_service",
    "desktop.ui.invoices.row_painter",
    "desktop.ui.widgets.flat_scrollbar",
    "desktop.storage.invoice_queries",
)


def load_in_background(services: Services, status: str) -> Callable[[JobControl], None]:
    """The job's work: open the books, import what comes next, warm the list's search up."""

    def work(control: JobControl) -> None:
        # Opens the deferred database; if that fails, the job fails and the window's next
        # steps meet the same problem where they always did (the pane, the list, a dialog).
        services.books.database.engine  # noqa: B018
        for name in MODULES:
            control.check()
            importlib.import_module(name)
        try:
            services.invoice_list.warm_up(status)
        except StorageError as exc:
            log.info("search warm-up skipped: %s", exc.problem)

    return work
