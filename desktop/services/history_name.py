"""The name this app's user gives for the invoice history, kept per computer.

A team shares one database and with it every setting of ``desktop.settings``; a person's
name must not be shared, so it is a small file in the data folder (``user.json``), as the
database choice is.  Empty: the history shows the database role (on a server) or the
computer's login (``storage.actor``).
"""

from __future__ import annotations

import json
import logging

from desktop.paths import DataPaths

log = logging.getLogger(__name__)

FILE_NAME = "user.json"
#: As long as ``invoice_event.user`` holds.
MAX_LENGTH = 100


def saved(paths: DataPaths) -> str:
    """The name chosen in Settings for this data folder, "" when none."""
    try:
        stored = json.loads((paths.root / FILE_NAME).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ""
    except (OSError, ValueError) as exc:
        log.info("The history name in %s cannot be read: %s", paths.root, exc)
        return ""
    name = stored.get("name") if isinstance(stored, dict) else None
    return name.strip()[:MAX_LENGTH] if isinstance(name, str) else ""


def save(paths: DataPaths, name: str) -> str:
    """Keep ``name`` (trimmed; "" forgets it) and return what was kept.  ``OSError`` when
    the folder cannot be written."""
    name = name.strip()[:MAX_LENGTH]
    file = paths.root / FILE_NAME
    if not name:
        file.unlink(missing_ok=True)
        return ""
    paths.root.mkdir(parents=True, exist_ok=True)
    file.write_text(json.dumps({"name": name}, ensure_ascii=False), encoding="utf-8")
    return name
