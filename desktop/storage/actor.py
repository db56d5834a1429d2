"""Who makes the changes of a session: the name an invoice's history shows.

The user is a property of the unit of work, not an argument of every change: the app that
opened the database sets it once (``Database.act_as``, from the name chosen in Settings),
and every session of that database carries it in ``Session.info``.  Without a chosen name it
is the database role on a server (``SELECT current_user``: a team's roles tell its people
apart) and the computer's login on the SQLite file; it is asked once per engine, so the
mailer's many small transactions add no round trip.
"""

from __future__ import annotations

import getpass
import threading
from weakref import WeakKeyDictionary

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

#: The longest name stored (``invoice_event.user``, ``invoice.updated_by``).
NAME_LENGTH = 100
_ROLES: WeakKeyDictionary[Engine, str] = WeakKeyDictionary()
_LOCK = threading.Lock()


def actor(session: Session) -> str:
    """The name for what ``session`` changes ("" when nobody can be told)."""
    chosen = session.info.get("user")
    if isinstance(chosen, str) and chosen:
        return chosen[:NAME_LENGTH]
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    with _LOCK:
        known = _ROLES.get(engine)
    if known is None:
        known = _default(session, engine)
        with _LOCK:
            _ROLES[engine] = known
    return known[:NAME_LENGTH]


def _default(session: Session, engine: Engine) -> str:
    if engine.dialect.name != "sqlite":
        return str(session.scalar(text("SELECT current_user")) or "")
    return login()


def login() -> str:
    """The computer's login name, "" when the system cannot say."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in this environment
        return ""
