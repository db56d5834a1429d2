"""Saving a client, a product or the company profile without overwriting a newer save.

Each save is ONE guarded statement: ``UPDATE … SET <values>, version = version + 1,
updated_by = ?, updated_at = ? WHERE id = ? AND version = ?``.  When someone (another
window, another app of a team) saved the row since the form loaded it, the statement
matches nothing and the save is refused with who and when (``StaleError``); the user then
reloads theirs or keeps mine (saving again from their version).  A save that names no
version (the command line, a script) is not guarded, as for drafts.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.core.errors import NotFoundError, StaleError
from desktop.storage.actor import NAME_LENGTH, actor
from desktop.storage.models import Client, Company, Product

Model = type[Client] | type[Product] | type[Company]


def stamp(session: Session) -> dict[str, Any]:
    """Who and when, for a new row or a change of one."""
    return {"updated_by": actor(session)[:NAME_LENGTH], "updated_at": datetime.now()}


def save(
    session: Session, model: Model, row_id: int, version: int | None, values: dict[str, Any]
) -> int:
    """Write ``values`` over the row if it is still at ``version``; returns the new version.
    ``StaleError`` (who, when, their version) or ``NotFoundError``; nothing written then."""
    statement = update(model).where(model.id == row_id)
    if version is not None:
        statement = statement.where(model.version == version)
    statement = statement.values(**values, **stamp(session), version=model.version + 1)
    saved = session.execute(
        statement.returning(model.version).execution_options(synchronize_session=False)
    ).first()
    if saved is not None:
        return int(saved[0])
    found = session.execute(
        select(model.version, model.updated_by, model.updated_at).where(model.id == row_id)
    ).first()
    if found is None:
        raise NotFoundError(model.__tablename__, row_id)
    raise StaleError(model.__tablename__, row_id, found.updated_by, found.updated_at, found.version)
