"""Hearing the team's changes: ``LISTEN faktura_changes`` on a database server.

Migration 0009 makes every change of invoices, clients, products, the company or the outbox
send a notice with the table's name when it commits.  ``listen`` holds one connection of
its own, gathers the notices of half a second and hands the set of table names to
``on_change`` (on the caller's thread: a job's), so a window refreshes within a second of a
colleague's change.  A lost server is waited for and listened to again; on the SQLite file
there is no one else to hear, and ``listen`` returns at once.
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


def listen(books: Books, control: JobControl, on_change: Callable[[set[str]], None]) -> None:
    """Until ``control`` is cancelled, call ``on_change`` with the tables changed."""
    if books.sqlite_file is not None:
        return
    import psycopg

    url = books.database.engine.url.set(drivername="postgresql")
    conninfo = url.render_as_string(hide_password=False)
    while not control.cancelled:
        try:
            with psycopg.connect(conninfo, autocommit=True, connect_timeout=10) as conn:
                conn.execute(f"LISTEN {CHANNEL}")
                while not control.cancelled:
                    tables = {n.payload for n in conn.notifies(timeout=GATHER_S)}
                    if tables:
                        on_change(tables)
        except psycopg.OperationalError as exc:  # the server went away: listen again later
            log.info("Not hearing the team's changes for now: %s", type(exc).__name__)
            if control.wait(RECONNECT_S):
                return
