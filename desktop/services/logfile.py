"""Where the window and the command line write their log: ``<data dir>/logs/faktura.log``.

A log that cannot be opened (a read-only file or folder) must not stop the app: the records
go to stderr instead and the caller tells the user once.  Both front ends attach the same
handler, so a command run after a window (or a test starting one after another) replaces it
rather than writing every line twice.
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler

from desktop.paths import DataPaths

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
KEEP = 3


def attach_log(paths: DataPaths) -> OSError | None:
    """Send the ``desktop`` loggers' INFO and above to the log file; returns the error that
    made it fall back to stderr, or None when the file is used."""
    root = logging.getLogger("desktop")
    for old in [h for h in root.handlers if getattr(h, "faktura_log", False)]:
        root.removeHandler(old)
        old.close()
    failed: OSError | None = None
    handler: logging.Handler
    try:
        handler = RotatingFileHandler(
            paths.log_file, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8"
        )
    except OSError as exc:
        failed = exc
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.WARNING)  # stderr carries the user's messages too
    handler.setFormatter(logging.Formatter(FORMAT))
    setattr(handler, "faktura_log", True)  # noqa: B010 - a mark on a library's object
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return failed
