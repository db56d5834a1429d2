"""The queue's pause: one failure only the user can fix stops every message until they act.

Stored in the kv table so it outlives a restart.  It lifts itself when the SMTP settings
change (compared by fingerprint) or the password does (compared as a keyed hash held only in
memory, never stored: a pause from an earlier run takes the current password as its baseline).
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import logging
import secrets
from collections.abc import Callable
from datetime import datetime
from typing import Any

from desktop import settings as registry
from desktop.core.outbox import PauseInfo
from desktop.mail.errors import SmtpFailure
from desktop.mail.outbox_account import Account
from desktop.mail.outbox_retry import reply_of
from desktop.mail.settings import SmtpSettings
from desktop.storage import kv
from desktop.storage.database import Database

log = logging.getLogger(__name__)


def settings_fingerprint(settings: SmtpSettings) -> str:
    return hashlib.sha256(json.dumps(settings.to_dict(), sort_keys=True).encode()).hexdigest()


class QueuePause:
    """Owned by ``OutboxSender``; ``on_pause`` hears of every pause (info) and lift (None)."""

    def __init__(
        self,
        db: Database,
        *,
        on_pause: Callable[[PauseInfo | None], None],
        clock: Callable[[], datetime],
    ) -> None:
        self._db = db
        self._on_pause = on_pause
        self._clock = clock
        self._token_key = secrets.token_bytes(32)  # per process: compares passwords in memory
        self._paused_password: bytes | None = None

    def info(self) -> PauseInfo | None:
        value = self._stored()
        return PauseInfo.from_stored(value) if isinstance(value, dict) else None

    def resume(self) -> None:
        """Lift a pause (the user changed the settings or asked to retry)."""
        with self._db.session() as session:
            was = kv.read(session, registry.OUTBOX_PAUSE)
            kv.write(session, registry.OUTBOX_PAUSE, None)
            session.commit()
        self._paused_password = None
        if was is not None:
            self._on_pause(None)

    def holds_settings(self, settings: SmtpSettings) -> bool:
        """Still paused for these settings (the password unread); lifts the pause when the
        settings moved."""
        value = self._stored()
        if not isinstance(value, dict):
            return False
        if value.get("settings") != settings_fingerprint(settings):
            self.resume()
            return False
        return True

    def holds(self, account: Account) -> bool:
        """Still paused for this account; lifts the pause when its settings or password moved."""
        if not self.holds_settings(account.settings):
            return False
        token = self._password_token(account.password)
        if self._paused_password is None:  # paused in an earlier run: this is the baseline
            self._paused_password = token
            return True
        if not hmac.compare_digest(token, self._paused_password):
            self.resume()
            return False
        return True

    def pause(self, account: Account, failure: SmtpFailure) -> PauseInfo:
        info = PauseInfo(
            failure.guidance.value,
            failure.step.value,
            reply_of(failure),
            self._clock().isoformat(),
        )
        with self._db.session() as session:
            value = dataclasses.asdict(info)
            value["settings"] = settings_fingerprint(account.settings)
            kv.write(session, registry.OUTBOX_PAUSE, value)
            session.commit()
        self._paused_password = self._password_token(account.password)
        log.warning("sending paused: %s", failure)
        self._on_pause(info)
        return info

    def _stored(self) -> Any:
        with self._db.session() as session:
            return kv.read(session, registry.OUTBOX_PAUSE)

    def _password_token(self, password: str | None) -> bytes:
        return hmac.new(self._token_key, (password or "").encode(), "sha256").digest()


__all__ = ["PauseInfo", "QueuePause", "settings_fingerprint"]
