"""The ``app_setting`` table, read and written only through ``desktop.settings`` entries.

Never store a secret here: passwords live in the OS keyring only.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from desktop.settings import Setting
from desktop.storage.models import AppSetting

T = TypeVar("T")


def read(session: Session, setting: Setting[T]) -> T:
    row = session.get(AppSetting, setting.key)
    return setting.decode(None if row is None else row.value)


def write(session: Session, setting: Setting[object], value: object) -> None:
    """Store ``value``; ``None`` removes the row, so the default applies again."""
    stored: Any = setting.encode(value)
    row = session.get(AppSetting, setting.key)
    if stored is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(AppSetting(key=setting.key, value=stored))
    else:
        row.value = stored
