"""Small JSON settings in the ``app_setting`` table (language, installed modules, SMTP host...).

Never store a secret here: passwords live in the OS keyring only.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.storage.models import AppSetting


def get_json(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(AppSetting, key)
    return default if row is None or row.value is None else row.value


def set_json(session: Session, key: str, value: Any) -> None:
    row = session.get(AppSetting, key)
    if row is None:
        session.add(AppSetting(key=key, value=value))
    else:
        row.value = value


def delete(session: Session, key: str) -> None:
    row = session.get(AppSetting, key)
    if row is not None:
        session.delete(row)
