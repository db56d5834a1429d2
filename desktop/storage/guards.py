"""The one shape of every state change: a guarded UPDATE and its row count.

``UPDATE t SET … WHERE id = ? AND state IN (…)`` either matches the row (the change is made,
and the row stays locked until the caller's transaction ends) or matches nothing, and then
another window, the mailer or another app on the same books changed it first.  Reading the
state and writing it afterwards would let both win.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Row, Table, Update, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.core.errors import NotFoundError, StateConflictError


def guarded_update(
    session: Session,
    id_column: InstrumentedAttribute[int],
    record_id: int,
    state_column: InstrumentedAttribute[str],
    allowed: Iterable[str],
    values: dict[str, Any],
    *,
    kind: str,
) -> None:
    """Apply ``values`` where the state is in ``allowed``; else raise why nothing matched."""
    states = [str(state) for state in allowed]
    statement = (
        update(id_column.class_)
        .where(id_column == record_id, state_column.in_(states))
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if session.execute(statement).rowcount == 1:  # type: ignore[attr-defined]
        return
    wanted = str(values.get(state_column.key, "changed"))
    raise _refusal(session, id_column, state_column, record_id, wanted, kind)


def guarded_returning(
    conn: Connection,
    statement: Update,
    params: dict[str, Any],
    *,
    table: Table,
    record_id: int,
    wanted: str,
    kind: str,
) -> Row[Any]:
    """``guarded_update`` on a bare connection: ``statement`` is the guarded ``UPDATE …
    RETURNING`` (built once, with bound parameters, for the mailer's hot path, where building
    it and reading the row again through a session cost as much as the change itself);
    returns the changed row, or raises why nothing matched."""
    row = conn.execute(statement, params).first()
    if row is not None:
        return row
    raise _refusal(conn, table.c.id, table.c.state, record_id, wanted, kind)


def _refusal(
    db: Session | Connection,
    id_column: ColumnElement[int] | InstrumentedAttribute[int],
    state_column: ColumnElement[str] | InstrumentedAttribute[str],
    record_id: int,
    wanted: str,
    kind: str,
) -> Exception:
    """Why a guarded statement matched nothing: the record is gone, or in another state."""
    current = db.scalar(select(state_column).where(id_column == record_id))
    if current is None:
        return NotFoundError(kind, record_id)
    return StateConflictError(kind, record_id, current, wanted)
