"""Settings → Database: which database this data folder's app opens, tested and kept.

The choice cannot live in the books (it says where the books are), so it is a small file in
the data folder, ``database.json``, holding the URL without its password; the password goes
to the keyring (``database_url``).  ``--database`` and ``FAKTURA_DATABASE_URL`` still win for
the run they are given to.  No choice, or an empty one, is the SQLite file in the folder; a
copy of the books made into another SQLite file (Settings → Database) may be chosen too.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from desktop.paths import DataPaths
from desktop.services import database_url
from desktop.services.database_url import BadDatabaseUrlError

log = logging.getLogger(__name__)

FILE_NAME = "database.json"


@dataclass(frozen=True)
class Tested:
    """A connection test: ``problem`` None when the server answered and let us in."""

    shown: str  # the URL as it may be shown (no password)
    problem: str | None


def saved(paths: DataPaths) -> str | None:
    """The URL chosen in Settings → Database for this folder, or None (the SQLite file)."""
    try:
        stored = json.loads((paths.root / FILE_NAME).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("The database choice in %s cannot be read: %s", paths.root, exc)
        return None
    url = stored.get("url") if isinstance(stored, dict) else None
    return url if isinstance(url, str) and url else None


def test(url: str, password: str = "") -> Tested:
    """Connect once with ``password`` (else the keyring's); ``BadDatabaseUrlError`` for a URL
    that names no PostgreSQL database."""
    target = _server(url)
    target = target.set(password=password) if password else database_url.connectable(url)
    return Tested(database_url.shown(target), database_url.check(target))


def apply(paths: DataPaths, url: str, password: str = "") -> Tested:
    """Test, then keep: the password in the keyring, the URL (without it) in the folder.
    An empty ``url`` goes back to the SQLite file.  Nothing is kept when the test fails."""
    if not url.strip():
        (paths.root / FILE_NAME).unlink(missing_ok=True)
        return Tested("", None)
    tested = test(url, password)
    if tested.problem is not None:
        return tested
    target = _server(url)
    if password:
        database_url.save_password(target, password)
    bare = target.set(password=None).render_as_string(hide_password=False)
    (paths.root / FILE_NAME).write_text(json.dumps({"url": bare}), encoding="utf-8")
    return tested


def use_file(paths: DataPaths, file: Path) -> None:
    """Keep a SQLite file as the books of this folder (a copy made from a server): the
    folder's own file is no choice at all, any other is kept by its URL."""
    choice = paths.root / FILE_NAME
    if file.resolve() == paths.database.resolve():
        choice.unlink(missing_ok=True)
        return
    url = f"sqlite:///{file.resolve()}"
    choice.write_text(json.dumps({"url": url}), encoding="utf-8")


def _server(url: str) -> database_url.URL:
    target = database_url.parsed(url.strip())
    if target.get_backend_name() == "sqlite":
        raise BadDatabaseUrlError("sqlite")
    return target
