"""Which database the books are in: the SQLite file (the default) or a PostgreSQL server.

``--database URL`` (or ``FAKTURA_DATABASE_URL``) names a server as ``postgresql://user@host/db``
(``postgresql+psycopg://`` is the same: psycopg 3 either way).  The password is not part of
what anyone stores: a URL given with one uses it for that run, otherwise it comes from the
OS keyring (service ``faktura-database``, account ``user@host:port/db``), where ``faktura db
password`` or Settings → Database put it.  A URL is shown and logged only through ``shown``,
which hides the password.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

__all__ = [
    "URL", "BadDatabaseUrlError", "account", "bare", "check", "connectable", "parsed", "server_of",
    "shown",
]  # fmt: skip

log = logging.getLogger(__name__)

SERVICE = "faktura-database"
DEFAULT_PORT = 5432
_SERVER_DRIVERS = {"postgresql", "postgres", "postgresql+psycopg"}


class BadDatabaseUrlError(ValueError):
    """The URL is not one Faktura can use (not SQLite or PostgreSQL, or unreadable)."""


def is_server(url: str | None) -> bool:
    return bool(url) and not str(url).startswith("sqlite")


def parsed(url: str) -> URL:
    """The URL as SQLAlchemy takes it, with psycopg 3 as the PostgreSQL driver."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        found = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise BadDatabaseUrlError(url.split(":", 1)[0]) from exc
    if found.drivername in _SERVER_DRIVERS:
        if not found.database:
            raise BadDatabaseUrlError("no database name")
        return found.set(drivername="postgresql+psycopg")
    if found.get_backend_name() == "sqlite":
        return found
    raise BadDatabaseUrlError(found.drivername)


def account(url: URL) -> str:
    """The keyring account of a server database: ``user@host:port/database``."""
    return (
        f"{url.username or ''}@{url.host or 'localhost'}:{url.port or DEFAULT_PORT}/{url.database}"
    )


def shown(url: str | URL) -> str:
    """The URL for messages and logs: never its password."""
    try:
        found = parsed(url) if isinstance(url, str) else url
    except BadDatabaseUrlError:
        return str(url).split("@")[-1]
    return found.render_as_string(hide_password=True)


def bare(url: str | URL) -> str:
    """The URL without any password (not even a mask), to put in a field the user edits."""
    try:
        found = parsed(url) if isinstance(url, str) else url
    except BadDatabaseUrlError:
        return str(url)
    return found.set(password=None).render_as_string(hide_password=False)


def server_of(url: str) -> tuple[str, str, str]:
    """Where a server database is, to name it to the user: ``host:port``, the database and
    the user (never the password); empty texts when ``url`` names none."""
    try:
        found = parsed(url)
    except BadDatabaseUrlError:
        return "", "", ""
    if found.get_backend_name() == "sqlite":
        return "", "", ""
    address = f"{found.host or 'localhost'}:{found.port or DEFAULT_PORT}"
    return address, found.database or "", found.username or ""


def stored_password(url: URL) -> str | None:
    """The keyring's password for this server database; None when there is none or the
    keyring cannot give it (the server then says whether it needed one)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, account(url))
    except (KeyringError, RuntimeError, OSError) as exc:
        log.info("The keyring did not give the database password: %s", type(exc).__name__)
        return None


def save_password(url: URL, password: str) -> None:
    """Keep the password in the keyring (``KeyringError`` when it cannot)."""
    import keyring

    keyring.set_password(SERVICE, account(url), password)


def connectable(url: str) -> URL:
    """The URL to connect with: the given password, else the keyring's."""
    found = parsed(url)
    if found.get_backend_name() == "sqlite" or found.password is not None:
        return found
    password = stored_password(found)
    return found if password is None else found.set(password=password)


def check(url: URL) -> str | None:
    """Connect once: None when the server answers, else the problem (``StorageProblem``'s
    value: ``unreachable``, ``denied`` …).  Anything else is our bug and raises."""
    from sqlalchemy import create_engine, text

    from desktop.storage.sqlite_errors import classify

    engine = create_engine(url, connect_args={"connect_timeout": 10})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        problem = classify(exc)
        if problem is None:
            raise
        return problem.value
    finally:
        engine.dispose()
    return None
