"""Hearing the team's changes: ``LISTEN faktura_changes`` on a database server.

Migration 0009 makes every change of invoices, clients, products, the company or the outbox
send a notice with the table's name when it commits.  ``listen`` holds one connection of
its own, gathers the notices of half a second and hands the set of table names to
``on_change`` (on the caller's thread: a job's), so a window refreshes within a second of a
colleague's change.  A lost server is waited for and listened to again, and ``on_reach``
hears when it goes and when it answers again (the window says so, and reloads its lists
then: changes made meanwhile sent no notice it heard); on the SQLite file there is no one
else to hear, and ``listen`` returns at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from desktop.services.control import JobControl
from desktop.services.database import Books

log = logging.getLogger(__name__)

CHANNEL = "faktura_changes"
GATHER_S = 0.5  # notices that arrive together become one refresh
RECONNECT_S = 5.0


def listen(
    books: Books,
    control: JobControl,
    on_change: Callable[[set[str]], None],
    on_reach: Callable[[bool], None] | None = None,
) -> None:
    """Until ``control`` is cancelled, call ``on_change`` with the tables changed, and
    ``on_reach(False)`` when the server cannot be reached, ``on_reach(True)`` when it
    answers again (each once per change)."""
    if books.sqlite_file is not None:
        return
    import psycopg

    from desktop.storage.database import SERVER_CONNECT

    url = books.database.engine.url.set(drivername="postgresql")
    conninfo = psycopg.conninfo.make_conninfo(
        url.render_as_string(hide_password=False), **SERVER_CONNECT
    )
    reached = True
    while not control.cancelled:
        try:
            with psycopg.connect(conninfo, autocommit=True) as conn:
                conn.execute(f"LISTEN {CHANNEL}")
                if not reached and on_reach is not None:
                    on_reach(True)
                reached = True
                while not control.cancelled:
                    tables = {n.payload for n in conn.notifies(timeout=GATHER_S)}
                    if tables:
                        on_change(tables)
        except psycopg.OperationalError as exc:  # the server went away: listen again later
            log.info("Not hearing the team's changes for now: %s", type(exc).__name__)
            if reached and on_reach is not None:
                on_reach(False)
            reached = False
            if control.wait(RECONNECT_S):
                return
